package meta

import (
	"slices"
	"strings"

	"github.com/pith-org/pith/internal/dates"
)

// The publication date has the longest trust list: the date line readers
// see under the headline, metadata the page confirms, then the weaker
// visible lines and the last resorts (URL, title, script state, the
// modification date). Its sources share dateEvidence (sources.go).

// The metadata date rules; trust.go registers them.
const (
	dateJSONLD    = "date-jsonld"
	dateMicrodata = "date-microdata"
	dateMeta      = "date-meta"
)

// metaDateSources are the publication dates of the metadata sources, in
// trust order, with their rules.
var metaDateSources = []struct {
	rule string
	date func(*merger) string
}{
	{dateJSONLD, func(g *merger) string { return g.ld.date }},
	{dateMicrodata, func(g *merger) string { return g.md.date }},
	{dateMeta, func(g *merger) string { return g.mt.date }},
}

// dateEv works the evidence out once.
func (g *merger) dateEv() *dateEvidence {
	if g.dates != nil {
		return g.dates
	}
	vis, anchor := g.vis, g.vis.anchor
	e := &dateEvidence{}
	g.dates = e
	e.dc, e.hasDC = nearest(vis.dates, anchor, true)
	// A date in a teaser or sidebar never overrides another source,
	// unless it sits right under the headline (a header whose wrapper
	// carries a skipped word).
	// Above the headline only the header's own row counts: further up
	// run the teaser sliders and "latest news" boxes.
	e.near = e.hasDC && (!e.dc.skipped || closeAfter(e.dc.pos, anchor)) && vis.headed && e.dc.pos >= anchor-hugWindow && e.dc.pos <= anchor+dateWindow
	if vis.headed && g.trace.On(dateRightUnder) {
		// A date line right under the headline is the headline's own,
		// whatever its wrapper's class says ("newsletter-details").
		for i := range vis.loose {
			if c := &vis.loose[i]; c.skipped && c.pos >= anchor && c.pos-anchor <= rightUnder {
				c.skipped = false
			}
		}
	}
	e.lc, e.hasLC = closestLoose(vis.loose, anchor)
	ds := make([]string, len(metaDateSources))
	for i, s := range metaDateSources {
		if g.trace.On(s.rule) {
			ds[i] = s.date(g)
		}
	}
	if i := confirmedDate(anchor, vis, ds...); i >= 0 {
		e.metaDate, e.metaRule = ds[i], metaDateSources[i].rule
	}
	if vis.headed {
		// A date written under the headline in the site's own zone is
		// the same moment as a UTC metadata stamp on another day.
		e.metaDate = shownInstant(e.metaDate, anchor, vis.loose)
	}
	e.agreed = agrees(e.metaDate, anchor, vis.dates, vis.loose)
	return e
}

// rightUnder is how far (in nodes) after the headline a date line sits
// right under it: the headline's text node and a wrapper or two.
const rightUnder = 5

// lineOverMeta reports that the labelled date line near the headline
// overrides metadata: readers see it, and the page does not show
// metadata's day near the headline (a CMS may have reset it).
func (e *dateEvidence) lineOverMeta() bool { return e.near && !e.agreed }

// hugging is the unlabelled date line hugging the headline, which
// readers take for the date, when metadata's day is not shown anywhere
// near: over the labelled line when it lies between that line and the
// headline and gives another day, and over metadata itself.
func hugging(g *merger) string {
	e, vis := g.dateEv(), g.vis
	switch {
	case e.lineOverMeta():
		if !e.hasLC || e.lc.pos >= e.dc.pos || sameDay(e.lc.date, e.dc.date) || len(vis.h1s) > 2 {
			return ""
		}
	case e.metaDate != "" && vis.headed && len(vis.h1s) <= 2 && !e.agreed:
		if !e.hasLC {
			return ""
		}
	default:
		return ""
	}
	if !hugsAsDateLine(e.lc, vis.anchor, e.metaDate, vis.updates, g.trace.On(dateZoneSpan)) {
		return ""
	}
	e.node = e.lc.node
	return e.lc.date
}

// labelledLine is the labelled date line near the headline, over
// metadata the page does not show.
func labelledLine(g *merger) string {
	if e := g.dateEv(); e.lineOverMeta() {
		return e.dc.date
	}
	return ""
}

// updateShown is the update stamp hugging the headline when it is the
// only date the page shows readers and the publication date lives only
// in structured data (JSON-LD, microdata): the page presents itself as of
// its update ("Updated Sep 17, 2025" over a datePublished of 2019 that
// no reader sees). A publication stamp in the head's <meta> tags, which
// sharing cards and feed readers show, is the page declaring the
// publication in public, so it stands; so does a publication whose year
// the headline names while the update's it does not ("… in 2020").
func updateShown(g *merger) string {
	e, vis := g.dateEv(), g.vis
	if !vis.headed || g.mt.date != "" || (e.metaRule != dateJSONLD && e.metaRule != dateMicrodata) {
		return ""
	}
	uc, ok := nearest(vis.updates, vis.anchor, false)
	if !ok || !nearHeadline(uc.pos, vis.anchor) || len(uc.date) < 10 || sameDay(uc.date, e.metaDate) {
		return ""
	}
	for _, cs := range [][]cand{vis.dates, vis.loose} {
		for _, c := range cs {
			if !c.skipped && !c.updPart && c.pos >= vis.anchor-dateWindow && c.pos <= vis.anchor+dateWindow && !sameDay(c.date, uc.date) {
				return ""
			}
		}
	}
	words := titleWords(g.m.Title)
	if slices.Contains(words, e.metaDate[:4]) && !slices.Contains(words, uc.date[:4]) {
		return ""
	}
	return uc.date
}

// metaDate is the date of metadata source rule when the page confirms
// it (or no other metadata date is shown).
func metaDate(rule string) func(*merger) string {
	return func(g *merger) string {
		if e := g.dateEv(); e.metaRule == rule {
			return e.metaDate
		}
		return ""
	}
}

// looseHugging is an unlabelled line in the headline's block, over a
// labelled date far from it.
func looseHugging(g *merger) string {
	e, vis := g.dateEv(), g.vis
	if !e.hasDC || e.dc.skipped || e.near || !vis.headed || !e.hasLC || e.lc.skipped || !hugs(e.lc.pos, vis.anchor) {
		return ""
	}
	return e.loose()
}

// labelledFar is a labelled date line outside teasers, however far from
// the headline.
func labelledFar(g *merger) string {
	if e := g.dateEv(); e.hasDC && !e.dc.skipped {
		return e.dc.date
	}
	return ""
}

// looseNearest is the unlabelled date line nearest the headline,
// outside teasers.
func looseNearest(g *merger) string {
	if e := g.dateEv(); g.vis.headed && e.hasLC && !e.lc.skipped {
		return e.loose()
	}
	return ""
}

// teaserSelf is the date of the teaser that announces this very article
// when only teasers and sidebars hold dates.
func teaserSelf(g *merger) string { return g.vis.teaserDate(g.m.Title) }

// looseAny is the unlabelled date line nearest the headline, teasers
// included, on a page with no labelled date line at all.
func looseAny(g *merger) string {
	if e := g.dateEv(); g.vis.headed && !e.hasDC && e.hasLC {
		return e.loose()
	}
	return ""
}

// labelledTeaser is the labelled date line nearest the headline even in
// a teaser or comment: the last visible resort.
func labelledTeaser(g *merger) string {
	if e := g.dateEv(); e.hasDC {
		return e.dc.date
	}
	return ""
}

// loose returns the unlabelled line's date and marks the line for
// leaving out of the body, unless it is body text that opens with a
// date.
func (e *dateEvidence) loose() string {
	if !e.lc.inText {
		e.node = e.lc.node
	}
	return e.lc.date
}

// besideByline is the date line in the row of the byline that names
// the page's author, however far from the headline: an author box after
// the body ("Written by Jane Doe · April 8, 2024") dates the article it
// signs. Teasers and comments do not count, nor a line more than a few
// nodes from the byline.
func besideByline(g *merger) string {
	if len(g.m.Authors) == 0 {
		return ""
	}
	name := g.m.Authors[0]
	for _, b := range g.vis.bylines {
		row := b.node.Parent
		if row == nil {
			continue
		}
		if t, ok := shortText(b.node, 200); !ok || !strings.Contains(t, name) {
			continue
		}
		for _, cs := range [][]cand{g.vis.dates, g.vis.loose} {
			for _, c := range cs {
				if !c.skipped && !c.inText && dist(c.pos, b.pos) <= bylineRow && inside(c.node, row) {
					return c.date
				}
			}
		}
	}
	return ""
}

// bylineRow is how far (in nodes) from the byline a date line still
// shares its row.
const bylineRow = 12

// urlDate reads /YYYY/MM/DD/ in the page's address.
func urlDate(g *merger) string {
	return dates.FromURL(first(g.h.canonical, g.mt.url, g.ld.url, g.pageURL), now())
}

// titleDate reads the full date press releases and bulletins put in
// their title or summary ("Report of 22.04.2020 – …").
func titleDate(g *merger) string {
	for _, t := range []string{g.h.title, g.mt.title, g.mt.description} {
		if d := parseDate(t); len(d) >= 10 {
			return d
		}
	}
	return ""
}

// firstLine is the first date line outside teasers and sidebars of a
// page without a headline.
func firstLine(g *merger) string {
	if g.vis.headed {
		return ""
	}
	date, found := "", cand{}
	for _, cs := range [][]cand{g.vis.dates, g.vis.loose} {
		if c, ok := nearest(cs, 0, false); ok && (date == "" || c.pos < found.pos) {
			date, found = c.date, c
		}
	}
	return date
}

// dropDateLines leaves the chosen unlabelled date line and the labelled
// date and update lines nearest the headline out of the body.
func (g *merger) dropDateLines() {
	e := g.dateEv()
	if e.node != nil {
		g.drop = append(g.drop, e.node)
	}
	if e.hasDC && !e.dc.inText {
		g.drop = append(g.drop, e.dc.node)
	}
	if uc, ok := nearest(g.vis.updates, g.vis.anchor, true); ok && !uc.inText {
		g.drop = append(g.drop, uc.node)
	}
}

// updateLine is the modification date shown nearest the headline.
func updateLine(g *merger) string {
	if uc, ok := nearest(g.vis.updates, g.vis.anchor, true); ok {
		return uc.date
	}
	return ""
}
