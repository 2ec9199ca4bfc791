package render

import (
	"fmt"
	"strings"
	"testing"
)

func TestRuneWidth(t *testing.T) {
	tests := []struct {
		r    rune
		want int
	}{
		{'a', 1}, {'é', 1}, {'\u0301', 0}, {'\u200b', 0}, {'東', 2},
		{'ア', 2}, {'한', 2}, {'Ａ', 2}, {'😀', 2}, {'Ж', 1},
	}
	for _, tt := range tests {
		t.Run(string(tt.r), func(t *testing.T) {
			if got := runeWidth(tt.r); got != tt.want {
				t.Errorf("runeWidth(%q) = %d, want %d", tt.r, got, tt.want)
			}
		})
	}
}

func TestAppendWrapped(t *testing.T) {
	tests := []struct {
		name        string
		in          string
		width       int
		first, rest string
		want        string
	}{
		{"no width keeps line", "a b  c", 0, "", "", "a b  c\n"},
		{"no width keeps breaks", "a\nb", 0, "> ", "> ", "> a\n> b\n"},
		{"fills greedily", "aa bb cc dd", 5, "", "", "aa bb\ncc dd\n"},
		{"exact fit", "abcde fghij", 5, "", "", "abcde\nfghij\n"},
		{"long word not split", "a verylongword b", 5, "", "", "a\nverylongword\nb\n"},
		{"hanging indent", "one two three four", 10, "• ", "  ", "• one two\n  three\n  four\n"},
		{"quote prefix", "aaa bbb\n\nccc", 9, "> ", "> ", "> aaa bbb\n>\n> ccc\n"},
		{"collapses spaces", "a    b", 10, "", "", "a b\n"},
		{"cjk breaks between characters", "東京都庁舎", 4, "", "", "東京\n都庁\n舎\n"},
		{"cjk keeps closing punctuation", "東京、大阪", 4, "", "", "東\n京、\n大阪\n"},
		{"mixed", "abc 日本語", 6, "", "", "abc 日\n本語\n"},
		{"combining marks take no column", "e\u0301e\u0301 ab", 5, "", "", "e\u0301e\u0301 ab\n"},
		{"tiny width", "ab cd", 1, "", "", "ab\ncd\n"},
		{"prefix wider than width", "ab cd", 2, "    ", "    ", "    ab\n    cd\n"},
		{"invalid utf8", "a\xffb c", 3, "", "", "a\xffb\nc\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := string(appendWrapped(nil, tt.in, tt.width, tt.first, tt.rest))
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestWrapWidthRespected checks every wrapped line of the golden article
// fits in the width unless it is a single word.
func TestWrapWidthRespected(t *testing.T) {
	for _, width := range []int{20, 33, 40, 60} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			var b strings.Builder
			if err := Text(&b, fullArticle(), Options{Width: width}); err != nil {
				t.Fatal(err)
			}
			inCode := false
			for line := range strings.SplitSeq(b.String(), "\n") {
				if strings.HasPrefix(line, "def ") {
					inCode = true
				}
				if line == "" {
					inCode = false
				}
				if inCode || strings.Contains(line, " | ") {
					continue
				}
				if w := strWidth(line); w > width && len(strings.Fields(line)) > 1 &&
					len(strings.Fields(strings.TrimLeft(line, " •>0123456789."))) > 1 {
					t.Errorf("width %d: line %q is %d columns", width, line, w)
				}
			}
		})
	}
}
