package meta

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
)

// Titles in <title> and og:title usually carry the site name ("Headline
// | Site", "Site: Headline") and sometimes a kicker ("Klimaschutz:
// Headline"). The visible <h1> is the headline as the reader sees it, so
// the rule is: the first <h1> that agrees with a metadata title wins;
// otherwise the metadata titles, most trusted first, with the site name
// stripped.

// strongSeps separate a title from site or section names; the longest
// part is the headline. weakSeps (dashes) also occur inside headlines,
// so only a short trailing or leading part is cut at them.
var (
	strongSeps = []string{" | ", " :: ", " · ", " • ", " » ", " « ", " ‹ ", " › ", " || ", " ~ "}
	weakSeps   = []string{" — ", " – ", " - ", " / ", " -- "}
)

// stripSite removes a site-name prefix or suffix from t. site may be
// empty; host is the page's host name, used as a hint.
func stripSite(t, site, host string) string { return stripSiteChain(t, site, host, true) }

// stripSiteChain is stripSite; chain says whether a run of short
// trailing parts is cut one after the other ("Headline - Soccer - Sport
// - Breaking News"), or only the last.
func stripSiteChain(t, site, host string, chain bool) string {
	t = collapse(t)
	for i := 0; i < 3; i++ {
		u := stripNamed(t, site, host)
		if u == t {
			break
		}
		t = u
	}
	for _, sep := range strongSeps {
		if !strings.Contains(t, sep) {
			continue
		}
		parts := strings.Split(t, sep)
		best := ""
		for _, p := range parts {
			if utf8.RuneCountInString(p) > utf8.RuneCountInString(best) {
				best = p
			}
		}
		t = strings.TrimSpace(best)
	}
	for _, sep := range weakSeps {
		for {
			i := strings.LastIndex(t, sep)
			if i <= 0 {
				break
			}
			head, tail := t[:i], t[i+len(sep):]
			if len(strings.Fields(tail)) > 3 || len(strings.Fields(head)) < 3 || len(tail) >= len(head)/2+1 || !looksLikeSiteName(tail) {
				break
			}
			t = strings.TrimSpace(head)
			if !chain {
				break
			}
		}
	}
	return t
}

// stripNamed removes one prefix or suffix that matches the site name or
// the host.
func stripNamed(t, site, host string) string {
	matches := func(part string) bool {
		f := dom.LetterKey(part)
		if f == "" {
			return false
		}
		if s := dom.LetterKey(site); s != "" && (f == s || (len(f) >= 4 && strings.Contains(s, f)) || (len(s) >= 4 && strings.Contains(f, s) && len(f) < 2*len(s)+8)) {
			return true
		}
		if h := dom.LetterKey(hostCore(host)); h != "" && (f == h || strings.HasPrefix(f, h) && len(f) < len(h)+6) {
			return true
		}
		return false
	}
	// A suffix of a few words opening with the host's name is the site's
	// long name ("… - MyOOS Community Forum" on foren.myoos.de), unless
	// the headline names the host too.
	suffixSite := func(head, part string) bool {
		return len(strings.Fields(part)) <= 5 && hostNamed(dom.LetterKey(part), host, true) && !hostNamed(dom.LetterKey(head), host, false)
	}
	for _, sep := range titleSeps {
		if i := strings.LastIndex(t, sep); i > 0 && (matches(t[i+len(sep):]) || suffixSite(t[:i], t[i+len(sep):])) {
			return strings.TrimSpace(t[:i])
		}
		if i := strings.Index(t, sep); i > 0 && matches(t[:i]) && i+len(sep) < len(t) {
			return strings.TrimSpace(t[i+len(sep):])
		}
	}
	if i := strings.Index(t, ": "); i > 0 && matches(t[:i]) {
		return strings.TrimSpace(t[i+2:])
	}
	return t
}

// looksLikeSiteName accepts a short title part that reads like a brand:
// capitalised words or a domain.
func looksLikeSiteName(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	if strings.Contains(s, ".") && !strings.Contains(s, " ") {
		return true
	}
	for _, w := range strings.Fields(s) {
		r, _ := utf8.DecodeRuneInString(w)
		if !(r >= 'A' && r <= 'Z' || r > 127 && strings.ToUpper(string(r)) == string(r) || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

// tidyTitle takes off what is never part of a headline: a full date
// opening it ("23.01.2022 - Dorothea Wierer darf …", a news list's
// habit) and separators left dangling by a CMS ("National Rail
// Enquiries -").
func tidyTitle(t string) string {
	for _, sep := range []string{"-", "–", "—", "|", ":", "·", "•"} {
		// Only a separator standing apart: "-5 °C" keeps its sign.
		t = strings.TrimSpace(strings.TrimSuffix(t, " "+sep))
		t = strings.TrimSpace(strings.TrimPrefix(t, sep+" "))
	}
	if t == "" || t[0] < '0' || t[0] > '9' {
		return t
	}
	for _, sep := range []string{" - ", " – ", " — ", " | ", ": "} {
		i := strings.Index(t, sep)
		if i <= 0 || i > 40 {
			continue
		}
		head, rest := t[:i], strings.TrimSpace(t[i+len(sep):])
		if len(strings.Fields(head)) <= 4 && len(parseDate(head)) >= 10 && len(strings.Fields(rest)) >= 3 {
			return rest
		}
	}
	return t
}

// titleSiteH1 reports an <h1> that prints the site's name as the
// document title shows it after the headline ("Was ist Freie Software -
// MyOOS Community Forum" over an h1 "MyOOS Community Forum" on
// foren.myoos.de): the part after the last separator, spelled by the
// host. A headline that only mentions the site is never the whole part.
func titleSiteH1(text string, meta []string, host string) bool {
	ft := dom.LetterKey(text)
	if len(strings.Fields(text)) > 5 || !hostNamed(ft, host, true) {
		return false
	}
	for _, m := range meta {
		for _, sep := range titleSeps {
			if i := strings.LastIndex(m, sep); i > 0 && dom.LetterKey(m[i+len(sep):]) == ft {
				return true
			}
		}
	}
	return false
}

// hostNamed reports whether the folded text f holds (or, with atStart,
// opens with) one of the host's names of four letters or more ("myoos"
// of foren.myoos.de).
func hostNamed(f, host string, atStart bool) bool {
	h := hostName(host)
	labels := strings.Split(h, ".")
	for _, l := range labels[:max(len(labels)-1, 0)] {
		if l = dom.LetterKey(l); len(l) >= 4 && !strings.HasPrefix(l, "www") && (strings.HasPrefix(f, l) || !atStart && strings.Contains(f, l)) {
			return true
		}
	}
	return false
}

// uncut returns the title that t was cut from, when a quotation mark
// written unescaped inside an attribute ended it early
// (content="Senador … de "incapacitado"" reads "Senador … de"): a later
// title that runs on from t with a quotation mark.
func uncut(t string, later []string) string {
	for _, l := range later {
		if len(l) > len(t) && strings.HasPrefix(l, t) {
			if r, _ := utf8.DecodeRuneInString(strings.TrimLeft(l[len(t):], " ")); r == '"' || r == '\'' {
				return l
			}
		}
	}
	return t
}

// setOffLead returns the h1's text after its first element when a
// metadata title sets that element's text off with a separator
// ("Olympische Spiele in Paris - Getränke per Schiff …" over an h1
// "<span>Olympische Spiele in Paris</span> Getränke per Schiff …").
func setOffLead(h *heading, meta []string) (string, bool) {
	if h.lead == "" {
		return "", false
	}
	rest := strings.TrimSpace(h.full[len(h.lead):])
	fl, fr := dom.LetterKey(h.lead), dom.LetterKey(rest)
	if len(strings.Fields(rest)) < 2 || fr == "" {
		return "", false
	}
	for _, m := range meta {
		m = collapse(m)
		for _, sep := range titleSeps {
			i := strings.Index(m, sep)
			if i > 0 && dom.LetterKey(m[:i]) == fl && strings.HasPrefix(dom.LetterKey(m[i+len(sep):]), fr) {
				return rest, true
			}
		}
	}
	return "", false
}

// The metadata title rules and those that read the evidence; trust.go
// registers them.
const (
	titleLogoHeadline   = "title-logo-headline"
	titleHomeLink       = "title-home-link"
	titleSectionChain   = "title-section-chain"
	titleDocumentMarkup = "title-document-markup"
	titleH1FirstPart    = "title-h1-first-part"
	titleShownPart      = "title-shown-part"
	headingPermalink    = "heading-permalink"

	titleJSONLD    = "title-jsonld"
	titleMicrodata = "title-microdata"
	titleMeta      = "title-meta"
	titleDocument  = "title-document"
)

// metaTitleSources are the metadata titles, in trust order, with their
// rules.
var metaTitleSources = []struct {
	rule  string
	title func(*merger) string
}{
	{titleJSONLD, func(g *merger) string { return g.ld.title }},
	{titleMicrodata, func(g *merger) string { return g.md.title }},
	{titleMeta, func(g *merger) string { return g.mt.title }},
	{titleDocument, func(g *merger) string {
		if g.trace.On(titleDocumentMarkup) && hasMarkup(g.h.title) {
			return ""
		}
		return g.h.title
	}},
}

// titleEv works the evidence out once.
func (g *merger) titleEv() *titleEvidence {
	if g.titles != nil {
		return g.titles
	}
	e := &titleEvidence{site: g.declared, firstPart: g.trace.On(titleH1FirstPart)}
	g.titles = e
	var metaRule []string
	for _, s := range metaTitleSources {
		if t := s.title(g); t != "" && g.trace.On(s.rule) {
			e.meta, metaRule = append(e.meta, t), append(metaRule, s.rule)
		}
	}
	// A logo <h1> holds the site's name, which the document title often
	// shows beside the headline ("Headline : Site Name"): it is not the
	// headline, and it is stripped from the titles like a site name.
	h1s := g.vis.h1s
	for i := range h1s {
		logo := h1s[i].logo || g.trace.On(titleHomeLink) && linksDeclaredHome(h1s[i].node, g.h.home)
		logo = logo && !(g.trace.On(titleLogoHeadline) && e.readsAsHeadline(h1s[i].text, g.host))
		if logo || titleSiteH1(h1s[i].text, e.meta, g.host) {
			e.siteH1 = h1s[i].text
			break
		}
	}
	chain := g.trace.On(titleSectionChain)
	for i, m := range e.meta {
		switch {
		case e.siteH1 == "":
			m = stripSiteChain(m, e.site, g.host, chain)
		case sameName(m, e.siteH1):
			// The document title is the site's name alone.
			continue
		default:
			if rest := g.shownBesideSite(m, e.siteH1); rest != "" {
				// The page shows the rest as its headline: none of
				// it is the site's or the section's name.
				m = rest
				break
			}
			m = stripNamed(stripSiteChain(stripNamed(collapse(m), e.siteH1, ""), e.site, g.host, chain), e.siteH1, "")
		}
		if p := g.vis.shownTitlePart(m); p != "" {
			// What is left of the title still has parts, and the page
			// shows one of them as an element of its own: the headline.
			m = p
		}
		e.stripped, e.rule = append(e.stripped, m), append(e.rule, metaRule[i])
	}
	return e
}

// readsAsHeadline reports that an <h1> the page classes as its logo
// holds the headline after all: a metadata title reads as its text with
// the site's name beside it ("Event Management Process: 7 Steps | Site"
// over an h1 "Event Management Process: 7 Steps" classed "blog-title").
func (e *titleEvidence) readsAsHeadline(text, host string) bool {
	// Site names are short: a logo's text of three words or fewer is
	// taken for one, as its class says.
	ft := dom.LetterKey(text)
	if ft == "" || len(strings.Fields(text)) < 4 {
		return false
	}
	for _, m := range e.meta {
		if fm := dom.LetterKey(m); fm != ft && dom.LetterKey(stripSite(m, e.site, host)) == ft {
			return true
		}
	}
	return false
}

// hasMarkup reports a document title that holds markup: a <title> left
// open swallows the page's next tags as its text.
func hasMarkup(t string) bool {
	for i := 0; i+1 < len(t); i++ {
		if t[i] == '<' {
			if c := t[i+1]; c == '/' || c == '!' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				return true
			}
		}
	}
	return strings.Contains(t, "-->")
}

// h1Title is the headline as the <h1> shows it, when a metadata title
// agrees: the h1 itself, or without the kicker or the site name that one
// of them carries.
func h1Title(g *merger) string {
	e := g.titleEv()
	for i := range g.vis.h1s {
		h := &g.vis.h1s[i]
		if t := h.agreedTitle(e, g.host); t != "" {
			g.heading = h
			return t
		}
	}
	return ""
}

// agreedTitle is h1Title for one <h1>, "" when no metadata title
// agrees with it.
func (h *heading) agreedTitle(e *titleEvidence, host string) string {
	ft, ff := dom.LetterKey(h.text), dom.LetterKey(h.full)
	if ft == "" || sameName(h.text, e.site) || h.text == e.siteH1 {
		return ""
	}
	if rest, ok := setOffLead(h, e.meta); ok {
		return rest
	}
	if fb := dom.LetterKey(h.afterBreak); fb != "" {
		for _, s := range e.stripped {
			if dom.LetterKey(s) == fb {
				return h.afterBreak
			}
		}
	}
	for _, m := range e.meta {
		fm := dom.LetterKey(m)
		if fm == ft || fm == ff {
			// Some templates print the document title, site name
			// and all, as the headline.
			return stripNamed(h.text, e.site, host)
		}
		// The metadata title carries a site name or kicker around the h1.
		if len(ft) >= 12 && strings.Contains(fm, ft) {
			return h.text
		}
	}
	for _, s := range e.stripped {
		fs := dom.LetterKey(s)
		// The h1 carries a kicker or a subtitle around the cleaned
		// title: the title alone is the headline.
		if len(fs) >= 12 && strings.Contains(ft, fs) {
			if len(fs) == len(ft) {
				return h.text
			}
			return s
		}
	}
	if e.firstPart && !h.logo && !h.pageHeader {
		// "Models | Django documentation | Django" over an h1 "Models"
		// in the content: a short headline agrees when it is the first
		// part, before the site's and section's names.
		for _, m := range e.meta {
			if parts := titleParts(m); len(parts) >= 2 && dom.LetterKey(parts[0]) == ft {
				return h.text
			}
		}
	}
	return ""
}

// articleH1 is the one <h1> of a page that declares itself an article
// (og:type "article", a schema.org Article) when no metadata title agrees
// with it. An article has a headline, and the <h1> is that headline as
// readers see it; the document and sharing titles are often rewritten
// for search ("Health And Nutrition Trends For 2026" over the h1 "Top 10
// Health and Nutrition Trends to Watch"). Pages that do not say they are
// articles (products, services, home pages) carry a hero slogan in their
// <h1> as often as a headline, and keep their metadata title.
func articleH1(g *merger) string {
	if !g.ld.article && !g.md.article && !g.mt.article {
		return ""
	}
	return g.onlyH1()
}

// unrelatedH1 is the one <h1> of a page whose metadata titles share no
// word with it and are shorter by two words or more: such a title names
// the site or its section ("Cape Argus", "Lifestyle & Entertainment"
// over the h1 "Ronaldo could earn greater fortune at Real"), not the
// page.
func unrelatedH1(g *merger) string {
	e := g.titleEv()
	if len(e.stripped) == 0 {
		return ""
	}
	h := g.onlyH1()
	hw := titleWords(h)
	if len(hw) < 4 {
		g.heading = nil
		return ""
	}
	for _, m := range e.stripped {
		mw := titleWords(m)
		if len(mw)+2 > len(hw) || sharesWord(hw, mw) {
			g.heading = nil
			return ""
		}
	}
	return h
}

// sameWordsH1 is the one <h1> of a page whose words are a metadata
// title's, in another order or with another year ("Online Graphic Design
// Course" over "Graphic Design Course Online", "Guide to filing your
// taxes in 2025" over "… in 2024"): the same headline, as the page
// shows it now.
func sameWordsH1(g *merger) string {
	h := g.onlyH1()
	if h == "" {
		return ""
	}
	hw := wordSet(h)
	for _, m := range g.titleEv().stripped {
		if maps.Equal(hw, wordSet(m)) {
			return h
		}
	}
	g.heading = nil
	return ""
}

// wordSet is the set of a title's words, any year (1900-2099) counting
// as the same word.
func wordSet(t string) map[string]bool {
	set := map[string]bool{}
	for _, w := range titleWords(t) {
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == "" {
			w = "<year>"
		}
		set[w] = true
	}
	return set
}

// titleWords returns the words of a title, lower-cased, without
// punctuation.
func titleWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// sharesWord reports whether two word lists have a word in common.
func sharesWord(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// onlyH1 is the text of the page's one headline <h1> (not the logo, not
// hidden, not in the page header, not the site's name), "" when there is
// none or several that differ; it places the headline there.
func (g *merger) onlyH1() string {
	e := g.titleEv()
	if len(e.meta) == 0 {
		return ""
	}
	var only *heading
	for i := range g.vis.h1s {
		h := &g.vis.h1s[i]
		if h.text == "" || h.logo || h.hidden || h.pageHeader || h.text == e.siteH1 || sameName(h.text, e.site) {
			continue
		}
		if only != nil && dom.LetterKey(only.text) != dom.LetterKey(h.text) {
			return "" // several headlines: none is the page's alone
		}
		if only == nil {
			only = h
		}
	}
	if only == nil {
		return ""
	}
	g.heading = only
	return only.text
}

// metaTitle is the title of metadata source rule without the site's
// name, when it is the first such title that is not the site's name; a
// title cut short by an unescaped quotation mark is completed from a
// later one.
func metaTitle(rule string) func(*merger) string {
	return func(g *merger) string {
		e := g.titleEv()
		for i, s := range e.stripped {
			if e.rule[i] != rule {
				continue
			}
			if s != "" && !sameName(s, e.site) {
				return uncut(s, e.stripped[i+1:])
			}
			return ""
		}
		return ""
	}
}

// subheadingPart is the part of a metadata title that the page shows as
// an h2-h4 heading where no <h1> gives the headline: "Fulham wrap up
// Hangeland capture - Yahoo! Eurosport UK" over an h2 "Fulham wrap up
// Hangeland capture". A part of three words or more is the headline
// when the page prints it on its own; the site's and section's names
// around it are not.
func subheadingPart(g *merger) string {
	if len(g.vis.subs) == 0 {
		return ""
	}
	shown := func(t string) string {
		ft := dom.LetterKey(t)
		for _, s := range g.vis.subs {
			if dom.LetterKey(s.text) == ft {
				return s.text
			}
		}
		return ""
	}
	for _, m := range g.titleEv().meta {
		if shown(m) != "" {
			// The page prints the whole title: no part of it is the
			// headline alone.
			return ""
		}
		for _, p := range titleParts(m) {
			if len(strings.Fields(p)) >= 3 {
				if s := shown(p); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// titleParts splits a document title at every separator a title may
// use between the headline and the site's or section's name.
func titleParts(t string) []string {
	parts := []string{collapse(t)}
	for _, sep := range titleSeps {
		if !slices.ContainsFunc(parts, func(p string) bool { return strings.Contains(p, sep) }) {
			continue
		}
		var next []string
		for _, p := range parts {
			for _, q := range strings.Split(p, sep) {
				if q = strings.TrimSpace(q); q != "" {
					next = append(next, q)
				}
			}
		}
		parts = next
	}
	return parts
}

// firstSubheading is the first h2-h4 heading of a page that names itself
// nowhere else (no metadata title, no <h1>), unless it is a label or a
// furniture heading ("Bookmark with:", "Most popular").
func firstSubheading(g *merger) string {
	if len(g.vis.subs) == 0 {
		return ""
	}
	t := g.vis.subs[0].text
	if strings.HasSuffix(t, ":") || vocab.BoilerHeading(t) {
		return ""
	}
	return t
}

// firstH1 is the text of the first <h1> that has any, when no metadata
// title helps.
func firstH1(g *merger) string {
	for i := range g.vis.h1s {
		if h := &g.vis.h1s[i]; h.text != "" {
			g.heading = h
			return h.text
		}
	}
	return ""
}

// titleSeps are all the separators a document title may use between
// the headline and the site's or section's name.
var titleSeps = append(append([]string{" : ", "|"}, strongSeps...), weakSeps...)

// shownBesideSite is the title m less the site's name at its start or
// its end, when the page shows that rest whole ("Blog: Week in Review -
// October 29" over a heading "Week in Review - October 29"), else "".
func (g *merger) shownBesideSite(m, site string) string {
	if !g.trace.On(titleShownPart) {
		return ""
	}
	fm, fs := dom.LetterKey(m), dom.LetterKey(site)
	if rest := afterFirstSep(m); rest != "" && strings.HasPrefix(fm, fs) && g.vis.shownPart(rest) {
		return rest
	}
	if rest := beforeLastSep(m); rest != "" && strings.HasSuffix(fm, fs) && g.vis.shownPart(rest) {
		return rest
	}
	return ""
}

// afterFirstSep is the collapsed title after its first separator, ""
// when it has none.
func afterFirstSep(t string) string {
	t = collapse(t)
	best := -1
	end := 0
	// A site's name before the headline is often set off by a bare
	// colon ("Blog: Headline"), which titleSeps leave to headlines.
	for _, sep := range append([]string{": "}, titleSeps...) {
		if i := strings.Index(t, sep); i > 0 && (best < 0 || i < best) {
			best, end = i, i+len(sep)
		}
	}
	if best < 0 {
		return ""
	}
	return strings.TrimSpace(t[end:])
}

// beforeLastSep is the collapsed title before its last separator, ""
// when it has none.
func beforeLastSep(t string) string {
	t = collapse(t)
	best := -1
	for _, sep := range titleSeps {
		if i := strings.LastIndex(t, sep); i > best {
			best = i
		}
	}
	if best <= 0 {
		return ""
	}
	return strings.TrimSpace(t[:best])
}

// siteFromTitle returns the part of the document title that stands
// beside the headline after a separator ("Headline – Site", "Site |
// Headline"), when the rest is exactly the headline and that part is
// short enough to be a name; "" otherwise.
func siteFromTitle(docTitle, headline string) string {
	docTitle, h := collapse(docTitle), dom.LetterKey(headline)
	if docTitle == "" || h == "" {
		return ""
	}
	for _, sep := range append(append([]string{}, strongSeps...), weakSeps...) {
		if i := strings.LastIndex(docTitle, sep); i > 0 && dom.LetterKey(docTitle[:i]) == h {
			if tail := strings.TrimSpace(docTitle[i+len(sep):]); siteLike(tail) {
				return tail
			}
		}
		if i := strings.Index(docTitle, sep); i > 0 && dom.LetterKey(docTitle[i+len(sep):]) == h {
			if head := strings.TrimSpace(docTitle[:i]); siteLike(head) {
				return head
			}
		}
	}
	return ""
}

func siteLike(s string) bool {
	n := len(strings.Fields(s))
	return n >= 1 && n <= 4 && utf8.RuneCountInString(s) <= 40
}

// wantedParts are the parts of the metadata titles, split at their
// separators, that the page may show on their own; a title without a
// separator gives none.
func wantedParts(titles ...string) []string {
	var out []string
	for _, t := range titles {
		ps := titleParts(t)
		if len(ps) < 2 {
			continue
		}
		// The whole title too: a page that shows it whole keeps it. And
		// the title less its first or its last part, the one a site's
		// name takes: "Site: Week in Review - October 29" shows
		// "Week in Review - October 29" whole.
		for _, p := range append(ps, collapse(t), afterFirstSep(t), beforeLastSep(t)) {
			if p == "" {
				continue
			}
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// shownTitlePart returns the longest part of the metadata title t that
// the page shows as the whole text of an element, when the title has
// parts and that part reads as a headline (three words or more): "White
// Scores 22 Points In Women's Basketball Loss" shown in the article's
// title cell, out of "White Scores … Loss - SJSUSpartans.com—Official Web
// Site of San Jose State Athletics". "" when no part is shown.
func (v *visible) shownTitlePart(t string) string {
	if len(v.parts) == 0 {
		return ""
	}
	ps := titleParts(t)
	if len(ps) < 2 || v.shownPart(collapse(t)) {
		return ""
	}
	best := ""
	for _, p := range ps {
		if len(strings.Fields(p)) >= 3 && len(p) > len(best) && v.shownPart(p) {
			best = p
		}
	}
	return best
}
