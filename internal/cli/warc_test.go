package cli

import (
	"os"
	"strings"

	"github.com/pith-org/pith/internal/warc/warctest"
	"github.com/rogpeppe/go-internal/testscript"
)

// latinPage is a page in ISO-8859-1 that names its charset only in the
// HTTP header, as a WARC record keeps it.
func latinPage() string {
	p := strings.Replace(articlePage(5), `<meta charset="utf-8">`, "", 1)
	return strings.Replace(p, "<p>The harbour council", "<p>At the caf\xe9 by the quay, the harbour council", 1)
}

// crawlRecords is what a crawler writes for a few URLs: warcinfo, a
// request and its HTML response, a 404, an image, a revisit, a page in
// Latin-1, and a last record cut off mid-way (a crawl killed while
// writing).
func crawlRecords() (whole []warctest.Record, cut warctest.Record) {
	return []warctest.Record{
		warctest.Warcinfo(),
		warctest.Request("https://example.org/news/1"),
		warctest.Response("https://example.org/news/1", 200, "text/html; charset=utf-8", articlePage(1)),
		warctest.Response("https://example.org/missing", 404, "text/html", "<p>Not found</p>"),
		warctest.Response("https://example.org/logo.png", 200, "image/png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
		warctest.Revisit("https://example.org/news/1"),
		warctest.Request("https://example.org/news/latin?page=2"),
		warctest.Response("https://example.org/news/latin?page=2", 200, "text/html; charset=iso-8859-1", latinPage()),
	}, warctest.Response("https://example.org/news/3", 200, "text/html", articlePage(3))
}

// crawlFile renders crawlRecords, each record its own gzip member when gz,
// the last one cut in half.
func crawlFile(gz bool) []byte {
	whole, cut := crawlRecords()
	data := warctest.File(gz, whole...)
	last := warctest.File(gz, cut)
	return append(data, last[:len(last)/2]...)
}

// cmdWARC is the script command "warc FILE": write the crawl fixture,
// gzip'd per record when FILE ends in .gz.
func cmdWARC(ts *testscript.TestScript, neg bool, args []string) {
	if len(args) != 1 {
		ts.Fatalf("usage: warc FILE")
	}
	ts.Check(os.WriteFile(ts.MkAbs(args[0]), crawlFile(strings.HasSuffix(args[0], ".gz")), 0o644))
}
