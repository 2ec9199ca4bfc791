package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleStreamed = rules.Register(rules.Clean, "streamed-markup",
	"markup a server streams in hidden blocks (<div hidden id=S:n>) takes the place of its placeholder (<template id=B:n>)")

// Unstream puts in place the markup that streaming server rendering
// sends after the page's frame: React and the frameworks built on it
// send each part that was not ready as <div hidden id="S:n"> at the end
// of the body, and a script moves it to its placeholder: <template
// id="B:n"> for a boundary (removing the loading skeleton after it, up
// to the boundary's <!--/$--> comment) or <template id="P:n"> for a
// segment. Without the script the part stays hidden, and with it the
// article: a page whose body holds only such parts read as empty.
// Unstream does what the script does.
func Unstream(doc *html.Node, t *rules.Trace) {
	if !t.On(ruleStreamed) {
		return
	}
	parts := map[string]*html.Node{}
	var holes []*html.Node
	dom.Walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch {
		case isHole(n):
			holes = append(holes, n)
			return false
		case n.DataAtom == atom.Div && strings.HasPrefix(dom.Attr(n, "id"), "S:") && dom.HasAttr(n, "hidden"):
			parts[dom.Attr(n, "id")[2:]] = n
		}
		return true
	})
	for len(holes) > 0 {
		hole := holes[0]
		holes = holes[1:]
		id := dom.Attr(hole, "id")
		part := parts[id[2:]]
		if part == nil || hole.Parent == nil || part.Parent == nil || hole == part || isAncestor(part, hole) {
			continue
		}
		parent := hole.Parent
		if strings.HasPrefix(id, "B:") {
			removeFallback(hole, part)
		}
		if part.Parent == nil {
			continue
		}
		for c := part.FirstChild; c != nil; {
			next := c.NextSibling
			part.RemoveChild(c)
			parent.InsertBefore(c, hole)
			c = next
		}
		parent.RemoveChild(hole)
		part.Parent.RemoveChild(part)
		t.KeepNode(ruleStreamed, parent, "part S:"+id[2:])
	}
}

// isHole reports a streamed part's placeholder.
func isHole(n *html.Node) bool {
	if n.DataAtom != atom.Template {
		return false
	}
	id := dom.Attr(n, "id")
	return strings.HasPrefix(id, "B:") || strings.HasPrefix(id, "P:")
}

// removeFallback removes what follows a boundary's placeholder up to the
// comment that closes the boundary (<!--/$-->), nested boundaries
// counted: the loading skeleton the streamed part replaces. It stops
// at the part itself, should the part stand there.
func removeFallback(hole, part *html.Node) {
	depth := 0
	for n := hole.NextSibling; n != nil; {
		next := n.NextSibling
		if n == part || isAncestor(n, part) {
			return
		}
		if n.Type == html.CommentNode {
			switch n.Data {
			case "$", "$?", "$!":
				depth++
			case "/$":
				if depth == 0 {
					return
				}
				depth--
			}
		}
		n.Parent.RemoveChild(n)
		n = next
	}
}

// isAncestor reports whether a is an ancestor of n.
func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}
