package source

import (
	"bufio"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"strings"

	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/limitread"
	"github.com/pith-org/pith/internal/mhtml"
)

// Page is a page as read from a file or a stream, with what its
// container says about it.
type Page struct {
	HTML        []byte
	URL         string // MHTML: the page's Content-Location; "" otherwise
	ContentType string // MHTML: the HTML part's Content-Type; "" otherwise
}

// ReadPage reads a page from disk. Gzip data is inflated transparently,
// recognised by its magic bytes whatever the file is called; a file
// named *.gz that is empty is an error, one that is not gzip is read as
// it is. A page saved as MHTML (told by content, gzip'd or not) is its
// HTML part. More than maxBytes (decompressed; of the HTML part for
// MHTML) is refused with *TooLargeError without reading further;
// maxBytes <= 0 means DefaultMaxBytes. Errors do not repeat the path.
func ReadPage(path string, maxBytes int64) (Page, error) {
	f, err := os.Open(path)
	if err != nil {
		return Page{}, plainErr(err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Page{}, plainErr(err)
	}
	if fi.IsDir() {
		return Page{}, errors.New("is a directory")
	}
	var size int64
	if fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return readPage(f, limitOrDefault(maxBytes), strings.HasSuffix(strings.ToLower(path), ".gz"), true, size)
}

// ReadPageFrom is ReadPage for a stream such as standard input.
func ReadPageFrom(r io.Reader, maxBytes int64) (Page, error) {
	limit := limitOrDefault(maxBytes)
	var size int64
	if f, ok := r.(*os.File); ok {
		// Standard input redirected from a file: its size sizes the
		// buffer, but part of it may have been read already, so it
		// does not refuse the page.
		size = min(limitread.SizeHint(f), limit)
	}
	return readPage(r, limit, false, true, size)
}

// mhtmlSniff is how much of a page is looked at for an MHTML header.
const mhtmlSniff = 2 << 10

// size is the page's size in bytes when known (a regular file), else 0:
// a plain page larger than the limit is refused unread, and one within
// it is read into a buffer of its size.
func readPage(r io.Reader, limit int64, gzName, unwrap bool, size int64) (Page, error) {
	br := bufio.NewReader(r)
	head, _ := br.Peek(2)
	var src io.Reader = br
	isGzip := len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b
	if isGzip {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return Page{}, gzipErr(err)
		}
		defer zr.Close()
		src = zr
	} else if gzName && len(head) == 0 {
		return Page{}, errors.New("empty gzip file")
	}
	if isGzip {
		size = 0 // the file's size says nothing of the page's
	}
	if unwrap {
		pr := bufio.NewReaderSize(src, mhtmlSniff)
		if head, _ := pr.Peek(mhtmlSniff); mhtml.Is(head) {
			return readMHTML(pr, limit)
		}
		src = pr
	}
	if size > limit {
		return Page{}, &TooLargeError{Limit: limit}
	}
	data, err := readLimited(src, limit, size)
	if err != nil && isGzip {
		err = gzipErr(err)
	}
	return Page{HTML: data}, err
}

func readMHTML(r io.Reader, limit int64) (Page, error) {
	p, err := mhtml.Read(r, limit)
	switch {
	case errors.Is(err, mhtml.ErrTooLarge):
		return Page{}, &TooLargeError{Limit: limit}
	case errors.Is(err, mhtml.ErrNoHTML):
		return Page{}, &decode.NotHTMLError{Type: "MHTML file without an HTML part"}
	case err != nil:
		return Page{}, err
	}
	return Page{HTML: p.HTML, URL: p.URL, ContentType: p.ContentType}, nil
}
