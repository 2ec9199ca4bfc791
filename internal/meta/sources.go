package meta

import (
	"strings"

	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

// Each field of Meta is taken from the most trustworthy source that has
// it. The trust order is data (trust.go): for each field a short list of
// named sources, most trusted first. merge reads the lists; a source is
// a registered rule, so --explain names the source each field came from
// and --disable-rule NAME takes a source out of every list it is in.

// A source gives one field's value from one kind of evidence, or nothing
// (ok false).
type source[T any] struct {
	rule string
	get  func(*merger) (T, bool)
}

// text makes a source of a string field from a getter: a source has the
// field when its value is not empty.
func text(rule string, get func(*merger) string) source[string] {
	return source[string]{rule, func(g *merger) (string, bool) {
		v := get(g)
		return v, v != ""
	}}
}

// given makes a source that has the field whenever the page gives a
// value, raw, even when norm (which resolves a URL or reduces a language
// tag) makes nothing of it: a declared value that is unusable is not
// replaced by a less trusted one, only by a fallback.
func given(rule string, raw func(*merger) string, norm func(*merger, string) string) source[string] {
	return source[string]{rule, func(g *merger) (string, bool) {
		v := raw(g)
		if v == "" {
			return "", false
		}
		return norm(g, v), true
	}}
}

// list makes a source of a list field (authors, tags).
func list(rule string, get func(*merger) []string) source[[]string] {
	return source[[]string]{rule, func(g *merger) ([]string, bool) {
		v := get(g)
		return v, len(v) > 0
	}}
}

// choose returns the value of the first source in trust that is switched
// on and has one, and records the choice when explaining. An empty field
// name records nothing: a list read for another field's sake.
func choose[T any](g *merger, field string, trust []source[T]) T {
	for _, s := range trust {
		if !g.trace.On(s.rule) {
			continue
		}
		if v, ok := s.get(g); ok {
			if field != "" && g.trace.Explaining() {
				g.trace.Keep(s.rule, field, shown(v))
			}
			return v
		}
	}
	var zero T
	return zero
}

// shown renders a chosen value for the explain report.
func shown(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case []string:
		return strings.Join(t, ", ")
	}
	return ""
}

// merger is what the sources read: each source's own reading of the page,
// the visible candidates, and the fields settled so far. The evidence a
// field's sources share (where the headline is, the byline and date
// candidates near it) is worked out once, when its first source asks.
type merger struct {
	m       *Meta
	trace   *rules.Trace
	doc     *html.Node
	h       *head
	ld, md  fields
	mt      fields
	vis     *visible
	states  []*html.Node
	pageURL string
	// host names the page for site-name tests: the page URL, else the
	// canonical address or og:url or JSON-LD url.
	host string

	// declared is the site name the page declares in its markup, which
	// the title's sources strip from document titles.
	declared string
	titled   bool
	title    string   // as chosen, before tidyTitle
	heading  *heading // the <h1> the title came from, nil if none
	titles   *titleEvidence
	authors  *authorEvidence
	dates    *dateEvidence
	// drop are the visible elements that carry the metadata, for the
	// body to leave out: kicker, byline, date lines.
	drop []*html.Node
}

// The person sources, in trust order: their index in authorEvidence.
const (
	srcJSONLD = iota
	srcMicrodata
	srcBylineMarkup
	srcMeta
	srcMetaLabel
	srcByLine
	personSources
)

// authorEvidence is what the authors' sources share: the byline
// candidates nearest the headline, and what each person source names.
type authorEvidence struct {
	bc, wc       cand // byline markup, and a "By …" line
	hasBC, hasWC bool
	site         []string // the site's name and host: never an author
	// person holds each person source's names without the site's, when
	// they name a person.
	person [personSources][]string
	// orgOnly is the first source that names only organisations;
	// siteOnly the first that names only the site.
	orgOnly, siteOnly []string
}

// The publication date has the longest trust list: the date line readers
// see under the headline, metadata the page confirms, then the weaker
// visible lines and the last resorts (URL, title, script state, the
// modification date). dateEvidence is what its sources share.
type dateEvidence struct {
	// dc is the labelled date line (a <time>, a date class, "Published
	// …") nearest the headline; near says it sits in the headline's
	// block, outside teasers (or just under the headline).
	dc          cand
	hasDC, near bool
	// lc is the unlabelled date line closest to the headline.
	lc    cand
	hasLC bool
	// metaDate is the metadata date the page confirms (confirmedDate),
	// from the source metaRule; agreed says the page shows its day
	// near the headline.
	metaDate, metaRule string
	agreed             bool
	// node is the date line to leave out of the body when the chosen
	// source is one.
	node *html.Node
}

// titleEvidence is what the title's sources share.
type titleEvidence struct {
	site string // the site name the page declares
	// meta are the metadata titles of the sources switched on, raw, in
	// trust order.
	meta []string
	// siteH1 is an <h1> that holds the site's name rather than the
	// headline: a logo, or the name the document title shows beside
	// the headline.
	siteH1 string
	// stripped are the metadata titles without the site's name, and
	// rule the source of each; a title that is the site's name alone is
	// left out.
	stripped, rule []string
	// firstPart says that an <h1> printing the first part of a
	// metadata title is the headline (titleH1FirstPart).
	firstPart bool
}
