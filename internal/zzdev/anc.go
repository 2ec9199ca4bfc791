package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"

	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
)

// ancestors prints the ancestor chain of the first text node containing snip.
func ancestors(path, snip string) {
	raw, _ := os.ReadFile(path)
	t, _, _ := decode.ToUTF8(raw, "")
	doc, _ := html.Parse(bytes.NewReader(t))
	var hit *html.Node
	dom.Walk(doc, func(n *html.Node) bool {
		if hit == nil && n.Type == html.TextNode && strings.Contains(dom.CollapseSpace(n.Data), snip) {
			hit = n
		}
		return hit == nil
	})
	if hit == nil {
		fmt.Println("not found")
		return
	}
	for p := hit.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
		fmt.Printf("%s  role=%s hidden=%v words=%v concept=%q\n", clean.Describe(p), dom.Attr(p, "role"), dom.Attr(p, "style"), dom.Words(p), clean.Classify(dom.Words(p)))
	}
}
