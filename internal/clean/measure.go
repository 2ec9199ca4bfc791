package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// stat is the amount of text under an element: all of it, the linked
// part, and the part in paragraphs (p, pre, blockquote, li, td, dd)
// outside links, which is what article text is made of.
type stat struct{ text, link, para int }

// prepare reads the tree under root once, before anything is removed:
// it returns the text amounts under body (measure), and protects the
// elements that declare themselves the article body (schema.org
// articleBody, or the page's only <article>) and their ancestors from
// removal by class words: a wrapper's words ("has-comments",
// "render-target-modal" around an article shown in an overlay) must
// never take the body with it.
func (c *cleaner) prepare(root, body *html.Node) stat {
	var article *html.Node
	articles := 0
	var total stat
	var visit func(n *html.Node, measuring bool) stat
	visit = func(n *html.Node, measuring bool) stat {
		var s stat
		switch n.Type {
		case html.TextNode:
			if measuring {
				s.text = textLen(n.Data)
			}
			return s
		case html.ElementNode:
			if ip := dom.Attr(n, "itemprop"); ip == "articleBody" || ip == "text" && n.DataAtom != atom.Meta {
				c.protectUp(n)
			}
			c.noteControls(n)
			switch n.DataAtom {
			case atom.A:
				if sponsoredLink(n) {
					c.markSponsored(n)
				}
			case atom.Article:
				article = n
				articles++
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				measuring = false // not text: measure skips them
			}
		}
		measuring = measuring || n == body
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			cs := visit(ch, measuring)
			s.text += cs.text
			s.link += cs.link
			s.para += cs.para
		}
		if measuring {
			s = sumUp(n, s)
		}
		if n == body {
			total = s
		}
		return s
	}
	visit(root, false)
	if articles == 1 {
		c.protectUp(article)
	}
	return total
}

// protectUp protects n and its ancestors. An ancestor protected before
// has its own ancestors protected too, so the climb stops there: nested
// articleBody elements cost their depth once, not once each.
func (c *cleaner) protectUp(n *html.Node) {
	if !c.t.On(ruleProtectBody) {
		return
	}
	for p := n; p != nil && !c.protect[p]; p = p.Parent {
		c.protect[p] = true
	}
}

// stat returns the text amounts under n, measured when first asked for.
// Only elements that a rule matches are measured, so most pages pay for
// a few small subtrees rather than a map entry per element; the walk is
// pre-order, so n's subtree is still whole when its rule asks.
func (c *cleaner) stat(n *html.Node) stat {
	if s, ok := c.stats[n]; ok {
		return s
	}
	s, _ := c.measure(n)
	c.stats[n] = s
	return s
}

// memoNodes is the size of subtree whose amounts measure keeps for
// later: below it, measuring again costs less than the map entry.
const memoNodes = 64

// measure returns the text amounts under n and the number of nodes it
// counted. It keeps the amounts of the large elements under n too: the
// walk has not reached them yet, so their subtrees are still as measured,
// and a rule may ask about them next (a page inside 400 wrappers named
// "sidebar", each kept for holding the text, was measured once per
// wrapper).
func (c *cleaner) measure(n *html.Node) (stat, int) {
	c.measured++
	var s stat
	switch n.Type {
	case html.TextNode:
		s.text = textLen(n.Data)
		return s, 1
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			return s, 1
		}
	}
	nodes := 1
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		cs, cn := c.measure(ch)
		nodes += cn
		s.text += cs.text
		s.link += cs.link
		s.para += cs.para
	}
	s = sumUp(n, s)
	if nodes >= memoNodes {
		c.stats[n] = s
	}
	return s, nodes
}

// sumUp turns the summed amounts of n's children into n's own: a link's
// text is all linked, a paragraph's unlinked text is paragraph text.
func sumUp(n *html.Node, s stat) stat {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.A:
			s.link = s.text
			s.para = 0
		case atom.P, atom.Pre, atom.Blockquote, atom.Li, atom.Td, atom.Dd:
			if s.para == 0 {
				s.para = s.text - s.link
			}
		}
	}
	return s
}

// textLen counts non-space bytes, cheaply, as the measure of text amount.
// It runs over every text node of the page: long texts are measured by
// subtracting the vectorised byte counts of the four spaces, about three
// times faster than a byte loop; short ones by a branch-free table.
func textLen(s string) int {
	if len(s) < 64 {
		n := 0
		for i := 0; i < len(s); i++ {
			n += int(notSpace[s[i]])
		}
		return n
	}
	return len(s) - strings.Count(s, " ") - strings.Count(s, "\n") - strings.Count(s, "\t") - strings.Count(s, "\r")
}

// notSpace is 1 for every byte textLen counts.
var notSpace = func() (t [256]uint8) {
	for i := range t {
		t[i] = 1
	}
	t[' '], t['\n'], t['\t'], t['\r'] = 0, 0, 0, 0
	return t
}()
