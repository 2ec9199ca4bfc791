package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// brParagraphs turns the paragraphs a page sets apart with blank lines
// (<br><br>) directly in a block container into <p> elements. Old
// templates, forum posts and table layouts write a whole article this
// way; as one run of text it scores as one paragraph and loses to any
// footer with a few cells, while a browser shows the reader the same
// paragraphs as <p> would. It reports whether n changed.
func brParagraphs(n *html.Node) bool {
	changed := splitParagraphs(n)
	switch n.DataAtom {
	case atom.Div, atom.Td, atom.Th, atom.Section, atom.Article, atom.Main, atom.Body, atom.Blockquote,
		atom.Center, atom.Font, atom.Dd, atom.Li, atom.Form:
	case atom.Span:
		// A span holding blocks is a block container in all but name
		// (old templates wrap a whole story in one).
		if !dom.HasBlockChild(n) {
			return changed
		}
	default:
		return changed
	}
	if !hasBlankLine(n) {
		return changed
	}
	wrapRuns(n, nil)
	return true
}

// splitParagraphs replaces each <p> child of n that holds blank lines
// with the paragraphs it holds, as siblings: a "paragraph" of several
// paragraphs, which a browser shows as several. The siblings stand where
// the one stood, so the walk, still at n, visits them.
func splitParagraphs(n *html.Node) bool {
	changed := false
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && c.DataAtom == atom.P && hasBlankLine(c) {
			wrapRuns(c, func(p *html.Node) { n.InsertBefore(p, c) })
			n.RemoveChild(c)
			changed = true
		}
		c = next
	}
	return changed
}

// wrapRuns puts each run of inline content between n's blank lines (and
// its block children) into a <p> of its own. place puts a new paragraph
// where it belongs; nil puts it in n, before the run's end.
func wrapRuns(n *html.Node, place func(p *html.Node)) {
	var run []*html.Node
	flush := func(before *html.Node) {
		if runHasText(run) {
			p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			if place != nil {
				place(p)
			} else {
				n.InsertBefore(p, before)
			}
			for _, x := range run {
				x.Parent.RemoveChild(x)
				p.AppendChild(x)
			}
		}
		run = run[:0]
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		switch {
		case isBr(c) && isBr(nextNonBlank(c)):
			// A blank line: the run before it is a paragraph, and the
			// breaks that made the line go with it.
			flush(c)
			for next = c; next != nil && (isBr(next) || blankText(next)); {
				after := next.NextSibling
				n.RemoveChild(next)
				next = after
			}
		case c.Type == html.TextNode || c.Type == html.ElementNode && dom.IsInline(c):
			run = append(run, c)
		case c.Type == html.CommentNode:
		default:
			flush(c)
			if place != nil {
				// A block inside a paragraph (the parser closes <p> before
				// blocks, so only a table or the like): it stays in order.
				n.RemoveChild(c)
				place(c)
			}
		}
		c = next
	}
	flush(nil)
}

// hasBlankLine reports a <br><br> among n's children.
func hasBlankLine(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if isBr(c) && isBr(nextNonBlank(c)) {
			return true
		}
	}
	return false
}

func isBr(n *html.Node) bool { return n != nil && n.Type == html.ElementNode && n.DataAtom == atom.Br }

func blankText(n *html.Node) bool {
	return n.Type == html.TextNode && strings.TrimSpace(n.Data) == "" || n.Type == html.CommentNode
}

// nextNonBlank is the next sibling that is not blank text or a comment.
func nextNonBlank(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if !blankText(s) {
			return s
		}
	}
	return nil
}

func runHasText(run []*html.Node) bool {
	for _, x := range run {
		if x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" ||
			x.Type == html.ElementNode && (dom.Text(x) != "" || x.DataAtom == atom.Img) {
			return true
		}
	}
	return false
}
