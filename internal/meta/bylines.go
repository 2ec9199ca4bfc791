package meta

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Reading names out of a byline (cleanNames) is the dearest test of the
// visible pass, and a page has many elements that may hold one: author
// boxes of teasers, "by" lines in lists. Only the byline nearest the
// headline is used, so the walk records the elements that pass the cheap
// tests, and their names are read when merge asks for them, from the
// headline outwards.

// sortBylines orders the entries by position for nearestByline, keeping
// the order of discovery in order.
func (v *visible) sortBylines() {
	v.byPos = make([]int, len(v.bylines))
	for i := range v.byPos {
		v.byPos[i] = i
	}
	sort.SliceStable(v.byPos, func(i, j int) bool { return v.bylines[v.byPos[i]].pos < v.bylines[v.byPos[j]].pos })
}

// resolve reads the names of entry i once.
func (v *visible) resolve(i int) bool {
	e := &v.bylines[i]
	if e.state != 0 {
		return e.state > 0
	}
	e.state = -1
	c, ok := v.bylineCand(e.node, e.text, e.pos, e.strong)
	if !ok {
		return false
	}
	if !e.strong {
		// The innermost line that reads as a byline is the byline, not
		// the wrappers around it that add dates and share buttons: a
		// wrapper counts at its own position but stands for the inner
		// line. Entries found just before a wrapper are its
		// descendants, the nearest one with names is the inner line.
		for j := i - 1; j >= 0 && inside(v.bylines[j].node, c.node); j-- {
			if v.resolve(j) {
				if p := v.bylines[j].c; slices.Equal(p.names, c.names) {
					c.node = p.node
				}
				break
			}
		}
	}
	e.state, e.c = 1, c
	return true
}

// nearestByline is nearest over the entries of one strength: the first
// with names at or after the headline, else the last before it.
func (v *visible) nearestByline(anchor int, strong bool) (cand, bool) {
	k := sort.Search(len(v.byPos), func(i int) bool { return v.bylines[v.byPos[i]].pos >= anchor })
	for _, i := range v.byPos[k:] {
		if v.bylines[i].strong == strong && v.resolve(i) {
			return v.bylines[i].c, true
		}
	}
	for x := k - 1; x >= 0; x-- {
		if i := v.byPos[x]; v.bylines[i].strong == strong && v.resolve(i) {
			return v.bylines[i].c, true
		}
	}
	return cand{}, false
}

// fullName completes a given name alone ("Todd", the display name a CMS
// stores) with the full name a byline near the headline shows for it
// ("By Todd Bates"). Any other name is returned as it is.
func (v *visible) fullName(name string, anchor int) string {
	if name == "" || strings.ContainsAny(name, " .") || isHandleShape(name) {
		return name
	}
	return v.nearName(anchor, name, func(n string) bool {
		return strings.HasPrefix(n, name+" ") && len(strings.Fields(n)) <= 3
	})
}

// initialsName returns the full name a byline near the headline shows
// for initials alone ("CM", an avatar's letters before "Craig
// McCarthy"): the name whose words open with them, in order. Any other
// name is returned as it is.
func (v *visible) initialsName(name string, anchor int) string {
	if !isInitials(name) {
		return name
	}
	return v.nearName(anchor, name, func(n string) bool { return initialsOf(n) == name })
}

// nearName returns the first name of a byline near anchor (within
// dateWindow) for which match holds, or name when none does.
func (v *visible) nearName(anchor int, name string, match func(string) bool) string {
	for _, i := range v.byPos {
		e := &v.bylines[i]
		if e.pos < anchor-dateWindow || e.pos > anchor+dateWindow || !v.resolve(i) {
			continue
		}
		for _, n := range e.c.names {
			if match(n) {
				return n
			}
		}
	}
	return name
}

// isInitials reports two or three capital letters and nothing else.
func isInitials(s string) bool {
	n := 0
	for _, r := range s {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 3
}

// initialsOf returns the first letters of a name's words when it has two
// or three, each capitalised: "Craig McCarthy" gives "CM".
func initialsOf(name string) string {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 3 {
		return ""
	}
	var b strings.Builder
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return ""
		}
		b.WriteRune(r)
	}
	return b.String()
}

// creditNear returns the credit that the byline nearest the headline
// gives when it names no person ("By the Lavazza Team", an author box
// holding "Podium Staff"): a few words with a team or staff word, "" if
// none. Bylines after the headline come first, then those above it.
func (v *visible) creditNear(anchor int) string {
	k := sort.Search(len(v.byPos), func(i int) bool { return v.bylines[v.byPos[i]].pos >= anchor })
	order := append(append([]int(nil), v.byPos[k:]...), reversed(v.byPos[:k])...)
	for _, i := range order {
		e := &v.bylines[i]
		if v.resolve(i) {
			// The nearest byline names a person: no credit.
			return ""
		}
		t, ok := shortText(e.node, 60)
		if !ok || t == "" {
			continue
		}
		t = strings.TrimSpace(vocab.TrimBylineWord(t))
		if vocab.HasRole(t) && creditShape(t) {
			if c := plainAuthor(t); c != "" {
				return c
			}
		}
	}
	return ""
}

// creditShape reports a credit written like a name: every word
// capitalised but articles and particles ("the Lavazza Team"), not a
// phrase ("A home for your team's tasks", "Read more about …").
func creditShape(t string) bool {
	caps := 0
	for _, w := range strings.Fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case strings.EqualFold(w, "the") || strings.EqualFold(w, "of") || vocab.NameParticle(w):
		default:
			return false
		}
	}
	return caps > 0
}

// reversed returns a reversed copy of xs.
func reversed(xs []int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[len(xs)-1-i] = x
	}
	return out
}

// personalNear returns the names of the first byline in the headline's
// block whose names are all full personal names (two or more
// capitalised words), nil if none.
func (v *visible) personalNear(anchor int) []string {
	for _, i := range v.byPos {
		e := &v.bylines[i]
		if !closeAfter(e.pos, anchor) || !v.resolve(i) {
			continue
		}
		ok := len(e.c.names) > 0
		for _, n := range e.c.names {
			if len(strings.Fields(n)) < 2 || isHandle(n) || vocab.IsOrgName(n) {
				ok = false
			}
		}
		if ok {
			return e.c.names
		}
	}
	return nil
}

// datelineName returns the person named on a date line that hugs the
// headline, beside the date and time and nothing else: "04.02.2022 |
// 13:10 Uhr | Uta Helkenberg". The name must read as a full personal
// name, since no byline word says what it is.
func (v *visible) datelineName(anchor int) string {
	for _, cs := range [][]cand{v.dates, v.loose} {
		for _, c := range cs {
			if c.skipped || c.inText || !hugs(c.pos, anchor) {
				continue
			}
			t, ok := shortText(c.node, 100)
			if !ok {
				continue
			}
			// The parts without digits: exactly one, the name.
			name, others := "", 0
			for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '·' || r == '•' || r == '–' || r == '—' }) {
				for _, p := range strings.Split(part, " - ") {
					if p = strings.TrimSpace(p); p != "" && !strings.ContainsAny(p, "0123456789") {
						name, others = p, others+1
					}
				}
			}
			if others != 1 {
				continue
			}
			if n, ok := SignOff(name); ok { // SignOff refuses organisations
				return n
			}
		}
	}
	return ""
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
		if !vocab.BylineLine(t) && !(v.trace.On(authorByColon) && vocab.ByColonLine(t)) {
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
	if v.trace.On(authorLinkEndsName) {
		linkEnds(n, names)
	}
	return cand{node: n, names: names, pos: pos, strong: explicit}, true
}

// linkEnds cuts each name read from a byline's text where the link
// that starts it ends: the text joins the byline's parts without a
// separator, so "by <a>Harsh Vaibhav</a> <a>Global Commons</a>" and
// "<a>Brian Truitt</a> <span>USA TODAY</span>" read as one long name.
// A link to the author's page holds the name alone.
func linkEnds(n *html.Node, names []string) {
	var links []string
	dom.Walk(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A {
			if t, ok := shortText(c, 80); ok && t != "" {
				links = append(links, t)
			}
			return false
		}
		return len(links) < 8
	})
	for i, name := range names {
		for _, l := range links {
			if len(l) < len(name) && strings.HasPrefix(name, l+" ") && looksLikeName(l) {
				names[i] = l
				break
			}
		}
	}
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
	if !colon && !vocab.LabelPreposition(strings.ToLower(strings.Trim(t, "|·•, "))) && !(v.trace.On(authorLabelPhrase) && vocab.EndsWithPreposition(t)) {
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
