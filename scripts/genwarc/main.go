// Command genwarc writes a WARC.gz of repeated pages for the WARC
// benchmark (scripts/bench-warc.sh): for each page a request record, a
// response with the page, and an image response, one gzip member each,
// as crawlers write them, until the file reaches the size asked for.
//
//	go run ./scripts/genwarc -page testdata/sample/harbour-heat-pumps.html -size 200MB -o crawl.warc.gz
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/pith-org/pith/internal/bytesize"
	"github.com/pith-org/pith/internal/warc/warctest"
)

func main() {
	page := flag.String("page", "testdata/sample/harbour-heat-pumps.html", "the page to repeat")
	size := flag.String("size", "200MB", "stop once the file is this large")
	out := flag.String("o", "crawl.warc.gz", "the file to write")
	flag.Parse()
	limit, err := bytesize.Parse(*size)
	if err != nil {
		fail(err)
	}
	html, err := os.ReadFile(*page)
	if err != nil {
		fail(err)
	}
	f, err := os.Create(*out)
	if err != nil {
		fail(err)
	}
	cw := &counting{w: bufio.NewWriterSize(f, 1<<20)}
	if err := warctest.Write(cw, true, warctest.Warcinfo()); err != nil {
		fail(err)
	}
	pages := 0
	for ; cw.n < limit; pages++ {
		uri := fmt.Sprintf("https://news.example.org/%d/story-%d.html", pages/1000, pages)
		// Each page differs a little, as a crawl's pages do, so that
		// gzip does not make the file unrealistically small.
		body := strings.Replace(string(html), "</title>", fmt.Sprintf(" (%d)</title>", pages), 1)
		err := warctest.Write(cw, true,
			warctest.Request(uri),
			warctest.Response(uri, 200, "text/html; charset=utf-8", body),
			warctest.Response(fmt.Sprintf("https://cdn.example.org/img/%d.png", pages), 200, "image/png", "\x89PNG\r\n\x1a\n"+strings.Repeat("\x00", 512)),
		)
		if err != nil {
			fail(err)
		}
	}
	if err := cw.w.Flush(); err != nil {
		fail(err)
	}
	if err := f.Close(); err != nil {
		fail(err)
	}
	fmt.Printf("%s: %s, %d pages\n", *out, bytesize.Human(cw.n), pages)
}

type counting struct {
	w *bufio.Writer
	n int64
}

func (c *counting) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "genwarc:", err)
	os.Exit(1)
}
