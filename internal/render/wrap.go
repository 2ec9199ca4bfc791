package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// runeWidth is the number of terminal columns r takes: 0 for combining
// marks and invisible format characters, 2 for East Asian wide and
// full-width characters (and the common emoji blocks), 1 otherwise.
func runeWidth(r rune) int {
	switch {
	case r < 0x300:
		return 1
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	case r >= 0x1100 && r <= 0x115f, // Hangul Jamo initials
		r >= 0x2e80 && r <= 0x303e, // CJK radicals, punctuation
		r >= 0x3041 && r <= 0x33ff, // kana, CJK compatibility
		r >= 0x3400 && r <= 0x4dbf, // CJK extension A
		r >= 0x4e00 && r <= 0x9fff, // CJK unified ideographs
		r >= 0xa000 && r <= 0xa4cf, // Yi
		r >= 0xac00 && r <= 0xd7a3, // Hangul syllables
		r >= 0xf900 && r <= 0xfaff, // CJK compatibility ideographs
		r >= 0xfe30 && r <= 0xfe4f, // CJK compatibility forms
		r >= 0xff00 && r <= 0xff60, // full-width forms
		r >= 0xffe0 && r <= 0xffe6,
		r >= 0x1f300 && r <= 0x1f64f, // pictographs, emoticons
		r >= 0x1f900 && r <= 0x1f9ff,
		r >= 0x20000 && r <= 0x3fffd: // CJK extensions B and beyond
		return 2
	}
	return 1
}

func strWidth(s string) int {
	w := 0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

// noBreakBefore lists wide punctuation that must not start a line, so a
// break is never placed in front of it even between wide characters.
const noBreakBefore = "、。，．：；？！）」』】〕〉》〗〙〛ー々ゝゞヽヾ"

// unit is a piece of a line that wrapping never splits.
type unit struct {
	start, end int  // byte range in the line
	space      bool // preceded by whitespace
	w          int  // columns
}

// units splits a line into unbreakable pieces. Breaks are allowed at
// whitespace and, because CJK text has no spaces, before a wide character
// unless it is closing punctuation.
func units(line string, dst []unit) []unit {
	dst = dst[:0]
	space := false
	cur := -1 // index in dst of the unit being extended, -1 for none
	for i := 0; i < len(line); {
		r, n := utf8.DecodeRuneInString(line[i:])
		i += n
		if unicode.IsSpace(r) {
			space = true
			cur = -1
			continue
		}
		if unicode.IsControl(r) { // removed on output; must not make a unit
			continue
		}
		w := runeWidth(r)
		wide := w == 2
		if cur < 0 || (wide && !strings.ContainsRune(noBreakBefore, r)) {
			dst = append(dst, unit{start: i - n, end: i, space: space, w: w})
			cur = len(dst) - 1
		} else {
			dst[cur].end = i
			dst[cur].w += w
		}
		space = false
	}
	return dst
}

// appendWrapped appends s laid out as lines: the first starts with first,
// the others with rest. Line breaks in s are kept; an empty line becomes
// rest without its trailing spaces (so a quote keeps its "  >" marker);
// runs of empty lines become one and those at the ends are dropped. Text
// with nothing to show writes first alone, so an empty list item keeps
// its marker.
// With width > 0 prose is filled greedily to that many columns, prefix
// included; a word wider than the space left gets a line of its own and
// is never split.
func appendWrapped(dst []byte, s string, width int, first, rest string) []byte {
	if blank(s) {
		dst = append(dst, strings.TrimRight(first, " ")...)
		return append(dst, '\n')
	}
	var us []unit
	prefix := first
	written, pendingBlank := false, false
	for line := range strings.SplitSeq(s, "\n") {
		// Blank lines at the ends are dropped and runs of them collapse.
		if blank(line) {
			pendingBlank = written
			continue
		}
		if pendingBlank {
			dst = append(dst, strings.TrimRight(prefix, " ")...)
			dst = append(dst, '\n')
			pendingBlank = false
		}
		written = true
		if width <= 0 {
			dst = append(dst, prefix...)
			dst = append(dst, strings.TrimRight(line, " \t")...)
			dst = append(dst, '\n')
			prefix = rest
			continue
		}
		us = units(line, us)
		avail := width - strWidth(prefix)
		col, started := 0, false
		dst = append(dst, prefix...)
		for _, u := range us {
			sep := started && u.space
			need := u.w
			if sep {
				need++
			}
			if started && col+need > avail {
				dst = append(dst, '\n')
				dst = append(dst, rest...)
				avail = width - strWidth(rest)
				col, sep, need = 0, false, u.w
			}
			if sep {
				dst = append(dst, ' ')
			}
			dst = append(dst, line[u.start:u.end]...)
			col += need
			started = true
		}
		dst = append(dst, '\n')
		prefix = rest
	}
	return dst
}
