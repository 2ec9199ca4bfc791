package meta

import (
	"strings"
	"time"

	"github.com/pith-org/pith/internal/dom"
)

// The helpers here settle between date sources that disagree by
// checking which of them the page shows near its headline: readers see
// the date line, so a metadata stamp it confirms is the one to trust.

// confirmedDate returns which of the publication dates ds, in trust
// order, the page shows near the headline; when none is shown (or the
// page has no headline) it is the first one given; -1 when none is. Only
// publication fields are passed in, so a modification date can never
// win here.
//
// When the sources disagree and the page shows more than one of their
// days, the one shown closest to the headline is the date line; the
// others sit further down (an "updated" box, a footer).
func confirmedDate(anchor int, vis *visible, ds ...string) int {
	given := -1
	for i, d := range ds {
		if d != "" {
			given = i
			break
		}
	}
	if !vis.headed {
		return given
	}
	best, bestDist := -1, -1
	for i, o := range ds {
		if o == "" || (best >= 0 && o[:min(10, len(o))] == ds[best][:min(10, len(ds[best]))]) {
			continue
		}
		if dd, ok := shownAt(o, anchor, vis.dates, vis.loose); ok && (bestDist < 0 || dd < bestDist) {
			best, bestDist = i, dd
		}
	}
	if best >= 0 {
		return best
	}
	return given
}

// shownAt returns how far from the headline the page shows date's day
// (outside teasers and comments, within dateWindow).
func shownAt(date string, anchor int, lists ...[]cand) (int, bool) {
	if len(date) < 10 {
		return 0, false
	}
	best, found := 0, false
	for _, cs := range lists {
		for _, c := range cs {
			if !c.skipped && !c.updPart && c.pos >= anchor-dateWindow && c.pos <= anchor+dateWindow && strings.HasPrefix(c.date, date[:10]) {
				if d := dist(c.pos, anchor); !found || d < best {
					best, found = d, true
				}
			}
		}
	}
	return best, found
}

// shownInstant replaces a metadata stamp with a zone (usually UTC) by
// the date line written just under the headline when that line gives
// the same moment in the site's own zone on another day: "2022-05-04
// 02:41Z" shown as "03.05.2022 22:41". Equal minutes and a difference
// of at most 14 hours, in quarter hours, mark the same instant.
func shownInstant(date string, anchor int, loose []cand) string {
	mt, ok := zoned(date)
	if !ok || agrees(date, anchor, loose) {
		return date
	}
	for _, c := range loose {
		if c.skipped || !closeAfter(c.pos, anchor) || len(c.date) != 19 {
			continue
		}
		local, err := time.Parse("2006-01-02T15:04:05", c.date)
		if err != nil || local.Format("2006-01-02") == mt.Format("2006-01-02") {
			continue
		}
		// local was read as if it were UTC: its gap to the metadata
		// instant is the site's zone offset.
		off := local.Sub(mt)
		if off%(15*time.Minute) != 0 || off > 14*time.Hour || off < -14*time.Hour {
			continue
		}
		return mt.In(time.FixedZone("", int(off/time.Second))).Format(time.RFC3339)
	}
	return date
}

// zoned parses an ISO stamp that carries a time and a zone.
func zoned(date string) (time.Time, bool) {
	if len(date) < 20 || date[10] != 'T' {
		return time.Time{}, false
	}
	t, err := time.Parse(time.RFC3339, date)
	return t, err == nil
}

// keepShownDay undoes a move of a UTC stamp into the site's zone when
// the move changes the day and the page's own date line shows the
// original day: the CMS then wrote local time with a "Z" suffix.
func keepShownDay(orig, local string, vis *visible) string {
	if len(orig) < 10 || len(local) < 10 || orig[:10] == local[:10] || !vis.headed {
		return local
	}
	// Local midnight is a date-only field stored in UTC: its local day
	// is the true one even when a template prints the UTC day.
	if strings.HasPrefix(local[10:], "T00:00:00") {
		return local
	}
	// Only dates read from text count: a datetime attribute repeats the
	// very stamp in question.
	shown := func(day string) bool {
		for _, cs := range [][]cand{vis.dates, vis.loose} {
			for _, c := range cs {
				if !c.skipped && len(c.date) <= 19 && c.pos >= vis.anchor-dateWindow && c.pos <= vis.anchor+dateWindow && strings.HasPrefix(c.date, day) {
					return true
				}
			}
		}
		return false
	}
	if shown(orig[:10]) && !shown(local[:10]) {
		return orig
	}
	return local
}

// closestLoose picks the unlabelled date line for the article: the first
// one just under the headline, else the one nearest to it on either
// side (a subline above the headline is closer than the body's first
// date further down), teasers and comments only as a last resort.
func closestLoose(cs []cand, anchor int) (cand, bool) {
	near := within(cs, anchor)
	if c, ok := nearest(near, anchor, false); ok && closeAfter(c.pos, anchor) {
		return c, true
	}
	best, found := cand{}, false
	for _, c := range near {
		if c.skipped {
			continue
		}
		if !found || dist(c.pos, anchor) < dist(best.pos, anchor) {
			best, found = c, true
		}
	}
	if found {
		return best, true
	}
	return nearest(near, anchor, true)
}

// teaserDate returns the date of the teaser that announces the page
// itself: "latest news" lists often include the article being read,
// with its headline and date, when the article shows no date of its
// own. The teaser is the date's nearest ancestor (a few levels up)
// whose short text holds the whole headline; of several dates, the one
// whose teaser is smallest is the headline's own (the others reach it
// only through the list around both).
func (v *visible) teaserDate(title string) string {
	ft := dom.LetterKey(title)
	if len(ft) < 12 {
		return ""
	}
	limit := max(3*len(title), 400)
	best, bestLen := "", limit+1
	for _, cs := range [][]cand{v.dates, v.loose} {
		for _, c := range cs {
			p := c.node
			for up := 0; up < 4 && p != nil; up++ {
				t, ok := shortText(p, limit)
				if !ok || len(t) >= bestLen {
					break
				}
				if strings.Contains(dom.LetterKey(t), ft) {
					best, bestLen = c.date, len(t)
					break
				}
				p = p.Parent
			}
		}
	}
	return best
}

// agrees reports whether a visible date near the headline (outside
// teasers and comments) falls on the same day as the metadata date.
func agrees(date string, anchor int, lists ...[]cand) bool {
	if len(date) < 10 {
		return false
	}
	for _, cs := range lists {
		for _, c := range cs {
			if !c.skipped && !c.updPart && c.pos >= anchor-dateWindow && c.pos <= anchor+dateWindow && strings.HasPrefix(c.date, date[:10]) {
				return true
			}
		}
	}
	return false
}

// hugsAsDateLine reports whether an unlabelled date line is the
// article's own date rather than metadata's: it hugs the headline, is a
// line of its own (not a sentence that opens with a date), is not the
// day of an "Updated" label beside it, and is not metadata's day with
// day and month swapped (01/11 read the other way round).
func hugsAsDateLine(c cand, anchor int, metaDate string, updates []cand, zoneSpan bool) bool {
	if c.skipped || c.inText || !hugs(c.pos, anchor) || len(c.date) < 10 {
		return false
	}
	// A line that opens with the date may go on ("05.02.2020 – Redaktion:
	// …"); one that ends in a colon introduces a quotation.
	t, ok := shortText(c.node, 2*dateLineMax)
	if !ok || t == "" || strings.HasSuffix(t, ":") || len(t) > dateLineMax && (t[0] < '0' || t[0] > '9') {
		return false
	}
	for _, u := range updates {
		if dist(u.pos, c.pos) <= 15 && strings.HasPrefix(u.date, c.date[:10]) {
			return false
		}
	}
	// A zoned stamp a day off is the same moment seen from the site's
	// zone; keepShownDay settles which day to print. Zones run from
	// UTC-12 to UTC+14, so the moment of a day shown as d falls between
	// 14 hours before its midnight and 12 hours after its end.
	if mt, ok := zoned(metaDate); ok {
		if d, err := time.Parse("2006-01-02", c.date[:10]); err == nil && sameMoment(mt, d, zoneSpan) {
			return false
		}
	}
	if len(metaDate) >= 10 && c.date[:5] == metaDate[:5] && c.date[5:7] == metaDate[8:10] && c.date[8:10] == metaDate[5:7] {
		return false
	}
	return true
}

// sameMoment reports whether instant t may be shown as the local day d
// in some zone (zoneSpan), or else whether it lies within two days of
// it.
func sameMoment(t, d time.Time, zoneSpan bool) bool {
	off := t.Sub(d)
	if !zoneSpan {
		return off.Abs() <= 48*time.Hour
	}
	return off >= -14*time.Hour && off < 36*time.Hour
}

// dateLineMax is the longest text (bytes) of a line that is a date line
// rather than a sentence or citation that holds a date.
const dateLineMax = 50
