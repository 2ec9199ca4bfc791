package meta

import (
	"net/url"
	"strings"
	"time"

	"github.com/pith-org/pith/internal/dates"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
)

// merge fills m field by field. The trust order, most trusted first:
//
//	title:    the <h1> that agrees with a metadata title; else JSON-LD
//	          headline, microdata headline, og/twitter/DC title, <title>
//	          (site name stripped); else the first <h1>
//	authors:  JSON-LD persons, microdata persons, explicit visible byline
//	          markup, <meta> author conventions, "By …" text lines; an
//	          organisation (JSON-LD, microdata) only when no person is named
//	date:     JSON-LD, microdata/RDFa, <meta>, visible <time>/date line
//	          (the line under the headline wins over a metadata day the
//	          page never shows); then the page's own teaser, teasers and
//	          sidebars, the canonical URL, title or description, script
//	          state; last, when nothing gives a publication date, the
//	          modification date
//	modified: the same order, from the modification fields only
//	site:     og:site_name and other <meta>, JSON-LD publisher/WebSite
//	lang:     <html lang>, <meta> (og:locale, content-language), JSON-LD
//	          inLanguage, hreflang of the canonical link, stopword guess
//	url:      canonical link, og:url, JSON-LD url, the page URL
//	others:   <meta> first, then JSON-LD, then microdata
//
// dateWindow is how far (in nodes) from the headline a visible date
// still counts as the article's own date line.
const dateWindow = 150

func merge(m *Meta, h *head, ld, md, mt fields, vis *visible, states []*html.Node, pageURL string) {
	m.SiteName = first(mt.siteName, ld.siteName)
	host := first(pageURL, h.canonical, mt.url, ld.url)

	title, heading := chooseTitle(vis.h1s, []string{ld.title, md.title, mt.title, h.title}, m.SiteName, host)
	m.Title = tidyTitle(title)
	if m.SiteName == "" {
		// No source names the site: the <title> often does, beside the
		// headline ("Headline – Site").
		m.SiteName = siteFromTitle(h.title, title)
	}
	if heading != nil && heading.kicker != nil {
		m.Nodes = append(m.Nodes, heading.kicker)
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
		if s, ok := subheadline(vis.subs, title); ok {
			anchor, vis.headed = s.pos, true
		}
	}
	vis.anchor = anchor

	bc, hasBC := vis.nearestByline(anchor, true)
	wc, hasWC := vis.nearestByline(anchor, false)
	// A "By …" line right under the headline beats byline markup found
	// far away (teasers further down the page).
	if hasWC && closeAfter(wc.pos, anchor) && (!hasBC || !closeAfter(bc.pos, anchor) || wc.pos < bc.pos) {
		bc, hasBC = wc, true
	}
	// Sources that only name the site (a common CMS default) fall
	// through to the next one; the site stands as author only when no
	// source names anyone else.
	site := []string{m.SiteName, hostCore(host)}
	var siteOnly []string
	sources := [][]string{ld.authors, md.authors, bc.names, mt.authors, wc.names}
	const bcSource = 2 // the index of the byline markup in sources
	if hasBC && closeAfter(bc.pos, anchor) {
		// The byline under the headline corrects a metadata field that
		// holds a login handle or misses co-authors.
		for i := 0; i < 2; i++ {
			if len(sources[i]) > 0 && betterNames(bc.names, sources[i]) {
				sources[i] = bc.names
			}
		}
	}
	var orgOnly []string
	// Byline markup (bc) replaces an organisation only in the
	// headline's block: further down, captions and teasers carry such
	// classes for people who did not write the piece. A "By …" line (wc)
	// says what it is wherever it stands.
	for i, names := range sources {
		if len(names) == 0 {
			continue
		}
		if orgOnly != nil && i == bcSource && !closeAfter(bc.pos, anchor) {
			continue
		}
		kept := dropSite(names, site)
		if len(kept) > 0 && vocab.AllOrgs(kept) {
			// An organisation in a person field ("Verband e.V.",
			// "Example.de-Redaktion") yields to a person named by a
			// later source.
			if orgOnly == nil {
				orgOnly = kept
			}
			continue
		}
		if len(kept) > 0 {
			m.Authors = kept
			break
		}
		if siteOnly == nil {
			siteOnly = names
		}
	}
	if len(m.Authors) == 0 && vis.headed {
		// "25.10.2022 - Reiner Nagel": a date line in the headline's
		// block that also names someone.
		// The site's own name on its date lines ("Handball Schweiz |
		// 12.01.2022") is not an author.
		if name := vis.datelineName(anchor); name != "" && len(dropSite([]string{name}, site)) == 1 && !spellsHost(name, host) {
			m.Authors = []string{name}
		}
	}
	if len(m.Authors) == 0 {
		if owner := siteOwner(host, append([]string{m.SiteName, h.title}, vis.copyrights...)); owner != "" {
			m.Authors = []string{owner}
		}
	}
	if len(m.Authors) == 0 && orgOnly != nil {
		m.Authors = orgOnly
	}
	if len(m.Authors) == 0 {
		if org := first(ld.org, md.org); org != "" {
			m.Authors = []string{org}
		} else if siteOnly != nil {
			m.Authors = siteOnly
		} else if raw := first(ld.rawAuthor, mt.rawAuthor); raw != "" {
			m.Authors = []string{raw}
		}
	}
	if len(m.Authors) == 1 {
		m.Authors[0] = vis.fullName(m.Authors[0], anchor)
		if isHandle(m.Authors[0]) {
			// "Submitted by human … Blog post by Margarita Koreneva":
			// the account that posted yields to the person named in
			// the headline's block.
			if names := vis.personalNear(anchor); names != nil {
				m.Authors = names
			}
		}
	}
	m.Byline = strings.Join(m.Authors, ", ")
	// The visible byline is boilerplate for the body whichever source
	// named the authors.
	if hasBC {
		m.Nodes = append(m.Nodes, bc.node)
	} else if hasWC {
		m.Nodes = append(m.Nodes, wc.node)
	}

	dc, hasDC := nearest(vis.dates, anchor, true)
	// A date in a teaser or sidebar never overrides another source,
	// unless it sits right under the headline (a header whose wrapper
	// carries a skipped word).
	// Above the headline only the header's own row counts: further up
	// run the teaser sliders and "latest news" boxes.
	nearDC := hasDC && (!dc.skipped || closeAfter(dc.pos, anchor)) && vis.headed && dc.pos >= anchor-hugWindow && dc.pos <= anchor+dateWindow
	metaDate := confirmedDate(anchor, vis, ld.date, md.date, mt.date)
	if vis.headed {
		// A date written under the headline in the site's own zone is
		// the same moment as a UTC metadata stamp on another day.
		metaDate = shownInstant(metaDate, anchor, vis.loose)
	}
	switch {
	case nearDC && !agrees(metaDate, anchor, vis.dates, vis.loose):
		// The date line readers see wins over metadata that a CMS may
		// have reset, unless the page also shows the metadata's day
		// near the headline. An unlabelled line between the headline
		// and the labelled date is the nearer date line.
		m.Date = dc.date
		if lc, ok := closestLoose(vis.loose, anchor); ok && lc.pos < dc.pos && !sameDay(lc.date, dc.date) && len(vis.h1s) <= 2 && hugsAsDateLine(lc, anchor, metaDate, vis.updates) {
			m.Date = lc.date
			m.Nodes = append(m.Nodes, lc.node)
		}
	case metaDate != "" && vis.headed && len(vis.h1s) <= 2 && !agrees(metaDate, anchor, vis.dates, vis.loose):
		// An unlabelled date line hugging the headline is still what
		// readers take for the date, when the metadata's day is not
		// shown anywhere near.
		m.Date = metaDate
		if lc, ok := closestLoose(vis.loose, anchor); ok && hugsAsDateLine(lc, anchor, metaDate, vis.updates) {
			m.Date = lc.date
			m.Nodes = append(m.Nodes, lc.node)
		}
	default:
		m.Date = metaDate
	}
	if m.Date == "" && hasDC && !dc.skipped {
		// A labelled date far from the headline still beats an
		// unlabelled one, unless that one sits in the headline's block.
		if lc, ok := closestLoose(vis.loose, anchor); !nearDC && vis.headed && ok && !lc.skipped && hugs(lc.pos, anchor) {
			m.Date = lc.date
			if !lc.inText {
				m.Nodes = append(m.Nodes, lc.node)
			}
		} else {
			m.Date = dc.date
		}
	}
	if m.Date == "" && vis.headed {
		if lc, ok := closestLoose(vis.loose, anchor); ok && !lc.skipped {
			m.Date = lc.date
			if !lc.inText {
				m.Nodes = append(m.Nodes, lc.node)
			}
		}
	}
	if m.Date == "" {
		// Only teasers and sidebars hold dates: the teaser announcing
		// this very article has its date; the one nearest the headline
		// is another's, the last resort.
		m.Date = vis.teaserDate(m.Title)
	}
	if m.Date == "" && vis.headed && !hasDC {
		if lc, ok := closestLoose(vis.loose, anchor); ok {
			m.Date = lc.date
			if !lc.inText {
				m.Nodes = append(m.Nodes, lc.node)
			}
		}
	}
	if m.Date == "" && hasDC {
		m.Date = dc.date
	}
	if m.Date == "" {
		m.Date = dates.FromURL(first(h.canonical, mt.url, ld.url, pageURL), now())
	}
	if m.Date == "" {
		// Press releases and bulletins often put the day in their
		// title or summary ("Report of 22.04.2020 – …").
		for _, t := range []string{h.title, mt.title, mt.description} {
			if d := parseDate(t); len(d) >= 10 {
				m.Date = d
				break
			}
		}
	}
	if m.Date == "" && !vis.headed {
		// A page without a headline: its first date line outside
		// teasers and sidebars.
		var pick cand
		for _, cs := range [][]cand{vis.dates, vis.loose} {
			if c, ok := nearest(cs, 0, false); ok && (m.Date == "" || c.pos < pick.pos) {
				m.Date, pick = c.date, c
			}
		}
	}
	if m.Date == "" {
		m.Date = stateDate(states)
	}
	if hasDC && !dc.inText {
		m.Nodes = append(m.Nodes, dc.node)
	}
	uc, hasUC := nearest(vis.updates, anchor, true)
	m.DateModified = first(ld.modified, md.modified, mt.modified)
	if m.DateModified == "" && hasUC {
		m.DateModified = uc.date
	}
	if hasUC && !uc.inText {
		m.Nodes = append(m.Nodes, uc.node)
	}
	if m.Date == "" {
		// A page that states only when it was last changed (a wiki's
		// "last edited", "Aktualisiert am" and nothing else) is dated
		// by that change, as citation styles date undated pages; the
		// date never replaces a publication date found anywhere, and
		// date_modified still says it is the change's.
		m.Date = m.DateModified
	}

	m.Description = first(mt.description, ld.description, md.description)
	m.Tags = ld.tags
	if len(mt.tags) > 0 {
		m.Tags = mt.tags
	} else if len(m.Tags) == 0 {
		m.Tags = md.tags
	}

	m.BaseURL = baseURL(h, mt, pageURL)
	m.URL = absURL(m.BaseURL, first(h.canonical, mt.url, ld.url))
	if m.URL == "" {
		m.URL = absURL("", pageURL)
	}
	m.Image = absURL(m.BaseURL, first(mt.image, ld.image, md.image))

	m.Lang = normLang(first(h.htmlLang, mt.lang, ld.lang, md.lang))
	if m.Lang == "" && h.canonical != "" {
		m.Lang = normLang(h.hreflang[h.canonical])
	}
	m.ArticleBody = ld.articleBody
}

// hasRealH1 reports whether some <h1> is shown and is not the site's logo.
func hasRealH1(h1s []heading) bool {
	for _, h := range h1s {
		if !h.logo && !h.hidden {
			return true
		}
	}
	return false
}

// subheadline returns the heading whose text is the title.
func subheadline(subs []heading, title string) (heading, bool) {
	ft := fold(title)
	if len(ft) < 8 {
		return heading{}, false
	}
	for _, h := range subs {
		fh := fold(h.text)
		if fh == ft || len(fh) >= 12 && strings.Contains(ft, fh) || strings.Contains(fh, ft) && len(fh) < 2*len(ft) {
			return h, true
		}
	}
	return heading{}, false
}

// agrees reports whether a visible date near the headline (outside
// teasers and comments) falls on the same day as the metadata date.
func agrees(date string, anchor int, lists ...[]cand) bool {
	if len(date) < 10 {
		return false
	}
	for _, cs := range lists {
		for _, c := range cs {
			if !c.skipped && c.pos >= anchor-dateWindow && c.pos <= anchor+dateWindow && strings.HasPrefix(c.date, date[:10]) {
				return true
			}
		}
	}
	return false
}

// finishLang fills Lang from the text when no markup gave it.
func finishLang(m *Meta, doc *html.Node) {
	if m.Lang == "" {
		m.Lang = detectLang(doc)
	}
}

// nearest picks the candidate closest after the headline, or the last one
// before it when none follows or when the one after lies far down the
// page while the one before sits close above the headline (a date line
// in the header's top row). Candidates from skipped regions count only
// (dates only) when they sit within dateWindow of the headline and
// nothing else exists.
func nearest(cs []cand, anchor int, allowSkipped bool) (cand, bool) {
	var before *cand
	for i := range cs {
		if cs[i].skipped {
			continue
		}
		if cs[i].pos >= anchor {
			if before != nil && !closeAfter(cs[i].pos, anchor) && anchor-before.pos <= bylineWindow && anchor-before.pos < cs[i].pos-anchor {
				return *before, true
			}
			return cs[i], true
		}
		before = &cs[i]
	}
	if before != nil {
		return *before, true
	}
	if !allowSkipped {
		return cand{}, false
	}
	for i := range cs {
		if cs[i].pos >= anchor-dateWindow && cs[i].pos <= anchor+dateWindow {
			return cs[i], true
		}
	}
	return cand{}, false
}

// dropSite removes the names that are the site's name or its host,
// unless what remains is only an agency code ("AFP/The Local").
func dropSite(names []string, sites []string) []string {
	var out []string
	for _, n := range names {
		isSite := false
		for i, s := range sites {
			// A blog's host is often its author's handle: the host
			// counts only against names written like a brand.
			if sameName(n, s) && (i == 0 || strings.ContainsAny(n, " .")) {
				isSite = true
			}
		}
		if !isSite {
			out = append(out, n)
		}
	}
	if len(out) == 0 || len(out) == len(names) {
		return out
	}
	for _, n := range out {
		if strings.ToUpper(n) != n || strings.Contains(n, " ") {
			return out
		}
	}
	return names
}

// bylineWindow is how far (in nodes) after the headline a byline still
// reads as the article's own.
const bylineWindow = 60

// hugs reports whether a date line sits in the headline's own block:
// just under it, or in the row just above it.
func hugs(pos, anchor int) bool {
	return closeAfter(pos, anchor) || pos < anchor && anchor-pos <= hugWindow
}

// hugsAsDateLine reports whether an unlabelled date line is the
// article's own date rather than metadata's: it hugs the headline, is a
// line of its own (not a sentence that opens with a date), is not the
// day of an "Updated" label beside it, and is not metadata's day with
// day and month swapped (01/11 read the other way round).
func hugsAsDateLine(c cand, anchor int, metaDate string, updates []cand) bool {
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
	// zone; keepShownDay settles which day to print.
	if mt, ok := zoned(metaDate); ok {
		if d, err := time.Parse("2006-01-02", c.date[:10]); err == nil && mt.Sub(d).Abs() <= 48*time.Hour {
			return false
		}
	}
	if len(metaDate) >= 10 && c.date[:5] == metaDate[:5] && c.date[5:7] == metaDate[8:10] && c.date[8:10] == metaDate[5:7] {
		return false
	}
	return true
}

// dateLineMax is the longest text (bytes) of a line that is a date line
// rather than a sentence or citation that holds a date.
const dateLineMax = 50

// hugWindow is how far (in nodes) above the headline a date line still
// belongs to its header.
const hugWindow = 30

func closeAfter(pos, anchor int) bool {
	return pos >= anchor && pos-anchor <= bylineWindow
}

// betterNames reports whether the visible names vis should replace the
// metadata names md: md holds only login handles ("jdoe",
// "jane.doe") or vis names everyone md names and more.
func betterNames(vis, md []string) bool {
	if len(vis) == 0 {
		return false
	}
	handles := true
	for _, n := range md {
		if !isHandle(n) {
			handles = false
		}
	}
	if handles {
		// Each handle must spell a visible name: "arianschlichenmayer"
		// is "Arian Schlichenmayer".
		for _, h := range md {
			if !spells(h, vis) {
				return false
			}
		}
		return true
	}
	if len(vis) <= len(md) {
		return false
	}
	for _, n := range md {
		if !containsFold(vis, n) {
			return false
		}
	}
	// The extra names must read as people: a first and a last name.
	for _, n := range vis {
		if !containsFold(md, n) && (len(strings.Fields(n)) < 2 || strings.Contains(n, "-")) {
			return false
		}
	}
	return true
}

// spells reports whether every word of one of the names occurs in the
// handle and the name is not itself a handle.
func spells(handle string, names []string) bool {
	fh := fold(handle)
	for _, n := range names {
		if isHandle(n) {
			continue
		}
		ok := true
		for _, w := range strings.Fields(n) {
			if fw := fold(w); fw == "" || !strings.Contains(fh, fw) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// isHandle reports whether a name is a login rather than a person's
// name: one token, lower-case or joined with dots or underscores.
func isHandle(n string) bool {
	if strings.ContainsAny(n, " ") {
		return false
	}
	if strings.ContainsAny(n, "._") {
		return true
	}
	return strings.ToLower(n) == n
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// baseURL follows the URL rule: the page URL, else <base href> resolved
// against the canonical address, else the canonical link, else og:url.
func baseURL(h *head, mt fields, pageURL string) string {
	if u := absURL("", pageURL); u != "" {
		if h.base != "" {
			if b := absURL(u, h.base); b != "" {
				return b
			}
		}
		return u
	}
	canon := absURL("", h.canonical)
	if canon == "" {
		canon = absURL("", mt.url)
	}
	if h.base != "" {
		if b := absURL(canon, h.base); b != "" {
			return b
		}
	}
	return canon
}

// absURL resolves ref against base and returns it only when the result
// is an absolute http(s) URL.
func absURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != "" && !r.IsAbs() {
		b, err := url.Parse(base)
		if err != nil {
			return ""
		}
		r = b.ResolveReference(r)
	}
	if (r.Scheme != "http" && r.Scheme != "https") || r.Host == "" {
		return ""
	}
	return r.String()
}

// spellsHost reports whether name holds the distinctive part of the
// host ("Handball Schweiz" on handball.ch).
func spellsHost(name, host string) bool {
	h := fold(hostCore(host))
	return len(h) >= 4 && strings.Contains(fold(name), h)
}

// sameDay reports whether two ISO dates fall on the same calendar day as
// written.
func sameDay(a, b string) bool {
	return len(a) >= 10 && len(b) >= 10 && a[:10] == b[:10]
}
