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

	titled  bool
	title   string   // as chosen, before tidyTitle
	heading *heading // the <h1> the title came from, nil if none
	titles  *titleEvidence
	authors *authorEvidence
	dates   *dateEvidence
	// drop are the visible elements that carry the metadata, for the
	// body to leave out: kicker, byline, date lines.
	drop []*html.Node
}

// merge fills m field by field from the trust lists.
func merge(g *merger) {
	m := g.m
	m.SiteName = choose(g, "site_name", siteTrust)
	m.Title = tidyTitle(g.chosenTitle())
	g.placeHeadline()
	m.Authors = g.completeAuthors(choose(g, "authors", authorTrust))
	m.Byline = strings.Join(m.Authors, ", ")
	g.dropByline()
	m.DateModified = choose(g, "date_modified", modifiedTrust)
	m.Date = choose(g, "date", dateTrust)
	g.dropDateLines()
	m.Description = choose(g, "description", descriptionTrust)
	m.Tags = choose(g, "tags", tagTrust)
	m.BaseURL = baseURL(g.h, g.mt, g.pageURL)
	if m.URL = choose(g, "url", urlTrust); m.URL == "" {
		m.URL = choose(g, "url", urlFallback)
	}
	m.Image = choose(g, "image", imageTrust)
	if m.Lang = choose(g, "lang", langTrust); m.Lang == "" {
		m.Lang = choose(g, "lang", langFallback)
	}
	m.ArticleBody = g.ld.articleBody
	m.Nodes = g.drop
}

// chosenTitle chooses the title once: the site-name source that reads it
// off the document title needs it before the title field is filled.
func (g *merger) chosenTitle() string {
	if !g.titled {
		g.titled = true
		g.title = choose(g, "title", titleTrust)
	}
	return g.title
}

// declaredSite is the site name the page declares in its markup, which
// the title's sources strip from document titles.
func (g *merger) declaredSite() string {
	return choose(g, "", siteDeclared)
}

// placeHeadline settles where the headline is, which the byline and date
// sources measure their distances from.
func (g *merger) placeHeadline() {
	vis, heading := g.vis, g.heading
	if heading != nil && heading.kicker != nil {
		g.drop = append(g.drop, heading.kicker)
	}
	if heading != nil && heading.hidden {
		heading = nil
	}
	anchor := 0
	if heading != nil {
		anchor = heading.pos
	} else if len(vis.h1s) > 0 {
		anchor = vis.h1s[0].pos
	}
	vis.headed = heading != nil || hasRealH1(vis.h1s)
	if !vis.headed {
		// Without an <h1> (or with only the logo's or a hidden one),
		// the h2-h4 that repeats the title is the headline the date
		// line sits under.
		if s, ok := subheadline(vis.subs, g.title); ok {
			anchor, vis.headed = s.pos, true
		}
	}
	vis.anchor = anchor
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// sameDay reports whether two ISO dates fall on the same calendar day as
// written.
func sameDay(a, b string) bool {
	return len(a) >= 10 && len(b) >= 10 && a[:10] == b[:10]
}
