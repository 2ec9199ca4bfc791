package clean

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestPrepare holds the one-pass prepare to its two definitions: the
// total is measure(body), and the protected set is the articleBody
// elements, the only <article>, and their ancestors.
func TestPrepare(t *testing.T) {
	for _, src := range []string{
		`<p>Plain <a href=x>link</a> text.</p>`,
		`<head><title>T</title><script>var x = "not text";</script></head><body><article><p>One, two.</p></article><noscript><p>hidden</p></noscript><style>p{}</style><ul><li>item <b>bold</b></li></ul></body>`,
		`<div itemprop="articleBody"><p>Body text here.</p><template><p itemprop=text>in template</p></template></div><meta itemprop=text content=x>`,
		`<article><p>a</p></article><article><p>b</p></article><blockquote>quoted <a href=y>linked</a></blockquote>`,
		`<frameset><frame src=a></frameset>`, // no body element
		``,
	} {
		t.Run(src, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(src))
			if err != nil {
				t.Fatal(err)
			}
			body := dom.Find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
			if body == nil {
				body = doc
			}
			c := cleaner{stats: map[*html.Node]stat{}, protect: map[*html.Node]bool{}}
			got := c.prepare(doc, body)
			if want, _ := c.measure(body); got != want {
				t.Errorf("%q: prepare total %+v, measure %+v", src, got, want)
			}
			want := map[*html.Node]bool{}
			var articles []*html.Node
			up := func(n *html.Node) {
				for p := n; p != nil; p = p.Parent {
					want[p] = true
				}
			}
			dom.Walk(doc, func(n *html.Node) bool {
				if n.Type == html.ElementNode {
					if ip := dom.Attr(n, "itemprop"); ip == "articleBody" || ip == "text" && n.DataAtom != atom.Meta {
						up(n)
					}
					if n.DataAtom == atom.Article {
						articles = append(articles, n)
					}
				}
				return true
			})
			if len(articles) == 1 {
				up(articles[0])
			}
			if len(c.protect) != len(want) {
				t.Errorf("%q: %d protected, want %d", src, len(c.protect), len(want))
			}
			for n := range want {
				if !c.protect[n] {
					t.Errorf("%q: <%s> not protected", src, n.Data)
				}
			}
		})
	}
}
