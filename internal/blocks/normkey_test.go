package blocks

import (
	"fmt"
	"strings"
	"testing"
	"unicode"

	"github.com/pith-org/pith/internal/article"
)

// normKeyByFields is the definition normKey's fast path must agree with.
func normKeyByFields(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

func TestNormKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{" \t\n", ""},
		{"  Read   MORE\n", "read more"},
		{"a\vb\fc\rd", "a b c d"},
		{"Über  DEN Autor", "über den autor"},
		{"x\u00a0Y", "x y"},              // non-breaking space is a space to Fields
		{"ÉTÉ İSTANBUL", "été istanbul"}, // Unicode lower-casing, not ASCII's
		{strings.Repeat("Long Text ", 30), strings.TrimSpace(strings.Repeat("long text ", 30))},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := normKey(tc.in); got != tc.want {
				t.Errorf("normKey(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzNormKey(f *testing.F) {
	f.Add("  Read   MORE\n")
	f.Add("Über\u00a0den Autor")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normKey(s), normKeyByFields(s); got != want {
			t.Errorf("normKey(%q) = %q, want %q", s, got, want)
		}
	})
}

// normTextByRunes is the rune loop appendNormText must agree with.
func normTextByRunes(text string, lastSpace bool) (string, bool) {
	var b strings.Builder
	for _, r := range text {
		if invisible(r) {
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' {
			if !lastSpace {
				b.WriteByte(' ')
				lastSpace = true
			}
			continue
		}
		b.WriteRune(r)
		lastSpace = false
	}
	return b.String(), lastSpace
}

func TestAppendNormText(t *testing.T) {
	for _, tc := range []struct {
		in        string
		lastSpace bool
		want      string
		wantSpace bool
	}{
		{"", false, "", false},
		{"  a \t\n b  ", true, "a b ", true},
		{"  a", false, " a", false},
		{"soft\u00adhy\u200bphen\ufeff", false, "softhyphen", false},
		{"x\u00a0\u2003y", false, "x y", false},
		{"\xffz", false, "\ufffdz", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, space := appendNormText([]byte("p:"), tc.in, tc.lastSpace)
			if string(got) != "p:"+tc.want || space != tc.wantSpace {
				t.Errorf("appendNormText(%q, %v) = %q, %v; want %q, %v", tc.in, tc.lastSpace, got[2:], space, tc.want, tc.wantSpace)
			}
		})
	}
}

func FuzzAppendNormText(f *testing.F) {
	f.Add(" a\u00a0b\u00ad ", false)
	f.Fuzz(func(t *testing.T, s string, lastSpace bool) {
		got, space := appendNormText(nil, s, lastSpace)
		want, wantSpace := normTextByRunes(s, lastSpace)
		if string(got) != want || space != wantSpace {
			t.Errorf("appendNormText(%q, %v) = %q, %v; want %q, %v", s, lastSpace, got, space, want, wantSpace)
		}
	})
}

// minTextLen must never exceed the length of the text it bounds, or emit
// would skip the repeat check of a short block.
func TestMinTextLen(t *testing.T) {
	for _, bl := range []article.Block{
		{Kind: article.Paragraph, Text: "some text"},
		{Kind: article.Heading, Text: "h"},
		{Kind: article.Figure, Src: "a.jpg", Caption: "cap"},
		{Kind: article.List, Items: []article.Item{{Text: "one"}, {Text: "two", Children: []article.Block{{Kind: article.Paragraph, Text: "sub"}}}}},
		{Kind: article.List},
		{Kind: article.Table, Rows: [][]string{{"a", "b"}, {}, {"c"}}},
		{Kind: article.Quote, Text: "q"},
	} {
		t.Run(fmt.Sprint(bl.Kind), func(t *testing.T) {
			if n, full := minTextLen(&bl), len(bl.PlainText()); n > full {
				t.Errorf("%s block: minTextLen %d > len(PlainText) %d", bl.Kind, n, full)
			}
		})
	}
	if got := minTextLen(&article.Block{Kind: article.List, Items: []article.Item{{Text: "ab"}, {Text: "cde"}}}); got != 5 {
		t.Errorf("list minTextLen = %d, want 5", got)
	}
}
