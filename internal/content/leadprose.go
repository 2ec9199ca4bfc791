package content

import (
	"strings"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleLeadProse = rules.Register(rules.Select, "intro-under-headline",
	"paragraphs of prose between the headline and the chosen body, inside the element holding both, are the article's introduction, however unnamed")

// introMinChars is the length a paragraph between the headline and the
// body needs to read as the introduction rather than a byline, a date
// line or a label.
const introMinChars = 80

// introBound returns the smallest element holding both the headline and
// the first selected node, or nil: paragraphs between the two inside it
// belong to the article, whereas above it they belong to the page.
func introBound(h, first *html.Node) *html.Node {
	if h == nil {
		return nil
	}
	for a := h.Parent; a != nil; a = a.Parent {
		if a == first {
			return nil // the body holds the headline: nothing stands between
		}
		if isAncestor(a, first) {
			return a
		}
	}
	return nil
}

// introParagraph reports whether n, standing between the headline and
// the body inside bound, is a paragraph of the introduction: a <p> of a
// sentence or more, ending like one, with few links, outside figures and
// the page's asides.
func introParagraph(n, bound *html.Node) bool {
	if n.DataAtom != atom.P || bound == nil || !isAncestor(bound, n) {
		return false
	}
	txt := dom.Text(n)
	if utf8.RuneCountInString(txt) < introMinChars || !strings.ContainsAny(lastRune(txt), ".!?:…") {
		return false
	}
	if linkChars(n)*4 >= len(txt) {
		return false
	}
	for a := n.Parent; a != nil && a != bound; a = a.Parent {
		switch a.DataAtom {
		case atom.Figure, atom.Aside, atom.Nav, atom.Footer, atom.Blockquote, atom.Li, atom.Td, atom.Form:
			return false
		}
	}
	return true
}

func lastRune(s string) string {
	s = strings.TrimRight(s, " \"'”’)")
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// linkChars is the length of the linked text under n, in bytes.
func linkChars(n *html.Node) int {
	c := 0
	dom.Walk(n, func(x *html.Node) bool {
		if x.Type == html.ElementNode && x.DataAtom == atom.A {
			c += len(dom.Text(x))
			return false
		}
		return true
	})
	return c
}
