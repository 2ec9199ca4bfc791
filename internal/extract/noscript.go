package extract

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleNoscriptPage = rules.Register(rules.Clean, "noscript-page",
	"a page whose visible body is a script's shell (\"Loading…\") and whose text is server-rendered inside <noscript>: that markup is the page")

// Sizes of the noscript-page test, in characters of text. A noscript
// under minNoscriptRaw bytes of markup is never the page (tracking
// pixels, "enable JavaScript" notes), which keeps the test off most
// pages; one whose text is under minNoscriptText is a note, not a page.
const (
	minNoscriptRaw  = 2000
	minNoscriptText = 500
)

// unpackNoscript: script-rendered sites (forum software, single-page
// apps) serve a shell — a header, a "Loading" line — and the whole
// server-rendered page for readers without scripts inside <noscript>.
// The parser keeps noscript content as raw text, so such a page has no
// article at all. When the body outside <noscript> holds less than a
// third of the text of its largest <noscript>, that noscript's markup
// replaces it, before metadata reads the tree, so the title, the
// byline and the FAQ are read from it too.
func unpackNoscript(p *page) {
	if !p.trace.On(ruleNoscriptPage) {
		return
	}
	body := dom.Find(p.doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		return
	}
	var best *html.Node
	bestRaw := minNoscriptRaw
	dom.Walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.DataAtom != atom.Noscript {
			return true
		}
		if l := rawLen(n); l >= bestRaw {
			best, bestRaw = n, l
		}
		return false
	})
	if best == nil || best.Parent == nil {
		return
	}
	nodes := parseMarkup(dom.RawChildText(best), best.Parent)
	inside := 0
	for _, n := range nodes {
		inside += utf8.RuneCountInString(dom.Text(n))
	}
	outside := utf8.RuneCountInString(dom.Text(body))
	if inside < minNoscriptText || outside*3 > inside {
		return
	}
	for _, n := range nodes {
		best.Parent.InsertBefore(n, best)
	}
	p.trace.KeepNode(ruleNoscriptPage, best, strconv.Itoa(inside)+" characters inside, "+strconv.Itoa(outside)+" outside")
	best.Parent.RemoveChild(best)
}

// rawLen is the length of n's raw text children: the unparsed markup
// of a <noscript>.
func rawLen(n *html.Node) int {
	l := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			l += len(c.Data)
		}
	}
	return l
}

// parseMarkup parses raw markup as the content of ctx's element; nil
// when it cannot be parsed or holds no markup.
func parseMarkup(raw string, ctx *html.Node) []*html.Node {
	if !strings.Contains(raw, "<") {
		return nil
	}
	c := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	if ctx.Type == html.ElementNode && ctx.DataAtom != 0 {
		c = &html.Node{Type: html.ElementNode, Data: ctx.Data, DataAtom: ctx.DataAtom}
	}
	nodes, err := html.ParseFragment(strings.NewReader(raw), c)
	if err != nil {
		return nil
	}
	return nodes
}
