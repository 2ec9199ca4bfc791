package clean

import (
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

var ruleLongByline = rules.Register(rules.Clean, "long-byline-kept",
	"keeps a phrase element named as a byline or date line that holds paragraphs of prose: a byline is a line")

// maxBylineProse is the most unlinked text (non-space bytes) a byline or
// date line holds, with a job title and a place: past it the block is
// text that a copied style named (<span class="byline-author"> around
// each paragraph of a post pasted from a draft).
const maxBylineProse = 250

// longByline reports a phrase element (a span, a font) named as a
// byline that holds more prose than a byline has. A box so named with
// much text is the author's box or the page's fine print, and goes.
func (c *cleaner) longByline(n *html.Node) bool {
	if !dom.IsInline(n) {
		return false
	}
	s := c.stat(n)
	return s.text-s.link > maxBylineProse
}
