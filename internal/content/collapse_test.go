package content

import (
	"testing"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dom"
)

func TestCollapsedLen(t *testing.T) {
	for _, s := range []string{"", "  ", "a", " a  b\n\tc ", "soft\u00adhyphen", "nbsp\u00a0here", "日本語 の  テキスト", "\u3000x\u3000", "a\u2009b", "zero\u200bwidth"} {
		t.Run(s, func(t *testing.T) {
			if got, want := collapsedLen(s), utf8.RuneCountInString(dom.CollapseSpace(s)); got != want {
				t.Errorf("collapsedLen(%q) = %d, want %d", s, got, want)
			}
		})
	}
}

func FuzzCollapsedLen(f *testing.F) {
	f.Add(" a  b\n\tc ")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		if got, want := collapsedLen(s), utf8.RuneCountInString(dom.CollapseSpace(s)); got != want {
			t.Errorf("collapsedLen(%q) = %d, want %d", s, got, want)
		}
	})
}

// commasByRunes is the plain definition measureText's comma count must
// agree with.
func commasByRunes(s string) int {
	c := 0
	for _, r := range s {
		switch r {
		case ',', '，', '、', '،', ';':
			c++
		}
	}
	return c
}

func TestMeasureText(t *testing.T) {
	for _, tc := range []struct {
		in            string
		chars, commas int
	}{
		{"", 0, 0},
		{" \t\n ", 0, 0},
		{"a, b; c", 7, 2},
		{"  lead  and trail  ", 14, 0},
		{"中文，逗号、分隔", 8, 2},
		{"عربي، نص", 8, 1},
		{"soft\u00adhy\u200bphen", 10, 0},
		{"a\u00a0\u2009 b", 3, 0},
		{"\xff,\xfe", 3, 1}, // invalid bytes count as one rune each
		// Long enough for the eight-byte scan, with spaces at word edges.
		{"   leading spaces, then words; more words   ", 38, 2},
		{"abcdefg hijklmno pqrstuvw", 25, 0},
		{"abcdefgh        ijklmnop", 17, 0},
		{"        abcdefgh", 8, 0},
		{"abcdefgh\n\tijklmnop,,,,;;;;", 25, 8},
		{"Grüße aus Köln, schöne Straße, sagt er.", 39, 2},
	} {
		t.Run(tc.in, func(t *testing.T) {
			chars, commas := measureText(tc.in)
			if chars != tc.chars || commas != tc.commas {
				t.Errorf("measureText(%q) = %d, %d; want %d, %d", tc.in, chars, commas, tc.chars, tc.commas)
			}
		})
	}
}

func FuzzMeasureText(f *testing.F) {
	f.Add("a, b;\u00a0c，d")
	f.Add("   leading spaces, then words;   more  words   and\ttabs\n")
	f.Fuzz(func(t *testing.T, s string) {
		chars, commas := measureText(s)
		if want := commasByRunes(s); commas != want {
			t.Errorf("measureText(%q) commas = %d, want %d", s, commas, want)
		}
		if !utf8.ValidString(s) {
			return
		}
		if want := utf8.RuneCountInString(dom.CollapseSpace(s)); chars != want {
			t.Errorf("measureText(%q) chars = %d, want %d", s, chars, want)
		}
	})
}
