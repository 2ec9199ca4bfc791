package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "-prof" {
		prof()
		return
	}
	if len(os.Args) > 2 && os.Args[1] == "-why" {
		for _, n := range os.Args[2:] {
			fmt.Println("==", n)
			why(n)
		}
		return
	}
	if len(os.Args) > 3 && os.Args[1] == "-anc" {
		ancestors(os.Args[2], os.Args[3])
		return
	}
	enc := json.NewEncoder(os.Stdout)
	for _, p := range os.Args[1:] {
		raw, _ := os.ReadFile(p)
		t, _, _ := decode.ToUTF8(raw, "")
		doc, _ := html.Parse(bytes.NewReader(t))
		clean.Clean(doc, clean.Options{})
		root := dom.Find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
		if root == nil {
			root = doc
		}
		sel := content.Select(root, content.Balanced)
		if os.Getenv("TOP") != "" {
			for _, c := range sel.Top {
				fmt.Fprintf(os.Stderr, "%.1f %s %d\n", c.Score, clean.Describe(c.Node), len(dom.Text(c.Node)))
			}
			for _, n := range sel.Nodes {
				fmt.Fprintf(os.Stderr, "  sel %s\n", clean.Describe(n))
			}
		}
		var bs []article.Block
		if len(sel.Nodes) > 0 {
			bs = blocks.Build(sel.Nodes, blocks.Options{})
		} else {
			bs = blocks.Build([]*html.Node{root}, blocks.Options{})
		}
		a := &article.Article{Blocks: bs}
		if err := enc.Encode(map[string]any{"source": p, "text": a.PlainText()}); err != nil {
			fmt.Fprintln(os.Stderr, err)
		}
	}
}
