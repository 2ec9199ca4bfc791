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
	var open []string // markers opened here, innermost last
	have := base
	// closeTo closes markers until every one still open is wanted;
	// markers nest, so an unwanted outer one forces the inner ones shut.
	// It returns how many marker bytes it wrote and the character before
	// them.
	closeTo := func(want style) (closed int, prev rune) {
		trimmed := strings.TrimRight(string(dst), " \t")
		prev = lastRune([]byte(trimmed))
		for {
			bad := false
			for _, o := range open {
				if (o == "**" && !want.strong) || (o == "*" && !want.em) {
					bad = true
				}
			}
			if !bad {
				return closed, prev
			}
			top := open[len(open)-1]
			dst = closeMarker(dst, top)
			closed += len(top)
			open = open[:len(open)-1]
			if top == "**" {
				have.strong = base.strong
			} else {
				have.em = base.em
			}
		}
	}
	// A closing run must be right-flanking and not left-flanking.
	checkClose := func(prev, after rune) {
		if !canClose(prev, after) || canOpen(prev, after) {
			m.badFlank = true
		}
	}
	for i := 0; i < len(line); {
		s := &line[i]
		// A run of blanks takes the style around it, so "**a** **b**"
		// is not needed where "**a b**" says the same.
		if s.Href == "" && s.Image == "" && !s.Code && strings.TrimSpace(s.Text) == "" {
			if s.Text != "" {
				dst = append(dst, ' ')
			}
			i++
			continue
		}
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
			// Blanks at the ends of the link text belong outside the link.
			inner := string(m.inline(nil, line[i:j], want, true))
			if text := strings.TrimSpace(inner); text != "" {
				seg = append(seg, inner[:strings.Index(inner, text)]...)
				seg = append(seg, '[')
				seg = append(seg, text...)
				seg = append(seg, "]("...)
				seg = append(seg, mdURL(s.Href)...)
				seg = append(seg, ')')
				seg = append(seg, inner[strings.Index(inner, text)+len(text):]...)
			} else if inner != "" {
				seg = append(seg, ' ') // a link over blanks leaves the blank
			}
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
		i = j
		if len(seg) == 0 {
			continue
		}
		// Blanks at the edges of a run stay outside its markers, where
		// CommonMark requires them.
		lead := len(seg) - len(strings.TrimLeft(string(seg), " \t"))
		if lead > 0 {
			dst = append(dst, ' ')
		}
		seg = seg[lead:]
		if len(seg) == 0 {
			continue
		}
		next := firstRune(seg)
		closed, prevClose := closeTo(want)
		opened := 0
		if want.strong && !have.strong {
			opened += 2
		}
		if want.em && !have.em {
			opened++
		}
		touching := closed > 0 && opened > 0 && dst[len(dst)-1] == '*'
		switch {
		case touching:
			// Closing and opening markers that touch form one delimiter
			// run, which CommonMark splits as intended only when it is
			// three long between letters ("*a***b**").
			if closed+opened != 3 || !isWordRune(prevClose) || !isWordRune(next) {
				m.badFlank = true
			}
		case closed > 0:
			after := next
			if dst[len(dst)-1] != '*' { // blanks follow the markers
				after = ' '
			}
			checkClose(prevClose, after)
		}
		if opened > 0 && !touching {
			if prev := lastRune(dst); !canOpen(prev, next) || canClose(prev, next) {
				m.badFlank = true
			}
		}
		if want.strong && !have.strong {
			dst = append(dst, "**"...)
			open = append(open, "**")
			have.strong = true
		}
		if want.em && !have.em {
			dst = append(dst, '*')
			open = append(open, "*")
			have.em = true
		}
		if seg[0] == '[' && len(dst) > 0 && dst[len(dst)-1] == '!' {
			// "!" before a link would make it an image.
			dst = append(dst[:len(dst)-1], '\\', '!')
		}
		dst = append(dst, seg...)
	}
	if closed, prev := closeTo(base); closed > 0 {
		after := rune(-1)
		if dst[len(dst)-1] != '*' {
			after = ' '
		}
		checkClose(prev, after)
	}
	return dst
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
