package content

import (
	"strings"
	"unicode"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Prune removes, inside the selected content, the blocks that read as
// furniture rather than prose (Readability's conditional cleaning, with
// our own thresholds): a block with few clauses (under 10 commas) goes
// when its links outweigh its text, when it holds more linked list
// items than paragraphs, when it is an image gallery, or when it holds
// hardly any text. (Form fields and embeds need no rule here: the
// cleaner has removed them.) Blocks with data tables, code or quotes
// stay. Runs of teaser cards go whatever their commas, and so do a
// slideshow's numbered captions beside an article. It returns the
// removed elements; t (nil allowed) switches rules off and records them.
func Prune(sel []*html.Node, maxLinkDensity float64, t *rules.Trace) []*html.Node {
	s := &scorer{t: t, stats: map[*html.Node]textStat{}}
	for _, n := range sel {
		s.measure(n)
	}
	return s.prune(sel, maxLinkDensity)
}

// PruneSelection is Prune on a Selection, reusing the text measures
// Select took (the tree has not changed since).
func PruneSelection(sel Selection, maxLinkDensity float64, t *rules.Trace) []*html.Node {
	if sel.stats == nil {
		return Prune(sel.Nodes, maxLinkDensity, t)
	}
	s := &scorer{t: t, stats: sel.stats, headline: sel.headline}
	return s.prune(sel.Nodes, maxLinkDensity)
}

func (s *scorer) prune(sel []*html.Node, maxLinkDensity float64) []*html.Node {
	var removed []*html.Node
	drop := func(n *html.Node, rule string) {
		s.t.DropNode(rule, n, "")
		n.Parent.RemoveChild(n)
		removed = append(removed, n)
	}
	for _, root := range sel {
		// Walk bottom-up so inner boxes are judged before their parents.
		var visit func(n *html.Node)
		visit = func(n *html.Node) {
			if n.DataAtom == atom.Table && s.t.On(ruleDataTable) && !layoutLike(n) {
				// A data table's cells are data, however short or
				// linked: the table stays whole.
				if n != root && s.t.Explaining() {
					s.explainKeep(n, ruleDataTable, takeInventory(n), maxLinkDensity)
				}
				return
			}
			if codeWhole(n, s.t) {
				return
			}
			for c := n.FirstChild; c != nil; {
				next := c.NextSibling
				if c.Type == html.ElementNode {
					visit(c)
				}
				c = next
			}
			if n == root || n.Parent == nil {
				return
			}
			if s.t.On(ruleSlides) && s.slides(n, root) {
				drop(n, ruleSlides)
				return
			}
			if s.t.On(ruleBulk) && s.mostOf(n, root) {
				// Never the bulk of the chosen content: a rule that
				// would take it is wrong about this page.
				if s.t.Explaining() && s.furniture(n, maxLinkDensity) != "" {
					s.t.KeepNode(ruleBulk, n, "")
				}
				return
			}
			rule := s.furniture(n, maxLinkDensity)
			if rule != "" && s.holdsHeadline(n) && s.t.On(ruleHeadlineBox) {
				// The article's own box: a short post under a linked
				// headline reads as link-dense, and is all there is.
				s.t.KeepNode(ruleHeadlineBox, n, "would be "+rule)
				rule = ""
			}
			if rule != "" {
				drop(n, rule)
			}
		}
		visit(root)
	}
	return removed
}

// slides reports a slideshow's captions (slideList) in content that
// has an article of its own besides: a gallery's fifty captions can
// outweigh the story they illustrate, so this is judged before the
// bulk guard, but a page that is only a gallery keeps it.
func (s *scorer) slides(n, root *html.Node) bool {
	a, b := s.stats[n], s.stats[root]
	rest := (b.chars - b.linkChars) - (a.chars - a.linkChars)
	return rest >= 500 && (slideList(n) || s.t.On(ruleCaptionRun) && captionRun(n))
}

// holdsHeadline reports whether n is or holds the article's headline.
func (s *scorer) holdsHeadline(n *html.Node) bool {
	return s.headline != nil && (n == s.headline || isAncestor(n, s.headline))
}

// mostOf reports whether n holds more than half of root's unlinked text.
func (s *scorer) mostOf(n, root *html.Node) bool {
	a, b := s.stats[n], s.stats[root]
	return 2*(a.chars-a.linkChars) > b.chars-b.linkChars
}

// furniture returns the rule that makes n furniture, or "".
func (s *scorer) furniture(n *html.Node, maxLD float64) string {
	switch n.DataAtom {
	case atom.Div, atom.Section, atom.Ul, atom.Ol, atom.Table, atom.Form, atom.Fieldset, atom.Aside, atom.Header, atom.Footer:
	case atom.Dl:
		if s.t.On(ruleCards) && s.termCards(n) {
			return ruleCards
		}
		return ""
	default:
		return ""
	}
	if s.t.On(ruleCards) && cardList(n) {
		// Checked before the content signs below: a feed's blurbs have
		// commas and its cards have figures, and it is a feed still.
		return ruleCards
	}
	inv := takeInventory(n)
	if s.t.On(ruleDataTable) && (inv.keep > 0 || n.DataAtom == atom.Table && !layoutLike(n)) {
		s.explainKeep(n, ruleDataTable, inv, maxLD)
		return ""
	}
	if s.t.On(ruleCommaProse) && s.stats[n].commas >= 10 {
		s.explainKeep(n, ruleCommaProse, inv, maxLD)
		return ""
	}
	return s.furnitureKind(n, inv, maxLD)
}

// explainKeep records that rule kept n, when n would be furniture
// without it.
func (s *scorer) explainKeep(n *html.Node, rule string, inv inventory, maxLD float64) {
	if s.t.Explaining() {
		if kind := s.furnitureKind(n, inv, maxLD); kind != "" {
			s.t.KeepNode(rule, n, "would be "+kind)
		}
	}
}

// inventory counts the elements of a box that tell content from
// furniture.
type inventory struct {
	p, img, li, headings int
	keep                 int // code, quotes, figures and data tables: content
}

func takeInventory(n *html.Node) inventory {
	var inv inventory
	dom.Walk(n, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		switch x.DataAtom {
		case atom.P:
			inv.p++
		case atom.Img:
			inv.img++
		case atom.Li:
			inv.li++
		case atom.Pre, atom.Code, atom.Blockquote, atom.Figure:
			inv.keep++
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			inv.headings++
		case atom.Table:
			if x != n && !layoutLike(x) {
				inv.keep++
			}
		}
		return true
	})
	return inv
}

// furnitureKind returns the rule a box with no sign of content falls
// under, or "".
func (s *scorer) furnitureKind(n *html.Node, inv inventory, maxLD float64) string {
	chars := s.stats[n].chars
	ld := s.linkDensity(n)
	on := s.t.On
	switch {
	case inv.img > 1 && float64(inv.p)/float64(inv.img) < 0.5 && chars < 200 && on(ruleGallery):
		return ruleGallery
	case chars < 25 && (inv.img == 0 || inv.img > 2) && inv.headings == 0 && on(ruleEmptyBox):
		if chars == 0 && inv.img <= 2 {
			return ""
		}
		if s.gridCell(n) {
			s.t.KeepNode(ruleGridCell, n, "would be "+ruleEmptyBox)
			return ""
		}
		return ruleEmptyBox
	case (n.DataAtom == atom.Ul || n.DataAtom == atom.Ol) && ld > maxLD*0.6 && on(ruleBareLinks):
		// A list's links are furniture only when its items are bare
		// links; items that say something around their link (a
		// changelog, annotated references) are content, and so is a
		// sub-list under an item that says something ("In progress:").
		if bareLinkItems(n) >= 0.6 && !(n.Parent != nil && n.Parent.DataAtom == atom.Li) {
			return ruleBareLinks
		}
		return ""
	case on(ruleLinkBox) && linkBox(n, chars, ld, maxLD):
		return ruleLinkBox
	}
	return ""
}

// linkBox reports a box whose links outweigh its text. A box named as
// content may hold more links. Only content words count: a block the
// cleaner kept despite boilerplate class words (it holds much of the
// page's text) is not judged by those words again.
func linkBox(n *html.Node, chars int, ld, maxLD float64) bool {
	if vocab.Positive(dom.Words(n)) {
		return ld > maxLD
	}
	return ld > maxLD*0.6 && chars < 1000
}

// layoutLike reports tables that look like layout rather than data:
// nested tables or a single column.
func layoutLike(t *html.Node) bool {
	cols := 0
	nested := false
	dom.Walk(t, func(x *html.Node) bool {
		if x != t && x.DataAtom == atom.Table {
			nested = true
			return false
		}
		if x.DataAtom == atom.Tr {
			c := 0
			for td := x.FirstChild; td != nil; td = td.NextSibling {
				if td.DataAtom == atom.Td || td.DataAtom == atom.Th {
					c++
				}
			}
			cols = max(cols, c)
		}
		return true
	})
	return nested || cols < 2
}

// cardList reports a list or grid of teaser cards: three or more items,
// most of them a linked headline (a heading, or a link that opens the
// item) over a short blurb. Article text never reads as such a run.
func cardList(n *html.Node) bool {
	return cardRun(n, func(c *html.Node) bool { return isCard(c, len(dom.Text(c)), 400, false) })
}

// feedList is cardList for the longer teasers of news feeds (a
// headline over a blurb of a few sentences), which only a linked
// heading marks as a card: a link and a thumbnail opening a long item
// are as often a figure in the text. Selection counts such a feed as
// furniture (density.go); pruning keeps to the shorter cards, since
// a page's listed sections can have linked headings too.
func (s *scorer) feedList(n *html.Node) bool {
	return cardRun(n, func(c *html.Node) bool { return isCard(c, s.stats[c].chars, 1000, true) })
}

func cardRun(n *html.Node, card func(*html.Node) bool) bool {
	items, cards := 0, 0
	for pass := 0; pass < 2; pass++ {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch c.DataAtom {
			case atom.Li, atom.Article, atom.Div:
			default:
				continue
			}
			if c.DataAtom == atom.Div && n.DataAtom != atom.Div && n.DataAtom != atom.Section {
				continue
			}
			if pass == 0 {
				items++
			} else if card(c) {
				cards++
			}
		}
		if items < 3 {
			// Counted first: most containers have fewer items, and
			// judging an item walks all of it.
			return false
		}
	}
	return cards*10 >= items*6
}

// isCard reports a teaser: a linked heading, or (unless headingOnly) a
// link opening the item with a thumbnail, in at most maxText of text
// (the caller's measure of n).
func isCard(n *html.Node, text, maxText int, headingOnly bool) bool {
	if text == 0 || text > maxText {
		return false
	}
	var heading, leadLink bool
	first := true
	dom.Walk(n, func(x *html.Node) bool {
		if x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" {
			first = false
		}
		if x.Type != html.ElementNode {
			return true
		}
		switch x.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			if dom.Find(x, func(y *html.Node) bool { return y.DataAtom == atom.A }) != nil || dom.Ancestor(x, func(y *html.Node) bool { return y.DataAtom == atom.A }) != nil {
				heading = true
			}
		case atom.A:
			if first {
				leadLink = true
			}
		}
		return true
	})
	if heading || headingOnly {
		return heading
	}
	if readMoreTeaser(n) {
		return true
	}
	// A link opening an item is a card only with a thumbnail: "Name,
	// role" and "Shop: what it offers" lists open with links too.
	img := dom.Find(n, func(y *html.Node) bool { return y.DataAtom == atom.Img || y.DataAtom == atom.Picture }) != nil
	return leadLink && img
}

// bareLinkItems is the share of a list's items whose text outside links
// has fewer than four letters or digits.
func bareLinkItems(list *html.Node) float64 {
	items, bare := 0, 0
	for li := list.FirstChild; li != nil; li = li.NextSibling {
		if li.DataAtom != atom.Li {
			continue
		}
		items++
		other, linked := 0, false
		dom.Walk(li, func(x *html.Node) bool {
			if x.DataAtom == atom.A {
				linked = true
				return false
			}
			if x.Type == html.TextNode {
				for _, r := range x.Data {
					if unicode.IsLetter(r) || unicode.IsDigit(r) {
						other++
					}
				}
			}
			return true
		})
		if linked && other < 4 {
			bare++
		}
	}
	if items == 0 {
		return 0
	}
	return float64(bare) / float64(items)
}
