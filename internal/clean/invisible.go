package clean

import (
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Invisible removes from root's subtree, root included, only what a
// reader never sees as text: non-text elements (scripts, styles, embeds,
// form controls) and nodes the markup hides (the hidden attribute, an
// inline display:none or visibility:hidden). It is all that is removed
// from the elements a user chose as the body (--keep): no rule judges
// their content by its names or its look. aria-hidden is left alone: it
// hides from screen readers, not from the eye. t records the removals.
// The caller tells that root itself went by its Parent being nil.
func Invisible(root *html.Node, t *rules.Trace) {
	c := &cleaner{t: t, stats: map[*html.Node]stat{}, protect: map[*html.Node]bool{}}
	c.invisible(root)
}

func (c *cleaner) invisible(root *html.Node) {
	if root.Type == html.ElementNode && invisible(root, c.t) {
		return
	}
	for ch := root.FirstChild; ch != nil; {
		next := ch.NextSibling
		if ch.Type == html.ElementNode && ch.DataAtom == atom.Script {
			// An article shipped as a template is put in place, and
			// visited, before the script goes.
			if first := c.templateContent(ch); first != nil {
				next = first
			}
		}
		sib := c.sib
		c.invisible(ch)
		c.sib = sib
		ch = next
	}
}

// invisible removes n when it is never shown as text.
func invisible(n *html.Node, t *rules.Trace) bool {
	rule, detail := "", ""
	switch {
	case nonText(n):
		rule, detail = ruleNonText, "<"+n.Data+">"
	case dom.HasAttr(n, "hidden"):
		rule = ruleHiddenAttr
	case styleHidden(dom.Attr(n, "style")):
		rule = ruleHiddenStyle
	default:
		return false
	}
	if n.DataAtom == atom.Noscript {
		// A lazy image kept in <noscript> is put in place first.
		noscriptImages(n)
	}
	if t.Explaining() && textUnder(n) > 0 {
		t.DropNode(rule, n, detail)
	}
	if n.Parent != nil {
		n.Parent.RemoveChild(n)
	}
	return true
}

// textUnder is the amount of text under n, measured afresh.
func textUnder(n *html.Node) int {
	c := cleaner{stats: map[*html.Node]stat{}}
	s, _ := c.measure(n)
	return s.text
}
