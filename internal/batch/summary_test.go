package batch

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

func TestSummaryLine(t *testing.T) {
	var s Summary
	for range 9874 {
		s.OK()
	}
	for range 98 {
		s.Fail(NoArticle)
	}
	for range 21 {
		s.Fail(HTTPError)
	}
	for range 7 {
		s.Fail(NotHTML)
	}
	want := "pith: 9,874 articles, 126 failed (98 no article found, 21 HTTP errors, 7 not HTML) in 41.2s"
	if got := s.Line(41234 * time.Millisecond); got != want {
		t.Fatalf("got  %q\nwant %q", got, want)
	}

	var one Summary
	one.OK()
	one.Fail(Timeout)
	one.Fail(Category(99)) // out of range counts as other
	one.Skipped()
	got := one.Line(75 * time.Second)
	for _, part := range []string{"1 article,", "2 failed (1 timeout, 1 other error)", "1 skipped", "in 1m15s"} {
		if !strings.Contains(got, part) {
			t.Errorf("%q lacks %q", got, part)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -4500: "-4,500"} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			if got := Thousands(n); got != want {
				t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
			}
		})
	}
}

func TestProgressLine(t *testing.T) {
	p := &Progress{total: -1}
	p.done, p.failed = 1500, 3
	got := p.line(10 * time.Second)
	if got != "pith: 1,500 done, 150.0/s, 3 failed, 0:10" {
		t.Errorf("unknown total: %q", got)
	}
	p.total, p.color = 3000, true
	got = p.line(10 * time.Second)
	if !strings.Contains(got, "1,500/3,000 done") || !strings.Contains(got, "ETA 0:10") || !strings.Contains(got, "\x1b[31m3 failed") {
		t.Errorf("known total: %q", got)
	}
}

func TestProgressNilAndPrintln(t *testing.T) {
	var nilP *Progress
	nilP.Add(true)
	nilP.SetTotal(3)
	nilP.Stop()
	var b strings.Builder
	nilP.Println(&b, "pith: a: no article found")
	if b.String() != "pith: a: no article found\n" {
		t.Fatalf("nil Println wrote %q", b.String())
	}

	var term syncBuf
	p := NewProgress(&term, false, 2)
	p.Add(false)
	time.Sleep(250 * time.Millisecond)
	p.Println(&term, "pith: x: boom")
	p.Stop()
	p.Stop()
	out := term.String()
	if !strings.Contains(out, "1/2 done") || !strings.Contains(out, "\r\x1b[Kpith: x: boom\n") || !strings.HasSuffix(out, "\r\x1b[K") {
		t.Fatalf("terminal got %q", out)
	}
}
