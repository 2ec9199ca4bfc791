package extract

import (
	"context"

	"github.com/pith-org/pith/internal/article"
	"golang.org/x/net/html"
)

// Traced is an extraction with its decisions tied to the page as it was
// parsed, before any stage changed it: what a report of the extraction
// (pith --explain-html) marks on the page.
type Traced struct {
	// Original is the parsed page before the pipeline ran.
	Original *html.Node
	// Nodes holds, for each of the article's Explain decisions, the
	// element of Original it is about; nil for decisions about no
	// element (a metadata source, a fallback) or about an element the
	// pipeline made (markup unpacked from a template).
	Nodes []*html.Node
	// Content are the elements of Original the body was built from:
	// the selected content and its standfirst.
	Content []*html.Node
}

// FromBytesTraced is FromBytesContext with explaining on, returning the
// trace of the extraction on the page as parsed. It costs a copy of
// the page; it is for reports, not batches.
func FromBytesTraced(ctx context.Context, raw []byte, o Options) (*article.Article, *Traced, error) {
	var original *html.Node
	var twin map[*html.Node]*html.Node
	o.Explain = true
	p, err := fromBytes(ctx, raw, o, func(doc *html.Node) { original, twin = cloneTree(doc) })
	if p == nil {
		return nil, nil, err
	}
	t := &Traced{Original: original}
	for _, n := range p.trace.Nodes() {
		t.Nodes = append(t.Nodes, twin[n])
	}
	for _, n := range append(p.lead, p.sel.Nodes...) {
		if c := twin[n]; c != nil {
			t.Content = append(t.Content, c)
		}
	}
	return p.art, t, err
}

// cloneTree copies the tree under n and maps each node to its copy.
func cloneTree(n *html.Node) (*html.Node, map[*html.Node]*html.Node) {
	twin := map[*html.Node]*html.Node{}
	var clone func(n *html.Node) *html.Node
	clone = func(n *html.Node) *html.Node {
		c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace}
		c.Attr = append([]html.Attribute(nil), n.Attr...)
		twin[n] = c
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			c.AppendChild(clone(ch))
		}
		return c
	}
	return clone(n), twin
}
