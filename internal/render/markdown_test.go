package render

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
)

func TestAppendMDText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain words", "plain words"},
		{"*em* and **strong**", `\*em\* and \*\*strong\*\*`},
		{"_em_ snake_case __init__", `\_em\_ snake_case \_\_init\_\_`},
		{"`code`", "\\`code\\`"},
		{"[text](url)", `\[text\](url)`},
		{"a <b> c", `a \<b> c`},
		{"x|y", `x\|y`},
		{`back\slash`, `back\\slash`},
		{"~~strike~~", `\~\~strike\~\~`},
		{"Tom & Jerry", "Tom & Jerry"},
		{"&amp; &#38; &x", `\&amp; \&#38; &x`},
		{"# not at start", "# not at start"},
		{"Größe_Übermaß", "Größe_Übermaß"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := string(appendMDText(nil, tt.in)); got != tt.want {
				t.Errorf("appendMDText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEscapeLineStart(t *testing.T) {
	tests := []struct{ in, want string }{
		{"# heading", `\# heading`},
		{"#hashtag", `\#hashtag`},
		{"> quote", `\> quote`},
		{"- item", `\- item`},
		{"+ item", `\+ item`},
		{"-", `\-`},
		{"---", `\---`},
		{"- - -", `\- - -`},
		{"===", `\===`},
		{"-5 degrees", "-5 degrees"},
		{"=x", "=x"},
		{"1. first", `1\. first`},
		{"2024) year", `2024\) year`},
		{"1.5 million", "1.5 million"},
		{"12345678901. long", "12345678901. long"},
		{"    indented", "indented"},
		{"\t# tab", `\# tab`},
		{"plain", "plain"},
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := escapeLineStart(tt.in); got != tt.want {
				t.Errorf("escapeLineStart(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEscapeHeadingEnd(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Issue #", `Issue \#`},
		{"C#", `C\#`},
		{"Tags ##", `Tags \#\#`},
		{"No hash", "No hash"},
		{`\#`, `\#`},
		{`\##`, `\#\#`},
		{`a\\#`, `a\\\#`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := escapeHeadingEnd(tt.in); got != tt.want {
				t.Errorf("escapeHeadingEnd(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestYAMLQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain title", `"Plain title"`},
		{"Key: value", `"Key: value"`},
		{`She said "no"`, `"She said \"no\""`},
		{"# not a comment", `"# not a comment"`},
		{"- not a list", `"- not a list"`},
		{"line one\nline two", `"line one\nline two"`},
		{`C:\path`, `"C:\\path"`},
		{"tab\there", `"tab\there"`},
		{"bell\x07", `"bell\x07"`},
		{"ls\u2028ps\u2029", `"ls\Lps\P"`},
		{"bad\xffbyte", "\"bad\uFFFDbyte\""},
		{"no", `"no"`},
		{"Ünïcödé – ok", `"Ünïcödé – ok"`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := yamlQuote(tt.in); got != tt.want {
				t.Errorf("yamlQuote(%q) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestAppendCodeSpan(t *testing.T) {
	tests := []struct{ in, want string }{
		{"x", "`x`"},
		{"a`b", "``a`b``"},
		{"`tick", "`` `tick ``"},
		{"a``b", "```a``b```"},
		{" padded ", "`  padded  `"},
		{"line\nbreak", "`line break`"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := string(appendCodeSpan(nil, tt.in)); got != tt.want {
				t.Errorf("appendCodeSpan(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMDURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://e.org/a", "https://e.org/a"},
		{" https://e.org/a b(c)<d> ", "https://e.org/a%20b%28c%29%3Cd%3E"},
		{"https://e.org/\nx", "https://e.org/x"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := mdURL(tt.in); got != tt.want {
				t.Errorf("mdURL(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestMarkdownInline(t *testing.T) {
	link := "https://e.org/x"
	tests := []struct {
		name  string
		spans []article.Span
		o     Options
		want  string
	}{
		{"strong", []article.Span{{Text: "a "}, {Text: "b", Strong: true}, {Text: " c"}}, Options{}, "a **b** c"},
		{"blanks outside markers", []article.Span{{Text: "a"}, {Text: " b ", Em: true}, {Text: "c"}}, Options{}, "a *b* c"},
		{"em then strong", []article.Span{{Text: "a", Em: true}, {Text: "b", Strong: true}}, Options{}, "*a***b**"},
		{"nested", []article.Span{{Text: "a ", Strong: true}, {Text: "b", Strong: true, Em: true}, {Text: " c", Strong: true}}, Options{}, "**a *b* c**"},
		{"blank run keeps style", []article.Span{{Text: "a", Strong: true}, {Text: " "}, {Text: "b", Strong: true}}, Options{}, "**a b**"},
		{"link", []article.Span{{Text: "see "}, {Text: "here", Href: link}, {Text: "."}}, Options{}, "see [here](https://e.org/x)."},
		{"link spans merge", []article.Span{{Text: "the ", Href: link}, {Text: "docs", Href: link, Strong: true}}, Options{}, "[the **docs**](https://e.org/x)"},
		{"strong link", []article.Span{{Text: "go", Href: link, Strong: true}}, Options{}, "**[go](https://e.org/x)**"},
		{"link blanks outside", []article.Span{{Text: "a"}, {Text: " b ", Href: link}, {Text: "c"}}, Options{}, "a [b](https://e.org/x) c"},
		{"no links", []article.Span{{Text: "see "}, {Text: "here", Href: link}}, Options{NoLinks: true}, "see here"},
		{"unsafe link", []article.Span{{Text: "x", Href: "javascript:alert(1)"}}, Options{}, "x"},
		{"code", []article.Span{{Text: "run "}, {Text: "go *test*", Code: true}}, Options{}, "run `go *test*`"},
		{"escaped text", []article.Span{{Text: "2*3 [x]", Em: true}}, Options{}, `*2\*3 \[x\]*`},
		{"image", []article.Span{{Text: "alt [1]", Image: "https://e.org/i.png"}}, Options{}, `![alt \[1\]](https://e.org/i.png)`},
		{"no images", []article.Span{{Text: "a "}, {Text: "alt", Image: "https://e.org/i.png"}}, Options{NoImages: true}, "a"},
		{"data image dropped", []article.Span{{Text: "alt", Image: "data:image/png;base64,AA"}}, Options{}, ""},
		{"linked image", []article.Span{{Text: "alt", Image: "https://e.org/i.png", Href: link}}, Options{}, "[![alt](https://e.org/i.png)](https://e.org/x)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := mdWriter{o: tt.o}
			got := strings.Join(m.inlineLines("", tt.spans), "\n")
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestMarkdownLineBreaks(t *testing.T) {
	m := mdWriter{}
	got := m.inlineLines("one\n# two\n\n\n- three\n", nil)
	want := []string{`one\`, `\# two`, "", `\- three`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestMarkdownFenceLongerThanContent(t *testing.T) {
	a := &article.Article{Blocks: []article.Block{{Kind: article.Code, Lang: "go `x`", Text: "a ````` b"}}}
	var b strings.Builder
	if err := Markdown(&b, a, Options{}); err != nil {
		t.Fatal(err)
	}
	want := "``````go\na ````` b\n``````\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestMarkdownListsDoNotMerge(t *testing.T) {
	list := func(ordered bool) article.Block {
		return article.Block{Kind: article.List, Ordered: ordered, Items: []article.Item{{Text: "x"}}}
	}
	a := &article.Article{Blocks: []article.Block{list(false), list(false), list(false), list(true), list(true)}}
	var b strings.Builder
	if err := Markdown(&b, a, Options{}); err != nil {
		t.Fatal(err)
	}
	want := "- x\n\n* x\n\n- x\n\n1. x\n\n1) x\n"
	if b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	a := fullArticle()
	tests := []struct {
		name      string
		o         Options
		wantStart string
		yaml      bool
	}{
		{"yaml", Options{}, "---\ntitle: ", true},
		{"none keeps the title heading", Options{NoFrontMatter: true}, "# " + a.Title + "\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			if err := Markdown(&b, a, tt.o); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if !strings.HasPrefix(out, tt.wantStart) {
				t.Errorf("starts %.60q, want %q", out, tt.wantStart)
			}
			if got := strings.Contains(out, "\nbyline: "); got != tt.yaml {
				t.Errorf("front matter present %v, want %v", got, tt.yaml)
			}
			if !strings.Contains(out, "\n# "+a.Title+"\n") && !strings.HasPrefix(out, "# "+a.Title+"\n") {
				t.Errorf("no title heading:\n%s", out)
			}
		})
	}
}
