package render

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
)

func renderText(t *testing.T, a *article.Article, o Options) string {
	t.Helper()
	var b strings.Builder
	if err := Text(&b, a, o); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestTextMetaLine(t *testing.T) {
	tests := []struct {
		byline, date, site, want string
	}{
		{"A", "2024-01-02", "S", "A · 2 Jan 2024 · S"},
		{"", "2024-01-02", "S", "2 Jan 2024 · S"},
		{"A", "", "", "A"},
		{"", "", "S", "S"},
		{"", "", "", ""},
		// A readable date, in the offset the page gave.
		{"", "2020-02-24T12:57:13Z", "", "24 Feb 2020"},
		{"", "2020-02-24T23:30:00-05:00", "", "24 Feb 2020"},
		{"", "2020-02-24T23:30:00.123+05:30", "", "24 Feb 2020"},
		{"", "2020-02-24T12:57", "", "24 Feb 2020"},
		{"", "2020-02", "", "Feb 2020"},
		{"", "2020", "", "2020"},
		{"", "sometime", "", "sometime"},
		// A byline that is the site is said once.
		{"CBS News", "2020-02-24T12:57:13Z", "CBS News", "CBS News · 24 Feb 2020"},
		{"cbs  news", "", "CBS News", "cbs  news"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			a := &article.Article{Byline: tt.byline, Date: tt.date, SiteName: tt.site}
			if got := metaLine(a); got != tt.want {
				t.Errorf("metaLine(%q,%q,%q) = %q, want %q", tt.byline, tt.date, tt.site, got, tt.want)
			}
		})
	}
}

func TestTextBodyOnly(t *testing.T) {
	a := fullArticle()
	body := renderText(t, a, Options{BodyOnly: true})
	full := renderText(t, a, Options{})
	if strings.Contains(body, a.Title) || strings.Contains(body, "Frequently Asked") || strings.Contains(body, "Q: ") {
		t.Errorf("body-only output has title or FAQ:\n%s", body)
	}
	if !strings.Contains(full, body[:strings.Index(body, "Installers")]) {
		t.Error("body-only body differs from the body of the full output")
	}
	if !strings.HasPrefix(body, "Homeowners") || !strings.HasSuffix(body, "2025.\n") {
		t.Errorf("unexpected body ends: %q ... %q", body[:20], body[len(body)-20:])
	}
}

func TestTextNoBlankLineRuns(t *testing.T) {
	a := &article.Article{
		Title: "T",
		Blocks: []article.Block{
			{Kind: article.Paragraph, Text: "  "},
			{Kind: article.Figure, Src: "https://e.org/i.png"},
			{Kind: article.List},
			{Kind: article.Paragraph, Text: "body"},
			{Kind: article.Code, Text: "\n\n"},
		},
		FAQ: []article.QA{{}},
	}
	got := renderText(t, a, Options{})
	if got != "T\n\nbody\n\nFrequently Asked Questions\n" {
		t.Errorf("got %q", got)
	}
	if out := renderText(t, &article.Article{}, Options{}); out != "" {
		t.Errorf("empty article wrote %q", out)
	}
}

func TestTextStripsControls(t *testing.T) {
	a := &article.Article{Title: "ti\x1b[31mtle\r", Blocks: []article.Block{{Kind: article.Paragraph, Text: "a\x00b\u0085c\xffd"}}}
	got := renderText(t, a, Options{})
	if got != "ti[31mtle\n\nabc\uFFFDd\n" {
		t.Errorf("got %q", got)
	}
}

func TestTextNestedListAndCode(t *testing.T) {
	a := &article.Article{Blocks: []article.Block{
		{Kind: article.List, Ordered: true, Items: []article.Item{
			{Text: "first", Children: []article.Block{
				{Kind: article.List, Items: []article.Item{{Text: "inner"}}},
				{Kind: article.Code, Text: "  x := 1\n\ty()"},
			}},
			{Text: "second"},
		}},
	}}
	got := renderText(t, a, Options{})
	want := "  1. first\n     • inner\n       x := 1\n     \ty()\n  2. second\n"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
