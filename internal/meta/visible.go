package meta

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// visibleOf walks the page once and collects its visible candidates:
// the headings, the elements that may name the authors (bylines.go) and
// the date lines (datelines.go), each at its position in document order.
func visibleOf(pg *page, monthFirst bool, trace *rules.Trace, parts []string) *visible {
	doc := pg.doc
	w := &visitor{v: &visible{monthFirst: monthFirst, trace: trace, parts: parts, shown: make([]bool, len(parts))}, monthFirst: monthFirst, keep: map[*html.Node]bool{}}
	for _, p := range parts {
		w.v.folded = append(w.v.folded, dom.LetterKey(p))
	}
	// Layout containers sometimes carry words like "sidebar" for the
	// whole page; a region that holds a headline is never skipped.
	for _, h := range pg.h1s {
		for p := h; p != nil && !w.keep[p]; p = p.Parent {
			w.keep[p] = true
		}
	}
	w.visit(doc, false)
	// Elements are tested after their children, whose texts theirs is
	// built from; candidates are wanted in document order.
	for _, cs := range [][]cand{w.v.dates, w.v.updates, w.v.loose} {
		sort.SliceStable(cs, func(i, j int) bool { return cs[i].pos < cs[j].pos })
	}
	if trace.On(dateTableColumn) {
		w.v.loose = withoutTableColumns(w.v.loose)
	}
	if trace.On(dateUpdatePart) {
		markUpdateParts(w.v.loose, w.v.updates)
	}
	w.v.sortBylines()
	return w.v
}

// withoutTableColumns leaves out the unlabelled dates that sit in a
// column of a data table: a column of "1/1/2013, 2/1/2013, …" is a time
// series, and its first cell is no date line even when it comes right
// under the headline. A column counts when three or more of its cells
// hold a date, each in a row of two cells or more (layout tables stack
// one cell a row, and rarely a date in the same column three times).
func withoutTableColumns(loose []cand) []cand {
	type column struct {
		table *html.Node
		index int
	}
	columnOf := func(c cand) (column, bool) {
		row := c.node.Parent
		if c.node.DataAtom != atom.Td && c.node.DataAtom != atom.Th || row == nil || row.DataAtom != atom.Tr {
			return column{}, false
		}
		i, n := 0, 0
		for s := row.FirstChild; s != nil; s = s.NextSibling {
			if s.DataAtom == atom.Td || s.DataAtom == atom.Th {
				if s == c.node {
					i = n
				}
				n++
			}
		}
		if n < 2 {
			return column{}, false
		}
		for p := row.Parent; p != nil; p = p.Parent {
			if p.DataAtom == atom.Table {
				return column{p, i}, true
			}
		}
		return column{}, false
	}
	var counts map[column]int
	for _, c := range loose {
		if col, ok := columnOf(c); ok {
			if counts == nil {
				counts = map[column]int{}
			}
			counts[col]++
		}
	}
	if counts == nil {
		return loose
	}
	out := loose[:0]
	for _, c := range loose {
		if col, ok := columnOf(c); !ok || counts[col] < 3 {
			out = append(out, c)
		}
	}
	return out
}

// markUpdateParts marks the unlabelled date lines that are part of an
// update line ("Updated <span>Aug 21, 2025</span>") on its day: they show
// the update, so they never confirm a metadata publication date.
func markUpdateParts(loose, updates []cand) {
	for i := range loose {
		c := &loose[i]
		for _, u := range updates {
			if len(u.date) >= 10 && c.node != u.node && strings.HasPrefix(c.date, u.date[:10]) && inside(c.node, u.node) {
				c.updPart = true
				break
			}
		}
	}
}

// maxSubs bounds the h2-h4 headings kept for pages without an <h1>:
// the headline is near the top when it is one of them.
const maxSubs = 8

// visitor is the single walk over the page that collects headings,
// bylines and dates. pos numbers the nodes in document order.
type visitor struct {
	v          *visible
	monthFirst bool
	keep       map[*html.Node]bool
	pos        int
	realH1     bool // an <h1> other than a logo has been seen
	arena      []byte
}

// visit tests n and its subtree and returns n's text.
func (w *visitor) visit(n *html.Node, skip bool) span {
	w.pos++
	if n.Type != html.ElementNode {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.visit(c, skip)
		}
		return span{}
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript:
		return span{}
	case atom.Head, atom.Svg, atom.Select, atom.Button, atom.Iframe:
		return textSpan(n, &w.arena, 0)
	case atom.Form:
		if !wrapsPage(n) {
			return textSpan(n, &w.arena, 0)
		}
	case atom.Nav, atom.Footer, atom.Aside:
		if !w.keep[n] {
			skip = true
		}
	case atom.Pre, atom.Code:
		// Highlighted code classes its tokens ("n", "name"): nothing
		// in it is a byline or the article's date.
		skip = true
	}
	k := w.v.kinds(n)
	if !skip && !w.keep[n] && k&vocab.KindSkip != 0 {
		skip = true
	}
	here := w.pos
	if n.DataAtom == atom.H1 && !skip {
		h := readHeading(n, here, w.v.trace)
		w.v.h1s = append(w.v.h1s, h)
		if !h.logo && !h.hidden {
			w.realH1 = true
		}
	} else if (n.DataAtom == atom.H2 || n.DataAtom == atom.H3 || n.DataAtom == atom.H4) && !skip && !w.realH1 && len(w.v.subs) < maxSubs {
		full, _ := shortText(n, 300)
		w.v.subs = append(w.v.subs, heading{node: n, full: full, text: full, pos: here})
	}
	b := newSpanBuilder(&w.arena)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			w.pos++
			b.text(c.Data)
		case html.ElementNode:
			b.child(c, w.visit(c, skip))
		default:
			w.visit(c, skip)
			b.nodes++
		}
	}
	text := b.done()
	w.test(n, here, k, text, skip)
	if !skip && !text.long {
		w.v.markShown(text.text)
	}
	return text
}

// markShown notes which title parts the text t is, whole, letters and
// digits compared ("Queer Royal – Über …" shown as "Queer Royal - Über
// …"). Only texts of about a part's length are folded.
func (v *visible) markShown(t string) {
	for i, p := range v.parts {
		if !v.shown[i] && len(t) >= len(p)/2 && len(t) <= 2*len(p)+8 && foldsTo(t, v.folded[i]) {
			v.shown[i] = true
		}
	}
}

// foldsTo reports whether dom.LetterKey(s) == f, without building the
// key.
func foldsTo(s, f string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			continue
		}
		q, size := utf8.DecodeRuneInString(f)
		if size == 0 || unicode.ToLower(r) != q {
			return false
		}
		f = f[size:]
	}
	return f == ""
}

// shownPart reports whether the page shows the title part p as the
// whole text of an element.
func (v *visible) shownPart(p string) bool {
	for i, q := range v.parts {
		if q == p {
			return v.shown[i]
		}
	}
	return false
}

// test looks for a byline or a date in element n, whose text is text.
func (w *visitor) test(n *html.Node, here int, k vocab.MetaKind, text span, skip bool) {
	v := w.v
	nd, nu, nl := len(v.dates), len(v.updates), len(v.loose)
	if n.DataAtom == atom.Time {
		v.addDate(n, text, here, true, w.monthFirst)
	} else if k&(vocab.KindDate|vocab.KindUpdate) != 0 {
		v.addDate(n, text, here, false, w.monthFirst)
	}
	if n.DataAtom != atom.H1 {
		line := isLineElement(n)
		if skip {
			// Bylines in teasers and comments never count (merge skips
			// them), and reading names is the dearest test of all.
		} else if c, ok := v.labelByline(n, text, here); ok {
			v.bylines = append(v.bylines, bylineEntry{node: c.node, pos: here, strong: true, state: 1, c: c})
		} else if isBylineElement(n, k) {
			v.bylines = append(v.bylines, bylineEntry{node: n, pos: here, strong: true, text: text})
		} else if line && vocab.BylineStart(text.text) {
			v.bylines = append(v.bylines, bylineEntry{node: n, pos: here, text: text})
		}
		if line {
			v.addTextDate(n, text, here, w.monthFirst)
			v.addCopyright(text)
		}
	}
	if skip {
		// Teasers, comments and sidebars hold other items' dates and
		// authors: kept only as a last resort.
		markSkipped(v.dates[nd:])
		markSkipped(v.updates[nu:])
		markSkipped(v.loose[nl:])
	}
}

// wrapsPage reports a form that holds the page rather than a search box
// or a sign-up: ASP.NET and similar frameworks put the whole body in
// one form, headline and posts included.
func wrapsPage(n *html.Node) bool {
	if n.Parent != nil && n.Parent.DataAtom == atom.Body {
		return true
	}
	return dom.Find(n, func(c *html.Node) bool {
		return c.DataAtom == atom.H1 || c.DataAtom == atom.Main || c.DataAtom == atom.Article
	}) != nil
}
