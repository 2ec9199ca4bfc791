package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/article"
)

// fuzzArticle builds an article whose every text field comes from the
// fuzzer, with each block kind and inline formatting, so that all
// renderers see hostile strings in every position.
func fuzzArticle(title, text, href, code string) *article.Article {
	spans := []article.Span{
		{Text: text},
		{Text: title, Strong: true},
		{Text: code, Em: true},
		{Text: href, Href: href, Strong: true, Em: true},
		{Text: code, Code: true},
		{Text: title, Image: href},
		{Text: text, Href: href},
	}
	item := article.Item{Text: text, Spans: spans[:3], Children: []article.Block{
		{Kind: article.List, Ordered: true, Items: []article.Item{{Text: title}, {Text: code}}},
		{Kind: article.Code, Text: code, Lang: title},
		{Kind: article.Paragraph, Text: text},
	}}
	return &article.Article{
		Source: href, ID: title, URL: href, Title: title, Byline: text,
		Authors: []string{title, text}, Date: code, SiteName: text, Lang: title,
		Description: text, Image: href, Tags: []string{code},
		Blocks: []article.Block{
			{Kind: article.Heading, Level: len(title) % 8, Text: title, Spans: spans},
			{Kind: article.Paragraph, Text: text, Spans: spans},
			{Kind: article.Paragraph, Text: text},
			{Kind: article.List, Items: []article.Item{item, {Text: code}}},
			{Kind: article.Quote, Text: text, Spans: spans[:4]},
			{Kind: article.Code, Text: code, Lang: text},
			{Kind: article.Table, HeaderRows: len(code) % 3, Rows: [][]string{{title, text}, {code}, {}, {href, text, code}}},
			{Kind: article.Figure, Src: href, Alt: title, Caption: text},
			{Kind: article.Kind(title), Text: text},
		},
		FAQ:     []article.QA{{Question: title, Answer: text}, {Question: code, Answer: ""}},
		Explain: []article.Decision{{Region: title, Kept: len(text)%2 == 0, Rule: code}},
	}
}

func addSeeds(f *testing.F) {
	f.Add("Title: a # b", "Some *text* with [link](x) and `code`", "https://e.org/a b", "x := `y`\n\tz()", 40)
	f.Add("", "", "", "", 0)
	f.Add("東京の天気", "明日は晴れ、最高気温は二十度。", "javascript:alert(1)", "```", 7)
	f.Add("\x00\x1b[31m\xff", "line\nbreak\n\n- item\n1. x\n> q", "data:text/html,<script>", "\u2028\u2029", 1)
	f.Add("- dash", "&amp; <b> | ~~s~~ _e_ **s**", "mailto:a@e.org", "    indented\n\n", -5)
}

func FuzzJSON(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, title, text, href, code string, width int) {
		a := fuzzArticle(title, text, href, code)
		for _, pretty := range []bool{false, true} {
			var b bytes.Buffer
			if err := JSON(&b, a, Options{Pretty: pretty, Width: width}); err != nil {
				t.Fatal(err)
			}
			out := b.Bytes()
			if !utf8.Valid(out) || !json.Valid(out) {
				t.Fatalf("invalid output: %q", out)
			}
			if !pretty && bytes.Count(out, []byte("\n")) != 1 {
				t.Fatalf("compact output spans lines: %q", out)
			}
			var m map[string]any
			if err := json.Unmarshal(out, &m); err != nil {
				t.Fatal(err)
			}
			for k := range alwaysFields {
				if _, ok := m[k]; !ok {
					t.Fatalf("field %q missing", k)
				}
			}
			// Valid input must come back unchanged.
			if utf8.ValidString(title) && m["title"] != title {
				t.Fatalf("title %q came back as %q", title, m["title"])
			}
		}
		var b bytes.Buffer
		if err := JSONError(&b, &article.Article{Source: href, ID: title, Title: title}, errors.New(text), Options{}); err != nil {
			t.Fatal(err)
		}
		if !json.Valid(b.Bytes()) || !utf8.Valid(b.Bytes()) || bytes.Count(b.Bytes(), []byte("\n")) != 1 {
			t.Fatalf("invalid error object: %q", b.Bytes())
		}
	})
}

// checkClean fails when out is not UTF-8 or holds control characters
// other than tab and newline.
func checkClean(t *testing.T, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("invalid UTF-8: %q", out)
	}
	for _, r := range out {
		if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			t.Fatalf("control character %U in %q", r, out)
		}
	}
}

func FuzzMarkdown(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, title, text, href, code string, width int) {
		a := fuzzArticle(title, text, href, code)
		for _, o := range []Options{{}, {NoLinks: true, NoImages: true, BodyOnly: true}} {
			var b strings.Builder
			if err := Markdown(&b, a, o); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			checkClean(t, out)
			if strings.Contains(out, "](javascript:") || strings.Contains(out, "](data:") {
				t.Fatalf("unsafe link in %q", out)
			}
			if !o.BodyOnly && strings.TrimSpace(title) != "" && !strings.HasPrefix(out, "---\ntitle: \"") {
				t.Fatalf("front matter missing: %q", out)
			}
		}
	})
}

func FuzzText(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, title, text, href, code string, width int) {
		a := fuzzArticle(title, text, href, code)
		width %= 200
		for _, o := range []Options{{Width: width}, {Width: width, BodyOnly: true}} {
			var b strings.Builder
			if err := Text(&b, a, o); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			checkClean(t, out)
			// Code is verbatim and may hold blank lines of its own.
			if !strings.Contains(code, "\n") && strings.Contains(out, "\n\n\n") {
				t.Fatalf("run of blank lines in %q", out)
			}
		}
	})
}

func FuzzHTML(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, title, text, href, code string, width int) {
		a := fuzzArticle(title, text, href, code)
		var b strings.Builder
		if err := HTML(&b, a, Options{}); err != nil {
			t.Fatal(err)
		}
		checkClean(t, b.String())
		parseHTML(t, b.String())
	})
}
