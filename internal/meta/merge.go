package meta

import (
	"net/url"
	"strings"

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

var preferVisible = true

func merge(m *Meta, h *head, ld, md, mt fields, vis *visible, pageURL string) {
	m.SiteName = first(mt.siteName, ld.siteName)
	host := first(pageURL, h.canonical, mt.url, ld.url)

	title, heading := chooseTitle(vis.h1s, []string{ld.title, md.title, mt.title, h.title}, m.SiteName, host)
	m.Title = title
	if heading != nil && heading.kicker != nil {
		m.Nodes = append(m.Nodes, heading.kicker)
	}
	anchor := 0
	if heading != nil {
		anchor = heading.pos
	} else if len(vis.h1s) > 0 {
		anchor = vis.h1s[0].pos
	}

	var strongVis, weakVis []cand
	for _, c := range vis.byline {
		if c.strong {
			strongVis = append(strongVis, c)
		} else {
			weakVis = append(weakVis, c)
		}
	}
	bc, hasBC := nearest(strongVis, anchor, false)
	wc, hasWC := nearest(weakVis, anchor, false)
	switch {
	case len(ld.authors) > 0:
		m.Authors = ld.authors
	case len(md.authors) > 0:
		m.Authors = md.authors
	case hasBC:
		m.Authors = bc.names
	case len(mt.authors) > 0:
		m.Authors = mt.authors
	case hasWC:
		m.Authors = wc.names
	}
	m.Authors = dropSite(m.Authors, m.SiteName)
	if len(m.Authors) == 0 {
		if org := first(ld.org, md.org); org != "" {
			m.Authors = []string{org}
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
	nearDC := hasDC && len(vis.h1s) > 0 && dc.pos >= anchor-dateWindow && dc.pos <= anchor+dateWindow
	switch {
	case nearDC && preferVisible:
		m.Date = dc.date
	default:
		m.Date = first(ld.date, md.date, mt.date)
	}
	if m.Date == "" && hasDC {
		m.Date = dc.date
	}
	if m.Date == "" && len(vis.h1s) > 0 {
		if lc, ok := nearest(vis.loose, anchor, true); ok && lc.pos >= anchor-dateWindow && lc.pos <= anchor+dateWindow {
			m.Date = lc.date
			m.Nodes = append(m.Nodes, lc.node)
		}
	}
	if m.Date == "" {
		m.Date = urlDate(first(h.canonical, mt.url, ld.url, pageURL))
	}
	if hasDC {
		m.Nodes = append(m.Nodes, dc.node)
	}
	uc, hasUC := nearest(vis.updates, anchor, true)
	m.DateModified = first(ld.modified, md.modified, mt.modified)
	if m.DateModified == "" && hasUC {
		m.DateModified = uc.date
	}
	if hasUC {
		m.Nodes = append(m.Nodes, uc.node)
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

// finishLang fills Lang from the text when no markup gave it.
func finishLang(m *Meta, doc *html.Node) {
	if m.Lang == "" {
		m.Lang = detectLang(doc)
	}
}

// nearest picks the candidate closest after the headline, or the last one
// before it when none follows. Candidates from skipped regions count only
// (dates only) when they sit within dateWindow of the headline and
// nothing else exists.
func nearest(cs []cand, anchor int, allowSkipped bool) (cand, bool) {
	var before *cand
	for i := range cs {
		if cs[i].skipped {
			continue
		}
		if cs[i].pos >= anchor {
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

func dropSite(names []string, site string) []string {
	if site == "" || len(names) == 0 {
		return names
	}
	var out []string
	for _, n := range names {
		if !sameName(n, site) {
			out = append(out, n)
		}
	}
	return out
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
