package source

import (
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

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

// ReadFile reads a page from disk, or from standard input when path is
// "-". Gzip data is inflated transparently, recognised by its magic bytes
// whatever the file is called; a file named *.gz that is empty is an
// error, one that is not gzip is read as it is. More than maxBytes
// (decompressed) is refused with *TooLargeError without inflating further;
// maxBytes <= 0 means DefaultMaxBytes. Errors do not repeat the path.
func ReadFile(path string, maxBytes int64) ([]byte, error) {
	if path == "-" {
		return ReadAll(os.Stdin, maxBytes)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, plainErr(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, plainErr(err)
	}
	if fi.IsDir() {
		return nil, errors.New("is a directory")
	}
	var size int64
	if fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return read(f, limitOrDefault(maxBytes), strings.HasSuffix(strings.ToLower(path), ".gz"), size)
}

// ReadAll is ReadFile for a stream such as standard input.
func ReadAll(r io.Reader, maxBytes int64) ([]byte, error) {
	limit := limitOrDefault(maxBytes)
	var size int64
	if f, ok := r.(*os.File); ok {
		// Standard input redirected from a file: its size sizes the
		// buffer, but part of it may have been read already, so it
		// does not refuse the page.
		size = min(limitread.SizeHint(f), limit)
	}
	return read(r, limit, false, size)
}

func limitOrDefault(n int64) int64 {
	if n <= 0 {
		return DefaultMaxBytes
	}
	return n
}

// read reads a page of size bytes (0 when unknown).
func read(r io.Reader, limit int64, gzName bool, size int64) ([]byte, error) {
	p, err := readPage(r, limit, gzName, false, size)
	return p.HTML, err
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
