package clean

import (
	"strings"
	"unicode"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
)

var ruleHeadingSlug = rules.Register(rules.Clean, "heading-slug-id",
	"an id that spells a heading or the heading a section opens with (\"more-on-lists\") is its anchor, not a name of what the block is")

// slugConcept is the concept n's class words give once an id that is
// the slug of n's own heading is left out of them. Documentation and
// long articles give every section the slug of its heading as id, so
// that "5.1. More on Lists" is <section id="more-on-lists"> and a
// section titled "Sharing with a single developer" is named "sharing":
// the id says what the section is titled, which the heading says
// already, not what kind of block it is. Called only when the words
// with the id named a concept.
func (c *cleaner) slugConcept(n *html.Node, concept vocab.Concept) vocab.Concept {
	if !c.t.On(ruleHeadingSlug) {
		return concept
	}
	id := dom.Attr(n, "id")
	if id == "" {
		return concept
	}
	h := ownHeading(n)
	if !slugOf(id, h) || furnitureWorded(h) {
		// A heading that reads as furniture ("Comments", "Related
		// stories") agrees with its id: the id names the furniture.
		return concept
	}
	bare := html.Node{Type: n.Type, Data: n.Data, DataAtom: n.DataAtom}
	for _, a := range n.Attr {
		if a.Key != "id" {
			bare.Attr = append(bare.Attr, a)
		}
	}
	c.words = appendClassWords(c.words[:0], &bare)
	after := vocab.None
	if len(c.words) > 0 {
		after = vocab.Classify(c.words)
	}
	if after != concept {
		c.t.KeepNode(ruleHeadingSlug, n, "id "+id+" would be "+string(concept))
	}
	return after
}

// ownHeading returns the heading n opens with: n itself when it is a
// heading (its id spells its text, and the block builder judges that
// text), else the heading holding the first text under n; nil when text
// comes before any heading.
func ownHeading(n *html.Node) *html.Node {
	if dom.IsHeading(n) {
		return n
	}
	var found *html.Node
	done := false
	var walk func(x *html.Node)
	walk = func(x *html.Node) {
		for ch := x.FirstChild; ch != nil && !done; ch = ch.NextSibling {
			switch ch.Type {
			case html.TextNode:
				if strings.TrimSpace(ch.Data) != "" {
					done = true // text before any heading
				}
			case html.ElementNode:
				if nonText(ch) {
					continue
				}
				if dom.IsHeading(ch) {
					found, done = ch, true
					return
				}
				walk(ch)
			}
		}
	}
	walk(n)
	return found
}

// furnitureWorded reports a heading whose words name furniture.
func furnitureWorded(h *html.Node) bool {
	t := dom.CollapseSpace(dom.Text(h))
	return vocab.BoilerHeading(t) || vocab.CommentHeading(t)
}

// slugOf reports whether id spells the text of heading h, as anchors
// are made: the letters and digits of both compared without case,
// separators and a leading section number ("5.1."); the id may add a
// prefix or suffix of its own ("h-", "-section") or cut a long title
// short.
func slugOf(id string, h *html.Node) bool {
	if h == nil {
		return false
	}
	title := slugKey(dom.Text(h))
	key := slugKey(id)
	switch {
	case title == "" || key == "":
		return false
	case key == title:
		return true
	case len(title) >= 6 && strings.Contains(key, title):
		return true
	case len(key) >= 12 && strings.HasPrefix(title, key):
		return true
	}
	return false
}

// slugKey is s lower-cased, reduced to its letters and digits, without
// the digits that open it (a section number).
func slugKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if b.Len() == 0 && unicode.IsDigit(r) {
				continue
			}
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
