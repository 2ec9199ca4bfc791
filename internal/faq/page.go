package faq

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/jsonld"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxQuestionLen bounds the text of an element that can be a question,
// in bytes; longer elements are containers or paragraphs.
const maxQuestionLen = 400

// page indexes one document for FAQ detection: document order, ids, and
// the candidate elements each detector starts from, all gathered in one
// walk.
type page struct {
	pos map[*html.Node]int // document order of every node; see position
	ids map[string]*html.Node
	// body is the <body> element, or the document when there is none.
	body *html.Node

	faqHeadings []*html.Node // headings titled FAQ, "Häufige Fragen"...
	faqBoxes    []*html.Node // containers whose class/id says faq
	structural  []*html.Node // dt, details, accordion toggles ending in "?"
	mdQuestions []*html.Node // microdata / RDFa Question items

	ldScripts []string // the JSON-LD scripts, in document order
	title     string   // the document's <title>, as letters (see letters)

	root    *html.Node          // the document, for position
	covered map[*html.Node]bool // roots of FAQ sections found so far
	short   map[*html.Node]string
}

func newPage(doc *html.Node) *page {
	p := &page{
		covered: map[*html.Node]bool{},
		body:    doc,
	}
	p.root = doc
	if t := dom.Find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Title }); t != nil {
		p.title = dom.LetterKey(dom.Text(t))
	}
	dom.Walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if opaque(n) {
			// The walk does not enter these, and JSON-LD lives in them
			// (in scripts, or under <head>): collected here, it costs no
			// walk of its own.
			p.ldScripts = jsonld.AppendScripts(p.ldScripts, n)
			return false
		}
		switch n.DataAtom {
		case atom.Body:
			p.body = n
		}
		// Most elements carry none of the attributes the tests below
		// read: one pass over the attributes says which tests can
		// succeed, instead of a scan per test.
		has := attrsOf(n)
		if (dom.IsHeading(n) || has&hasRole != 0) && headingLevel(n) > 0 {
			if vocab.FAQTitle(dom.Text(n)) {
				p.faqHeadings = append(p.faqHeadings, n)
			}
		} else if has&hasFAQName != 0 && isFAQClass(n) {
			p.faqBoxes = append(p.faqBoxes, n)
		}
		if has&hasItemType != 0 && itemType(n) == "Question" {
			p.mdQuestions = append(p.mdQuestions, n)
		}
		switch {
		case n.DataAtom == atom.Dt, n.DataAtom == atom.Details:
			if endsWithQuestionMark(p.questionText(n)) {
				p.structural = append(p.structural, n)
			}
		case has&hasToggle != 0 && isToggle(n):
			if t := dom.Text(n); len(t) <= maxQuestionLen && endsWithQuestionMark(cleanQuestion(t)) {
				p.structural = append(p.structural, n)
			}
		}
		return true
	})
	return p
}

// Attribute flags of attrsOf.
const (
	hasRole     = 1 << iota // role: ARIA headings
	hasFAQName              // class or id holding the letters "faq"
	hasItemType             // itemtype or typeof
	hasToggle               // aria-expanded or aria-controls
)

// attrsOf returns which of the attributes newPage's tests depend on n
// has; a test whose attribute is missing cannot succeed.
func attrsOf(n *html.Node) int {
	has := 0
	for i := range n.Attr {
		switch a := &n.Attr[i]; a.Key {
		case "role":
			has |= hasRole
		case "class", "id":
			if hasFAQLetters(a.Val) {
				has |= hasFAQName
			}
		case "itemtype", "typeof":
			has |= hasItemType
		case "aria-expanded", "aria-controls":
			has |= hasToggle
		}
	}
	return has
}

// opaque reports the elements whose content the index skips: it is not
// visible text.
func opaque(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Head:
		return true
	}
	return false
}

// position returns n's document order among the nodes outside opaque
// elements (those elements included), 0 for nodes inside them. The index
// is built on first use: most pages have no FAQ and never need it, and a
// map entry per node is the costliest part of indexing a page.
func (p *page) position(n *html.Node) int {
	if p.pos == nil {
		p.pos = map[*html.Node]int{}
		i := 0
		dom.Walk(p.root, func(c *html.Node) bool {
			i++
			p.pos[c] = i
			return c.Type != html.ElementNode || !opaque(c)
		})
	}
	return p.pos[n]
}

// headingLevel returns 1..6 for h1..h6 and ARIA headings, 0 otherwise.
func headingLevel(n *html.Node) int {
	if n.Type != html.ElementNode {
		return 0
	}
	switch n.DataAtom {
	case atom.H1:
		return 1
	case atom.H2:
		return 2
	case atom.H3:
		return 3
	case atom.H4:
		return 4
	case atom.H5:
		return 5
	case atom.H6:
		return 6
	}
	if dom.Attr(n, "role") == "heading" {
		if l := dom.Attr(n, "aria-level"); len(l) == 1 && l[0] >= '1' && l[0] <= '6' {
			return int(l[0] - '0')
		}
		return 2
	}
	return 0
}

// isToggle reports whether n is an accordion toggle: a control that
// shows or hides a panel.
func isToggle(n *html.Node) bool {
	if !dom.HasAttr(n, "aria-expanded") && !dom.HasAttr(n, "aria-controls") {
		return false
	}
	switch n.DataAtom {
	case atom.Button, atom.A, atom.Div, atom.Span, atom.Summary, atom.Dt, atom.P, atom.Label:
		return true
	}
	return dom.Attr(n, "role") == "button" || headingLevel(n) > 0
}

// questionText returns the question an element stands for: the summary
// of a <details>, else the element's own text, without expand/collapse
// glyphs.
func (p *page) questionText(n *html.Node) string {
	if n.DataAtom == atom.Details {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if dom.IsElement(c, atom.Summary) {
				return cleanQuestion(dom.Text(c))
			}
		}
		return ""
	}
	return cleanQuestion(dom.Text(n))
}

// cleanQuestion trims the glyphs accordion widgets put around a question
// ("+", "›", "▼") and collapses whitespace.
func cleanQuestion(s string) string {
	s = dom.CollapseSpace(s)
	return strings.TrimFunc(s, func(r rune) bool {
		switch r {
		case '+', '-', '−', '–', '—', '×', '›', '»', '▼', '▲', '▸', '▾', '►', '⌄', '˅', '∨', ' ':
			return true
		}
		return false
	})
}

// byID returns the first element with the id, indexing the ids on first
// use: only pages with accordion toggles ask.
func (p *page) byID(id string) *html.Node {
	if p.ids == nil {
		p.ids = map[string]*html.Node{}
		dom.Walk(p.root, func(n *html.Node) bool {
			if n.Type != html.ElementNode || opaque(n) {
				return n.Type != html.ElementNode
			}
			if v := dom.Attr(n, "id"); v != "" {
				if _, dup := p.ids[v]; !dup {
					p.ids[v] = n
				}
			}
			return true
		})
	}
	return p.ids[id]
}

// panelOf returns the element an accordion toggle in or at n controls,
// when it lies outside n.
func (p *page) panelOf(n *html.Node) *html.Node {
	var panel *html.Node
	dom.Walk(n, func(c *html.Node) bool {
		if panel != nil || c.Type != html.ElementNode {
			return false
		}
		for _, id := range strings.Fields(dom.Attr(c, "aria-controls")) {
			el := p.byID(id)
			if el != nil && !contains(el, n) && !contains(n, el) {
				panel = el
				return false
			}
		}
		return true
	})
	return panel
}

// contains reports whether n is a or an ancestor of a.
func contains(n, a *html.Node) bool {
	for ; a != nil; a = a.Parent {
		if a == n {
			return true
		}
	}
	return false
}

// isCovered reports whether n lies in an FAQ section already found.
func (p *page) isCovered(n *html.Node) bool {
	for a := n; a != nil; a = a.Parent {
		if p.covered[a] {
			return true
		}
	}
	return false
}

// shortText returns n's collapsed text when it is at most
// maxQuestionLen bytes, else "". Texts are computed for the whole body
// in one bottom-up pass on first use.
func (p *page) shortText(n *html.Node) string {
	if p.short == nil {
		p.short = map[*html.Node]string{}
		p.fillShort(p.body)
	}
	return p.short[n]
}

// fillShort returns n's raw text and whether it stayed within the bound,
// recording the collapsed text of every short element.
func (p *page) fillShort(n *html.Node) (string, bool) {
	switch n.Type {
	case html.TextNode:
		return n.Data, len(n.Data) <= 4*maxQuestionLen
	case html.ElementNode, html.DocumentNode:
	default:
		return "", true
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript:
		return "", true
	case atom.Br:
		return " ", true
	}
	var b strings.Builder
	ok := true
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		s, cok := p.fillShort(c)
		if !cok {
			ok = false
		}
		if ok {
			b.WriteString(s)
		}
	}
	if !ok {
		return "", false
	}
	if isBlock(n.DataAtom) {
		b.WriteByte(' ')
	}
	raw := b.String()
	if len(raw) > 4*maxQuestionLen {
		return "", false
	}
	t := dom.CollapseSpace(raw)
	if len(t) > maxQuestionLen {
		return "", false
	}
	if t != "" && n.Type == html.ElementNode {
		p.short[n] = t
	}
	return raw, true
}
