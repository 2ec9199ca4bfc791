package meta

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
)

func TestSameName(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Jane Doe", "jane doe", true},
		{"Jane Doe", "Jane-Doe", true},
		{"Jane Doe", "Jane Does", false},
		{"Zoë Müller", "ZOË MÜLLER", true},
		{"...", "---", true}, // no letters on either side: equal, as fold says
		{"", "", false},
		{"AFP", "a.f.p.", true},
	} {
		t.Run(c.a+"/"+c.b, func(t *testing.T) {
			if got := sameName(c.a, c.b); got != c.want {
				t.Errorf("sameName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
			}
		})
	}
}

// FuzzSameName checks the rune-by-rune comparison against comparing the
// folded strings.
func FuzzSameName(f *testing.F) {
	f.Add("Jane Doe", "jane-doe")
	f.Add("Zoë", "ZOË")
	f.Add("İstanbul", "istanbul")
	f.Fuzz(func(t *testing.T, a, b string) {
		want := a != "" && b != "" && dom.LetterKey(a) == dom.LetterKey(b)
		if got := sameName(a, b); got != want {
			t.Fatalf("sameName(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}

// The byline names are read lazily; the nearest one after the headline
// must win even when earlier teasers hold bylines too, and a wrapper
// line must stand for the inner byline.
func TestLazyBylines(t *testing.T) {
	fixedNow(t)
	page := `<html><body>
<div class="teaser"><p>By Tom Teaser</p></div>
<h1>The headline</h1>
<div class="meta"><p><span>By Jane Doe and Omar Haddad</span></p> <span>3 March 2024</span></div>
<p>Body text of the article, long enough to be a paragraph of its own.</p>
<div class="teaser"><p>By Tina Later</p></div>
</body></html>`
	m := Extract(parse(t, page), "", nil)
	if got := strings.Join(m.Authors, "|"); got != "Jane Doe|Omar Haddad" {
		t.Fatalf("authors = %q", got)
	}
	found := false
	for _, n := range m.Nodes {
		if n.DataAtom.String() == "span" && strings.HasPrefix(dom.Text(n), "By Jane") {
			found = true
		}
	}
	if !found {
		t.Errorf("byline node not the inner span: %v", m.Nodes)
	}
}
