package meta

import (
	"strings"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The visible-markup pass asks of almost every element "is your text a
// short line, and what does it say?". Rebuilding each element's text from
// its subtree would copy a paragraph once per enclosing element, so the
// walk builds the texts bottom-up instead: an element's text is joined
// from its children's, and once it is longer than textCap only its first
// words are kept, which is all the byline and date tests look at.

// textCap is the longest collapsed text the line tests read in full.
const textCap = 200

// runCap bounds how much of one text node is collapsed: a longer node
// gives an element whose text is long anyway, and its first words are
// enough for the lead.
const runCap = 4 * textCap

// span is an element's text as the line tests need it.
type span struct {
	// text is the collapsed text, or when long a prefix of it at least
	// leadCap bytes long.
	text string
	long bool // the collapsed text is longer than textCap
	// nodes counts the nodes under the element: a line with a lot of
	// markup (icons, share buttons) is a widget, not a byline or date.
	nodes int
}

// leadCap is the least a long element's text prefix holds: enough for a
// byline word or a leading date with its time.
const leadCap = 96

// short returns the text when it is at most max bytes long.
func (s span) short(max int) (string, bool) {
	if s.long || len(s.text) > max || s.nodes > 4*max {
		return "", false
	}
	return s.text, true
}

// spanBuilder joins the parts of one element's text in an arena shared
// with the builders of its ancestors and descendants: a builder only
// appends after its children are finished, so the regions stack.
type spanBuilder struct {
	arena  *[]byte
	start  int
	parts  int
	single string // the only part so far, when parts == 1
	long   bool
	run    string // text nodes not yet separated by an element boundary
	// runBuf holds the run instead when it is several text nodes (split
	// by comments or scripts): joining them with += copied the run once
	// per node, quadratic in a paragraph of many.
	runBuf []byte
	nodes  int
}

func newSpanBuilder(arena *[]byte) spanBuilder {
	return spanBuilder{arena: arena, start: len(*arena), nodes: 1}
}

// text adds a text node. Nodes separated only by comments or scripts
// join without a space, as they render.
func (b *spanBuilder) text(s string) {
	b.nodes++
	if b.long {
		return
	}
	switch {
	case s == "":
	case len(b.runBuf) > 0:
		b.runBuf = append(b.runBuf, s...)
	case b.run == "":
		b.run = s
	default:
		b.runBuf = append(append(b.runBuf, b.run...), s...)
		b.run = ""
	}
}

// child adds the text of a child element c whose own text is s.
func (b *spanBuilder) child(c *html.Node, s span) {
	b.nodes += max(s.nodes, 1)
	switch c.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript:
		return
	}
	b.boundary()
	if c.DataAtom != atom.Br {
		b.part(s.text, s.long)
	}
}

// boundary ends the current run of text nodes.
func (b *spanBuilder) boundary() {
	r := b.run
	if len(b.runBuf) > 0 {
		r = string(b.runBuf)
		b.runBuf = b.runBuf[:0]
	}
	b.run = ""
	if r == "" || b.long {
		return
	}
	if len(r) > runCap {
		cut := runCap
		for cut > 0 && !utf8.RuneStart(r[cut]) {
			cut--
		}
		if p := dom.CollapseSpace(r[:cut]); len(p) > textCap {
			b.part(p, true)
			return
		}
	}
	b.part(collapseRun(r), false)
}

// collapseRun is dom.CollapseSpace for a run of text nodes. Most runs are
// indentation between tags or a phrase with a line break around it; with
// the outer ASCII space cut off first those need no new string.
func collapseRun(s string) string {
	i, j := 0, len(s)
	for i < j && isASCIISpace(s[i]) {
		i++
	}
	for j > i && isASCIISpace(s[j-1]) {
		j--
	}
	if i == j {
		return ""
	}
	return dom.CollapseSpace(s[i:j])
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v'
}

func (b *spanBuilder) part(s string, long bool) {
	if b.long || (s == "" && !long) {
		return
	}
	b.parts++
	a := *b.arena
	switch b.parts {
	case 1:
		b.single = s
		if long || len(s) > textCap {
			b.long = true
		}
		return
	case 2:
		a = append(a, b.single...)
	}
	a = append(a, ' ')
	a = append(a, s...)
	*b.arena = a
	if long || len(a)-b.start > textCap {
		b.long = true
	}
}

// done returns the element's text and frees its part of the arena.
func (b *spanBuilder) done() span {
	b.boundary()
	switch b.parts {
	case 0:
		return span{nodes: b.nodes}
	case 1:
		return span{text: b.single, long: b.long, nodes: b.nodes}
	}
	s := span{text: string((*b.arena)[b.start:]), long: b.long, nodes: b.nodes}
	*b.arena = (*b.arena)[:b.start]
	return s
}

// spanOf computes n's text outside the main walk, for the few elements
// a test looks at out of order (a label's siblings, a <time>'s parent).
// Its only use is short(max) with max <= textCap, false past 4*textCap
// nodes, so it stops counting there: asked of the parent of each of
// thousands of <time>s, reading the whole parent was quadratic.
func spanOf(n *html.Node) span {
	var arena []byte
	return textSpan(n, &arena, 4*textCap)
}

// textSpan builds n's span. It stops reading once the text is long,
// when the rest can change neither the span's text nor its use, and,
// when maxNodes > 0, once it has counted more than maxNodes nodes.
func textSpan(n *html.Node, arena *[]byte, maxNodes int) span {
	if n.Type == html.TextNode {
		return span{text: collapseRun(n.Data), long: len(n.Data) > runCap}
	}
	b := newSpanBuilder(arena)
	for c := n.FirstChild; c != nil && !b.long && (maxNodes <= 0 || b.nodes <= maxNodes); c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			b.text(c.Data)
		case html.CommentNode:
			b.nodes++
		case html.ElementNode:
			if b.long {
				continue
			}
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Br:
				b.child(c, span{})
			default:
				b.child(c, textSpan(c, arena, maxNodes))
			}
		}
	}
	return b.done()
}

// shortText returns n's collapsed text when it is at most max bytes,
// else "" and false.
func shortText(n *html.Node, max int) (string, bool) {
	if max <= textCap {
		return spanOf(n).short(max)
	}
	return boundedText(n, max, false, false)
}

// lineText is shortText that keeps the line breaks of <br> as "\n":
// a byline's second line is usually a place or a role.
func lineText(n *html.Node, max int) (string, bool) {
	return boundedText(n, max, true, false)
}

// headingText is a heading's text as it reads: inline elements join
// their neighbours without a space ("Story Of <em>Metroid</em>, One").
func headingText(n *html.Node, max int) (string, bool) {
	return boundedText(n, max, false, true)
}

// boundedText builds n's text, giving up as soon as it grows past max:
// the long texts the byline tests meet are never copied in full.
func boundedText(n *html.Node, max int, lines, joinInline bool) (string, bool) {
	var b strings.Builder
	ok := true
	// size counts bytes as collapse would keep them: whitespace runs as one.
	size, inSpace := 0, true
	// visits bounds the walk over text-less subtrees (empty wrappers).
	visits := 0
	var rec func(*html.Node)
	rec = func(c *html.Node) {
		if !ok {
			return
		}
		if visits++; visits > 4*max {
			ok = false
			return
		}
		switch c.Type {
		case html.TextNode:
			for i := 0; i < len(c.Data); i++ {
				switch c.Data[i] {
				case ' ', '\n', '\t', '\r', '\f':
					if !inSpace {
						size++
					}
					inSpace = true
				default:
					size++
					inSpace = false
				}
				if size > max+1 {
					ok = false
					return
				}
			}
			if lines && strings.IndexByte(c.Data, '\n') >= 0 {
				// Lines are those the reader sees: source line breaks
				// are spaces.
				b.WriteString(strings.ReplaceAll(c.Data, "\n", " "))
				return
			}
			b.WriteString(c.Data)
			return
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				return
			case atom.Br:
				b.WriteByte('\n')
				return
			}
		case html.CommentNode:
			return
		}
		// Element boundaries separate words ("Von<a>Name</a>Follow"); a
		// name is never split across inline elements in practice. Blocks
		// start a new line.
		sep := byte(' ')
		if lines && c.Type == html.ElementNode && breaksLine(c) {
			sep = '\n'
		}
		mark := c.Type == html.ElementNode && c != n && !(joinInline && dom.IsInline(c))
		if mark {
			b.WriteByte(sep)
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			rec(k)
		}
		if mark {
			b.WriteByte(sep)
		}
	}
	rec(n)
	if !ok {
		return "", false
	}
	var t string
	if lines {
		t = collapseLines(b.String())
	} else {
		t = collapse(b.String())
	}
	if len(t) > max {
		return "", false
	}
	return t, true
}

// findLimited is dom.Find that gives up after visiting limit nodes.
func findLimited(n *html.Node, limit int, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	seen := 0
	dom.Walk(n, func(c *html.Node) bool {
		seen++
		if found != nil || seen > limit {
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

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}

// sameDay reports whether two ISO dates fall on the same calendar day as
// written.
func sameDay(a, b string) bool {
	return len(a) >= 10 && len(b) >= 10 && a[:10] == b[:10]
}
