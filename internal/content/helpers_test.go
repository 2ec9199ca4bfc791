package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func parse(t *testing.T, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func body(doc *html.Node) *html.Node {
	return dom.Find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
}

// byID returns the element with the given id; tests fail when missing.
func byID(t *testing.T, root *html.Node, id string) *html.Node {
	t.Helper()
	n := dom.Find(root, func(n *html.Node) bool { return n.Type == html.ElementNode && dom.Attr(n, "id") == id })
	if n == nil {
		t.Fatalf("no element #%s", id)
	}
	return n
}

func textOf(nodes []*html.Node) string {
	var parts []string
	for _, n := range nodes {
		parts = append(parts, dom.Text(n))
	}
	return strings.Join(parts, "\n")
}

// para returns a paragraph of prose with commas, about 240 characters.
func para(mark string) string {
	return `<p>` + mark + ` The committee, which met for three hours on Tuesday, agreed to extend the programme, ` +
		`citing strong demand from schools, libraries and community groups across the region, and asked the ` +
		`council to publish a full report before the end of the year.</p>`
}
