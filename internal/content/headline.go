package content

import (
	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// What the headline tells selection: the article lies around it. The
// cleaner finds the headline (clean.Result.Headline); selection weighs
// the candidates set close under it (nearHeadline) and stops the
// text-mass widening at the element holding it with the chosen content
// (articleBound), and pruning keeps the box holding it.

// isMain reports the element a page declares its main content.
func isMain(n *html.Node) bool {
	return n.DataAtom == atom.Main || dom.Attr(n, "role") == "main"
}

// declaredContent reports the elements a page declares its main content
// or an article: <main>, <article>, and their ARIA roles.
func declaredContent(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Main, atom.Article:
		return true
	}
	switch dom.Attr(n, "role") {
	case "main", "article":
		return true
	}
	return false
}

// nearHeadlineGain weighs a candidate set close under the headline: the
// article's text follows its headline, and a footer or a box of other
// stories far off in the page does not, however it scores.
const nearHeadlineGain = 1.35

// headlineReach is how many levels above the headline a candidate's
// common ancestor with it may stand for the candidate to be near it.
const headlineReach = 3

// nearHeadline returns the weight of candidate n: nearHeadlineGain when
// n holds the headline or follows it under one of its headlineReach
// nearest ancestors below <body> (everything follows a headline set
// high in the page), else 1. It climbs from n only, and compares
// positions in the few ancestors' child indexes, so that every
// candidate costs its depth, not a walk of the page.
func (s *scorer) nearHeadline(n *html.Node) float64 {
	if s.headline == nil || !s.t.On(ruleNearHeadline) {
		return 1
	}
	if s.near == nil {
		s.near = newHeadlineIndex(s.headline)
	}
	for x, child := n, (*html.Node)(nil); x != nil; child, x = x, x.Parent {
		i, ok := s.near.level[x]
		if !ok {
			continue
		}
		switch {
		case x == n:
			return nearHeadlineGain // n is the headline or holds it
		case i == 0:
			return 1 // inside the headline
		case s.near.index[i][child] > s.near.index[i][s.near.path[i]]:
			return nearHeadlineGain // after the headline, under its ancestor
		}
		return 1
	}
	return 1
}

// headlineIndex is the headline's nearest ancestors, each with the
// positions of its children and the child on the way to the headline.
type headlineIndex struct {
	level map[*html.Node]int   // ancestor (or the headline, 0) -> its level
	path  []*html.Node         // path[i]: the child of ancestor i holding the headline
	index []map[*html.Node]int // index[i]: position of each child of ancestor i
}

func newHeadlineIndex(h *html.Node) *headlineIndex {
	x := &headlineIndex{level: map[*html.Node]int{}}
	var below *html.Node
	for a, i := h, 0; a != nil && i <= headlineReach && a.DataAtom != atom.Body && a.DataAtom != atom.Html; a, i = a.Parent, i+1 {
		x.level[a] = i
		x.path = append(x.path, below)
		idx := map[*html.Node]int{}
		if i > 0 {
			k := 0
			for c := a.FirstChild; c != nil; c = c.NextSibling {
				idx[c] = k
				k++
			}
		}
		x.index = append(x.index, idx)
		below = a
	}
	return x
}

// minBoundProse is the prose (characters) the element holding the
// headline and the selection needs for the widening to stop there.
const minBoundProse = 500

// articleBound returns the smallest element holding the headline and the
// selected nodes, or nil when the headline is unknown or no longer on
// the page (its region was removed).
func (s *scorer) articleBound(body *html.Node, sel []*html.Node) *html.Node {
	h := s.headline
	if h == nil || !s.t.On(ruleHeadlineBound) || (h != body && !isAncestor(body, h)) {
		return nil
	}
	a := h
	for _, n := range sel {
		for a != nil && a != n && !isAncestor(a, n) {
			a = a.Parent
		}
	}
	return a
}

// gainBefore reports whether widening from a (holding the headline and
// the selection) to its ancestor m would gain more prose before the
// headline's element than after it. An article's text follows its
// headline; what stands before it in a wider element is another column
// set first in the page (a blog's profile and sidebar above a post of
// two lines), which a short post cannot outweigh. Blocks of the same
// kind before it (a thread's earlier posts, each under a "Re:" heading)
// are no other column: then the widening goes on.
func (s *scorer) gainBefore(m, a *html.Node, masses map[*html.Node]mass) bool {
	before := 0.0
	for x := a; x != m; x = x.Parent {
		for c := x.Parent.FirstChild; c != x; c = c.NextSibling {
			if c.Type == html.ElementNode && sameKind(c, x) {
				return false
			}
			before += masses[c].good
		}
	}
	after := masses[m].good - masses[a].good - before
	return before > after
}

// sameKind reports two elements of one tag sharing a class word: blocks
// of one template, a list's entries.
func sameKind(a, b *html.Node) bool {
	if a.DataAtom != b.DataAtom || a.Data != b.Data {
		return false
	}
	bw := dom.SplitWords(nil, dom.Attr(b, "class"))
	for _, w := range dom.SplitWords(nil, dom.Attr(a, "class")) {
		for _, v := range bw {
			if w == v {
				return true
			}
		}
	}
	return false
}
