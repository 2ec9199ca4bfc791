package warc

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
)

// Page is the web page a response record holds.
type Page struct {
	URL         string // WARC-Target-URI
	Date        string // WARC-Date: when the page was captured
	ContentType string // the HTTP Content-Type, for its charset
	Body        []byte // the HTTP payload, without transfer and content encodings
}

// NotPageError means a record holds no web page: a request, warcinfo,
// metadata or revisit record, a response that is not a 200 or not HTML.
// Such records are skipped, not failures.
type NotPageError struct{ Reason string }

func (e *NotPageError) Error() string { return "not an HTML page (" + e.Reason + ")" }

// ErrTooLarge means the payload exceeds the limit given to ReadPage.
var ErrTooLarge = errors.New("payload too large")

// ReadPage reads the page out of rec: a response record carrying an HTTP
// response with status 200 and an HTML payload (told by Content-Type, or
// sniffed when the server sent none or a generic one). It reads the
// block, so call it at most once per record, before Next. A payload over
// limit bytes (after decoding) is ErrTooLarge.
func ReadPage(rec *Record, limit int64) (*Page, error) {
	if t := rec.Type(); t != "response" {
		if t == "" {
			t = "no WARC-Type"
		}
		return nil, &NotPageError{t + " record"}
	}
	if mt, _, _ := mime.ParseMediaType(rec.Header.Get("Content-Type")); mt != "application/http" {
		return nil, &NotPageError{"response record of " + orNone(mt)}
	}
	p, err := readPage(rec, limit)
	var np *NotPageError
	if errors.As(err, &np) {
		return nil, err
	}
	// A block cut short or damaged is what Next would report for this
	// record next: report it once, here, as this page's error.
	if derr := rec.drain(); derr != nil {
		rec.reported = true
		if isGzipDamage(derr) {
			derr = gzipErr(derr)
		}
		return nil, derr
	}
	return p, err
}

func readPage(rec *Record, limit int64) (*Page, error) {
	resp, err := http.ReadResponse(bufio.NewReader(rec.Block), nil)
	if err != nil {
		return nil, fmt.Errorf("%w: bad HTTP response header (%v)", ErrCorrupt, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, &NotPageError{"HTTP " + resp.Status}
	}
	ct := resp.Header.Get("Content-Type")
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(ct, ";", 2)[0]))
	}
	switch mt {
	case "text/html", "application/xhtml+xml":
	case "", "application/octet-stream", "binary/octet-stream", "application/unknown", "text/plain":
		mt = "" // decided by sniffing below
	default:
		return nil, &NotPageError{mt}
	}
	body, err := decodeBody(resp, limit)
	if err != nil {
		return nil, err
	}
	if mt == "" {
		if s := http.DetectContentType(body); !strings.HasPrefix(s, "text/html") {
			return nil, &NotPageError{"sniffed " + strings.SplitN(s, ";", 2)[0]}
		}
	}
	return &Page{
		URL:         strings.Trim(rec.Header.Get("WARC-Target-URI"), "<>"),
		Date:        rec.Header.Get("WARC-Date"),
		ContentType: ct,
		Body:        body,
	}, nil
}

// decodeBody reads the payload, undoing the Content-Encoding the crawler
// stored as it came over the wire. A payload cut short (a crawler's size
// limit, WARC-Truncated) is kept as far as it goes: the page's start is
// still the page.
func decodeBody(resp *http.Response, limit int64) ([]byte, error) {
	var r io.Reader = resp.Body
	switch enc := strings.ToLower(strings.TrimSpace(resp.Header.Get("Content-Encoding"))); enc {
	case "", "identity", "none", "utf-8", "utf8":
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			return nil, fmt.Errorf("payload: Content-Encoding gzip, but %v", err)
		}
		r = zr
	case "deflate":
		r = flate.NewReader(resp.Body)
	default:
		return nil, fmt.Errorf("payload in Content-Encoding %q, which pith does not decode", enc)
	}
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	if int64(len(body)) > limit {
		return nil, ErrTooLarge
	}
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) {
		return nil, fmt.Errorf("payload: %v", err)
	}
	return body, nil
}

func orNone(s string) string {
	if s == "" {
		return "no Content-Type"
	}
	return s
}
