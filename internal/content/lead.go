package content

import (
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Lead returns the standfirst paragraphs that precede the selected body,
// in document order: between the page's headline (<h1>) and the body
// when the headline comes first, else inside the body's article
// container. Only paragraph-like elements named as a standfirst, or set in
// the article's own header, qualify, and only outside the selection.
func Lead(sel []*html.Node, t *rules.Trace) []*html.Node {
	return LeadUnder(sel, nil, t)
}

// LeadUnder is Lead for a page whose headline the cleaner found (nil
// when it found none): the standfirst follows that headline rather than
// an <h1> before it, which is then the site's or blog's name in its
// banner, with the blog's description under it.
func LeadUnder(sel []*html.Node, headline *html.Node, t *rules.Trace) []*html.Node {
	if len(sel) == 0 || !t.On(ruleLead) {
		return nil
	}
	first := sel[0]
	root := first
	for root.Parent != nil {
		root = root.Parent
	}
	h1 := leadHeadline(root, headline, t)
	container := articleContainer(first)
	if container == nil {
		return nil
	}
	scope := container
	collecting := true
	if h1 != nil && precedes(h1, first) && !inSelection(h1, sel) {
		// The headline opens the article: the standfirst is between it
		// and the body, wherever the template put the two.
		scope = root
		collecting = false
	}
	var bound *html.Node
	if scope == root && t.On(ruleLeadProse) {
		bound = introBound(h1, first)
	}
	var out []*html.Node
	var intro map[*html.Node]bool // the paragraphs intro-under-headline took
	done := false
	dom.Walk(scope, func(n *html.Node) bool {
		if done || n.Type != html.ElementNode {
			return !done
		}
		if n == h1 {
			collecting = true
			return false
		}
		if n == first {
			done = true
			return false
		}
		for _, s := range sel {
			if n == s {
				return false
			}
		}
		if !collecting {
			return true
		}
		if !leadShaped(n) {
			return true
		}
		// A subheadline in the article's own header (<header>, <hgroup>)
		// is a standfirst whatever its class.
		inHeader := n.DataAtom != atom.Div && n.DataAtom != atom.Span &&
			dom.Ancestor(n, func(a *html.Node) bool { return a.DataAtom == atom.Header || a.DataAtom == atom.Hgroup }) != nil
		if !inHeader && !isLead(dom.Words(n)) {
			if introParagraph(n, bound) {
				if intro == nil {
					intro = map[*html.Node]bool{}
				}
				intro[n] = true
				out = append(out, n)
				return false
			}
			return true
		}
		if t := dom.Text(n); len(t) >= 40 && !isAncestor(n, first) {
			out = append(out, n)
			return false
		}
		return true
	})
	if !done {
		return nil
	}
	for _, n := range out {
		if intro[n] {
			t.KeepNode(ruleLeadProse, n, "")
			continue
		}
		t.KeepNode(ruleLead, n, "")
	}
	return out
}

// leadHeadline is the page's headline for the standfirst: its first
// <h1>, unless the cleaner found a headline after it, in which case that
// <h1> is the site's name in its banner.
func leadHeadline(root, headline *html.Node, t *rules.Trace) *html.Node {
	h1 := dom.Find(root, func(n *html.Node) bool { return n.DataAtom == atom.H1 })
	if h1 != nil && headline != nil && headline != h1 && t.On(ruleLeadHeadline) && inTree(headline, root) && precedes(h1, headline) {
		t.KeepNode(ruleLeadHeadline, headline, "not the <h1> "+dom.Describe(h1))
		return headline
	}
	return h1
}

// articleContainer is the <article>, <main> or <body> within four levels
// above first, or nil.
func articleContainer(first *html.Node) *html.Node {
	container := first.Parent
	for i := 0; container != nil && i < 4; i++ {
		if container.DataAtom == atom.Article || container.DataAtom == atom.Main || container.DataAtom == atom.Body {
			break
		}
		container = container.Parent
	}
	return container
}

// leadShaped reports the elements a standfirst is set in. A dek set as a
// subheading under the headline (<h2>, <h3 class="subtitle">) is a
// standfirst all the same.
func leadShaped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Span, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// precedes reports whether a comes before b in document order (and is
// not its ancestor).
func precedes(a, b *html.Node) bool {
	if isAncestor(a, b) {
		return false
	}
	found, before := false, false
	root := a
	for root.Parent != nil {
		root = root.Parent
	}
	dom.Walk(root, func(n *html.Node) bool {
		if found {
			return false
		}
		if n == a {
			before, found = true, true
		} else if n == b {
			found = true
		}
		return !found
	})
	return before
}

func inSelection(n *html.Node, sel []*html.Node) bool {
	for _, s := range sel {
		if n == s || isAncestor(s, n) {
			return true
		}
	}
	return false
}

func isLead(ws []string) bool {
	for _, w := range ws {
		if vocab.StandfirstWord(w) {
			return true
		}
	}
	return false
}

// inTree reports whether n is still in the tree under root (the cleaner
// may have removed the headline with its region).
func inTree(n, root *html.Node) bool {
	for n.Parent != nil {
		n = n.Parent
	}
	return n == root
}
