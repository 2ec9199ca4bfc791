package content

import (
	"testing"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dom"
)

func TestCollapsedLen(t *testing.T) {
	for _, s := range []string{"", "  ", "a", " a  b\n\tc ", "soft\u00adhyphen", "nbsp\u00a0here", "日本語 の  テキスト", "\u3000x\u3000", "a\u2009b", "zero\u200bwidth"} {
		if got, want := collapsedLen(s), utf8.RuneCountInString(dom.CollapseSpace(s)); got != want {
			t.Errorf("collapsedLen(%q) = %d, want %d", s, got, want)
		}
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
