// Package dom holds small helpers over golang.org/x/net/html nodes that
// every stage needs: attribute lookup, text content, class/id words and
// tree surgery. They walk nodes directly; no selectors in hot paths.
package dom

import (
	"strings"
	"sync"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Attr returns the value of attribute key on n, or "".
func Attr(n *html.Node, key string) string {
	for i := range n.Attr {
		if n.Attr[i].Key == key && n.Attr[i].Namespace == "" {
			return n.Attr[i].Val
		}
	}
	return ""
}

// HasAttr reports whether n carries attribute key.
func HasAttr(n *html.Node, key string) bool {
	for i := range n.Attr {
		if n.Attr[i].Key == key && n.Attr[i].Namespace == "" {
			return true
		}
	}
	return false
}

// IsElement reports whether n is an element with atom a.
func IsElement(n *html.Node, a atom.Atom) bool {
	return n != nil && n.Type == html.ElementNode && n.DataAtom == a
}

// Text returns the text content of n with runs of whitespace collapsed to
// one space and the ends trimmed. Script, style and template content is
// skipped.
func Text(n *html.Node) string {
	// Stages call Text on most elements of a page, so the raw text goes
	// through a pooled buffer: the collapsed string is the only allocation.
	bp := textBufs.Get().(*[]byte)
	raw := appendText((*bp)[:0], n)
	out := collapse(raw)
	if cap(raw) <= maxPooledText {
		*bp = raw
		textBufs.Put(bp)
	}
	return out
}

// maxPooledText keeps one huge page from pinning its text in the pool.
const maxPooledText = 256 << 10

var textBufs = sync.Pool{New: func() any { b := make([]byte, 0, 4096); return &b }}

// RawText returns the concatenated text content of n, whitespace kept.
func RawText(n *html.Node) string {
	return string(appendText(nil, n))
}

// RawChildText joins the text children of n, unparsed: the markup the
// parser keeps as raw text inside a <noscript> or <script>.
func RawChildText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func appendText(b []byte, n *html.Node) []byte {
	switch n.Type {
	case html.TextNode:
		return append(b, n.Data...)
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			return b
		case atom.Br:
			return append(b, '\n')
		}
	case html.CommentNode:
		return b
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b = appendText(b, c)
	}
	if n.Type == html.ElementNode && isBlockAtom(n.DataAtom) {
		b = append(b, ' ')
	}
	return b
}

func isBlockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Td, atom.Th, atom.Tr, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Section, atom.Article,
		atom.Dt, atom.Dd, atom.Blockquote, atom.Figcaption, atom.Header, atom.Footer:
		return true
	}
	return false
}

// Words returns the lower-cased words of n's class and id attributes,
// split on anything that is not a letter or digit, so "article__body",
// "articleBody" style names give "article", "body". CamelCase is split
// as well.
func Words(n *html.Node) []string {
	var out []string
	for i := range n.Attr {
		k := n.Attr[i].Key
		if k != "class" && k != "id" {
			continue
		}
		if out == nil {
			// One allocation covers the usual few words instead of the
			// 1, 2, 4, 8 growth of appending to nil.
			out = make([]string, 0, 8)
		}
		out = SplitWords(out, n.Attr[i].Val)
	}
	return out
}

// AnyWord reports whether match is true for one of n's class/id words (as
// Words gives them), stopping at the first; for a test it saves building
// the slice.
func AnyWord(n *html.Node, match func(w string) bool) bool {
	for i := range n.Attr {
		k := n.Attr[i].Key
		if (k == "class" || k == "id") && eachWord(n.Attr[i].Val, match) {
			return true
		}
	}
	return false
}

// SplitWords appends the lower-cased words of an identifier-ish string s
// to dst: separators are non-alphanumerics and lower→upper case changes.
func SplitWords(dst []string, s string) []string {
	eachWord(s, func(w string) bool {
		dst = append(dst, w)
		return false
	})
	return dst
}

// eachWord calls fn with each lower-cased word of s, as SplitWords splits
// them, until fn returns true; it reports whether one did.
func eachWord(s string, fn func(string) bool) bool {
	start := -1
	var prevLower bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		alnum := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
		if !alnum {
			if start >= 0 && fn(strings.ToLower(s[start:i])) {
				return true
			}
			start = -1
			prevLower = false
			continue
		}
		upper := c >= 'A' && c <= 'Z'
		if start >= 0 && upper && prevLower {
			if fn(strings.ToLower(s[start:i])) {
				return true
			}
			start = -1
		}
		if start < 0 {
			start = i
		}
		prevLower = c >= 'a' && c <= 'z'
	}
	return start >= 0 && fn(strings.ToLower(s[start:]))
}

// NextField returns the first space-separated field of s and the rest,
// without allocating as strings.Fields does: class attributes are read
// token by token on every element.
func NextField(s string) (field, rest string) {
	i := 0
	for i < len(s) && isFieldSpace(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isFieldSpace(s[j]) {
		j++
	}
	return s[i:j], s[j:]
}

func isFieldSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// ContainsFold reports whether s contains needle, ignoring ASCII case;
// needle is lower-case. It spares lower-casing a whole text to look
// for a short ASCII word in it.
func ContainsFold(s, needle string) bool {
	if len(needle) == 0 {
		return true
	}
	first := needle[0]
	for i := 0; i+len(needle) <= len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != first {
			continue
		}
		j := 1
		for ; j < len(needle); j++ {
			d := s[i+j]
			if d >= 'A' && d <= 'Z' {
				d += 'a' - 'A'
			}
			if d != needle[j] {
				break
			}
		}
		if j == len(needle) {
			return true
		}
	}
	return false
}

// Walk calls fn for n and every descendant in document order. When fn
// returns false the children of that node are skipped. Children are read
// before descending, so fn may detach the node it is given.
func Walk(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		Walk(c, fn)
		c = next
	}
}

// Find returns the first element in n's subtree (n included) for which
// match is true, or nil.
func Find(n *html.Node, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	Walk(n, func(c *html.Node) bool {
		if found != nil {
			return false
		}
		if c.Type == html.ElementNode && match(c) {
			found = c
			return false
		}
		return true
	})
	return found
}

// Ancestor returns the nearest proper ancestor of n for which match is
// true, or nil.
func Ancestor(n *html.Node, match func(*html.Node) bool) *html.Node {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && match(p) {
			return p
		}
	}
	return nil
}
