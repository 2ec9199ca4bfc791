package render

import "unicode"

// WordCount counts the words of s, the number reported as word_count.
//
// A word is a run of characters between whitespace that holds at least one
// letter or digit, so bullets, dashes and table pipes do not count and
// "don't" or "e-mail" count once. Chinese and Japanese are written without
// spaces, so each Han, Hiragana or Katakana character counts as one word;
// Hangul syllables are counted the same way, which keeps the measure
// comparable across CJK text. Letters of other scripts attached to a CJK
// character form a word of their own ("東京abc" is three words).
func WordCount(s string) int {
	n := 0
	in := false
	for _, r := range s {
		if r < 0x80 { // ASCII fast path: most text of most pages
			switch {
			case 'a' <= r && r <= 'z', 'A' <= r && r <= 'Z', '0' <= r && r <= '9':
				if !in {
					n++
					in = true
				}
			case r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f':
				in = false
			}
			continue
		}
		switch {
		case isCJK(r):
			n++
			in = false
		case unicode.IsSpace(r):
			in = false
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if !in {
				n++
				in = true
			}
		}
	}
	return n
}

func isCJK(r rune) bool {
	if r < 0x1100 {
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}
