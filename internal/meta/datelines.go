package meta

import (
	"strings"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dates"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The visible date lines: <time> elements and elements classed as dates,
// lines that say what their date is ("Published 3 March 2024",
// "Aktualisiert am …"), labels set apart from their date, and dates
// opening a paragraph. Each becomes a candidate in its list (dates,
// updates, loose) at its position; datepick.go and the merge choose
// among them.

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
	k := v.kinds(n)
	// "date updated published" on one element is the publication date.
	upd := (k&vocab.KindUpdate != 0 && k&vocab.KindPub == 0) || vocab.Updated.MatchString(s)
	if p := n.Parent; !upd && p != nil && (isTime || v.trace.On(dateUpdateLine)) {
		// The line the date sits in says what it is: "<span>Last
		// Updated</span> <span class=date>Feb 27, 2026</span>".
		pt, _ := shortText(p, 150)
		upd = v.kinds(p)&vocab.KindUpdate != 0 || vocab.Updated.MatchString(pt)
	}
	if !upd && len(v.updates) > 0 && v.trace.On(dateUpdateWrapper) {
		// A date element around an update stamp ("<span
		// class=meta-date><span class=updated>…</span></span>") holds
		// the update: its children were read first.
		last := v.updates[len(v.updates)-1]
		upd = last.date == d && inside(last.node, n)
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
