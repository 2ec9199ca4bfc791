package warc

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/warc/warctest"
)

const page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>"

// crawl is what a crawler writes for two pages, an image and a 404.
func crawl() []warctest.Record {
	return []warctest.Record{
		warctest.Warcinfo(),
		warctest.Request("https://example.org/a"),
		warctest.Response("https://example.org/a", 200, "text/html; charset=utf-8", page),
		warctest.Response("https://example.org/missing", 404, "text/html", "<p>nope</p>"),
		warctest.Response("https://example.org/logo.png", 200, "image/png", "\x89PNG\r\n\x1a\nxxxx"),
		warctest.Revisit("https://example.org/a"),
		{Type: "metadata", URI: "https://example.org/a", CType: "application/warc-fields", Block: "outlinks: x\r\n"},
		warctest.Response("https://example.org/b", 200, "text/html", page),
	}
}

type seen struct {
	typ, uri string
	off      int64
	idx      int
	err      string
}

func readAll(t *testing.T, data []byte) []seen {
	t.Helper()
	r := NewReader(bytes.NewReader(data))
	var out []seen
	for range 1000 {
		rec, err := r.Next()
		if err == io.EOF {
			return out
		}
		var re *RecordError
		if errors.As(err, &re) {
			out = append(out, seen{off: re.Offset, idx: re.Index, err: re.Error()})
			continue
		}
		if err != nil {
			t.Fatalf("Next: %v", err)
		}
		out = append(out, seen{typ: rec.Type(), uri: rec.Header.Get("WARC-Target-URI"), off: rec.Offset, idx: rec.Index})
	}
	t.Fatal("reader does not end")
	return nil
}

func TestReaderLayouts(t *testing.T) {
	recs := crawl()
	wantTypes := []string{"warcinfo", "request", "response", "response", "response", "revisit", "metadata", "response"}
	for _, gz := range []bool{false, true} {
		t.Run(map[bool]string{false: "plain", true: "gzip per record"}[gz], func(t *testing.T) {
			data := warctest.File(gz, recs...)
			got := readAll(t, data)
			if len(got) != len(wantTypes) {
				t.Fatalf("got %d records, want %d: %+v", len(got), len(wantTypes), got)
			}
			var off int64
			for i, s := range got {
				if s.err != "" || s.typ != wantTypes[i] || s.off != off || s.idx != 0 {
					t.Errorf("record %d = %+v, want type %s at %d", i, s, wantTypes[i], off)
				}
				off += int64(len(warctest.File(gz, recs[i])))
			}
		})
	}
}

func TestReaderWholeFileGzip(t *testing.T) {
	// A plain .warc gzip'd as one stream: every record is in member 0.
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write(warctest.File(false, crawl()...))
	zw.Close()
	got := readAll(t, b.Bytes())
	if len(got) != 8 {
		t.Fatalf("got %d records: %+v", len(got), got)
	}
	for i, s := range got {
		if s.off != 0 || s.idx != i || s.err != "" {
			t.Errorf("record %d = %+v, want offset 0 index %d", i, s, i)
		}
	}
}

func TestReaderDamage(t *testing.T) {
	a := warctest.Response("https://example.org/a", 200, "text/html", page)
	b := warctest.Response("https://example.org/b", 200, "text/html", page)
	ab := a.Bytes()
	gzA := warctest.File(true, a)
	tests := []struct {
		name string
		data []byte
		want []string // "uri" for a record, "!fragment" for an error
	}{
		{"plain truncated last record", append(warctest.File(false, a), b.Bytes()[:len(b.Bytes())-40]...),
			[]string{"https://example.org/a", "https://example.org/b", "!truncated WARC record"}},
		{"plain truncated header", append(warctest.File(false, a), "WARC/1.0\r\nWARC-Type: resp"...),
			[]string{"https://example.org/a", "!header ends early"}},
		{"plain junk line before a record", append([]byte("junk\r\n"), warctest.File(false, a, b)...),
			[]string{"!no WARC version line", "https://example.org/a", "https://example.org/b"}},
		{"plain Content-Length too short", append(shortLength(ab), b.Bytes()...),
			[]string{"https://example.org/a", "!block does not end", "https://example.org/b"}},
		{"plain bad Content-Length", append(bytes.Replace(ab, []byte("Content-Length: "), []byte("Content-Length: x"), 1), b.Bytes()...),
			[]string{"!bad Content-Length", "https://example.org/b"}},
		{"gzip truncated last member", append(warctest.File(true, a), warctest.File(true, b)[:60]...),
			[]string{"https://example.org/a", "!gzip member ends early"}},
		{"gzip corrupt member in the middle", append(append(append([]byte{}, gzA...), corrupt(warctest.File(true, b))...), gzA...),
			[]string{"https://example.org/a", "!corrupt", "https://example.org/a"}},
		{"gzip junk after the last member", append(append([]byte{}, gzA...), "\x00\x00\x00"...),
			[]string{"https://example.org/a", "!no gzip member"}},
		{"WARC/1.1 and LF line ends", []byte(strings.ReplaceAll(string(warctest.Record{Version: "WARC/1.1", Type: "response", URI: "https://example.org/x", Block: "abc"}.Bytes()), "\r\n", "\n")),
			[]string{"https://example.org/x"}},
		{"empty", nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := readAll(t, tt.data)
			if len(got) != len(tt.want) {
				t.Fatalf("got %+v, want %v", got, tt.want)
			}
			for i, w := range tt.want {
				if msg, ok := strings.CutPrefix(w, "!"); ok {
					if !strings.Contains(got[i].err, msg) {
						t.Errorf("item %d = %+v, want error with %q", i, got[i], msg)
					}
				} else if got[i].err != "" || got[i].uri != w {
					t.Errorf("item %d = %+v, want %s", i, got[i], w)
				}
			}
		})
	}
}

// shortLength lowers a record's Content-Length by 5.
func shortLength(rec []byte) []byte {
	s := string(rec)
	i := strings.Index(s, "Content-Length: ") + len("Content-Length: ")
	j := i + strings.Index(s[i:], "\r")
	n, _ := strconv.Atoi(s[i:j])
	return []byte(s[:i] + strconv.Itoa(n-5) + s[j:])
}

// corrupt flips bytes in the middle of a gzip member's deflate data.
func corrupt(member []byte) []byte {
	out := append([]byte{}, member...)
	for i := 20; i < len(out)-12 && i < 40; i++ {
		out[i] ^= 0xff
	}
	return out
}

func TestNewReaderAt(t *testing.T) {
	recs := crawl()
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			data := warctest.File(gz, recs...)
			got := readAll(t, data)
			for _, s := range got {
				r, err := NewReaderAt(bytes.NewReader(data), s.off)
				if err != nil {
					t.Fatal(err)
				}
				rec, err := r.Next()
				if err != nil || rec.Offset != s.off || rec.Type() != s.typ || rec.Header.Get("WARC-Target-URI") != s.uri {
					t.Errorf("gz=%v at %d: %+v %v, want %+v", gz, s.off, rec, err, s)
				}
			}
		})
	}
}

func TestReadPage(t *testing.T) {
	chunked := warctest.ResponseHeaders("https://example.org/c", 200,
		"Content-Type: text/html; charset=iso-8859-1\r\nTransfer-Encoding: chunked", "5\r\n<p>Ca\r\n3\r\nf\xe9!\r\n0\r\n\r\n")
	var gzBody bytes.Buffer
	zw := gzip.NewWriter(&gzBody)
	zw.Write([]byte(page))
	zw.Close()
	gzipped := warctest.ResponseHeaders("https://example.org/g", 200, "Content-Type: text/html\r\nContent-Encoding: gzip", gzBody.String())
	tests := []struct {
		name    string
		rec     warctest.Record
		limit   int64
		body    string // want this page body
		ctype   string
		notPage string // or a NotPageError with this reason
		err     string // or another error with this text
	}{
		{"html response", warctest.Response("https://example.org/a", 200, "text/html; charset=utf-8", page), 1 << 20, page, "text/html; charset=utf-8", "", ""},
		{"chunked", chunked, 1 << 20, "<p>Caf\xe9!", "text/html; charset=iso-8859-1", "", ""},
		{"content-encoding gzip", gzipped, 1 << 20, page, "text/html", "", ""},
		{"no content type, sniffed", warctest.ResponseHeaders("https://example.org/n", 200, "", page), 1 << 20, page, "", "", ""},
		{"octet-stream that is an image", warctest.Response("https://example.org/i", 200, "application/octet-stream", "\x89PNG\r\n\x1a\n\x00\x00"), 1 << 20, "", "", "sniffed image/png", ""},
		{"404", warctest.Response("https://example.org/m", 404, "text/html", "<p>x</p>"), 1 << 20, "", "", "HTTP 404 Not Found", ""},
		{"image", warctest.Response("https://example.org/l.png", 200, "image/png", "\x89PNG"), 1 << 20, "", "", "image/png", ""},
		{"request", warctest.Request("https://example.org/a"), 1 << 20, "", "", "request record", ""},
		{"revisit", warctest.Revisit("https://example.org/a"), 1 << 20, "", "", "revisit record", ""},
		{"warcinfo", warctest.Warcinfo(), 1 << 20, "", "", "warcinfo record", ""},
		{"dns response", warctest.Record{Type: "response", URI: "dns:example.org", CType: "text/dns", Block: "example.org. 300 IN A 1.2.3.4"}, 1 << 20, "", "", "response record of text/dns", ""},
		{"too large", warctest.Response("https://example.org/a", 200, "text/html", page), 10, "", "", "", "payload too large"},
		{"brotli", warctest.ResponseHeaders("https://example.org/br", 200, "Content-Type: text/html\r\nContent-Encoding: br", "xx"), 1 << 20, "", "", "", `Content-Encoding "br"`},
		{"garbage http header", warctest.Record{Type: "response", URI: "https://example.org/q", CType: "application/http; msgtype=response", Block: "garbage\r\n\r\n"}, 1 << 20, "", "", "", "bad HTTP response header"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(bytes.NewReader(tt.rec.Bytes()))
			rec, err := r.Next()
			if err != nil {
				t.Fatal(err)
			}
			p, err := ReadPage(rec, tt.limit)
			var np *NotPageError
			switch {
			case tt.notPage != "":
				if !errors.As(err, &np) || np.Reason != tt.notPage {
					t.Fatalf("got %v, want not a page (%s)", err, tt.notPage)
				}
			case tt.err != "":
				if err == nil || errors.As(err, &np) || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("got %v, want error %q", err, tt.err)
				}
			default:
				if err != nil {
					t.Fatal(err)
				}
				if string(p.Body) != tt.body || p.ContentType != tt.ctype || p.URL != tt.rec.URI || p.Date != "2024-03-05T10:20:30Z" {
					t.Errorf("page = %+v", p)
				}
			}
			if _, err := r.Next(); err != io.EOF {
				t.Errorf("after the record: %v, want EOF", err)
			}
		})
	}
}

// A page whose block is cut short is reported once, by ReadPage, not a
// second time by Next: in a plain file (the block ends early) and in a
// gzip member (the member ends early).
func TestReadPageTruncatedOnce(t *testing.T) {
	for _, gz := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gz), func(t *testing.T) {
			data := warctest.File(gz, warctest.Response("https://example.org/a", 200, "text/html", page))
			data = data[:len(data)-30]
			r := NewReader(bytes.NewReader(data))
			rec, err := r.Next()
			if err != nil {
				t.Fatal(err)
			}
			if _, err := ReadPage(rec, 1<<20); !errors.Is(err, ErrTruncated) {
				t.Fatalf("gzip=%v: ReadPage: %v, want truncated", gz, err)
			}
			if _, err := r.Next(); err != io.EOF {
				t.Fatalf("gzip=%v: Next: %v, want EOF", gz, err)
			}
		})
	}
}
