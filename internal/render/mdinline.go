package render

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/article"
)

// style is the emphasis of a run of text.
type style struct{ strong, em bool }

func styleOf(s *article.Span) style { return style{s.Strong, s.Em} }

// inline appends one line of runs as Markdown. Emphasis is opened and
// closed at changes of style, like an HTML serializer would nest tags, so
// adjacent runs never produce ambiguous delimiter runs such as "*a***b**"
// out of separate markers. Consecutive runs with the same link target
// become one link whose text keeps its own emphasis. base is the emphasis
// already open around this line (the link's own, inside a link); inLink
// is set when rendering a link's text, where links cannot nest.
//
// CommonMark only honours a "*" that touches the text in certain ways
// (flanking rules): "**Note:**Then" does not make bold. When a marker
// would be ignored or could be read as both opening and closing,
// m.badFlank is set and the caller renders the line
// again without emphasis, which loses formatting but never text.
func (m *mdWriter) inline(dst []byte, line []article.Span, base style, inLink bool) []byte {
	line = mergeCode(line)
	e := &emphasis{m: m, dst: dst, base: base, have: base}
	for i := 0; i < len(line); {
		s := &line[i]
		// A run of blanks takes the style around it, so "**a** **b**"
		// is not needed where "**a b**" says the same.
		if s.Href == "" && s.Image == "" && !s.Code && strings.TrimSpace(s.Text) == "" {
			if s.Text != "" {
				e.dst = append(e.dst, ' ')
			}
			i++
			continue
		}
		var seg []byte
		var want style
		seg, want, i = m.segment(line, i, base, inLink)
		e.write(seg, want)
	}
	e.closeLine()
	return e.dst
}

// segment renders the run at line[i] (with the runs sharing its link,
// outside a link) without emphasis markers. It returns the Markdown, the
// emphasis the segment wants, and the index of the next run.
func (m *mdWriter) segment(line []article.Span, i int, base style, inLink bool) ([]byte, style, int) {
	s := &line[i]
	j := i + 1
	st := styleOf(s)
	link := !inLink && s.Href != "" && !m.o.NoLinks && linkOK(s.Href)
	if link {
		for j < len(line) && line[j].Href == s.Href {
			st.strong = st.strong && line[j].Strong
			st.em = st.em && line[j].Em
			j++
		}
	}
	want := style{st.strong || base.strong, st.em || base.em}
	if m.plain {
		want = base
	}
	var seg []byte
	switch {
	case link:
		seg = m.appendLink(seg, line[i:j], want)
	case s.Image != "":
		if !m.o.NoImages && imageOK(s.Image) {
			seg = appendMDImage(seg, s.Text, s.Image)
		}
	case s.Code:
		if strings.TrimSpace(s.Text) != "" {
			seg = appendCodeSpan(seg, s.Text)
		} else {
			seg = append(seg, s.Text...)
		}
	default:
		seg = appendMDText(seg, s.Text)
	}
	return seg, want, j
}

// appendLink appends runs sharing one link target as one link, its text
// rendered inside the link's own emphasis.
func (m *mdWriter) appendLink(seg []byte, runs []article.Span, want style) []byte {
	// Blanks at the ends of the link text belong outside the link.
	inner := string(m.inline(nil, runs, want, true))
	text := strings.TrimSpace(inner)
	if text == "" {
		if inner != "" {
			seg = append(seg, ' ') // a link over blanks leaves the blank
		}
		return seg
	}
	at := strings.Index(inner, text)
	seg = append(seg, inner[:at]...)
	seg = append(seg, '[')
	seg = append(seg, text...)
	seg = append(seg, "]("...)
	seg = append(seg, mdURL(runs[0].Href)...)
	seg = append(seg, ')')
	return append(seg, inner[at+len(text):]...)
}

// emphasis writes one line's segments, opening and closing the emphasis
// markers between them, and flags the markers CommonMark would not read
// as meant (mdWriter.badFlank).
type emphasis struct {
	m    *mdWriter
	dst  []byte
	base style    // the emphasis open around the line
	have style    // the emphasis open now
	open []string // markers opened on this line, innermost last
}

// write appends seg with the emphasis want.
func (e *emphasis) write(seg []byte, want style) {
	if len(seg) == 0 {
		return
	}
	// Blanks at the edges of a run stay outside its markers, where
	// CommonMark requires them.
	lead := len(seg) - len(strings.TrimLeft(string(seg), " \t"))
	if lead > 0 {
		e.dst = append(e.dst, ' ')
	}
	seg = seg[lead:]
	if len(seg) == 0 {
		return
	}
	next := firstRune(seg)
	closed, prevClose := e.closeTo(want)
	opened := 0
	if want.strong && !e.have.strong {
		opened += 2
	}
	if want.em && !e.have.em {
		opened++
	}
	touching := closed > 0 && opened > 0 && e.dst[len(e.dst)-1] == '*'
	switch {
	case touching:
		// Closing and opening markers that touch form one delimiter
		// run, which CommonMark splits as intended only when it is
		// three long between letters ("*a***b**").
		if closed+opened != 3 || !isWordRune(prevClose) || !isWordRune(next) {
			e.m.badFlank = true
		}
	case closed > 0:
		after := next
		if e.dst[len(e.dst)-1] != '*' { // blanks follow the markers
			after = ' '
		}
		e.checkClose(prevClose, after)
	}
	if opened > 0 && !touching {
		if prev := lastRune(e.dst); !canOpen(prev, next) || canClose(prev, next) {
			e.m.badFlank = true
		}
	}
	e.openTo(want)
	if seg[0] == '[' && len(e.dst) > 0 && e.dst[len(e.dst)-1] == '!' {
		// "!" before a link would make it an image.
		e.dst = append(e.dst[:len(e.dst)-1], '\\', '!')
	}
	e.dst = append(e.dst, seg...)
}

// openTo opens the markers want needs that are not open.
func (e *emphasis) openTo(want style) {
	if want.strong && !e.have.strong {
		e.dst = append(e.dst, "**"...)
		e.open = append(e.open, "**")
		e.have.strong = true
	}
	if want.em && !e.have.em {
		e.dst = append(e.dst, '*')
		e.open = append(e.open, "*")
		e.have.em = true
	}
}

// closeTo closes markers until every one still open is wanted; markers
// nest, so an unwanted outer one forces the inner ones shut. It returns
// how many marker bytes it wrote and the character before them.
func (e *emphasis) closeTo(want style) (closed int, prev rune) {
	prev = lastRune([]byte(strings.TrimRight(string(e.dst), " \t")))
	for e.unwanted(want) {
		top := e.open[len(e.open)-1]
		e.dst = closeMarker(e.dst, top)
		closed += len(top)
		e.open = e.open[:len(e.open)-1]
		if top == "**" {
			e.have.strong = e.base.strong
		} else {
			e.have.em = e.base.em
		}
	}
	return closed, prev
}

// unwanted reports whether a marker open on the line is not in want.
func (e *emphasis) unwanted(want style) bool {
	for _, o := range e.open {
		if (o == "**" && !want.strong) || (o == "*" && !want.em) {
			return true
		}
	}
	return false
}

// closeLine closes the markers opened on the line.
func (e *emphasis) closeLine() {
	if closed, prev := e.closeTo(e.base); closed > 0 {
		after := rune(-1)
		if e.dst[len(e.dst)-1] != '*' {
			after = ' '
		}
		e.checkClose(prev, after)
	}
}

// checkClose flags a closing run that is not right-flanking, or is also
// left-flanking.
func (e *emphasis) checkClose(prev, after rune) {
	if !canClose(prev, after) || canOpen(prev, after) {
		e.m.badFlank = true
	}
}

// mergeCode joins code runs that follow each other with the same link:
// written apart, their backtick fences would touch and merge into one
// run. The joined run keeps the emphasis both had.
func mergeCode(line []article.Span) []article.Span {
	n := 0
	for i := 1; i < len(line); i++ {
		if line[i].Code && line[i-1].Code && line[i].Href == line[i-1].Href &&
			line[i].Image == "" && line[i-1].Image == "" {
			n++
		}
	}
	if n == 0 {
		return line
	}
	out := make([]article.Span, 0, len(line)-n)
	for _, s := range line {
		if k := len(out) - 1; k >= 0 && s.Code && out[k].Code && s.Href == out[k].Href &&
			s.Image == "" && out[k].Image == "" {
			out[k].Text += s.Text
			out[k].Strong = out[k].Strong && s.Strong
			out[k].Em = out[k].Em && s.Em
			continue
		}
		out = append(out, s)
	}
	return out
}

// lastRune and firstRune return the rune at an end of b, -1 when empty.
func lastRune(b []byte) rune {
	if len(b) == 0 {
		return -1
	}
	r, _ := utf8.DecodeLastRune(b)
	return r
}

func firstRune(b []byte) rune {
	if len(b) == 0 {
		return -1
	}
	r, _ := utf8.DecodeRune(b)
	return r
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// isMDPunct is CommonMark's Unicode punctuation: P and S categories.
func isMDPunct(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

// canOpen reports whether a "*" run between prev and next is
// left-flanking, so that CommonMark lets it open emphasis (-1 = edge).
func canOpen(prev, next rune) bool {
	if next < 0 || unicode.IsSpace(next) {
		return false
	}
	return !isMDPunct(next) || prev < 0 || unicode.IsSpace(prev) || isMDPunct(prev)
}

// canClose reports whether a "*" run between prev and next is
// right-flanking, so that it can close emphasis.
func canClose(prev, next rune) bool {
	if prev < 0 || unicode.IsSpace(prev) {
		return false
	}
	return !isMDPunct(prev) || next < 0 || unicode.IsSpace(next) || isMDPunct(next)
}

// closeMarker appends a closing emphasis marker before any trailing
// blanks, where CommonMark can see it close.
func closeMarker(dst []byte, marker string) []byte {
	trail := len(dst) - len(strings.TrimRight(string(dst), " \t"))
	if trail == 0 {
		return append(dst, marker...)
	}
	body := len(dst) - trail
	dst = append(dst, marker...)
	copy(dst[body+len(marker):], dst[body:body+trail])
	copy(dst[body:], marker)
	return dst
}
