package content

import (
	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Text-mass selection: every text block of the page is either prose
// (long enough, few links) or furniture (links, short fragments). The
// main content is the element that maximises prose − α·furniture: it
// takes in all the prose it can while paying for every piece of
// furniture it drags along. Parents win when their other children are
// prose too; a child wins when the rest of its parent is furniture.

type mass struct{ good, bad float64 }

func (s *scorer) massOf(n *html.Node, p Params, out map[*html.Node]mass) mass {
	s.stop.Check()
	var m mass
	if n.Type == html.TextNode {
		c := float64(s.runeLen(n))
		if c >= float64(p.MinParagraph) {
			m.good = c
		} else {
			m.bad = c
		}
		return m
	}
	if n.Type != html.ElementNode {
		return m
	}
	if leafBlock(n) {
		st := s.stats[n]
		c, l := float64(st.chars), float64(st.linkChars)
		switch {
		case c == 0:
		case dom.IsHeading(n):
			// headings are neutral: they neither make nor break content
		case c >= float64(p.MinParagraph) && l < 0.33*c:
			m.good = c - l
			m.bad = l
		default:
			m.bad = c
		}
		out[n] = m
		return m
	}
	if n.DataAtom == atom.A {
		st := s.stats[n]
		m.bad = float64(st.chars)
		out[n] = m
		return m
	}
	// Runs of inline content directly in a container form a paragraph of
	// their own.
	run := 0.0
	runLinks := 0.0
	flush := func() {
		if run >= float64(p.MinParagraph) && runLinks < 0.33*run {
			m.good += run - runLinks
			m.bad += runLinks
		} else {
			m.bad += run
		}
		run, runLinks = 0, 0
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			run += float64(s.runeLen(c))
		case c.Type == html.ElementNode && dom.IsInline(c) && c.DataAtom != atom.Br:
			st := s.stats[c]
			run += float64(st.chars)
			runLinks += float64(st.linkChars)
		case c.Type == html.ElementNode:
			flush()
			cm := s.massOf(c, p, out)
			m.good += cm.good
			m.bad += cm.bad
		}
	}
	flush()
	if m.good > 0 && s.t.On(ruleFeed) && s.feedList(n) {
		// A feed's blurbs read as prose, but the feed is furniture: it
		// must not draw the choice away from the article.
		m = mass{bad: m.good + m.bad}
		if s.t.Explaining() {
			s.feeds = append(s.feeds, n)
		}
	}
	out[n] = m
	return m
}

func (s *scorer) runeLen(n *html.Node) int {
	return collapsedLen(n.Data)
}

// leafBlock reports the elements whose whole text is one block: a
// paragraph, a heading, a list item or cell without nested blocks.
func leafBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dt:
		return true
	case atom.Li, atom.Td, atom.Th, atom.Dd, atom.Blockquote, atom.Figcaption:
		return !dom.HasBlockChild(n)
	}
	return false
}

// bestByMass returns the element maximising good − alpha·bad, preferring
// the deeper element on ties.
func bestByMass(body *html.Node, masses map[*html.Node]mass, alpha float64) (*html.Node, float64) {
	var best *html.Node
	bestScore := 0.0
	dom.Walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		m, ok := masses[n]
		if !ok {
			return false
		}
		if dom.IsInline(n) || leafBlock(n) && n.DataAtom != atom.Td {
			return true
		}
		sc := m.good - alpha*m.bad
		if sc >= bestScore && sc > 0 {
			best, bestScore = n, sc
		}
		return true
	})
	return best, bestScore
}
