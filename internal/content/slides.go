package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// slideList reports a slideshow's captions: a run of items that each
// open with a position counter ("3/50", "3 of 50", "Bild 3 von 50")
// counting up towards one total. A gallery embedded in an article
// carries a caption per slide, and together they can outweigh the
// article; the text of a single figure is a caption of the article, a
// numbered run of fifty is a gallery of its own.
func slideList(n *html.Node) bool {
	// Every container of the selection is asked, and reading an item's
	// text is the cost: count the items first, and stop reading once
	// the items left cannot make enough counted ones.
	items := slideItems(n)
	if items < 4 {
		return false
	}
	seen, counted, last, total := 0, 0, 0, 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if !slideItem(c) {
			continue
		}
		if most := counted + items - seen; most < 4 || most*10 < items*7 {
			return false
		}
		seen++
		k, of, ok := slideCounter(firstText(c, 48))
		if !ok || k <= last || k > of || total != 0 && of != total {
			continue
		}
		counted++
		last, total = k, of
	}
	return counted >= 4 && counted*10 >= items*7
}

// slideItems counts the children of n that count as a slideshow's items.
func slideItems(n *html.Node) int {
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if slideItem(c) {
			items++
		}
	}
	return items
}

// slideItem reports the children that count as a slideshow's items.
func slideItem(c *html.Node) bool {
	if c.Type != html.ElementNode {
		return false
	}
	switch c.DataAtom {
	case atom.Li, atom.Div, atom.Figure, atom.Article, atom.Section:
		return true
	}
	return false
}

// slideCounter reads a counter at the start of s: an optional word
// ("Photo", "Bild", "Foto"), a number, "/" or a counter word, and a
// second number. It returns the two numbers.
func slideCounter(s string) (k, of int, ok bool) {
	s = strings.TrimSpace(s)
	if r, _ := utf8.DecodeRuneInString(s); unicode.IsLetter(r) {
		// A label before the number, one word of letters only.
		i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
		if i < 0 || i > 12 {
			return 0, 0, false
		}
		s = strings.TrimLeft(s[i:], " \u00a0")
	}
	k, s = leadingNumber(s)
	if k <= 0 {
		return 0, 0, false
	}
	s = strings.TrimLeft(s, " \u00a0")
	switch {
	case strings.HasPrefix(s, "/"):
		s = s[1:]
	default:
		i := strings.IndexAny(s, " \u00a0")
		if i <= 0 || !vocab.CounterWord(strings.ToLower(s[:i])) {
			return 0, 0, false
		}
		s = s[i:]
	}
	of, _ = leadingNumber(strings.TrimLeft(s, " \u00a0"))
	if of <= 1 {
		return 0, 0, false
	}
	return k, of, true
}

// leadingNumber parses up to four digits at the start of s.
func leadingNumber(s string) (int, string) {
	v, i := 0, 0
	for i < len(s) && i < 4 && s[i] >= '0' && s[i] <= '9' {
		v = v*10 + int(s[i]-'0')
		i++
	}
	if i == 0 || i < len(s) && s[i] >= '0' && s[i] <= '9' {
		return 0, s
	}
	return v, s[i:]
}

// firstText returns about max bytes of the text at the start of n,
// whitespace collapsed.
func firstText(n *html.Node, max int) string {
	var b strings.Builder
	var walk func(x *html.Node) bool
	walk = func(x *html.Node) bool {
		if x.Type == html.TextNode {
			for f := range strings.FieldsSeq(x.Data) {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(f)
				if b.Len() >= max {
					return false
				}
			}
			return true
		}
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	walk(n)
	return b.String()
}
