package faq

import (
	"sort"
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// section is one visible FAQ: its entries and the nodes to detach.
type section struct {
	entries []entry
	nodes   []*html.Node
}

// isStop reports whether n is too large a container to be an FAQ
// section: the document, its body, or the page's main content element.
func isStop(n *html.Node) bool {
	if n == nil || n.Type != html.ElementNode {
		return true
	}
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article, atom.Head:
		return true
	}
	return dom.Attr(n, "role") == "main"
}

func children(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = append(out, c)
	}
	return out
}

func followingSiblings(n *html.Node) []*html.Node {
	var out []*html.Node
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		out = append(out, c)
	}
	return out
}

// headingSection reads the FAQ that an FAQ-titled heading introduces:
// the heading's following siblings, up to the next heading of its level
// or above. When the heading sits alone in a wrapper (a section header),
// the questions follow the wrapper, so the search moves up a level.
func (p *page) headingSection(h *html.Node, known map[string]bool) *section {
	level := headingLevel(h)
	anchor := h
	for tries := 0; tries < 4; tries++ {
		s := newScanner(p, level, nil, known)
		s.scan(followingSiblings(anchor))
		entries, nodes := s.group()
		if len(entries) == 1 && !known[key(entries[0].question)] && p.isPageTitle(h) {
			// The page's own headline names its one question ("Reader
			// Q&A: volatile"): the page is a Q&A post, not an article
			// with an FAQ to take out of it.
			return nil
		}
		if len(entries) > 0 {
			return &section{entries: entries, nodes: append([]*html.Node{anchor}, nodes...)}
		}
		if isStop(anchor.Parent) || s.ended {
			return nil
		}
		anchor = anchor.Parent
	}
	return nil
}

// boxSection reads a container whose class or id names it an FAQ.
func (p *page) boxSection(box *html.Node, known map[string]bool) *section {
	s := newScanner(p, 0, nil, known)
	s.scan(children(box))
	entries, _ := s.group()
	if len(entries) == 0 {
		return nil
	}
	return &section{entries: entries, nodes: []*html.Node{box}}
}

// explicitSection reads the region around a group of elements already
// known to be questions (accordion toggles, <dt>s, elements whose text
// is a question from the page's data).
func (p *page) explicitSection(root *html.Node, qs []*html.Node, known map[string]bool) *section {
	explicit := map[*html.Node]bool{}
	for _, q := range qs {
		explicit[q] = true
	}
	s := newScanner(p, 0, explicit, known)
	s.scan(children(root))
	entries, nodes := s.group()
	if len(entries) == 0 {
		return nil
	}
	return &section{entries: entries, nodes: nodes}
}

// lca returns the lowest common ancestor of a and b (either included).
func lca(a, b *html.Node) *html.Node {
	depth := func(n *html.Node) int {
		d := 0
		for ; n != nil; n = n.Parent {
			d++
		}
		return d
	}
	da, db := depth(a), depth(b)
	for ; da > db; da-- {
		a = a.Parent
	}
	for ; db > da; db-- {
		b = b.Parent
	}
	for a != b {
		a, b = a.Parent, b.Parent
	}
	return a
}

// cluster groups elements (in document order) that sit together: an
// element joins the current group while the group's common ancestor
// stays below the body.
type group struct {
	root  *html.Node
	items []*html.Node
}

func cluster(els []*html.Node) []group {
	var out []group
	for _, e := range els {
		if n := len(out); n > 0 {
			if r := lca(out[n-1].root, e); r != nil && r.DataAtom != atom.Body && r.DataAtom != atom.Html && r.Type == html.ElementNode {
				out[n-1].root = r
				out[n-1].items = append(out[n-1].items, e)
				continue
			}
		}
		out = append(out, group{root: e, items: []*html.Node{e}})
	}
	return out
}

// ignorable reports whether a sibling can be swept along when its
// neighbours are all detached: whitespace, comments, and elements with
// neither text nor media.
func ignorable(n *html.Node) bool {
	switch n.Type {
	case html.TextNode:
		return dom.CollapseSpace(n.Data) == ""
	case html.ElementNode:
		if skipTag(n) {
			return true
		}
		if dom.Text(n) != "" {
			return false
		}
		return dom.Find(n, func(c *html.Node) bool {
			switch c.DataAtom {
			case atom.Img, atom.Picture, atom.Video, atom.Iframe, atom.Table:
				return true
			}
			return false
		}) == nil
	}
	return true
}

// collapse replaces a set of nodes by their parent wherever they are
// all of its content, so a wrapped FAQ leaves as one container, and adds
// the heading that titles the FAQ when nothing else falls under it. The
// result is in document order with no node inside another.
func (p *page) collapse(nodes []*html.Node) []*html.Node {
	set := map[*html.Node]bool{}
	for _, n := range nodes {
		if n != nil && n.Parent != nil {
			set[n] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for n := range set {
			par := n.Parent
			if par == nil || set[par] || isStop(par) {
				continue
			}
			all := true
			for c := par.FirstChild; c != nil; c = c.NextSibling {
				if !set[c] && !ignorable(c) {
					all = false
					break
				}
			}
			if all {
				for c := par.FirstChild; c != nil; c = c.NextSibling {
					delete(set, c)
				}
				set[par] = true
				changed = true
				break
			}
		}
		if !changed {
			for n := range set {
				if h := p.ownTitle(n, set); h != nil {
					set[h] = true
					changed = true
					break
				}
			}
		}
	}
	var out []*html.Node
	for n := range set {
		if !insideSet(n, set) {
			out = append(out, n)
		}
	}
	p.sortNodes(out)
	return out
}

// ownTitle returns the heading just before n when n is all that heading
// introduces (the next element is nothing, a heading of the same level
// or above, or a box outside the content): the FAQ's own title, such as
// "Quick answers" over a question list.
func (p *page) ownTitle(n *html.Node, set map[*html.Node]bool) *html.Node {
	prev := n.PrevSibling
	for prev != nil && ignorable(prev) {
		prev = prev.PrevSibling
	}
	if prev == nil || set[prev] || prev.Type != html.ElementNode {
		return nil
	}
	level := headingLevel(prev)
	if level == 0 || endsWithQuestionMark(dom.Text(prev)) {
		return nil
	}
	next := n.NextSibling
	for next != nil && ignorable(next) {
		next = next.NextSibling
	}
	if next != nil {
		if l := headingLevel(next); (l == 0 || l > level) && !isBoilerplate(next) {
			return nil
		}
	}
	return prev
}

func (p *page) sortNodes(ns []*html.Node) {
	sort.SliceStable(ns, func(i, j int) bool { return p.order(ns[i]) < p.order(ns[j]) })
}

// order returns the document position of n, or of its nearest element
// ancestor for text nodes.
func (p *page) order(n *html.Node) int {
	for ; n != nil; n = n.Parent {
		if i := p.position(n); i > 0 {
			return i
		}
	}
	return 0
}

// isPageTitle reports a heading that prints the document's <title>, or
// most of it: the page's headline.
func (p *page) isPageTitle(h *html.Node) bool {
	t := dom.LetterKey(dom.Text(h))
	return len(t) >= 8 && strings.Contains(p.title, t) && 2*len(t) >= len(p.title)
}
