package dom

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// LetterKey is s lower-cased with only its letters and digits, for loose
// comparisons of titles, headings and names: "Storm hits – the Coast!"
// and "storm hits the coast" have the same key.
func LetterKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// CollapseSpace replaces every run of Unicode whitespace (including
// no-break spaces) with one ASCII space and trims both ends. Characters
// that render as nothing (soft hyphens, zero-width spaces, word joiners,
// stray byte-order marks) are dropped first, so they neither split a word
// nor separate two spaces. Invalid UTF-8 bytes become U+FFFD, so the
// result is valid UTF-8 and collapsing it again changes nothing. Text
// that is already collapsed is returned as it is, without allocating.
func CollapseSpace(s string) string {
	if collapsed(s) {
		return s
	}
	return string(appendCollapsed(make([]byte, 0, len(s)), s))
}

// collapse is CollapseSpace for a byte slice the caller keeps ownership of.
func collapse(b []byte) string {
	if collapsed(b) {
		return string(b)
	}
	if !utf8.Valid(b) {
		return string(appendCollapsed(make([]byte, 0, len(b)+8), b))
	}
	// Collapsing valid text only shrinks it, so it can run in place.
	return string(appendCollapsed(b[:0], b))
}

// collapsed reports whether CollapseSpace would return s unchanged: ASCII
// letters and single inner spaces are by far the common case, so the scan
// decodes runes only past 0x80.
func collapsed[T string | []byte](s T) bool {
	prevSpace := true // a leading space is not collapsed
	retry := 0        // where the word scan is next tried
	for i := 0; i < len(s); {
		if i >= retry && i+8 <= len(s) {
			// Eight bytes at a time while they are printable ASCII: only
			// their spaces matter then (metadata collapses whole page
			// texts through here).
			x := load64(s, i)
			if (x-0x2020202020202020)&^x&0x8080808080808080 == 0 && x&0x8080808080808080 == 0 {
				y := x ^ 0x2020202020202020 // spaces become zero bytes
				sp := ^((y&0x7f7f7f7f7f7f7f7f + 0x7f7f7f7f7f7f7f7f) | y | 0x7f7f7f7f7f7f7f7f)
				if sp&(sp>>8) != 0 || prevSpace && sp&0x80 != 0 {
					return false // two spaces in a row, or a leading one
				}
				prevSpace = sp>>63 != 0
				i += 8
				continue
			}
			retry = i + 8 // the bytes of this word go one at a time
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace[c] {
				if c != ' ' || prevSpace {
					return false
				}
				prevSpace = true
			} else {
				prevSpace = false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
		if unicode.IsSpace(r) || invisible(r) || r == utf8.RuneError && size == 1 {
			return false
		}
		prevSpace = false
		i += size
	}
	return !prevSpace || len(s) == 0
}

// load64 reads the eight bytes of s at i as a little-endian word.
func load64[T string | []byte](s T, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// appendCollapsed appends the collapsed s to dst. dst may share s's
// memory as long as it starts at s's first byte: output never overtakes
// input, except that an invalid byte becomes the three bytes of U+FFFD,
// so in-place callers check validity first.
func appendCollapsed[T string | []byte](dst []byte, s T) []byte {
	pending := false // a space seen since the last word
	started := false // a word has been written
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				pending = true
				continue
			}
			if pending && started {
				dst = append(dst, ' ')
			}
			pending, started = false, true
			dst = append(dst, c)
			continue
		}
		r, size := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
		switch {
		case invisible(r):
		case unicode.IsSpace(r):
			pending = true
		default:
			if pending && started {
				dst = append(dst, ' ')
			}
			pending, started = false, true
			if r == utf8.RuneError && size == 1 {
				dst = utf8.AppendRune(dst, r)
			} else {
				dst = append(dst, s[i:i+size]...)
			}
		}
		i += size
	}
	return dst
}

// CollapsedLen returns len(CollapseSpace(s)) without building the
// collapsed string, for callers that only weigh text.
func CollapsedLen(s string) int {
	n := 0
	pending := false // a space seen since the last word
	started := false // a word has been counted
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			if asciiSpace[c] {
				pending = true
				continue
			}
			if pending && started {
				n++
			}
			pending, started = false, true
			n++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case invisible(r):
		case unicode.IsSpace(r):
			pending = true
		default:
			if pending && started {
				n++
			}
			pending, started = false, true
			if r == utf8.RuneError && size == 1 {
				n += utf8.RuneLen(utf8.RuneError)
			} else {
				n += size
			}
		}
		i += size
	}
	return n
}

// asciiSpace holds the ASCII characters unicode.IsSpace accepts.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// invisible reports the characters that render as nothing and are
// dropped from collapsed text.
func invisible(r rune) bool {
	return r == '\u00ad' || r == '\u200b' || r == '\u2060' || r == '\ufeff'
}
