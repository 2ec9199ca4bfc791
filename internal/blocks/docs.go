package blocks

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleDefTerm = rules.Register(rules.Blocks, "definition-term",
	"a <dt> term in code or of a few words, followed by its <dd> definition, stays however linked: a reference entry names what it defines")

// flushTerm ends the paragraph of the term dt. API references list
// their properties, methods and events as <dt> terms that link to the
// member's own page ("WebSocket.send()"), each explained by the <dd>
// after it: a term is the entry's name, not a link line, and reads
// wrong without its definition's subject. A term is code or a few
// words: a list of linked headlines over blurbs set as <dl> is a rail
// of teasers.
func (b *builder) flushTerm(dt *html.Node) {
	if len(b.spans) == 0 || !b.on(ruleDefTerm) || !term(b.spans) || !defined(dt) {
		b.flush()
		return
	}
	if b.on(ruleLinkLine) && linkDensity(b.spans) > b.o.MaxLinkDensity {
		b.o.Trace.KeepNode(ruleDefTerm, dt, "would be "+ruleLinkLine)
	}
	max := b.o.MaxLinkDensity
	b.o.MaxLinkDensity = 2 // no share of linked text is over it
	b.flush()
	b.o.MaxLinkDensity = max
}

// term reports spans that name an entry: code, or at most three words.
func term(spans []article.Span) bool {
	words := 0
	for _, s := range spans {
		if s.Code && strings.TrimSpace(s.Text) != "" {
			return true
		}
		words += len(strings.Fields(s.Text))
	}
	return words <= 3
}

// defined reports whether a definition with text follows dt.
func defined(dt *html.Node) bool {
	for s := dt.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		budget := 64
		return s.DataAtom == atom.Dd && hasText(s, &budget)
	}
	return false
}

var ruleCodeLines = rules.Register(rules.Blocks, "code-lines",
	"a code block minified to one line, its lines set as boxes or as alike spans (<span class=line>), keeps a line break between them")

// codeText is the text of the code block pre. Highlighters set each
// line of code in an element of its own (Shiki's <span class="line">,
// a <div> per line) and, minified, drop the line breaks between them:
// read as text, "npm create vite@latest my-project" and "cd my-project"
// run together. When the block holds no line break at all, a block
// element, or each of a run of alike elements, ends a line.
func (b *builder) codeText(pre *html.Node) string {
	text := dom.RawText(pre)
	if strings.Contains(text, "\n") || !b.o.Trace.On(ruleCodeLines) {
		return text
	}
	var out strings.Builder
	codeLines(&out, pre)
	if got := out.String(); strings.Contains(strings.Trim(got, "\n"), "\n") {
		b.o.Trace.KeepNode(ruleCodeLines, pre, "")
		return got
	}
	return text
}

func codeLines(out *strings.Builder, n *html.Node) {
	switch n.Type {
	case html.TextNode:
		out.WriteString(n.Data)
		return
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			return
		case atom.Br:
			out.WriteByte('\n')
			return
		}
	default:
		return
	}
	run := lineRun(n)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		codeLines(out, c)
		if c.Type == html.ElementNode && (run || !dom.IsInline(c)) && !strings.HasSuffix(out.String(), "\n") {
			out.WriteByte('\n')
		}
	}
}

// lineRun reports an element whose children are two or more alike
// elements (same tag and first class) with no text between them: the
// lines of a highlighted block.
func lineRun(n *html.Node) bool {
	var first *html.Node
	count := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if strings.TrimSpace(c.Data) != "" {
				return false
			}
		case html.ElementNode:
			if first == nil {
				first = c
			} else if c.Data != first.Data || firstClass(c) != firstClass(first) {
				return false
			}
			count++
		}
	}
	return count >= 2 && firstClass(first) != ""
}

// firstClass is the first class name of n: a highlighted line adds its
// own after the one all lines share ("line highlighted").
func firstClass(n *html.Node) string {
	c, _ := dom.NextField(dom.Attr(n, "class"))
	return c
}
