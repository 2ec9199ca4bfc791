package clean

import (
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleThreadAfter = rules.Register(rules.Clean, "comments-after-article",
	"a comment thread set after the headline and the article's prose stays out however long it runs")

// threadAfterArticle reports a region named as comments that the
// large-region rule would keep for its size, set after the article: the
// headline stands before it, outside it, with an article's worth of
// prose between the two. A long thread under a short post outweighs the
// post, and it is the thread's size that made it look like content; a
// wrapper misnamed "comments" around the article itself holds the
// article's prose, so none lies between the headline and it.
func (c *cleaner) threadAfterArticle(n *html.Node) bool {
	h := c.head
	if h == nil || h.Parent == nil || n == h || isInside(h, n) {
		return false
	}
	return c.proseBetween(h, n) >= minPostProse
}

// proseBetween is the unlinked text (non-space bytes) set after the
// element from and before the element to in document order, or -1 when
// to does not follow from. The walk stops at to, and the amount stops
// mattering at minPostProse.
func (c *cleaner) proseBetween(from, to *html.Node) int {
	counting, done := false, false
	total := 0
	var visit func(n *html.Node, linked bool)
	visit = func(n *html.Node, linked bool) {
		for ch := n.FirstChild; ch != nil && !done; ch = ch.NextSibling {
			switch {
			case ch == to:
				done = true
				if !counting {
					total = -1
				}
				return
			case ch == from:
				counting = true
				continue
			case ch.Type == html.TextNode:
				if counting && !linked {
					total += textLen(ch.Data)
					done = total >= minPostProse
				}
			case ch.Type == html.ElementNode:
				switch ch.DataAtom {
				case atom.Script, atom.Style, atom.Template, atom.Noscript:
					continue
				}
				visit(ch, linked || ch.DataAtom == atom.A)
			}
		}
	}
	root := from
	for root.Parent != nil {
		root = root.Parent
	}
	visit(root, false)
	if !done && !counting {
		return -1
	}
	return total
}

// minPostProse is the unlinked text (non-space bytes) of the shortest
// post a thread follows: a quotation and a line about it.
const minPostProse = 100

// isInside reports whether n lies under a.
func isInside(n, a *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

var ruleThreadLabel = rules.Register(rules.Clean, "comment-label-thread",
	"a box reading only as a comment heading (\"Comments\", \"Have your say\") after the headline and the post, and the siblings after it: the readers' thread set as plain paragraphs")

// threadLabel reports a box set as the heading of a comment thread
// without being a heading element: its whole text is a comment heading
// ("Comments", "12 comments", "Have your say"), it links nowhere (a
// "Read all 53 comments" link is a prompt, not a label), and it stands
// after the headline with a post's worth of prose between. Old
// templates set the comments after such a label as plain paragraphs
// beside it, named as story text; the label is all that tells them
// from the post. Headings proper are left to the block builder.
func (c *cleaner) threadLabel(n *html.Node) bool {
	if c.o.Discussion != NoDiscussion || dom.IsHeading(n) || n.NextSibling == nil {
		return false
	}
	switch n.DataAtom {
	case atom.Div, atom.P, atom.Span, atom.B, atom.Strong, atom.Font:
	default:
		return false
	}
	text, ok := labelText(n)
	if !ok || !vocab.CommentLabel(text) {
		return false
	}
	h := c.head
	if h == nil || h.Parent == nil || isInside(h, n) {
		return false
	}
	return c.proseBetween(h, n) >= minPostProse
}

// dropThread removes the siblings after a thread's label, recording
// them under the label's rule.
func (c *cleaner) dropThread(label *html.Node) {
	for s := label.NextSibling; s != nil; {
		next := s.NextSibling
		if s.Type == html.ElementNode || s.Type == html.TextNode {
			if s.Type == html.ElementNode {
				c.record(s, ruleThreadLabel, "after "+dom.Describe(label))
			}
			s.Parent.RemoveChild(s)
		}
		s = next
	}
}

// maxLabel is the most text (bytes) a comment label holds.
const maxLabel = 60

// labelText returns the text of n when it reads as a label: under
// maxLabel bytes, with no link and no block inside. It is asked of every
// box of a page: the text is measured first, and the walk stops at the
// first sign that n is no label, so most boxes cost a node or two and
// nothing is built for them.
func labelText(n *html.Node) (string, bool) {
	size, ok := 0, true
	var walk func(x *html.Node)
	walk = func(x *html.Node) {
		for c := x.FirstChild; c != nil && ok; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				size += len(c.Data)
				ok = size <= 4*maxLabel
			case html.ElementNode:
				if c.DataAtom == atom.A || !dom.IsInline(c) {
					ok = false
					return
				}
				walk(c)
			}
		}
	}
	walk(n)
	if !ok || size == 0 {
		return "", false
	}
	text := dom.Text(n)
	return text, text != "" && len(text) <= maxLabel
}
