package dom

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// IsHeading reports the heading elements, <h1> to <h6>.
func IsHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// IsInline reports elements that flow inside a line of text: phrasing
// elements, MathML, and custom elements with no block inside them.
func IsInline(n *html.Node) bool {
	if n.Namespace == "math" {
		return true // MathML is read in the line it sits in
	}
	switch n.DataAtom {
	case atom.A, atom.B, atom.Strong, atom.I, atom.Em, atom.Span, atom.Font, atom.Small, atom.Big,
		atom.U, atom.Sup, atom.Sub, atom.Code, atom.Abbr, atom.Cite, atom.Q, atom.Mark, atom.Time,
		atom.Br, atom.Img, atom.S, atom.Del, atom.Ins, atom.Kbd, atom.Var, atom.Dfn, atom.Tt,
		atom.Samp, atom.Label, atom.Bdi, atom.Bdo, atom.Data, atom.Wbr, atom.Strike, atom.Acronym,
		atom.Ruby, atom.Rb, atom.Rt, atom.Rp, atom.Nobr, atom.Math:
		return true
	}
	return n.DataAtom == 0 && n.Type == html.ElementNode && !HasBlockChild(n)
}

// HasBlockChild reports whether n has a child element that is not inline.
func HasBlockChild(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !IsInline(c) {
			return true
		}
	}
	return false
}
