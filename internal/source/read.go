package source

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"

	"github.com/pith-org/pith/internal/bytesize"
	"github.com/pith-org/pith/internal/limitread"
)

// DefaultMaxBytes is the page size limit used when none is given.
const DefaultMaxBytes = 20 << 20

// TooLargeError means a page (after decompression) exceeds the limit. The
// page is refused rather than truncated.
type TooLargeError struct{ Limit int64 }

func (e *TooLargeError) Error() string {
	return "page larger than " + bytesize.Human(e.Limit) + " (--max-bytes)"
}

func limitOrDefault(n int64) int64 {
	if n <= 0 {
		return DefaultMaxBytes
	}
	return n
}

func readLimited(r io.Reader, limit, size int64) ([]byte, error) {
	data, over, err := limitread.Read(r, limit, size)
	if over {
		return nil, &TooLargeError{Limit: limit}
	}
	if err != nil {
		return nil, plainErr(err)
	}
	return data, nil
}

func gzipErr(err error) error {
	var tl *TooLargeError
	switch {
	case errors.As(err, &tl):
		return err
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return errors.New("truncated gzip data")
	case errors.Is(err, gzip.ErrChecksum):
		return errors.New("corrupt gzip data (checksum mismatch)")
	case errors.Is(err, gzip.ErrHeader):
		return errors.New("corrupt gzip data (bad header)")
	}
	return fmt.Errorf("corrupt gzip data: %w", plainErr(err))
}
