package content

import (
	"strconv"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleListing = rules.Register(rules.Select, "listing-page",
	"a page with no article whose content is a run of linked items (a category page, search results, a feed): the items are the content, links and all")

// Sizes of the listing test, in characters.
const (
	minRunText      = 500  // a run of items holding less is a box, not a page's content
	maxListingProse = 1000 // unlinked text outside the runs above which the page has an article
	minItems        = 3    // items in a run
	minTableItems   = 6    // rows in a run of table rows
	minItemText     = 10   // text an item needs
	runShare        = 0.6  // share of a container's text its items hold
	widenRatio      = 3.0  // a run elsewhere must hold this many times the selection's text
	maxLeadProse    = 300  // a selection with more unlinked text is an article, not a listing's intro
	minRunLinks     = 0.3  // share of a run's text in links: items link to what they list
	minHeadedLinks  = 0.1  // the same, for items under linked headings
	groupSlack      = 1.25 // a group of runs may hold this much more than its runs
	maxLabel        = 150  // unlinked text of a heading or label beside a run's items
)

// run is a container whose children are items of one shape.
type run struct {
	node               *html.Node
	items, text, links int
	headed             int // items under a linked heading
	labels             int // unlinked text of the container's short other children
}

// listing decides whether the page is a listing rather than an article
// and, if so, makes the listed items the content, marked so that
// pruning and the block filters keep its linked items. A run of items
// counts when its text is at least a third in links (items link to
// what they list; posts and article sections do not). Three cases:
//   - the selection already is the listing: most of its text is in
//     runs, with little prose besides;
//   - the selection is one item of a run (a featured post, the one
//     blurb that scored) that holds several times its text: the run
//     replaces it;
//   - the selection is a short intro, or nothing, and a run elsewhere
//     holds several times its text: the run joins it.
func (s *scorer) listing(body *html.Node, sel Selection) Selection {
	runs := s.runs(body)
	if len(runs) == 0 {
		return sel
	}
	var selText, selProse int
	in := run{} // the runs inside the selection, summed
	for _, n := range sel.Nodes {
		st := s.stats[n]
		selText += st.chars
		selProse += st.chars - st.linkChars
	}
	var best *run
	var arounds []*run       // the runs holding the selection, outer first
	var counted []*html.Node // the runs summed in in, which hold the ones nested in them
	for i := range runs {
		r := &runs[i]
		switch {
		case inSelection(r.node, counted):
		case inSelection(r.node, sel.Nodes):
			if !r.linked() {
				continue // a run of posts or sections: prose, not a listing
			}
			counted = append(counted, r.node)
			in.items += r.items
			in.text += r.text
			in.links += r.links
			in.headed += r.headed
			in.labels += r.labels
		case overlaps(r.node, sel.Nodes):
			arounds = append(arounds, r)
		case best == nil || r.text > best.text:
			best = r
		}
	}
	// The selection as one item of a run: the innermost run that holds
	// it as one of several like items, linked, several times its size.
	// Three items could be a layout's columns around an article: then
	// only a short selection is one of them.
	var around *run
	for i := len(arounds) - 1; i >= 0 && around == nil; i-- {
		r := arounds[i]
		if r.linked() && float64(r.text) >= widenRatio*float64(selText) &&
			2*s.itemOf(r.node, sel.Nodes) < r.text && (r.items > minItems || selProse < maxLeadProse) {
			around = r
		}
	}
	switch {
	case around != nil:
		var nodes []*html.Node
		for _, n := range sel.Nodes {
			if !isAncestor(around.node, n) {
				nodes = append(nodes, n)
			}
		}
		sel.Nodes = inOrder(append(nodes, around.node))
		sel.Listing = true
		sel.joinedBy(around.node, ruleListing)
		s.t.KeepNode(ruleListing, around.node, strconv.Itoa(around.items)+" items, the selection one of them")
	case in.text >= minRunText && 2*in.text >= selText && in.linked() && selProse-(in.text-in.links)-in.labels < maxListingProse:
		sel.Listing = true
		s.t.Keep(ruleListing, "selection", strconv.Itoa(in.text)+" of "+strconv.Itoa(selText)+" characters in runs of items")
	case best != nil && selProse < maxLeadProse && float64(best.text) >= widenRatio*float64(selText) && best.linked():
		group := s.runGroup(best, runs, sel.Nodes)
		sel.Nodes = inOrder(append(sel.Nodes, group))
		sel.Listing = true
		sel.joinedBy(group, ruleListing)
		s.t.KeepNode(ruleListing, best.node, strconv.Itoa(best.items)+" items")
	}
	return sel
}

// runGroup returns the element holding best together with the other
// runs beside it (a category's subcategories and its pages, a feed split
// into sections under their headings), as long as that element holds
// little besides the runs; best's own container otherwise.
func (s *scorer) runGroup(best *run, runs []run, sel []*html.Node) *html.Node {
	group, inRuns := best.node, best.text
	for i := range runs {
		r := &runs[i]
		if r == best || overlaps(r.node, sel) || overlaps(r.node, []*html.Node{group}) || r.text < minRunText || !r.linked() {
			continue
		}
		a := commonAncestor(group, r.node)
		if a == nil || float64(s.stats[a].chars) > groupSlack*float64(inRuns+r.text) || overlaps(a, sel) {
			continue
		}
		group, inRuns = a, inRuns+r.text
	}
	return group
}

func commonAncestor(a, b *html.Node) *html.Node {
	for p := a; p != nil; p = p.Parent {
		if p == b || isAncestor(p, b) {
			return p
		}
	}
	return nil
}

// runs returns the containers in body whose children are a run of
// items (itemRun), in document order, outer runs before the runs nested
// in their items.
func (s *scorer) runs(body *html.Node) []run {
	var out []run
	dom.Walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || s.stats[n].chars < minRunText {
			return false
		}
		least := minItems
		switch n.DataAtom {
		case atom.Body:
			return true // the page itself
		case atom.Table, atom.Tbody, atom.Thead, atom.Tr:
			// A few rows or cells are a layout's columns; a ranking
			// has many rows.
			least = minTableItems
		}
		if r := s.itemRun(n); r.items >= least {
			out = append(out, r)
		}
		return true
	})
	return out
}

// itemRun reports the largest group of n's children that share a shape
// (tag and class words) and each hold a link and some text, when that
// group holds most of n's text: the items of a listing, a feed, a grid
// of products.
func (s *scorer) itemRun(n *html.Node) run {
	type group struct {
		rep   *html.Node
		words []string
		run
	}
	var groups []group
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		st := s.stats[c]
		if st.chars < minItemText || !hasLink(c) {
			continue
		}
		ws := dom.Words(c)
		var g *group
		for i := range groups {
			if groups[i].rep.DataAtom == c.DataAtom && shareWords(groups[i].words, ws) {
				g = &groups[i]
				break
			}
		}
		if g == nil {
			groups = append(groups, group{rep: c, words: ws, run: run{node: n}})
			g = &groups[len(groups)-1]
		}
		g.items++
		g.text += st.chars
		g.links += st.linkChars
		if isCard(c, st.chars, st.chars, true) {
			g.headed++
		}
	}
	var best *group
	for i := range groups {
		if g := &groups[i]; best == nil || g.items > best.items || g.items == best.items && g.text > best.text {
			best = g
		}
	}
	if best == nil || float64(best.text) < runShare*float64(s.stats[n].chars) {
		return run{}
	}
	// The container's other children that are short (section headings,
	// "See all" links, labels) belong to the listing; longer ones are
	// prose beside it.
	r := best.run
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom == best.rep.DataAtom && shareWords(best.words, dom.Words(c)) {
			continue
		}
		if st := s.stats[c]; st.chars-st.linkChars < maxLabel || float64(st.linkChars) >= minHeadedLinks*float64(st.chars) && isCard(c, st.chars, st.chars, true) {
			r.labels += st.chars - st.linkChars
		}
	}
	return r
}

// linked reports a run whose items link to what they list: a third of
// its text in links, or a linked headline over most items (then a
// tenth will do: the blurbs under the headlines are long). Posts and
// an article's sections have links, but neither so many nor headlines.
func (r run) linked() bool {
	if 10*r.headed >= 6*r.items {
		return float64(r.links) >= minHeadedLinks*float64(r.text)
	}
	return float64(r.links) >= minRunLinks*float64(r.text)
}

func hasLink(n *html.Node) bool {
	if n.DataAtom == atom.A {
		return true
	}
	return dom.Find(n, func(x *html.Node) bool { return x.DataAtom == atom.A }) != nil
}

// itemOf returns the text of the child of run that holds the first of
// nodes inside it: the item the selection is part of.
func (s *scorer) itemOf(run *html.Node, nodes []*html.Node) int {
	for _, n := range nodes {
		for c := n; c != nil && c != run; c = c.Parent {
			if c.Parent == run {
				return s.stats[c].chars
			}
		}
	}
	return 0
}

// inOrder sorts nodes into document order (they are few).
func inOrder(nodes []*html.Node) []*html.Node {
	for i := 1; i < len(nodes); i++ {
		for j := i; j > 0 && precedes(nodes[j], nodes[j-1]); j-- {
			nodes[j], nodes[j-1] = nodes[j-1], nodes[j]
		}
	}
	return nodes
}

// shareWords reports two class-word lists that are both empty, or that
// share half the words of the shorter: the same template part, one
// marked "first" or "highlighted".
func shareWords(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	common := 0
	for _, w := range a {
		for _, v := range b {
			if w == v {
				common++
				break
			}
		}
	}
	return 2*common >= min(len(a), len(b))
}
