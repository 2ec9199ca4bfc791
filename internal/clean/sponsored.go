package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// sponsoredLink reports a link the page marks as paid (rel="sponsored",
// as search engines ask of affiliate and advertising links).
func sponsoredLink(a *html.Node) bool {
	for _, w := range strings.Fields(strings.ToLower(dom.Attr(a, "rel"))) {
		if w == "sponsored" {
			return true
		}
	}
	return false
}

// sponsorDepth is how far up from a paid link a box around it is looked
// for: a price widget is a link in a box in a box, not the page.
const sponsorDepth = 3

// markSponsored notes the near ancestors of a paid link.
func (c *cleaner) markSponsored(a *html.Node) {
	if c.sponsors == nil {
		c.sponsors = map[*html.Node]bool{}
	}
	for p, i := a.Parent, 0; p != nil && i < sponsorDepth; p, i = p.Parent, i+1 {
		c.sponsors[p] = true
	}
}

// maxSponsoredText is the unlinked text (non-space bytes) a box around a
// paid link may hold and still be the link's widget: a product name and
// a price, not a paragraph that mentions a shop.
const maxSponsoredText = 100

// sponsoredBox reports a block around a paid link with little text of
// its own: a price or affiliate widget ("Brisa Halo 300: £239 at
// HomeCurrent  [Check price]"). A paid link inside a sentence leaves the
// sentence as it is.
// Lists and paragraphs are left alone: a shopping list of paid links is
// the page's list, and a deal post's sentences are its text.
func (c *cleaner) sponsoredBox(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Div, atom.Aside, atom.Section, atom.Figure, atom.Form:
	default:
		return false
	}
	s := c.stat(n)
	return s.text-s.link <= maxSponsoredText && !clauses(unlinkedText(n))
}

// unlinkedText is the text under n outside links.
func unlinkedText(n *html.Node) string {
	var b strings.Builder
	var walk func(x *html.Node)
	walk = func(x *html.Node) {
		switch {
		case x.Type == html.TextNode:
			b.WriteString(x.Data)
		case x.Type == html.ElementNode && (x.DataAtom == atom.A || nonText(x)):
			return
		}
		for ch := x.FirstChild; ch != nil; ch = ch.NextSibling {
			walk(ch)
		}
	}
	walk(n)
	return b.String()
}

// clauses reports text that reads as a sentence: a comma, semicolon or
// full stop before a space.
func clauses(s string) bool {
	return strings.Contains(s, ", ") || strings.Contains(s, "; ") || strings.Contains(s, ". ")
}
