package meta

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
)

// kindsOfWords is the reference for kindsOf: the words as dom splits
// them, looked up one by one, skipping the class tokens that open with a
// state word.
func kindsOfWords(s string) wordKind {
	var k wordKind
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
	}) {
		ws := dom.SplitWords(nil, tok)
		if len(ws) > 0 && vocab.StateWord(ws[0]) {
			continue
		}
		for _, w := range ws {
			k |= kindOf[w]
		}
	}
	return k
}

func TestKindsOf(t *testing.T) {
	for _, c := range []struct {
		attr string
		want wordKind
	}{
		{"post-byline", kindByline},
		{"entry__date published", kindDate | kindPub},
		{"articleAuthor", kindByline},
		{"ArticleKicker", kindKicker},
		{"comments-area sidebar", kindSkip},
		{"lastUpdated", kindUpdate},
		{"author-name fn", kindByline | kindName},
		{"authorship datepicker", 0},
		{"AUTHOR", kindByline},
		{"autorin", kindByline},
		{"auteur-é", kindByline},
		{"éauthor", 0},
		{"main-content has-double-sidebar", 0},
		{"hasComments entry-date", kindDate},
		{"no-author\tbyline", kindByline},
		{"", 0},
		{"a-very-long-class-string-without-any-known-word-in-it-at-all", 0},
	} {
		if got := kindsOf(c.attr); got != c.want {
			t.Errorf("kindsOf(%q) = %b, want %b", c.attr, got, c.want)
		}
		if ref := kindsOfWords(c.attr); ref != c.want {
			t.Errorf("reference kinds of %q = %b, want %b", c.attr, ref, c.want)
		}
	}
}

// FuzzKindsOf checks the allocation-free scan against the word list.
func FuzzKindsOf(f *testing.F) {
	for _, s := range []string{"post-byline", "entryDate updated", "AuthorName", "x_y-z Kicker", "ÄuthorDate", "is-sidebar\fdate", "Has-Author"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := kindsOf(s), kindsOfWords(s); got != want {
			t.Fatalf("kindsOf(%q) = %b, want %b", s, got, want)
		}
	})
}

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
		if got := sameName(c.a, c.b); got != c.want {
			t.Errorf("sameName(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

// FuzzSameName checks the rune-by-rune comparison against comparing the
// folded strings.
func FuzzSameName(f *testing.F) {
	f.Add("Jane Doe", "jane-doe")
	f.Add("Zoë", "ZOË")
	f.Add("İstanbul", "istanbul")
	f.Fuzz(func(t *testing.T, a, b string) {
		want := a != "" && b != "" && fold(a) == fold(b)
		if got := sameName(a, b); got != want {
			t.Fatalf("sameName(%q, %q) = %v, want %v", a, b, got, want)
		}
	})
}

func TestHasAnyFold(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Text von Anna", true},
		{"TEXT VON ANNA", true},
		{"Vonnegut", false},
		{"By Jane", true},
		{"Byron Lee", false},
		{"", false},
	} {
		if got := hasAnyFold(c.s, byWords); got != c.want {
			t.Errorf("hasAnyFold(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestDateShapesAnyCase(t *testing.T) {
	for _, s := range []string{"3. MÄRZ 2024", "March 3, 2024", "3 Mars 2024", "Listopada 3 2024"} {
		if dateShapes(s)&shapeMonth == 0 {
			t.Errorf("dateShapes(%q) misses the month", s)
		}
	}
	for _, s := range []string{"Tel. 030 1234 5678", "Bundestagswahl 2021", "8.991,00 €"} {
		if dateShapes(s)&shapeMonth != 0 {
			t.Errorf("dateShapes(%q) finds a month", s)
		}
	}
	if got := ParseDate("PUBLISHED 3 MARCH 2024, 7:15 P.M. GMT"); got != "2024-03-03T19:15:00Z" {
		t.Errorf("upper-case date = %q", got)
	}
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
	m := Extract(parse(t, page), "")
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
