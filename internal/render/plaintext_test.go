package render

import (
	"testing"
	"unicode"

	"github.com/pith-org/pith/internal/article"
)

func TestAppendPlainText(t *testing.T) {
	para := func(s string) article.Block { return article.Block{Kind: article.Paragraph, Text: s} }
	for _, tc := range []struct {
		name string
		a    *article.Article
		want string
	}{
		{"empty", &article.Article{}, ""},
		{"paragraphs", &article.Article{Blocks: []article.Block{para("a"), para(""), para("b")}}, "a\n\nb"},
		{"leading empty", &article.Article{Blocks: []article.Block{{Kind: article.Figure}, para("x")}}, "x"},
		{"list", &article.Article{Blocks: []article.Block{para("p"), {Kind: article.List, Items: []article.Item{
			{Text: "one", Children: []article.Block{
				{Kind: article.List, Items: []article.Item{{Text: "1a"}, {Text: ""}}},
				{Kind: article.Table, Rows: [][]string{{"c1", "c2"}, {"d"}}},
				{Kind: article.Figure},
			}},
			{Text: "two"},
		}}}}, "p\n\none\n1a\n\nc1 | c2\nd\ntwo"},
		{"list with empty first item", &article.Article{Blocks: []article.Block{{Kind: article.List, Items: []article.Item{{Text: ""}, {Text: "b"}}}}}, "b"},
		{"table", &article.Article{Blocks: []article.Block{{Kind: article.Table, Rows: [][]string{{}, {"a", "b"}}}}}, "a | b"},
		{"a figure caption is not prose", &article.Article{Blocks: []article.Block{{Kind: article.Figure, Src: "x.jpg", Caption: "cap"}, {Kind: article.Paragraph, Text: "text"}}}, "text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := string(appendPlainText([]byte("prefix"), tc.a))[len("prefix"):]
			if got != tc.want {
				t.Errorf("%s: appendPlainText = %q, want %q", tc.name, got, tc.want)
			}
			if want := tc.a.PlainText(); got != want {
				t.Errorf("%s: appendPlainText = %q, article.PlainText = %q", tc.name, got, want)
			}
		})
	}
}

func FuzzAppendPlainText(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, title, text, href, code string, n int) {
		a := fuzzArticle(title, text, href, code)
		if got, want := string(appendPlainText(nil, a)), a.PlainText(); got != want {
			t.Errorf("appendPlainText = %q, article.PlainText = %q", got, want)
		}
	})
}

// wordCountByRunes is the rune-by-rune definition wordCount must agree
// with.
func wordCountByRunes(s string) int {
	n, in := 0, false
	for _, r := range s {
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

func FuzzWordCount(f *testing.F) {
	f.Add("Größe und Übermaß, 東京abc don't")
	f.Add("a\u00a0b\u2003c\xff d")
	f.Fuzz(func(t *testing.T, s string) {
		want := wordCountByRunes(s)
		if got := WordCount(s); got != want {
			t.Errorf("WordCount(%q) = %d, want %d", s, got, want)
		}
		if got := wordCount([]byte(s)); got != want {
			t.Errorf("wordCount([]byte(%q)) = %d, want %d", s, got, want)
		}
	})
}
