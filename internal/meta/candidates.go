package meta

import (
	"strings"

	"github.com/pith-org/pith/internal/dates"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The visible page is the last source of metadata but the one readers
// see: the <h1>, the byline and the date line near it. Candidates are
// collected in document order with their position so that the ones just
// after the headline win over those in teasers further down.

// visible holds the candidates of one page: the headings, the bylines
// and the dates in three lists (labelled, update, unlabelled).
type visible struct {
	h1s []heading
	// subs are the first h2-h4 headings, the headline of pages that
	// have no <h1>.
	subs []heading
	// headed reports that merge found the headline on the page, so that
	// the date line near anchor is the article's.
	headed bool
	// bylines are the elements that may name the authors, in the order
	// they were found (children before parents); their names are read
	// only when merge asks for the ones near the headline.
	bylines []bylineEntry
	byPos   []int  // indexes of bylines by position
	dates   []cand // publication dates in date-like elements
	updates []cand // modification dates
	loose   []cand // dates in short lines that do not say what they are
	anchor  int    // position of the headline, set by merge

	// copyrights are short lines with a copyright notice, for the
	// owner of a personal site (owner.go).
	copyrights []string
	// Nested wrappers often hold the very same line: each text is read
	// once per page.
	// parts are the parts of the metadata titles (split at their
	// separators) and shown which of them the page shows as the whole
	// text of an element outside teasers and navigation.
	parts  []string
	folded []string
	shown  []bool
	// trace switches the readers' rules off (nil: all on).
	trace      *rules.Trace
	dateMemo   map[string]string
	nameMemo   map[string][]string
	classKinds map[string]vocab.MetaKind // see (*visible).kinds
	monthFirst bool
}

// date is dates.Parse for the page, remembered per text.
func (v *visible) date(s string) string {
	if d, ok := v.dateMemo[s]; ok {
		return d
	}
	d := dates.Parse(s, now(), v.monthFirst)
	if v.dateMemo == nil {
		v.dateMemo = map[string]string{}
	}
	v.dateMemo[s] = d
	return d
}

// names is cleanNames remembered per text. The result is shared.
func (v *visible) names(s string) []string {
	if ns, ok := v.nameMemo[s]; ok {
		return ns
	}
	ns := cleanNames(s)
	if v.nameMemo == nil {
		v.nameMemo = map[string][]string{}
	}
	v.nameMemo[s] = ns
	return ns
}

type cand struct {
	node  *html.Node
	names []string
	date  string
	pos   int
	// strong marks markup that says what it is (rel=author, <time
	// datetime>, an explicit byline class) rather than a text pattern.
	strong bool
	// skipped marks candidates found in comments, teasers or sidebars.
	skipped bool
	// inText marks a date read from a block that also holds other text:
	// its node must stay in the body.
	inText bool
	// updPart marks an unlabelled date that is part of an update line:
	// it shows the update, not the publication.
	updPart bool
}

// bylineEntry is an element that may name the authors.
type bylineEntry struct {
	node *html.Node
	pos  int
	text span
	// strong marks markup that says what it is (rel=author, a byline
	// class, a label) rather than a "By …" text pattern.
	strong bool
	state  int8 // 0 not read yet, 1 names found (in c), -1 none
	c      cand
}

type heading struct {
	node   *html.Node
	text   string     // without the kicker
	full   string     // as displayed
	kicker *html.Node // the kicker element inside or just before the h1
	pos    int
	// logo marks an <h1> that holds the site's name: classed as a logo
	// or site title, a link to the home page, or no text at all (an
	// image logo).
	logo bool
	// afterBreak is the text after a short first line set off by <br>,
	// "" when there is none.
	afterBreak string
	// lead is the text of the h1's first element when more text follows
	// it: a kicker when a metadata title sets it off with a separator.
	lead string
	// hidden marks an <h1> kept for screen readers only, often a copy
	// of the document title: it names the page, but the date line and
	// byline sit under the headline shown.
	hidden bool
	// pageHeader marks an <h1> in the page's header or navigation,
	// outside any <article> or <main>: the site's name, usually.
	pageHeader bool
}

// inside reports whether c lies within a few levels under n.
func inside(c, n *html.Node) bool {
	depth := 0
	for p := c; p != nil && depth < 32; p = p.Parent {
		if p == n {
			return true
		}
		depth++
	}
	return false
}

func markSkipped(cs []cand) {
	for i := range cs {
		cs[i].skipped = true
	}
}

// isLineElement reports whether n can hold a byline or date line as
// plain text: a short inline or paragraph-level element.
func isLineElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Span, atom.Div, atom.Li, atom.Small, atom.Strong, atom.Em, atom.B, atom.I, atom.Td, atom.Dd, atom.Header, atom.Section,
		atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// breaksLine reports whether an element starts a new line of text.
func breaksLine(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Br, atom.Hr, atom.P, atom.Div, atom.Ul, atom.Ol, atom.Table, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Section, atom.Article:
		return true
	}
	return false
}

// firstNonBlank returns n's first child that is not whitespace text.
func firstNonBlank(n *html.Node) *html.Node {
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	return c
}
