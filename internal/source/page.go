package source

import (
	"bufio"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"strings"

	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/mhtml"
)

// Page is a page as read from a file or a stream, with what its
// container says about it.
type Page struct {
	HTML        []byte
	URL         string // MHTML: the page's Content-Location; "" otherwise
	ContentType string // MHTML: the HTML part's Content-Type; "" otherwise
}

// ReadPage is ReadFile for a page that may be saved as MHTML (told by
// content, whatever the name, gzip'd or not): then the page is its HTML
// part, and the size limit applies to that part alone.
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
	return readPage(f, limitOrDefault(maxBytes), strings.HasSuffix(strings.ToLower(path), ".gz"), true)
}

// ReadPageFrom is ReadPage for a stream such as standard input.
func ReadPageFrom(r io.Reader, maxBytes int64) (Page, error) {
	return readPage(r, limitOrDefault(maxBytes), false, true)
}

// mhtmlSniff is how much of a page is looked at for an MHTML header.
const mhtmlSniff = 2 << 10

func readPage(r io.Reader, limit int64, gzName, unwrap bool) (Page, error) {
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
	if unwrap {
		pr := bufio.NewReaderSize(src, mhtmlSniff)
		if head, _ := pr.Peek(mhtmlSniff); mhtml.Is(head) {
			return readMHTML(pr, limit)
		}
		src = pr
	}
	data, err := readLimited(src, limit)
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
