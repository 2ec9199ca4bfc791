package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// why explains for each missing snippet of a page where it was lost.
func why(name string) {
	ann := map[string]struct {
		With    []string `json:"with"`
		Without []string `json:"without"`
	}{}
	b, _ := os.ReadFile("/work/shared/corpus/segments/annotations.json")
	json.Unmarshal(b, &ann)
	a := ann[name]
	raw, _ := os.ReadFile("/work/shared/corpus/segments/html/" + name)
	t, _, _ := decode.ToUTF8(raw, "")
	doc, _ := html.Parse(bytes.NewReader(t))
	find := func(snip string) *html.Node {
		var hit *html.Node
		dom.Walk(doc, func(n *html.Node) bool {
			if hit == nil && n.Type == html.TextNode && strings.Contains(dom.CollapseSpace(n.Data), dom.CollapseSpace(snip)) {
				hit = n
			}
			return hit == nil
		})
		return hit
	}
	hits := map[string]*html.Node{}
	for _, s := range append(append([]string{}, a.With...), a.Without...) {
		hits[s] = find(s)
	}
	removed := map[string]string{}
	clean.Clean(doc, clean.Options{OnRemove: func(n *html.Node, rule string) {
		for s, h := range hits {
			if h != nil && removed[s] == "" && (h == n || isAnc(n, h)) {
				removed[s] = clean.Describe(n) + ": " + rule
			}
		}
	}})
	root := dom.Find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	sel := content.Select(root, content.Balanced)
	for _, c := range sel.Top {
		fmt.Printf("  top %.1f %s\n", c.Score, clean.Describe(c.Node))
	}
	for _, n := range sel.Nodes {
		fmt.Printf("  sel %s\n", clean.Describe(n))
	}
	bs := blocks.Build(sel.Nodes, blocks.Options{})
	var out strings.Builder
	for i := range bs {
		out.WriteString(dom.CollapseSpace(bs[i].PlainText()) + " ")
	}
	txt := out.String()
	report := func(kind, s string) {
		in := strings.Contains(txt, dom.CollapseSpace(s))
		h := hits[s]
		where := "not a single text node"
		if h != nil {
			where = "in " + chain(h)
		}
		if r := removed[s]; r != "" {
			where = "REMOVED by " + r
		} else if h != nil {
			inSel := false
			for _, n := range sel.Nodes {
				if isAnc(n, h) {
					inSel = true
				}
			}
			if !inSel {
				where = "NOT SELECTED; " + where
			} else {
				where = "selected but dropped by blocks; " + where
			}
		}
		if kind == "with" && !in || kind == "without" && in {
			fmt.Printf("%s %q: %s\n", kind, s, where)
		}
	}
	for _, s := range a.With {
		report("with", s)
	}
	for _, s := range a.Without {
		report("without", s)
	}
}

func isAnc(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

func chain(n *html.Node) string {
	var parts []string
	for p := n.Parent; p != nil && p.Type == html.ElementNode && len(parts) < 6; p = p.Parent {
		parts = append(parts, clean.Describe(p))
	}
	return strings.Join(parts, " < ")
}
