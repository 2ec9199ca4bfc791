package content

import (
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readMoreTeaser reports a card of another story set without a linked
// headline: a heading over a blurb, and one link, a read-more prompt
// ("Read more...", "Continue reading") to the story. An article's own
// sections under their headings do not send the reader away.
func readMoreTeaser(n *html.Node) bool {
	heading, links, prompt := false, 0, false
	dom.Walk(n, func(x *html.Node) bool {
		switch x.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			heading = true
		case atom.A:
			links++
			prompt = prompt || vocab.BoilerLine(dom.Text(x))
			return false
		}
		return true
	})
	return heading && links == 1 && prompt
}

var ruleSibCards = rules.Register(rules.Select, "sibling-not-cards",
	"a sibling of the winner that is a run of teaser cards (other stories under their headings) does not join it")

// cardsSibling reports a sibling of the winner whose text is mostly a
// run of teaser cards: the site's other stories set beside the article
// (a heading, a blurb, a "Read more..." link each), which scores like
// prose and would join it.
func (s *scorer) cardsSibling(sib *html.Node) bool {
	if !s.t.On(ruleSibCards) {
		return false
	}
	total := s.stats[sib].chars
	if total == 0 {
		return false
	}
	found := false
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if found || depth > 4 || n.Type != html.ElementNode || 10*s.stats[n].chars < 7*total {
			return
		}
		if cardList(n) {
			found = true
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(sib, 0)
	if found && s.t.Explaining() {
		s.t.DropNode(ruleSibCards, sib, "not joined")
	}
	return found
}
