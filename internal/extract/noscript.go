package extract

import (
	"fmt"
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
	// A body with less visible text than maxShellText bytes (a header, a
	// "Loading" line) and scripts is a script's shell; a script of
	// minScriptCode bytes inline, or one loaded by src, is code.
	maxShellText  = 200
	minScriptCode = 1000
)

// shell is what the noscript stage saw of the page as served: what a
// reader without scripts gets, and whether scripts render the rest.
type shell struct {
	body     *html.Node
	noscript *html.Node // the largest <noscript> in the body, if large
	scripts  int        // <script> elements that load or hold code
	visible  int        // bytes of text in the body outside scripts and noscript
}

// survey walks the page once for the shell's measures.
func survey(doc *html.Node) shell {
	var sh shell
	largest := minNoscriptRaw
	var walk func(n *html.Node, inBody bool)
	walk = func(n *html.Node, inBody bool) {
		switch n.Type {
		case html.TextNode:
			if inBody {
				sh.visible += len(strings.TrimSpace(n.Data))
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Body:
				sh.body, inBody = n, true
			case atom.Script:
				if dom.HasAttr(n, "src") || rawLen(n) >= minScriptCode {
					sh.scripts++
				}
				return
			case atom.Noscript:
				if l := rawLen(n); inBody && l >= largest {
					sh.noscript, largest = n, l
				}
				return
			case atom.Style, atom.Template:
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inBody)
		}
	}
	walk(doc, false)
	return sh
}

// unpackNoscript: script-rendered sites (forum software, single-page
// apps) serve a shell — a header, a "Loading" line — and the whole
// server-rendered page for readers without scripts inside <noscript>.
// The parser keeps noscript content as raw text, so such a page has no
// article at all. When the body outside <noscript> holds less than a
// third of the text of its largest <noscript>, that noscript's markup
// replaces it, before metadata reads the tree, so the title, the
// byline and the FAQ are read from it too.
func unpackNoscript(p *page) {
	p.shell = survey(p.doc)
	best := p.shell.noscript
	if best == nil || best.Parent == nil || !p.trace.On(ruleNoscriptPage) {
		return
	}
	nodes := parseMarkup(dom.RawChildText(best), best.Parent)
	inside := 0
	for _, n := range nodes {
		inside += utf8.RuneCountInString(dom.Text(n))
	}
	outside := utf8.RuneCountInString(dom.Text(p.shell.body))
	if inside < minNoscriptText || outside*3 > inside {
		return
	}
	for _, n := range nodes {
		best.Parent.InsertBefore(n, best)
	}
	p.trace.KeepNode(ruleNoscriptPage, best, strconv.Itoa(inside)+" characters inside, "+strconv.Itoa(outside)+" outside")
	best.Parent.RemoveChild(best)
	p.shell.visible += inside
}

// The no-article errors whose reason is known: a page whose body shows
// no text at all (saved without what its scripts fetched, or a blank
// template), and a script's shell, whose body shows almost no text and
// whose scripts would render the rest, which pith does not run.
var (
	errEmptyBody = fmt.Errorf("%w: the page's body has no text", ErrNoArticle)
	errScripted  = fmt.Errorf("%w: page is rendered by JavaScript", ErrNoArticle)
)

// noArticle returns the error for a page with no article, with its
// reason when one is known.
func (p *page) noArticle() error {
	switch {
	case p.shell.body == nil:
	case p.shell.scripts > 0 && p.shell.visible < maxShellText:
		return errScripted
	case p.shell.visible == 0:
		return errEmptyBody
	}
	return ErrNoArticle
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
