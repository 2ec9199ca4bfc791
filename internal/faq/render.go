package faq

import (
	"regexp"
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// renderer turns answer markup into plain text: one paragraph per block
// element, list items one per line, whitespace collapsed inside a
// paragraph.
type renderer struct {
	paras []string
	cur   strings.Builder
}

func (r *renderer) flush() {
	if s := dom.CollapseSpace(r.cur.String()); s != "" {
		r.paras = append(r.paras, s)
	}
	r.cur.Reset()
}

func (r *renderer) text() string {
	r.flush()
	return strings.Join(r.paras, "\n\n")
}

// renderNodes renders a sequence of sibling-level nodes as one answer.
func renderNodes(nodes []*html.Node) string {
	var r renderer
	for _, n := range nodes {
		r.node(n)
	}
	return r.text()
}

// skipInAnswer reports whether an element never contributes answer text:
// scripts, controls ("Was this helpful? Yes / No") and embedded boxes.
func skipInAnswer(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Button,
		atom.Form, atom.Input, atom.Select, atom.Textarea, atom.Svg, atom.Iframe,
		atom.Object, atom.Embed, atom.Nav:
		return true
	}
	return dom.AnyWord(n, vocab.FAQBreakWord) && !isFAQClass(n)
}

func (r *renderer) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		r.cur.WriteString(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		r.children(n)
		return
	default:
		return
	}
	if skipInAnswer(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		r.cur.WriteByte(' ')
		return
	case atom.Img:
		return
	case atom.Ul, atom.Ol:
		r.flush()
		if lines := listLines(n); len(lines) > 0 {
			r.paras = append(r.paras, strings.Join(lines, "\n"))
		}
		return
	case atom.Tr:
		r.flush()
		var cells []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && (c.DataAtom == atom.Td || c.DataAtom == atom.Th) {
				cells = append(cells, renderNodes([]*html.Node{c}))
			}
		}
		if s := strings.Join(cells, " | "); strings.Trim(s, " |") != "" {
			r.paras = append(r.paras, s)
		}
		return
	}
	if isBlock(n.DataAtom) {
		r.flush()
		r.children(n)
		r.flush()
		return
	}
	r.children(n)
}

func (r *renderer) children(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c)
	}
}

// listLines returns the items of a list, one line each; a nested list
// adds its items as further lines.
func listLines(list *html.Node) []string {
	var lines []string
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			if s := dom.CollapseSpace(c.Data); s != "" {
				lines = append(lines, s)
			}
			continue
		}
		if c.Type != html.ElementNode || skipInAnswer(c) {
			continue
		}
		var r renderer
		r.children(c)
		r.flush()
		lines = append(lines, r.paras...)
	}
	return lines
}

func isBlock(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Blockquote, atom.Pre,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dl, atom.Dt,
		atom.Dd, atom.Li, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot,
		atom.Figure, atom.Figcaption, atom.Header, atom.Footer, atom.Aside,
		atom.Main, atom.Details, atom.Summary, atom.Address, atom.Hr, atom.Fieldset:
		return true
	}
	return false
}

var blankLine = regexp.MustCompile(`\n[ \t\r\f\v\x{00a0}]*\n`)

// renderHTMLString renders a JSON-LD string that may hold HTML
// ("<p>Yes.</p><ul><li>…</li></ul>"), escaped HTML ("&lt;p&gt;Yes.")
// or plain text with blank lines between paragraphs.
func renderHTMLString(s string) string {
	if !strings.Contains(s, "<") && strings.Contains(s, "&lt;") {
		s = html.UnescapeString(s)
	}
	if !strings.Contains(s, "<") {
		var paras []string
		for _, p := range blankLine.Split(html.UnescapeString(s), -1) {
			if p = dom.CollapseSpace(p); p != "" {
				paras = append(paras, p)
			}
		}
		return strings.Join(paras, "\n\n")
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(s), ctx)
	if err != nil {
		return dom.CollapseSpace(s)
	}
	return renderNodes(nodes)
}
