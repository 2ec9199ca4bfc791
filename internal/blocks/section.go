package blocks

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleProseSection = rules.Register(rules.Blocks, "prose-under-heading",
	"a heading that reads like furniture but names a topic (\"More about form classes\") and heads paragraphs of prose opens a section of the text")

// proseSection reports (and records) a furniture-like heading that
// opens a section of the text (proseUnder).
func (b *builder) proseSection(h *html.Node, text string) bool {
	if !b.on(ruleProseSection) || !proseUnder(h, text) {
		return false
	}
	b.keep(ruleProseSection, text)
	return true
}

// proseUnder reports a heading h, titled like furniture ("More about
// Django form classes", "More on fields"), that heads two paragraphs of
// prose, and under an eighth of its text linked, before any other
// heading: documentation and guides title sections so, and a rail of
// related links or teasers holds linked titles and blurbs. The heading
// must name a topic (three words or more, after "More", "Related" or
// "Read more"): a bare "Comments" or "About the author" heads prose
// that is still furniture.
func proseUnder(h *html.Node, text string) bool {
	if len(strings.Fields(text)) < 3 || !topicHeading(text) {
		return false
	}
	start := h
	for start.NextSibling == nil && start.Parent != nil && start.Parent.DataAtom != atom.Body {
		start = start.Parent // a heading wrapped alone in a box
	}
	paras, seen := 0, 0
	var all, linked int
	sub := false // a sub-heading reached: what follows is its own
	for s := start.NextSibling; s != nil && seen < 12 && !sub; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		seen++
		if headingLevel(s) > 0 {
			break
		}
		dom.Walk(s, func(x *html.Node) bool {
			switch {
			case sub:
			case headingLevel(x) > 0:
				sub = true
			case x.DataAtom == atom.P && proseParagraph(x):
				paras++
			case x.Type == html.TextNode:
				k := len(strings.TrimSpace(x.Data))
				all += k
				if dom.Ancestor(x, func(a *html.Node) bool { return a.DataAtom == atom.A }) != nil {
					linked += k
				}
			}
			return !sub
		})
	}
	// The paragraphs come straight under the heading, before any
	// sub-heading: a grid of cards has blurbs of prose too, each under
	// its card's title.
	return paras >= 2 && 8*linked < all
}

// linkedText is the length of n's text and of the part of it in links.
func linkedText(n *html.Node) (text, linked int) {
	dom.Walk(n, func(x *html.Node) bool {
		if x.Type == html.TextNode {
			k := len(strings.TrimSpace(x.Data))
			text += k
			if dom.Ancestor(x, func(a *html.Node) bool { return a.DataAtom == atom.A || a == n }) != n {
				linked += k
			}
		}
		return true
	})
	return text, linked
}

// topicHeading reports a heading of the furniture phrases that name a
// topic after them ("More on fields", "Related work on caching", "Read
// more about taxes"); a call to sign up or to comment heads its pitch
// in prose too, and is furniture still.
func topicHeading(text string) bool {
	low := strings.ToLower(text)
	for _, p := range []string{"more ", "related ", "read more "} {
		if strings.HasPrefix(low, p) {
			return true
		}
	}
	return false
}

// proseParagraph reports a paragraph of 120 bytes or more with under a
// fifth of its text linked.
func proseParagraph(p *html.Node) bool {
	text, linked := linkedText(p)
	return text >= 120 && 5*linked < text
}

// headingLevel is the rank of a heading element (1-6), 0 for others.
func headingLevel(n *html.Node) int {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return int(n.Data[1] - '0')
	}
	return 0
}

var ruleSectionLabel = rules.Register(rules.Blocks, "section-label",
	"a short paragraph repeated in another section (\"Pros\", \"Overview:\", \"Team size: 51–200\") is each section's own label, not a copy")

// sectionLabel reports a repeat of a short paragraph first shown in
// another section (first is that section's number): listicles and
// comparison pages give each section the same labels ("Pros", "Cons",
// "Notable clients:") and sometimes the same values, and the reader
// needs each. Copies are furniture shown twice in the same place: a
// slideshow's cloned slides, a card's label and button, a mobile copy
// of a paragraph, with no heading between them.
func (b *builder) sectionLabel(bl article.Block, first int) bool {
	if bl.Kind != article.Paragraph || first == b.section || b.cur == nil || b.cur.DataAtom != atom.P ||
		len(bl.Text) > 60 || !label(bl.Text) || !b.on(ruleSectionLabel) {
		return false
	}
	if _, linked := linkedText(b.cur); linked > 0 {
		return false // "Back to project": a link, however it is set
	}
	b.keep(ruleSectionLabel, bl.Text)
	return true
}

// label reports a label: a few words ("Pros", "Best fit") or a field
// with its value ("Team size: 51–200").
func label(text string) bool {
	words := strings.Fields(text)
	if len(words) <= 3 {
		return true
	}
	for _, w := range words[:3] {
		if strings.HasSuffix(w, ":") {
			return true
		}
	}
	return false
}
