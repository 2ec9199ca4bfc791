package meta

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// normLang reduces a language tag ("en-US", "de_DE", "pt-br") to its
// lower-case primary subtag, or "" when it is not one.
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_ ,;"); i >= 0 {
		s = s[:i]
	}
	if len(s) < 2 || len(s) > 3 {
		return ""
	}
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return ""
		}
	}
	return s
}

// detectLang guesses the language of the page's paragraph text from
// stopword counts; "" when the text is too short or no language leads.
func detectLang(doc *html.Node) string {
	var b strings.Builder
	dom.Walk(doc, func(n *html.Node) bool {
		if b.Len() > 20000 {
			return false
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Nav, atom.Footer, atom.Head:
				return false
			case atom.P, atom.Li, atom.Blockquote, atom.Td:
				b.WriteString(dom.Text(n))
				b.WriteByte(' ')
				return false
			}
		}
		return true
	})
	return vocab.GuessLang(b.String())
}
