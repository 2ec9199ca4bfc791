package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// proseRules name, for the concepts whose blocks are never prose, the
// rule that keeps a block so named when it reads as a section of the
// page. Landing and documentation pages name their sections with the
// vocabulary's words ("hero-banner", "android-promo", the "nav-source"
// section a sticky menu scrolls to), and an ad slot holds an ad's few
// words, an image or an empty frame, a menu holds links: never a
// heading over paragraphs of unlinked prose. Concepts whose blocks are
// prose by nature (comments, author bios, newsletter pitches, consent
// notices) have no such rule.
var proseRules = map[vocab.Concept]string{
	vocab.Ads: rules.Register(rules.Clean, "prose-not-ad",
		"a box named as an ad or promo (\"banner\", \"promo\") that holds a heading over paragraphs of prose, or a code sample, with few links is a section of the page, not an ad slot"),
	vocab.Navigation: rules.Register(rules.Clean, "prose-not-navigation",
		"a box named as navigation that holds a heading over paragraphs of prose, or a code sample, with few links is a section of the page, not a menu"),
	vocab.Related: rules.Register(rules.Clean, "prose-not-related",
		"a box named as related or further reading (\"more-info\", \"see-also\") that holds more paragraphs of prose than headings, with few links, is a section of the page, not a rail of teasers"),
	vocab.Sidebar: rules.Register(rules.Clean, "prose-not-sidebar",
		"a box named as a sidebar that holds a heading over a page of prose (1,000 characters), or a code sample, with few links is a column of the content, not a widget"),
}

var ruleTextNotAd = rules.Register(rules.Clean, "text-not-ad",
	"a heading, or a paragraph of prose, named with an ad word (\"kt-adv-heading\", \"promo-title\") is text: an ad slot is a box")

// textElement reports a heading or a paragraph of prose (120 bytes of
// its own): page builders name their text blocks after the component
// ("kt-adv-heading", an "advanced heading"), and an ad is served into a
// box, never set as a paragraph of the page. A short paragraph so named
// (an affiliate disclaimer, an "Advertisement" label) is still furniture.
func textElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	case atom.P:
		return longParagraph(n)
	}
	return false
}

// proseNot returns the rule that keeps n, named as concept, as a
// section or a text block of the page, or "".
func (c *cleaner) proseNot(n *html.Node, concept vocab.Concept) string {
	if concept == vocab.Ads && textElement(n) && c.t.On(ruleTextNotAd) {
		return ruleTextNotAd
	}
	rule, ok := proseRules[concept]
	minPara := 200
	if concept == vocab.Sidebar {
		// A sidebar's "About" widget is a heading over a paragraph; a
		// layout column named after the sidebar beside it ("sidebar-
		// content", "sidebar-enabled") holds pages of text.
		minPara = 1000
	}
	if !ok || !c.t.On(rule) || !c.proseSection(n, minPara) {
		return ""
	}
	if concept == vocab.Related && !fewHeadings(n) {
		// A rail of related pages is cards, each a title over a
		// blurb: as many headings as paragraphs.
		return ""
	}
	return rule
}

// fewHeadings reports a box with two or more paragraphs of prose and
// no more headings than such paragraphs.
func fewHeadings(n *html.Node) bool {
	heads, paras := 0, 0
	dom.Walk(n, func(x *html.Node) bool {
		switch {
		case dom.IsHeading(x):
			heads++
			return false
		case longParagraph(x):
			paras++
		}
		return true
	})
	return paras >= 2 && paras > heads
}

// proseSection reports a box with under 30% of its text linked that
// holds a code sample, or a heading, a paragraph of prose and minPara
// characters of unlinked text. Component trees set their paragraphs straight in <div>s,
// so the text is counted wherever it stands. A box of teasers (headings over one-line blurbs,
// an "internal-ad" promo of other stories) has headings and text, but
// no blurb reads as a paragraph.
func (c *cleaner) proseSection(n *html.Node, minPara int) bool {
	s := c.stat(n)
	if 10*s.link >= 3*s.text {
		return false
	}
	if s.text-s.link >= 100 && dom.Find(n, codeBlock) != nil {
		// An API reference sets its request and response samples in
		// an aside beside each method: code is never a widget's.
		return true
	}
	if s.text-s.link < minPara {
		return false
	}
	return dom.Find(n, dom.IsHeading) != nil && dom.Find(n, longParagraph) != nil
}

// codeBlock reports a <pre> of some length: a sample, not a one-word
// snippet.
func codeBlock(n *html.Node) bool {
	return n.DataAtom == atom.Pre && len(dom.Text(n)) >= 60
}

// longParagraph reports a paragraph of prose: a <p>, or a block of a
// component tree holding its text straight, with at least 120 bytes of
// text of its own (through inline markup, outside links). A teaser's
// blurb under its linked title is a line, a section's paragraph runs on.
func longParagraph(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Li, atom.Dd, atom.Td:
	default:
		return false
	}
	return ownText(n, 0) >= 120
}

// ownText is the length of the text of n read through inline elements,
// outside links, stopping at nested blocks.
func ownText(n *html.Node, depth int) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			total += len(strings.TrimSpace(c.Data))
		case c.Type == html.ElementNode && c.DataAtom != atom.A && dom.IsInline(c) && depth < 8:
			total += ownText(c, depth+1)
		}
	}
	return total
}
