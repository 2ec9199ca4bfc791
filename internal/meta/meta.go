// Package meta reads an article's metadata (title, authors, dates, site
// name, language, description, image, tags, canonical URL) from every
// source a page may carry: JSON-LD, microdata and RDFa, OpenGraph and
// other <meta> conventions, and the visible byline, date line and
// headline. Each source is read on its own into a fields value; merge.go
// then picks each field from the most trustworthy source that has it,
// in the trust order of trust.go.
//
// Extract runs before the DOM is cleaned and never modifies the tree.
package meta

import (
	"strings"
	"time"

	"github.com/pith-org/pith/internal/dates"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

// Meta is the metadata of one page.
type Meta struct {
	URL, Title, Byline string
	Authors            []string
	Date, DateModified string
	SiteName, Lang     string
	Description, Image string
	Tags               []string
	// BaseURL resolves relative links: the page URL if given, else <base
	// href> (resolved), the canonical link, og:url; "" if none.
	BaseURL string
	// ArticleBody is the JSON-LD articleBody/text when present, for the
	// content stage to use as evidence or fallback.
	ArticleBody string
	// Nodes are the visible elements that carry the byline, the date line
	// or a kicker, so the content stage can drop them from the body.
	Nodes []*html.Node
}

// fields is what one source says about the page. Empty means unknown.
type fields struct {
	title   string
	authors []string // person names
	org     string   // an organisation given as author
	// rawAuthor is a dedicated author field that names no person
	// ("Staff Writer", "HLNF Staff Report"): the last resort.
	rawAuthor      string
	date, modified string // ISO 8601
	siteName       string
	description    string
	image          string // as found; resolved against the base later
	url            string
	lang           string
	tags           []string
	articleBody    string
}

// Extract reads the page's metadata. pageURL is the fetched final URL or
// --base-url ("" for plain files). trace (nil allowed) switches sources
// off and, when explaining, records the source each field came from.
func Extract(doc *html.Node, pageURL string, trace *rules.Trace) *Meta {
	m := &Meta{}
	if doc == nil {
		return m
	}
	pg := scan(doc)
	head := headOf(pg)
	ld := readJSONLD(pg)
	md := readMicrodata(pg)
	mt := fromMetaTags(head)
	monthFirst := strings.HasPrefix(strings.ToLower(head.htmlLang), "en-us") || strings.EqualFold(head.htmlLang, "en")
	vis := visibleOf(pg, monthFirst)
	merge(&merger{
		m: m, trace: trace, doc: doc, h: head, ld: ld, md: md, mt: mt, vis: vis,
		states: pg.states, pageURL: pageURL, host: first(pageURL, head.canonical, mt.url, ld.url),
	})
	if trace.On(ruleDateLocalZone) {
		tag := first(head.htmlLang, mt.lang, ld.lang, md.lang, m.Lang)
		m.Date = inLocalZone(trace, "date", m.Date, tag, vis)
		m.DateModified = inLocalZone(trace, "date_modified", m.DateModified, tag, vis)
	}
	return m
}

// inLocalZone shows a UTC stamp in the zone of the page's language
// (dates.Local), unless the date line shows the UTC day.
func inLocalZone(trace *rules.Trace, field, date, lang string, vis *visible) string {
	local := keepShownDay(date, dates.Local(date, lang), vis)
	if local != date {
		trace.Keep(ruleDateLocalZone, field, local)
	}
	return local
}

// now is the clock that bounds future dates; tests replace it.
var now = time.Now

// parseDate reads the first date in s, day first when a numeric date is
// ambiguous (see dates.Parse).
func parseDate(s string) string { return dates.Parse(s, now(), false) }
