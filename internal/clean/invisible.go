package clean

import (
	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Invisible removes from root's subtree, root included, only what a
// reader never sees as text: non-text elements (scripts, styles, embeds, form controls) and
// nodes the markup hides (the hidden attribute, an inline display:none
// or visibility:hidden). It is all that is removed from the elements a
// user chose as the body (--keep): no rule judges their content by its
// names or its look. aria-hidden is left alone: it hides from screen
// readers, not from the eye. Decisions are returned when explain is set.
func Invisible(root *html.Node, explain bool) []article.Decision {
	var out []article.Decision
	dom.Walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		rule := ""
		switch {
		case nonText(n):
			rule = "non-text element <" + n.Data + ">"
		case dom.HasAttr(n, "hidden"):
			rule = "hidden attribute"
		case styleHidden(dom.Attr(n, "style")):
			rule = "inline style hides it"
		default:
			return true
		}
		// As the cleaner does: a lazy image kept in <noscript> and an
		// article shipped as a template are put in place first.
		switch n.DataAtom {
		case atom.Noscript:
			noscriptImages(n)
		case atom.Script:
			templateContent(n)
		}
		if explain && measure(n).text > 0 {
			out = append(out, article.Decision{Region: Describe(n), Kept: false, Rule: rule})
		}
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
		return false
	})
	return out
}
