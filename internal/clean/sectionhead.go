package clean

import (
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
)

var ruleSectionHeading = rules.Register(rules.Clean, "furniture-heading-left",
	"a heading named as furniture that reads as one (\"Comments\", \"Related posts\") stays for the block builder, which drops it with its section")

// furnitureHeading reports a heading whose class or id words name it
// furniture and whose text opens a section of furniture, or a box named
// so that holds only such a heading. Removing it alone leaves its
// section behind, unmarked: old templates set a thread's comments as
// plain siblings after <h2 id="comments"> (or a box around it), and
// only the heading tells where the thread begins. The block builder's
// boilerplate-heading rule drops the heading and what follows it up to
// the next heading of its rank.
func (c *cleaner) furnitureHeading(n *html.Node) bool {
	h := n
	if !dom.IsHeading(n) {
		if c.stat(n).text > maxLabel {
			return false // more than a heading's words: not the box of one
		}
		h = dom.Find(n, dom.IsHeading)
		if h == nil || dom.Text(h) != dom.Text(n) {
			return false
		}
	}
	return vocab.BoilerHeading(dom.Text(h))
}
