package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/pith-org/pith/internal/limitread"
)

// readBody reads the response body, undoing gzip or deflate encoding, and
// refuses more than limit bytes of decompressed content. The limit is
// applied while inflating, so a compression bomb costs at most limit+1
// bytes of memory.
func readBody(resp *http.Response, limit int64) ([]byte, error) {
	ce := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding")))
	identity := ce == "" || ce == "identity"
	if identity && resp.ContentLength > limit {
		return nil, &TooLargeError{Limit: limit}
	}
	r, err := decoder(ce, resp.Body)
	if err != nil {
		return nil, err
	}
	var size int64
	if identity {
		size = resp.ContentLength
	}
	data, over, err := limitread.Read(r, limit, size)
	if over {
		return nil, &TooLargeError{Limit: limit}
	}
	if err != nil {
		if errors.Is(err, io.ErrUnexpectedEOF) && ce != "" && ce != "identity" {
			return nil, truncatedError(ce)
		}
		return nil, err
	}
	return data, nil
}

// truncatedError is a compressed body cut short: the connection closed
// mid-body, which a new try may not repeat.
type truncatedError string

func (e truncatedError) Error() string { return "truncated " + string(e) + " body" }
func (e truncatedError) Unwrap() error { return io.ErrUnexpectedEOF }

func decoder(ce string, body io.Reader) (io.Reader, error) {
	switch ce {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			if err == io.EOF {
				// An empty gzip body: some servers mark 204-like empty
				// answers as gzip. There is nothing to decode.
				return strings.NewReader(""), nil
			}
			return nil, fmt.Errorf("bad gzip body: %w", err)
		}
		return zr, nil
	case "deflate":
		// "deflate" should mean zlib-wrapped data but many servers send
		// raw DEFLATE; the zlib header tells them apart.
		br := bufio.NewReader(body)
		if h, err := br.Peek(2); err == nil && isZlibHeader(h[0], h[1]) {
			zr, err := zlib.NewReader(br)
			if err != nil {
				return nil, fmt.Errorf("bad deflate body: %w", err)
			}
			return zr, nil
		}
		return flate.NewReader(br), nil
	}
	return nil, fmt.Errorf("%w %q", errUnsupportedEncoding, ce)
}

func isZlibHeader(cmf, flg byte) bool {
	return cmf&0x0f == 8 && (uint16(cmf)<<8|uint16(flg))%31 == 0
}
