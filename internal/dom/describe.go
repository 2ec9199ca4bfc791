package dom

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Describe names an element for --explain: its tag, #id and first three
// .classes, then the opening words of its text in quotes, so a reader
// can find the region on the page ("div.share-bar “Share this story”").
func Describe(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	if n.Type == html.TextNode {
		b.WriteString("text")
	} else {
		b.WriteString(Name(n))
	}
	if words := openingWords(n, 6); words != "" {
		b.WriteString(" “")
		b.WriteString(words)
		b.WriteString("”")
	}
	return b.String()
}

// Name is an element's tag, #id and first three .classes.
func Name(n *html.Node) string {
	var b strings.Builder
	b.WriteString(n.Data)
	if id := Attr(n, "id"); id != "" {
		b.WriteByte('#')
		b.WriteString(id)
	}
	for i, cl := range strings.Fields(Attr(n, "class")) {
		if i == 3 {
			b.WriteString("…")
			break
		}
		b.WriteByte('.')
		b.WriteString(cl)
	}
	return b.String()
}

// openingWords returns up to max words of n's text, with "…" when there
// is more; it reads only as much of the subtree as it needs.
func openingWords(n *html.Node, max int) string {
	var words []string
	more := false
	var visit func(x *html.Node) bool
	visit = func(x *html.Node) bool {
		if x.Type == html.TextNode {
			for _, w := range strings.Fields(x.Data) {
				if len(words) == max {
					more = true
					return false
				}
				words = append(words, truncateWord(w, 24))
			}
			return true
		}
		if x.Type == html.ElementNode {
			switch x.Data {
			case "script", "style", "noscript", "template":
				return true
			}
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if !visit(c) {
				return false
			}
		}
		return true
	}
	visit(n)
	s := strings.Join(words, " ")
	if more {
		s += " …"
	}
	return s
}

func truncateWord(w string, max int) string {
	if utf8.RuneCountInString(w) <= max {
		return w
	}
	i, k := 0, 0
	for i = range w {
		if k == max {
			break
		}
		k++
	}
	return w[:i] + "…"
}
