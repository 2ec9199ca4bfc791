package render

import (
	"strings"
	"testing"

	"golang.org/x/net/html"

	"github.com/pith-org/pith/internal/article"
)

// parseHTML parses out and checks what a read-later page must never hold:
// scripts, event handlers, or links and images with other schemes than
// the allowed ones.
func parseHTML(t testing.TB, out string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "iframe", "object", "embed":
				t.Errorf("unexpected <%s> element", n.Data)
			}
			for _, a := range n.Attr {
				switch {
				case strings.HasPrefix(a.Key, "on"):
					t.Errorf("event handler attribute %s", a.Key)
				case a.Key == "href" && !linkOK(a.Val):
					t.Errorf("unsafe href %q", a.Val)
				case a.Key == "src" && !imageOK(a.Val):
					t.Errorf("unsafe src %q", a.Val)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return doc
}

func find(n *html.Node, tag string) *html.Node {
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, tag); f != nil {
			return f
		}
	}
	return nil
}

func textOf(n *html.Node) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(textOf(c))
	}
	return b.String()
}

func TestHTMLDocument(t *testing.T) {
	var b strings.Builder
	if err := HTML(&b, fullArticle(), Options{}); err != nil {
		t.Fatal(err)
	}
	doc := parseHTML(t, b.String())
	if h := find(doc, "html"); h == nil || len(h.Attr) != 1 || h.Attr[0].Val != "en" {
		t.Errorf("html lang missing")
	}
	if ti := find(doc, "title"); ti == nil || textOf(ti) != fullArticle().Title {
		t.Errorf("title wrong")
	}
	if find(doc, "meta") == nil || !strings.Contains(b.String(), `<meta charset="utf-8">`) {
		t.Error("no charset")
	}
	sec := find(doc, "section")
	if sec == nil || find(sec, "h3") == nil || textOf(find(sec, "h3")) != "How long do panels last?" {
		t.Error("FAQ section missing")
	}
	if th := find(doc, "th"); th == nil || textOf(th) != "Roof" {
		t.Error("table header missing")
	}
}

func TestHTMLEscapesAndFiltersLinks(t *testing.T) {
	a := &article.Article{
		Title: `</title><script>alert(1)</script>`,
		Lang:  `en" onload="x`,
		URL:   "javascript:alert(1)",
		Blocks: []article.Block{
			{Kind: article.Paragraph, Text: "<img src=x onerror=alert(1)>", Spans: []article.Span{
				{Text: "<b>x</b>"},
				{Text: "bad", Href: "javascript:alert(1)"},
				{Text: "bad2", Href: " JaVaScRiPt:alert(1)"},
				{Text: "data", Href: "data:text/html,<script>alert(1)</script>"},
				{Text: "ok", Href: `https://e.org/?a=1&b="2"`},
				{Text: "mail", Href: "mailto:a@e.org"},
				{Text: "img", Image: "javascript:alert(1)"},
			}},
			{Kind: article.Figure, Src: "data:image/png;base64,AA", Caption: "cap<tion>"},
			{Kind: article.Code, Lang: `go"><script>`, Text: "</code><script>"},
		},
	}
	var b strings.Builder
	if err := HTML(&b, a, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	doc := parseHTML(t, out)
	if !strings.Contains(out, `<a href="https://e.org/?a=1&amp;b=&#34;2&#34;">ok</a>`) {
		t.Errorf("safe link missing or badly escaped:\n%s", out)
	}
	if !strings.Contains(out, `<a href="mailto:a@e.org">mail</a>`) {
		t.Error("mailto link missing")
	}
	if ti := find(doc, "title"); textOf(ti) != a.Title {
		t.Errorf("title = %q", textOf(ti))
	}
	if strings.Contains(out, "<script") {
		t.Errorf("script tag leaked:\n%s", out)
	}
}

func TestHTMLOptions(t *testing.T) {
	var b strings.Builder
	if err := HTML(&b, fullArticle(), Options{NoLinks: true, NoImages: true, BodyOnly: true}); err != nil {
		t.Fatal(err)
	}
	doc := parseHTML(t, b.String())
	for _, tag := range []string{"a", "img", "header", "section", "h1"} {
		if find(doc, tag) != nil {
			t.Errorf("<%s> present", tag)
		}
	}
	if !strings.Contains(b.String(), "<p>A south-facing array in Leeds.</p>") {
		t.Error("caption lost without images")
	}
}
