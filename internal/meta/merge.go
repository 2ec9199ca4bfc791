package meta

import (
	"strings"
)

// merge fills m field by field from the trust lists (trust.go).
func merge(g *merger) {
	m := g.m
	g.declared = choose(g, "", siteDeclared)
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
