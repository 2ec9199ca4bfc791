package meta

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// FuzzExtract feeds arbitrary markup to Extract: it must not panic, must
// not modify the tree, and must return valid UTF-8 dates in ISO form.
func FuzzExtract(f *testing.F) {
	f.Add(fullPage)
	f.Add(ld(`{"@type":"Article","headline":"A","author":[{"@id":"#x"}],"@graph":[{"@id":"#x"}],}`))
	f.Add(`<h1><span class="kicker">K</span></h1><p>By Jane Doe</p><time datetime="2024-13-45">`)
	f.Fuzz(func(t *testing.T, s string) {
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return
		}
		st := time.Now()
		m := Extract(doc, "https://example.org/a", nil)
		// A few kilobytes of markup must never take seconds: this catches
		// quadratic walks over pathological nesting.
		if d := time.Since(st); d > 3*time.Second {
			t.Fatalf("slow: %v", d)
		}
		for _, v := range []string{m.Date, m.DateModified} {
			if v != "" && (len(v) < 10 || v[4] != '-' || v[7] != '-') {
				t.Fatalf("bad date %q", v)
			}
		}
		if !utf8.ValidString(m.Title) && utf8.ValidString(s) {
			t.Fatalf("invalid title %q", m.Title)
		}
	})
}
