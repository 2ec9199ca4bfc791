package blocks_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// build parses src as the content of <body> and builds its blocks.
func build(t *testing.T, src string, o blocks.Options) []article.Block {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + src + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	body := dom.Find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	return blocks.Build([]*html.Node{body}, o)
}

func mustURL(t *testing.T, s string) *url.URL {
	t.Helper()
	u, err := url.Parse(s)
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// plain joins the blocks' plain text, one block per line group.
func plain(bs []article.Block) string {
	a := article.Article{Blocks: bs}
	return a.PlainText()
}

// kinds lists the block kinds, for compact comparisons.
func kinds(bs []article.Block) string {
	var k []string
	for _, b := range bs {
		k = append(k, string(b.Kind))
	}
	return strings.Join(k, ",")
}

// spanText concatenates span texts, which must equal the block text.
func spanText(spans []article.Span) string {
	var b strings.Builder
	for _, s := range spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// parseWithSkip parses src as body content and returns the body with a
// Skip set holding the elements whose class is skipClass.
func parseWithSkip(t *testing.T, src, skipClass string) ([]*html.Node, map[*html.Node]bool) {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<html><body>" + src + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	body := dom.Find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	skip := map[*html.Node]bool{}
	for _, n := range findAll(body, func(n *html.Node) bool { return dom.Attr(n, "class") == skipClass }) {
		skip[n] = true
	}
	return []*html.Node{body}, skip
}

// findAll returns every element in n's subtree for which match is true.
func findAll(n *html.Node, match func(*html.Node) bool) []*html.Node {
	var out []*html.Node
	dom.Walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && match(c) {
			out = append(out, c)
		}
		return true
	})
	return out
}
