package render

import (
	"html"
	"math/rand"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
)

// cmarkGFM returns the path of the cmark-gfm reference parser, skipping
// the test when it is not installed (apt-get install cmark-gfm).
func cmarkGFM(t *testing.T) string {
	path, err := exec.LookPath("cmark-gfm")
	if err != nil {
		t.Skip("cmark-gfm not installed")
	}
	return path
}

// TestMarkdownRoundTripCmark renders random runs of markup-heavy text
// with random formatting in each inline context, parses the Markdown
// with the reference GFM parser and checks the text comes back intact:
// no character lost to markup, no stray emphasis marker left visible.
func TestMarkdownRoundTripCmark(t *testing.T) {
	cmark := cmarkGFM(t)
	r := rand.New(rand.NewSource(1))
	alphabet := []string{"word", "Wort ", "\n", "1. ", "- ", "# ", "> ", "    ", "```", "~~~", "***", "---", "===", "<div>", "http://x.org", "a", "b", " ", "*", "_", "`", "[", "]", "(", ")", "<", ">", "#", "-", "+", "=", "1", ".", ")", "!", "&", ";", "amp", "|", "~", "\\", "é", "日", ":", "\"", "'", "{", "}", "$"}
	tag := regexp.MustCompile(`<[^>]*>`)
	fails := 0
	for n := 0; n < 600 && fails < 10; n++ {
		var spans []article.Span
		var plain strings.Builder
		for k := 0; k < 1+r.Intn(4); k++ {
			var b strings.Builder
			for i := 0; i < 1+r.Intn(8); i++ {
				b.WriteString(alphabet[r.Intn(len(alphabet))])
			}
			s := article.Span{Text: b.String(), Strong: r.Intn(3) == 0, Em: r.Intn(3) == 0, Code: r.Intn(6) == 0}
			if r.Intn(5) == 0 {
				s.Href = "https://e.org/x"
			}
			spans = append(spans, s)
			plain.WriteString(s.Text)
		}
		var blk article.Block
		switch n % 4 {
		case 0:
			blk = article.Block{Kind: article.Paragraph, Text: plain.String(), Spans: spans}
		case 1:
			blk = article.Block{Kind: article.Heading, Level: 2, Text: plain.String(), Spans: spans}
		case 2:
			blk = article.Block{Kind: article.Quote, Text: plain.String(), Spans: spans}
		case 3:
			blk = article.Block{Kind: article.List, Ordered: n%8 == 3, Items: []article.Item{{Text: plain.String(), Spans: spans}, {Text: "x"}}}
			plain.WriteString(" x")
		}
		a := &article.Article{Blocks: []article.Block{blk}}
		var out strings.Builder
		if err := Markdown(&out, a, Options{BodyOnly: true}); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(cmark, "-e", "table", "-e", "strikethrough")
		cmd.Stdin = strings.NewReader(out.String())
		h, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		got := html.UnescapeString(tag.ReplaceAllString(string(h), ""))
		norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
		if n%4 == 1 && strings.Contains(plain.String(), "\n") {
			continue
		}
		if norm(got) != norm(plain.String()) {
			fails++
			t.Errorf("spans %+v\nmd   %q\nhtml %q\nwant %q", spans, out.String(), h, plain.String())
		}
		// A marker CommonMark did not take shows up as a literal "*".
		if strings.Contains(string(h), "*") && !strings.Contains(plain.String(), "*") {
			t.Errorf("stray * in %q from %q", h, out.String())
		}
	}
}

// TestMarkdownTableCmark checks that table cells holding pipes,
// backslashes and line breaks keep their text and their column.
func TestMarkdownTableCmark(t *testing.T) {
	cmark := cmarkGFM(t)
	r := rand.New(rand.NewSource(2))
	alphabet := []string{"a", " ", "|", "\\", "`", "*", "_", "-", ":", "<", "&amp;", "#", "[", "]", "日", "---", "\n"}
	cell := regexp.MustCompile(`(?s)<t[dh]>(.*?)</t[dh]>`)
	rnd := func() string {
		var b strings.Builder
		for i := 0; i < r.Intn(6); i++ {
			b.WriteString(alphabet[r.Intn(len(alphabet))])
		}
		return b.String()
	}
	for n := 0; n < 200; n++ {
		rows := [][]string{{rnd(), rnd()}, {rnd(), rnd()}}
		a := &article.Article{Blocks: []article.Block{{Kind: article.Table, HeaderRows: 1, Rows: rows}}}
		var out strings.Builder
		if err := Markdown(&out, a, Options{BodyOnly: true}); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(cmark, "-e", "table", "--unsafe")
		cmd.Stdin = strings.NewReader(out.String())
		h, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		got := cell.FindAllStringSubmatch(string(h), -1)
		if len(got) != 4 {
			t.Fatalf("cells %d in %q from %q", len(got), h, out.String())
		}
		for i, g := range got {
			want := strings.Join(strings.Fields(rows[i/2][i%2]), " ")
			txt := html.UnescapeString(strings.ReplaceAll(g[1], "<br>", " "))
			if strings.Join(strings.Fields(txt), " ") != want {
				t.Errorf("cell %q became %q (md %q)", want, txt, out.String())
			}
		}
	}
}
