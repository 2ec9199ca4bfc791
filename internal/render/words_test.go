package render

import "testing"

func TestWordCount(t *testing.T) {
	tests := []struct {
		in   string
		want int
	}{
		{"", 0},
		{"   \n\t ", 0},
		{"one", 1},
		{"Hello, world!", 2},
		{"don't stop e-mail", 3},
		{"a - b — c | d • e", 5},
		{"Größe und Übermaß", 3},
		{"Ça coûte 3,50 €", 3},
		{"Zażółć gęślą jaźń", 3},
		{"東京", 2},
		{"東京abc", 3},
		{"明日は晴れ。", 5},
		{"カタカナ", 4},
		{"한국어 문장", 5},
		{"Mixed 日本語 text", 5},
		{"1. item\n2. item", 4},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := WordCount(tt.in); got != tt.want {
				t.Errorf("WordCount(%q) = %d, want %d", tt.in, got, tt.want)
			}
		})
	}
}

// WordCount counts the words of s, the number reported as word_count.
//
// A word is a run of characters between whitespace that holds at least one
// letter or digit, so bullets, dashes and table pipes do not count and
// "don't" or "e-mail" count once. Chinese and Japanese are written without
// spaces, so each Han, Hiragana or Katakana character counts as one word;
// Hangul syllables are counted the same way, which keeps the measure
// comparable across CJK text. Letters of other scripts attached to a CJK
// character form a word of their own ("東京abc" is three words).
func WordCount(s string) int { return wordCount(s) }
