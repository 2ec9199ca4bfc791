package meta

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dates"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The visible page is the last source of metadata but the one readers
// see: the <h1>, the byline and the date line near it. Candidates are
// collected in document order with their position so that the ones just
// after the headline win over those in teasers further down.

type visible struct {
	h1s []heading
	// subs are the first h2-h4 headings, the headline of pages that
	// have no <h1>.
	subs []heading
	// headed reports that merge found the headline on the page, so that
	// the date line near anchor is the article's.
	headed bool
	// bylines are the elements that may name the authors, in the order
	// they were found (children before parents); their names are read
	// only when merge asks for the ones near the headline.
	bylines []bylineEntry
	byPos   []int  // indexes of bylines by position
	dates   []cand // publication dates in date-like elements
	updates []cand // modification dates
	loose   []cand // dates in short lines that do not say what they are
	anchor  int    // position of the headline, set by merge

	// copyrights are short lines with a copyright notice, for the
	// owner of a personal site (owner.go).
	copyrights []string
	// Nested wrappers often hold the very same line: each text is read
	// once per page.
	dateMemo   map[string]string
	nameMemo   map[string][]string
	monthFirst bool
}

// date is parseDateAt for the page, remembered per text.
func (v *visible) date(s string) string {
	if d, ok := v.dateMemo[s]; ok {
		return d
	}
	d := dates.Parse(s, now(), v.monthFirst)
	if v.dateMemo == nil {
		v.dateMemo = map[string]string{}
	}
	v.dateMemo[s] = d
	return d
}

// names is cleanNames remembered per text. The result is shared.
func (v *visible) names(s string) []string {
	if ns, ok := v.nameMemo[s]; ok {
		return ns
	}
	ns := cleanNames(s)
	if v.nameMemo == nil {
		v.nameMemo = map[string][]string{}
	}
	v.nameMemo[s] = ns
	return ns
}

type heading struct {
	node   *html.Node
	text   string     // without the kicker
	full   string     // as displayed
	kicker *html.Node // the kicker element inside or just before the h1
	pos    int
	// logo marks an <h1> that holds the site's name: classed as a logo
	// or site title, a link to the home page, or no text at all (an
	// image logo).
	logo bool
	// afterBreak is the text after a short first line set off by <br>,
	// "" when there is none.
	afterBreak string
	// lead is the text of the h1's first element when more text follows
	// it: a kicker when a metadata title sets it off with a separator.
	lead string
	// hidden marks an <h1> kept for screen readers only, often a copy
	// of the document title: it names the page, but the date line and
	// byline sit under the headline shown.
	hidden bool
}

type cand struct {
	node  *html.Node
	names []string
	date  string
	pos   int
	// strong marks markup that says what it is (rel=author, <time
	// datetime>, an explicit byline class) rather than a text pattern.
	strong bool
	// skipped marks candidates found in comments, teasers or sidebars.
	skipped bool
	// inText marks a date read from a block that also holds other text:
	// its node must stay in the body.
	inText bool
}

func fromVisible(doc *html.Node, monthFirst bool) *visible {
	return visibleOf(scan(doc), monthFirst)
}

func visibleOf(pg *page, monthFirst bool) *visible {
	doc := pg.doc
	w := &visitor{v: &visible{monthFirst: monthFirst}, monthFirst: monthFirst, keep: map[*html.Node]bool{}}
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
	w.v.sortBylines()
	return w.v
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
		return textSpan(n, &w.arena)
	case atom.Form:
		if !wrapsPage(n) {
			return textSpan(n, &w.arena)
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
	k := kinds(n)
	if !skip && !w.keep[n] && k&vocab.KindSkip != 0 {
		skip = true
	}
	here := w.pos
	if n.DataAtom == atom.H1 && !skip {
		h := readHeading(n, here)
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
	return text
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

// inside reports whether c lies within a few levels under n.
func inside(c, n *html.Node) bool {
	depth := 0
	for p := c; p != nil && depth < 32; p = p.Parent {
		if p == n {
			return true
		}
		depth++
	}
	return false
}

func markSkipped(cs []cand) {
	for i := range cs {
		cs[i].skipped = true
	}
}

func isBylineElement(n *html.Node, k vocab.MetaKind) bool {
	if strings.EqualFold(dom.Attr(n, "rel"), "author") {
		return true
	}
	if n.DataAtom == atom.Address {
		return true
	}
	return k&vocab.KindByline != 0
}

// isLineElement reports whether n can hold a byline or date line as
// plain text: a short inline or paragraph-level element.
func isLineElement(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Span, atom.Div, atom.Li, atom.Small, atom.Strong, atom.Em, atom.B, atom.I, atom.Td, atom.Dd, atom.Header, atom.Section,
		atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// bylineCand reads names from n. Explicit byline markup may hold the
// names bare; a plain element needs the introducing word ("By …").
func (v *visible) bylineCand(n *html.Node, text span, pos int, explicit bool) (cand, bool) {
	if !explicit && !vocab.BylineStart(text.text) {
		return cand{}, false
	}
	t, short := lineText(n, 200)
	if explicit {
		// The name is often a link or a name-classed child next to a
		// date and category links, sometimes only an image's alt text.
		if nn := findLimited(n, 400, isNameChild(n)); nn != nil {
			nt, ok := shortText(nn, 200)
			if ok && nt == "" {
				if img := findLimited(nn, 20, func(c *html.Node) bool { return c.DataAtom == atom.Img }); img != nil {
					nt = collapse(dom.Attr(img, "alt"))
				}
			}
			if ok && nt != "" {
				if names := v.names(nt); len(names) > 0 {
					// The byline box is dropped from the body with the
					// names; a box that holds the whole article (an
					// <article> classed with the author) gives only its
					// name element.
					node := n
					if !short {
						node = nn
					}
					return cand{node: node, names: names, pos: pos, strong: true}, true
				}
			}
		}
	}
	if t == "" || !short {
		return cand{}, false
	}
	if !explicit {
		if !vocab.BylineLine(t) {
			return cand{}, false
		}
		// The names follow the byline word on its line; later lines of
		// a plain element are dates, categories and reading times.
		if i := strings.IndexByte(t, '\n'); i >= 0 {
			t = t[:i]
		}
	}
	names := v.names(t)
	if len(names) == 0 {
		return cand{}, false
	}
	return cand{node: n, names: names, pos: pos, strong: explicit}, true
}

// isNameChild matches the element inside a byline box that holds the
// name itself.
func isNameChild(box *html.Node) func(*html.Node) bool {
	return func(c *html.Node) bool {
		if c == box {
			return false
		}
		if strings.EqualFold(dom.Attr(c, "rel"), "author") || strings.EqualFold(dom.Attr(c, "itemprop"), "name") {
			return true
		}
		return kinds(c)&vocab.KindName != 0
	}
}

// labelByline reads names that follow a label element. The candidate's
// node is the label's parent when that is a short line, else the label
// alone: never an element that holds article text.
func (v *visible) labelByline(n *html.Node, text span, pos int) (cand, bool) {
	if n.FirstChild == nil || n.NextSibling == nil || n.DataAtom == atom.A || n.DataAtom == atom.Li {
		return cand{}, false
	}
	t, ok := text.short(30)
	if !ok || t == "" || !vocab.BylineLabel(t) {
		return cand{}, false
	}
	// Menus link to "Autoren" and "Redaktion" pages: a label is never a
	// link, and a bare noun (no colon) counts only as a heading-like label.
	colon := strings.HasSuffix(t, ":")
	if findLimited(n, 20, func(c *html.Node) bool { return c.DataAtom == atom.A }) != nil ||
		ancestorLimited(n, func(p *html.Node) bool { return p.DataAtom == atom.Li || (p.DataAtom == atom.A && !colon) }) != nil {
		return cand{}, false
	}
	if !colon && !vocab.LabelPreposition(strings.ToLower(strings.Trim(t, "|·•, "))) {
		switch n.DataAtom {
		case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Dt, atom.Th, atom.B, atom.Strong, atom.Label:
		default:
			return cand{}, false
		}
	}
	var b strings.Builder
	for c := n.NextSibling; c != nil && b.Len() < 120; c = c.NextSibling {
		if c.Type == html.CommentNode {
			continue
		}
		if c.DataAtom == atom.Li {
			break
		}
		if c.Type == html.ElementNode && breaksLine(c) && strings.TrimSpace(b.String()) != "" {
			// Leading breaks and the first block after the label
			// (the field holding the name) belong to it; later ones
			// end the name.
			break
		}
		st, ok := shortText(c, 120)
		if !ok {
			break
		}
		b.WriteString(st)
		b.WriteByte(' ')
	}
	names := v.names(b.String())
	if len(names) == 0 {
		return cand{}, false
	}
	node := n
	if p := n.Parent; p != nil && p.Type == html.ElementNode {
		if _, short := shortText(p, 200); short {
			node = p
		}
	}
	return cand{node: node, names: names, pos: pos, strong: true}, true
}

// breaksLine reports whether an element starts a new line of text.
func breaksLine(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Br, atom.Hr, atom.P, atom.Div, atom.Ul, atom.Ol, atom.Table, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Section, atom.Article:
		return true
	}
	return false
}

func (v *visible) addDate(n *html.Node, text span, pos int, isTime, monthFirst bool) {
	var s string
	if isTime {
		s = dom.Attr(n, "datetime")
	} else if n.DataAtom == atom.Abbr {
		s = dom.Attr(n, "title")
	}
	if s == "" {
		var ok bool
		if s, ok = text.short(150); !ok {
			return
		}
	}
	if t, _ := text.short(150); vocab.OtherDate.MatchString(t) {
		return
	}
	d := v.date(s)
	if d == "" {
		return
	}
	c := cand{node: n, date: d, pos: pos, strong: isTime}
	k := kinds(n)
	// "date updated published" on one element is the publication date.
	upd := (k&vocab.KindUpdate != 0 && k&vocab.KindPub == 0) || vocab.Updated.MatchString(s)
	if p := n.Parent; !upd && p != nil && isTime {
		pt, _ := shortText(p, 150)
		upd = kinds(p)&vocab.KindUpdate != 0 || vocab.Updated.MatchString(pt)
	}
	if upd {
		v.updates = append(v.updates, c)
	} else {
		v.dates = append(v.dates, c)
	}
}

// addTextDate reads a "Published 3 March 2024" style line.
func (v *visible) addTextDate(n *html.Node, text span, pos int, monthFirst bool) {
	if n.FirstChild == nil {
		return
	}
	t, ok := text.short(120)
	if !ok {
		v.addLineDates(n, text, pos, monthFirst)
		return
	}
	if !dates.HasYear(t) || vocab.OtherDate.MatchString(t) {
		return
	}
	isPub, isUpd := vocab.Dateline.MatchString(t), vocab.Updated.MatchString(t)
	if !isPub && !isUpd && len(t) > 80 {
		v.addLeadDate(n, text, pos, monthFirst)
		return
	}
	if !isPub && !isUpd {
		isPub, isUpd = labelBefore(n, t)
	}
	d := v.date(t)
	if d == "" {
		return
	}
	c := cand{node: n, date: d, pos: pos}
	list := &v.loose
	switch {
	case isUpd:
		list = &v.updates
	case isPub:
		list = &v.dates
	}
	// The innermost line holding the date is the date line, not the
	// wrappers that add reading times and share buttons.
	// The wrapper still counts at its own position.
	if k := len(*list); k > 0 && (*list)[k-1].date == d && inside((*list)[k-1].node, n) {
		c.node, c.inText = (*list)[k-1].node, (*list)[k-1].inText
	}
	*list = append(*list, c)
}

// labelBefore reads the label set in its own element before a date
// ("<span>Erschienen am:</span> <h2>13.10.2021</h2>", "<dt>Published</dt>
// <dd>…</dd>", "<h4>Zuletzt geändert am:</h4> <ul><li>…</li></ul>"): the
// element just before the date's, or before a wrapper holding only the
// date, when its short text is a label and no date.
func labelBefore(n *html.Node, t string) (isPub, isUpd bool) {
	for up := 0; up < 3 && n != nil; up++ {
		if up > 0 {
			if pt, ok := shortText(n, len(t)+8); !ok || pt != t {
				return false, false
			}
		}
		p := n.PrevSibling
		for p != nil && (p.Type == html.TextNode && strings.TrimSpace(p.Data) == "" || p.Type == html.CommentNode) {
			p = p.PrevSibling
		}
		if p != nil {
			if p.Type != html.ElementNode {
				return false, false
			}
			l, ok := shortText(p, 40)
			if !ok || l == "" || strings.ContainsAny(l, "0123456789") {
				return false, false
			}
			return vocab.Dateline.Label(l), vocab.Updated.Label(l)
		}
		n = n.Parent
	}
	return false, false
}

// addLineDates reads "Erschienen am: 01.11.2023" among the <br>-separated
// lines of a longer block such as a footer note.
func (v *visible) addLineDates(n *html.Node, text span, pos int, monthFirst bool) {
	hasBr := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Br {
			hasBr = true
			break
		}
	}
	if !hasBr {
		v.addLeadDate(n, text, pos, monthFirst)
		return
	}
	t, ok := lineText(n, 400)
	if !ok {
		return
	}
	for _, l := range strings.Split(t, "\n") {
		if len(l) > 120 || !dates.HasYear(l) {
			continue
		}
		isPub, isUpd := vocab.Dateline.MatchString(l), vocab.Updated.MatchString(l)
		if isPub == isUpd {
			continue
		}
		d := v.date(l)
		if d == "" {
			continue
		}
		c := cand{node: n, date: d, pos: pos, inText: true}
		if isUpd {
			v.updates = append(v.updates, c)
		} else {
			v.dates = append(v.dates, c)
		}
	}
}

// leadDateSpan is how many bytes from its first digit a paragraph's
// opening date may take, its time and zone included ("21. November 2022,
// 14:05 Uhr MEZ").
const leadDateSpan = 56

// addLeadDate reads a dateline that opens a paragraph: "(21. November
// 2022) Energieverbraucher …", "Berlin, 25.01.2022 – …", "Pressemitteilung
// vom 25. Januar 2022 | …". The paragraph is body text, so the candidate
// is never dropped from the body.
func (v *visible) addLeadDate(n *html.Node, text span, pos int, monthFirst bool) {
	if n.DataAtom != atom.P && n.DataAtom != atom.Div {
		return
	}
	// Only the block whose own text starts the line: the wrappers
	// around it would repeat the same lead.
	fc := firstNonBlank(n)
	if fc == nil || (fc.Type == html.ElementNode && breaksLine(fc)) {
		return
	}
	lead := text.text
	i := strings.IndexAny(lead, "0123456789")
	if i < 0 || i > 25 || strings.ContainsAny(lead[:i], ".!?") || !dates.HasYear(lead) || vocab.OtherDate.MatchString(lead) || vocab.SpanDate.MatchString(lead) {
		return
	}
	// The date opens the paragraph: the parser needs only the prefix
	// that can hold it with its time, not the sentence after it.
	if cut := i + leadDateSpan; cut < len(lead) {
		for cut > i && !utf8.RuneStart(lead[cut]) {
			cut--
		}
		lead = lead[:cut]
	}
	d := v.date(lead)
	// The date must be the first thing after the prefix, not a number
	// inside the sentence.
	if d == "" || !strings.HasPrefix(d, leadYear(lead[i:])) {
		return
	}
	v.loose = append(v.loose, cand{node: n, date: d, pos: pos, inText: true})
}

// leadYear returns the first four-digit run of s, "" if none.
func leadYear(s string) string {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 && (i+1 == len(s) || s[i+1] < '0' || s[i+1] > '9') {
				return s[i-3 : i+1]
			}
			continue
		}
		run = 0
	}
	return "\x00"
}

// hiddenSeparator reports an element hidden from screen readers or
// classed invisible whose text is only a separator (" – ", ": ").
func hiddenSeparator(n *html.Node) bool {
	if n.Type != html.ElementNode || n.FirstChild == nil || n.FirstChild.NextSibling != nil || n.FirstChild.Type != html.TextNode {
		return false
	}
	if dom.Attr(n, "aria-hidden") != "true" && !vocab.HiddenClass(dom.Attr(n, "class")) && !dom.AnyWord(n, func(w string) bool { return w == "invisible" || w == "hidden" }) {
		return false
	}
	t := strings.TrimSpace(n.FirstChild.Data)
	return t != "" && strings.Trim(t, ":|-–—·•/") == ""
}

// firstNonBlank returns n's first child that is not whitespace text.
func firstNonBlank(n *html.Node) *html.Node {
	c := n.FirstChild
	for c != nil && c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	return c
}

// leadElementText returns the text of heading n's first child element
// when text follows it and it holds at most six words; "" otherwise.
func leadElementText(n *html.Node, full string) string {
	c := firstNonBlank(n)
	if c == nil || c.Type != html.ElementNode || c.DataAtom == atom.Br {
		return ""
	}
	t, ok := shortText(c, 80)
	if !ok || t == "" || len(t) >= len(full) || !strings.HasPrefix(full, t) || len(strings.Fields(t)) > 6 {
		return ""
	}
	return t
}

// afterFirstBreak returns the text of heading n after its first <br>,
// when the text before it is a short line of at most five words and the
// rest holds at least two words; "" otherwise.
func afterFirstBreak(n *html.Node, full string) string {
	br := findLimited(n, 200, func(c *html.Node) bool { return c.DataAtom == atom.Br })
	if br == nil {
		return ""
	}
	var before strings.Builder
	done := false
	var rec func(*html.Node)
	rec = func(c *html.Node) {
		for ; c != nil && !done; c = c.NextSibling {
			switch {
			case c == br:
				done = true
			case c.Type == html.TextNode:
				before.WriteString(c.Data)
				before.WriteByte(' ')
			case c.Type == html.ElementNode:
				rec(c.FirstChild)
			}
		}
	}
	rec(n.FirstChild)
	b := collapse(before.String())
	if b == "" || len(strings.Fields(b)) > 5 || !strings.HasPrefix(full, b) {
		return ""
	}
	rest := strings.TrimSpace(full[len(b):])
	if len(strings.Fields(rest)) < 2 {
		return ""
	}
	return rest
}

// readHeading returns the h1's text without a kicker: a child element
// whose class names a kicker, or a leading short element followed by a
// colon-separated remainder.
func readHeading(n *html.Node, pos int) heading {
	full, _ := headingText(n, 1000)
	h := heading{node: n, full: full, pos: pos, logo: full == "" || isLogoHeading(n), hidden: vocab.HiddenClass(dom.Attr(n, "class"))}
	h.text = h.full
	k := findLimited(n, 200, func(c *html.Node) bool { return c != n && kinds(c)&vocab.KindKicker != 0 })
	if k != nil {
		kt, _ := shortText(k, 1000)
		if kt != "" && len(kt) < len(h.full) && strings.HasPrefix(h.full, kt) {
			h.text = strings.TrimLeft(strings.TrimPrefix(h.full, kt), " :|-–—")
			h.kicker = k
		}
	}
	if h.kicker == nil {
		// The element inside the h1 that the page marks as the headline
		// ("<span class=headline>", itemprop=headline), after a kicker.
		if hl := findLimited(n, 200, func(c *html.Node) bool {
			return c != n && c.Type == html.ElementNode && (dom.Attr(c, "itemprop") == "headline" || dom.AnyWord(c, func(w string) bool { return w == "headline" }))
		}); hl != nil {
			if ht, _ := headingText(hl, 1000); ht != "" && len(ht) < len(h.full) && strings.HasSuffix(h.full, ht) {
				h.text = ht
			}
		}
	}
	if h.kicker == nil && h.text == h.full {
		// "<span>Zoonosen</span><span aria-hidden=true> – </span><span>Wie
		// …</span>": a separator shown only to the eye sets a kicker off.
		if sep := findLimited(n, 200, func(c *html.Node) bool { return c != n && hiddenSeparator(c) }); sep != nil {
			if i := strings.Index(h.full, strings.TrimSpace(sep.FirstChild.Data)); i > 0 {
				if rest := strings.TrimLeft(h.full[i:], " :|-–—·•"); len(strings.Fields(rest)) >= 2 && len(strings.Fields(h.full[:i])) <= 8 {
					h.text = rest
				}
			}
		}
	}
	if h.kicker == nil && h.text == h.full {
		// "<small>Tunesien</small><br> Große Aufgaben …": a short line
		// broken off the headline; chooseTitle takes the rest when a
		// metadata title agrees (a long headline may wrap with <br> too).
		h.afterBreak = afterFirstBreak(n, h.full)
	}
	if h.kicker == nil && h.text == h.full {
		h.lead = leadElementText(n, h.full)
	}
	if h.kicker == nil {
		// A kicker just before the h1 in the same header.
		for p := n.PrevSibling; p != nil; p = p.PrevSibling {
			if p.Type != html.ElementNode {
				continue
			}
			if kt, ok := shortText(p, 80); ok && kt != "" && kinds(p)&vocab.KindKicker != 0 {
				h.kicker = p
			}
			break
		}
	}
	return h
}
