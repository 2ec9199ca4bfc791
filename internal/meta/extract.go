package meta

import (
	"strings"

	"github.com/pith-org/pith/internal/dates"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

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
	ld := readJSONLD(pg, trace)
	md := readMicrodata(pg, trace)
	mt := fromMetaTags(head)
	monthFirst := strings.HasPrefix(strings.ToLower(head.htmlLang), "en-us") || strings.EqualFold(head.htmlLang, "en")
	var parts []string
	if trace.On(titleShownPart) {
		parts = wantedParts(head.title, mt.title, ld.title)
	}
	vis := visibleOf(pg, monthFirst, trace, parts)
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
