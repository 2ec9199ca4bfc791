package clean

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestCleanerWorkLinear counts the nodes the cleaner's scans visit. The
// sibling scans visit the children of a parent about once, however many
// children ask: asked once per child, a paragraph of n links cost n²
// visits (25,000 links took 12 s). Measuring visits a node about once,
// however many nested wrappers ask for their amounts.
func TestCleanerWorkLinear(t *testing.T) {
	const n = 2000
	repeat := func(unit string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, unit, i)
		}
		return b.String()
	}
	for _, tc := range []struct{ name, body string }{
		{"links", "<p>" + repeat("<a href=\"/t/%d\">tag</a>\n") + "</p>"},
		{"spans holding links", "<div>" + repeat("<span class=\"tag\"><a href=\"/%d\">x</a></span>\n") + "</div>"},
		{"links with a sentence", "<p>See " + repeat("<a href=\"/t/%d\">tag</a> ") + "</p>"},
		{"templates", "<div>" + repeat("<script type=\"text/template\"><p><img src=\"/%d.png\"></p></script>\n") + "</div>"},
		{"templates before text", "<div>" + repeat("<script type=\"text/template\"><p><img src=\"/%d.png\"></p></script>\n") + "<p>Text after them.</p></div>"},
		{"templates between spans", "<div>" + repeat("<span class=\"x\"><i>%d</i></span><script type=\"text/template\"><p>a</p></script>") + "</div>"},
		{"nested wrappers", strings.Repeat("<div class=\"sidebar\">", 300) + repeat("<p>Paragraph %d with words in it.</p>") + strings.Repeat("</div>", 300)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tc.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			nodes := 0
			var count func(*html.Node)
			count = func(x *html.Node) {
				nodes++
				for c := x.FirstChild; c != nil; c = c.NextSibling {
					count(c)
				}
			}
			count(doc)
			c := cleaner{stats: map[*html.Node]stat{}, protect: map[*html.Node]bool{}}
			c.clean(doc)
			if c.scanned > 2*nodes {
				t.Errorf("%d sibling visits for %d nodes, want at most %d", c.scanned, nodes, 2*nodes)
			}
			if c.measured > 2*nodes {
				t.Errorf("%d nodes measured of %d, want at most %d", c.measured, nodes, 2*nodes)
			}
		})
	}
}
