package blocks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/article"
)

// brMarker stands for a <br> among spans until normSpans turns it into a
// line break; a NUL cannot come from parsed text (the parser replaces it).
const brMarker = "\x00"

// normSpans collapses whitespace across span boundaries the way a browser
// does, keeps line breaks from <br>, trims the ends and merges adjacent
// spans of the same formatting.
func normSpans(in []article.Span) []article.Span {
	out := make([]article.Span, 0, len(in))
	// Spans of the same formatting merge into the last one out. Its text
	// is built in joined while they do: += would copy it once per span,
	// quadratic in a paragraph of thousands of <span>s.
	var joined []byte
	merging := false
	settle := func() {
		if merging {
			out[len(out)-1].Text = string(joined)
			merging = false
		}
	}
	add := func(s article.Span) {
		if n := len(out); n > 0 && sameFormat(out[n-1], s) {
			if !merging {
				joined = append(joined[:0], out[n-1].Text...)
				merging = true
			}
			joined = append(joined, s.Text...)
			return
		}
		settle()
		out = append(out, s)
	}
	lastSpace := true // at the start, leading space is dropped
	for _, s := range in {
		if s.Image != "" {
			settle()
			out = append(out, s)
			if s.Text != "" {
				lastSpace = false // its alt text is read in the line
			}
			continue
		}
		if s.Text == brMarker {
			settle()
			// a <br>: replace a pending space with the break
			if n := len(out); n > 0 && !lastSpace {
				out = append(out, article.Span{Text: "\n"})
			} else if n > 0 && strings.HasSuffix(out[n-1].Text, " ") {
				out[n-1].Text = strings.TrimSuffix(out[n-1].Text, " ")
				out = append(out, article.Span{Text: "\n"})
			}
			lastSpace = true
			continue
		}
		if t, ok := alreadyCollapsed(s.Text, lastSpace); ok {
			// Most text runs need no change: keep the string.
			if t == "" {
				continue
			}
			lastSpace = t[len(t)-1] == ' '
			s.Text = t
			add(s)
			continue
		}
		var t []byte
		t, lastSpace = appendNormText(make([]byte, 0, len(s.Text)), s.Text, lastSpace)
		if len(t) == 0 {
			continue
		}
		s.Text = string(t)
		add(s)
	}
	settle()
	// trim trailing whitespace and breaks
	for len(out) > 0 {
		last := &out[len(out)-1]
		if last.Image != "" {
			break
		}
		last.Text = strings.TrimRight(last.Text, " \n")
		if last.Text != "" {
			break
		}
		out = out[:len(out)-1]
	}
	for len(out) > 0 && out[0].Image == "" && strings.TrimLeft(out[0].Text, " \n") == "" {
		out = out[1:]
	}
	if len(out) > 0 && out[0].Image == "" {
		out[0].Text = strings.TrimLeft(out[0].Text, " \n")
	}
	return out
}

// appendNormText appends text to dst with invisible characters dropped
// and each run of whitespace made one space, none at all when lastSpace
// says the text before ended in one. It returns whether the result now
// ends in a space. ASCII goes through the table, other bytes are decoded.
func appendNormText(dst []byte, text string, lastSpace bool) ([]byte, bool) {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				if !lastSpace {
					dst = append(dst, ' ')
					lastSpace = true
				}
				continue
			}
			dst = append(dst, c)
			lastSpace = false
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if invisible(r) {
			continue
		}
		if unicode.IsSpace(r) {
			if !lastSpace {
				dst = append(dst, ' ')
				lastSpace = true
			}
			continue
		}
		dst = utf8.AppendRune(dst, r)
		lastSpace = false
	}
	return dst, lastSpace
}

func sameFormat(a, b article.Span) bool {
	return a.Image == "" && b.Image == "" && a.Href == b.Href && a.Strong == b.Strong && a.Em == b.Em && a.Code == b.Code
}

func spansText(spans []article.Span) string {
	if len(spans) == 1 {
		return strings.TrimSpace(spans[0].Text) // a plain paragraph: no copy
	}
	n := 0
	for _, s := range spans {
		n += len(s.Text)
	}
	var b strings.Builder
	b.Grow(n)
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return strings.TrimSpace(b.String())
}

func linkDensity(spans []article.Span) float64 {
	total, linked := 0, 0
	for _, s := range spans {
		n := utf8.RuneCountInString(s.Text)
		total += n
		if s.Href != "" {
			linked += n
		}
	}
	if total == 0 {
		return 0
	}
	return float64(linked) / float64(total)
}

func listLinkDensity(items []article.Item) float64 {
	total, linked := 0, 0
	var walk func([]article.Item)
	walk = func(items []article.Item) {
		for _, it := range items {
			for _, s := range it.Spans {
				n := utf8.RuneCountInString(s.Text)
				total += n
				if s.Href != "" {
					linked += n
				}
			}
			for _, c := range it.Children {
				if c.Kind == article.List {
					walk(c.Items)
				} else {
					for _, s := range c.Spans {
						n := utf8.RuneCountInString(s.Text)
						total += n
						if s.Href != "" {
							linked += n
						}
					}
				}
			}
		}
	}
	walk(items)
	if total == 0 {
		return 0
	}
	return float64(linked) / float64(total)
}

// normKey is the comparison key for repeated text: case-folded, with
// whitespace collapsed.
//
// It is strings.ToLower(strings.Join(strings.Fields(s), " ")) in one
// pass (every emitted block is keyed): spaces are unicode.IsSpace, as
// for Fields, and other characters go through unicode.ToLower, as in
// ToLower, which also turns an invalid byte into U+FFFD.
func normKey(s string) string {
	var buf [2 * dedupMax]byte
	b := buf[:0]
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				space = len(b) > 0
				continue
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if unicode.IsSpace(r) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

// asciiSpace marks the ASCII bytes unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// tidy drops lone labels, and the headings that end the body: they introduced a section
// that cleaning removed (a "Related" rail, a comment thread). A heading
// followed by another is kept: pages nest a kicker or a dek in heading
// tags, and measured on both corpora dropping those costs recall.
func (b *builder) tidy(bs []article.Block) []article.Block {
	out := bs[:0]
	t := b.o.Trace
	for i, bl := range bs {
		// A lone label ("Kontakt:", "Weitere Informationen:") is the
		// caption of a contact or info box; before a list or table
		// ("Zutaten:") it names what follows and stays.
		if bl.Kind == article.Paragraph && b.on(ruleLoneLabel) && isLabelLine(bl.Text) &&
			(i+1 == len(bs) || bs[i+1].Kind != article.List && bs[i+1].Kind != article.Table) {
			t.Drop(ruleLoneLabel, quote(bl.Text), "")
			continue
		}
		out = append(out, bl)
	}
	for b.on(ruleTrailingHead) && len(out) > 0 && out[len(out)-1].Kind == article.Heading {
		t.Drop(ruleTrailingHead, quote(out[len(out)-1].Text), "")
		out = out[:len(out)-1]
	}
	return out
}

// invisible reports characters that render as nothing and only break
// words for search and comparison: soft hyphens, zero-width spaces and
// joiners used as break hints, byte-order marks.
func invisible(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u2060', '\ufeff':
		return true
	}
	return false
}

// bareLink reports spans that are a link and nothing more: the text
// outside links has fewer than four letters or digits ("• ", " | ").
func bareLink(spans []article.Span) bool {
	linked, other := false, 0
	for _, s := range spans {
		if s.Href != "" {
			linked = true
			continue
		}
		for _, r := range s.Text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				other++
			}
		}
	}
	return linked && other < 4
}

// linkOnlyShare is the share of items that are bare links.
func linkOnlyShare(items []article.Item) float64 {
	if len(items) == 0 {
		return 0
	}
	n := 0
	for _, it := range items {
		if it.Text == "" || bareLink(it.Spans) {
			n++
		}
	}
	return float64(n) / float64(len(items))
}

// alreadyCollapsed reports whether t is already in the form normSpans
// gives it (single ASCII spaces, none leading after a space, no other
// whitespace or invisible characters), so it can be kept as it is. It
// answers false whenever it is unsure: lead bytes of the non-ASCII
// spaces and invisibles (C2, E1, E2, E3, EF) send the text the slow way.
func alreadyCollapsed(t string, lastSpace bool) (string, bool) {
	prevSpace := lastSpace
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == ' ':
			if prevSpace {
				return "", false
			}
			prevSpace = true
		case c < 0x20 || c == 0x7f:
			return "", false
		case c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3 || c == 0xef:
			return "", false
		default:
			prevSpace = false
		}
	}
	return t, true
}
