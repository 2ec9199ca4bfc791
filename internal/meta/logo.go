package meta

import (
	"net/url"
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Many templates, blogs above all, set the site's name in an <h1> at
// the top of every page (the logo) and the post's title in a second
// <h1> or an <h2>. The logo is known by its class ("logo",
// "site-title") or by being a link to the home page.

// isLogoHeading reports whether the heading n holds the site's name.
func isLogoHeading(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(a.Val)) {
			if vocab.LogoToken(w) {
				return true
			}
		}
	}
	// "topbar__logo__title", "siteLogo": a logo word inside a longer
	// class name.
	if dom.AnyWord(n, vocab.LogoWord) {
		return true
	}
	// All of its text inside one link to the home page.
	link := soleLink(n)
	if link == nil {
		return false
	}
	if strings.EqualFold(dom.Attr(link, "rel"), "home") {
		return true
	}
	return isHomeURL(dom.Attr(link, "href"))
}

// soleLink is the one link that holds all of n's text, or nil.
func soleLink(n *html.Node) *html.Node {
	var link *html.Node
	text := false
	dom.Walk(n, func(c *html.Node) bool {
		switch {
		case c.Type == html.ElementNode && c.DataAtom == atom.A:
			if link != nil {
				link, text = nil, true // two links: not a logo
				return false
			}
			link = c
			return false
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			text = true
		}
		return true
	})
	if text {
		return nil
	}
	return link
}

// linksDeclaredHome reports a heading whose text is one link to the
// home page the document declares (<link rel="start"> or rel="home"):
// a blog kept under a path ("example.com/planning/") links its name to
// that path, which isHomeURL cannot know for a home.
func linksDeclaredHome(n *html.Node, home string) bool {
	if home == "" {
		return false
	}
	link := soleLink(n)
	return link != nil && sameURL(dom.Attr(link, "href"), home)
}

// sameURL compares two absolute URLs without their scheme, a leading
// "www." and a trailing slash.
func sameURL(a, b string) bool {
	norm := func(s string) string {
		s = strings.TrimSpace(strings.ToLower(s))
		if i := strings.Index(s, "://"); i >= 0 {
			s = s[i+3:]
		}
		s = strings.TrimPrefix(s, "www.")
		return strings.TrimRight(s, "/")
	}
	na := norm(a)
	return strings.Contains(na, "/") && na == norm(b)
}

// isHomeURL reports whether href points at a site's root: "/", or an
// absolute URL with an empty path (an archived copy's prefix aside).
func isHomeURL(href string) bool {
	href = strings.TrimSpace(href)
	if href == "/" {
		return true
	}
	u, err := url.Parse(href)
	if err != nil || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return false
	}
	p := u.Path
	// web.archive.org/web/20160330101229/http://example.net/
	if i := strings.Index(p, "/http"); i >= 0 {
		if v, err := url.Parse(p[i+1:]); err == nil && v.Host != "" {
			p = v.Path
		}
	}
	return p == "" || p == "/"
}
