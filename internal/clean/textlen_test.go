package clean

import (
	"strings"
	"testing"
)

// textLenByBytes is the plain definition textLen must agree with.
func textLenByBytes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '\n', '\t', '\r':
		default:
			n++
		}
	}
	return n
}

func TestTextLen(t *testing.T) {
	long := strings.Repeat("word \t\r\nÄ ", 40)
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{" \n\t\r", 0},
		{"a b", 2},
		{"\u00a0x", 3}, // non-breaking space: its two bytes count
		{long, 40 * 6},
		{" " + long + "x", 40*6 + 1},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := textLen(tc.in); got != tc.want {
				t.Errorf("textLen(%q) = %d, want %d", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzTextLen(f *testing.F) {
	f.Add("a b\tc")
	f.Add(strings.Repeat("lorem ipsum\n", 10))
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := textLen(s), textLenByBytes(s); got != want {
			t.Errorf("textLen(%q) = %d, want %d", s, got, want)
		}
	})
}
