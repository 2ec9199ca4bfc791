package clean

import (
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
)

var ruleHeadlineOutside = rules.Register(rules.Clean, "headline-outside-furniture",
	"of the headings printing the title, one set in a box named as furniture (an \"email this\" dialog, a related rail, a sidebar) is not the headline when another is not")

// outsideFurniture returns the headings of found that no box named as
// furniture holds, or found itself when every one is so held. An
// "email this story" dialog repeats the headline over the story's first
// lines, and the least prose under it made it the headline.
func (c *cleaner) outsideFurniture(found []*html.Node, body *html.Node) []*html.Node {
	var out []*html.Node
	for _, n := range found {
		if !c.inFurniture(n, body) {
			out = append(out, n)
		}
	}
	if len(out) == 0 || len(out) == len(found) {
		return found
	}
	if c.t.Explaining() {
		for _, n := range found {
			if c.inFurniture(n, body) {
				c.t.DropNode(ruleHeadlineOutside, n, "not the headline")
			}
		}
	}
	return out
}

// inFurniture reports whether an ancestor of n below body is named as
// a dialog, a rail of other stories, a sidebar, a footer or comments.
func (c *cleaner) inFurniture(n, body *html.Node) bool {
	for p := n.Parent; p != nil && p != body; p = p.Parent {
		c.words = appendClassWords(c.words[:0], p)
		switch vocab.Classify(c.words) {
		case vocab.Popup, vocab.Related, vocab.Sidebar, vocab.Footer, vocab.Comments:
			return true
		}
	}
	return false
}
