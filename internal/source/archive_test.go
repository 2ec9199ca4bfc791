package source

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/warc/warctest"
)

const warcPage = "<!DOCTYPE html><html><body><p>a page</p></body></html>"

func crawl() []warctest.Record {
	return []warctest.Record{
		warctest.Warcinfo(),
		warctest.Request("https://example.org/a"),
		warctest.Response("https://example.org/a", 200, "text/html; charset=utf-8", warcPage),
		warctest.Response("https://example.org/gone", 404, "text/html", "<p>x</p>"),
		warctest.Revisit("https://example.org/a"),
		warctest.Response("https://example.org/b", 200, "text/html", warcPage),
	}
}

func TestIsWARC(t *testing.T) {
	tests := []struct {
		name string
		head []byte
		want bool
	}{
		{"plain", warctest.File(false, warctest.Warcinfo()), true},
		{"gzip per record, first bytes", warctest.File(true, crawl()...)[:100], true},
		{"gzip'd page", gz(t, []byte("<p>WARC/1.0</p>")), false},
		{"page", []byte("<!DOCTYPE html>"), false},
		{"gzip header alone", []byte{0x1f, 0x8b, 8, 0}, false},
		{"empty", nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsWARC(tt.head); got != tt.want {
				t.Errorf("IsWARC = %v, want %v", got, tt.want)
			}
		})
	}
}

// offsets returns where each record of crawl() starts in its file.
func offsets(gzip bool) []int64 {
	var out []int64
	var off int64
	for _, r := range crawl() {
		out = append(out, off)
		off += int64(len(warctest.File(gzip, r)))
	}
	return out
}

func TestExpandWARC(t *testing.T) {
	dir := t.TempDir()
	for _, gzip := range []bool{false, true} {
		t.Run(fmt.Sprintf("gzip=%v", gzip), func(t *testing.T) {
			name := filepath.Join(dir, "crawl.bin") // no telling extension
			if err := os.WriteFile(name, warctest.File(gzip, crawl()...), 0o644); err != nil {
				t.Fatal(err)
			}
			var skipped atomic.Int32
			ch, err := Expand(context.Background(), []string{name}, Options{OnSkip: func() { skipped.Add(1) }})
			if err != nil {
				t.Fatal(err)
			}
			got := collect(t, ch)
			offs := offsets(gzip)
			want := []struct {
				name, url string
			}{
				{name + "#" + strconv.FormatInt(offs[2], 10), "https://example.org/a"},
				{name + "#" + strconv.FormatInt(offs[5], 10), "https://example.org/b"},
			}
			if len(got) != len(want) || skipped.Load() != 4 {
				t.Fatalf("gzip=%v: got %d inputs, %d skipped: %+v", gzip, len(got), skipped.Load(), got)
			}
			for i, w := range want {
				in := got[i]
				if in.Name != w.name || in.URL != w.url || in.Kind != Archived || in.Archive != name ||
					string(in.HTML) != warcPage || in.Fetched != "2024-03-05T10:20:30Z" || in.Err != nil || in.Path != "" {
					t.Errorf("gzip=%v input %d = %+v, want %s %s", gzip, i, in, w.name, w.url)
				}
			}
			if got[0].ContentType != "text/html; charset=utf-8" {
				t.Errorf("content type = %q", got[0].ContentType)
			}
		})
	}
}

func TestExpandWARCStdinAndLimit(t *testing.T) {
	data := warctest.File(true, crawl()...)
	ch, err := Expand(context.Background(), []string{"-"}, Options{Stdin: bytes.NewReader(data), MaxBytes: 20})
	if err != nil {
		t.Fatal(err)
	}
	got := collect(t, ch)
	var tl *TooLargeError
	if len(got) != 2 || got[0].Name != "stdin#"+strconv.FormatInt(offsets(true)[2], 10) || got[0].Archive != "-" || !errors.As(got[0].Err, &tl) {
		t.Fatalf("got %+v", got)
	}
}

// A page on stdin is read ahead to tell its format; the page is then read
// from what was read ahead, whole.
func TestExpandStdinPage(t *testing.T) {
	page := strings.Repeat("<p>a paragraph</p>\n", 1000)
	ch, err := Expand(context.Background(), []string{"-"}, Options{Stdin: strings.NewReader(page)})
	if err != nil {
		t.Fatal(err)
	}
	got := collect(t, ch)
	if len(got) != 1 || got[0].Kind != Stdin || got[0].Stream == nil {
		t.Fatalf("got %+v", got)
	}
	p, err := ReadPageFrom(got[0].Stream, 0)
	if err != nil || string(p.HTML) != page {
		t.Fatalf("read %d bytes, %v", len(p.HTML), err)
	}
}

func TestRecordRef(t *testing.T) {
	tests := []struct {
		in   string
		want recordRef
		ok   bool
	}{
		{"crawl.warc.gz#1234", recordRef{"crawl.warc.gz", 1234, 0}, true},
		{"dir/a#b.warc#0", recordRef{"dir/a#b.warc", 0, 0}, true},
		{"x.warc#10+3", recordRef{"x.warc", 10, 3}, true},
		{"x.warc#10+0", recordRef{}, false},
		{"x.warc#-1", recordRef{}, false},
		{"x.warc#+1", recordRef{}, false},
		{"x.warc#", recordRef{}, false},
		{"#12", recordRef{}, false},
		{"page.html#section", recordRef{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, ok := parseRecordRef(tt.in)
			if ok != tt.ok || got != tt.want {
				t.Errorf("parseRecordRef(%q) = %+v %v, want %+v %v", tt.in, got, ok, tt.want, tt.ok)
			}
			if ok {
				if back := recordName(got.file, got.offset, got.index); back != tt.in {
					t.Errorf("recordName gives %q back for %q", back, tt.in)
				}
			}
		})
	}
}

// FILE#OFFSET, as the fail log writes it, reads that record alone.
func TestExpandRecordRef(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "crawl.warc.gz")
	if err := os.WriteFile(name, warctest.File(true, crawl()...), 0o644); err != nil {
		t.Fatal(err)
	}
	offs := offsets(true)
	ref := func(i int) string { return name + "#" + strconv.FormatInt(offs[i], 10) }
	tests := []struct {
		arg  string
		url  string
		fail string
	}{
		{ref(5), "https://example.org/b", ""},
		{ref(2), "https://example.org/a", ""},
		{ref(3), "", "not an HTML page (HTTP 404 Not Found)"},
		{name + "#7", "", "no WARC record at offset 7"},
		{name + "#999999", "", "no WARC record at offset 999999"},
		{filepath.Join(dir, "none.warc") + "#0", "", "no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.arg), func(t *testing.T) {
			ch, err := Expand(context.Background(), []string{tt.arg}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := collect(t, ch)
			if len(got) != 1 || got[0].Name != tt.arg || got[0].Kind != Archived {
				t.Fatalf("got %+v", got)
			}
			in := got[0]
			if tt.fail != "" {
				if in.Err == nil || !strings.Contains(in.Err.Error(), tt.fail) {
					t.Fatalf("err = %v, want %q", in.Err, tt.fail)
				}
				var nh *decode.NotHTMLError
				if strings.HasPrefix(tt.fail, "not an HTML") && !errors.As(in.Err, &nh) {
					t.Errorf("a record without a page is %T, want *decode.NotHTMLError", in.Err)
				}
				return
			}
			if in.Err != nil || in.URL != tt.url || string(in.HTML) != warcPage {
				t.Errorf("got %+v", in)
			}
		})
	}
}

func TestWalkPicksSavedPagesAndCrawls(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.html", "b.mhtml", "c.MHT", "d.warc", "e.warc.gz", "f.txt", "g.mhtml.gz"} {
		write(t, filepath.Join(dir, n), "<p>x</p>")
	}
	ch, err := Expand(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, in := range collect(t, ch) {
		names = append(names, filepath.Base(in.Name))
	}
	if got := strings.Join(names, " "); got != "a.html b.mhtml c.MHT d.warc e.warc.gz g.mhtml.gz" {
		t.Errorf("walk gave %s", got)
	}
}

// A pipe (pith <(zcat crawl.warc.gz)) is told apart by its start too, and
// a page in one is read on from what was read to tell it.
func TestExpandPipe(t *testing.T) {
	for _, tt := range []struct {
		name   string
		data   []byte
		inputs int
	}{
		{"warc", warctest.File(true, crawl()...), 2},
		{"page", []byte(warcPage), 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			fifo := filepath.Join(t.TempDir(), "pipe")
			if err := syscall.Mkfifo(fifo, 0o600); err != nil {
				t.Skip("no named pipes here:", err)
			}
			go func() {
				if f, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
					f.Write(tt.data)
					f.Close()
				}
			}()
			ch, err := Expand(context.Background(), []string{fifo}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := collect(t, ch)
			if len(got) != tt.inputs {
				t.Fatalf("got %+v", got)
			}
			if tt.inputs == 1 {
				p, err := ReadPageFrom(got[0].Stream, 0)
				if err != nil || string(p.HTML) != warcPage {
					t.Fatalf("read %q, %v", p.HTML, err)
				}
			}
		})
	}
}
