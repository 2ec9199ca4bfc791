package render

import (
	"unicode"
	"unicode/utf8"
)

// wordCount is WordCount for the text JSON output builds in a byte
// buffer as well as for strings. ASCII, most of the text of most pages,
// is counted without branches: a word starts at a letter or digit
// outside a word and ends at a space; other characters are decoded.
func wordCount[T string | []byte](s T) int {
	n := 0
	var in uint8 // 1 inside a word
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			w := asciiWordChar[c]
			n += int(w &^ in)
			in = (in | w) &^ asciiWordSpace[c]
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
		i += size
		switch {
		case isCJK(r):
			n++
			in = 0
		case unicode.IsSpace(r):
			in = 0
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if in == 0 {
				n++
				in = 1
			}
		}
	}
	return n
}

// asciiWordChar is 1 for ASCII letters and digits, asciiWordSpace for
// the ASCII spaces; other ASCII (punctuation) neither starts nor ends a
// word.
var asciiWordChar, asciiWordSpace = func() (chars, spaces [utf8.RuneSelf]uint8) {
	for c := range chars {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
			chars[c] = 1
		case c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v' || c == '\f':
			spaces[c] = 1
		}
	}
	return chars, spaces
}()

func isCJK(r rune) bool {
	if r < 0x1100 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}
