package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// noscriptImages rescues the image a lazy loader hides in <noscript>
// (`<img data-lazy…><noscript><img src="real.jpg"></noscript>`): the
// parser keeps noscript content as raw text, so when that text is an
// image and the image before it has no usable source, the parsed image
// is put in place before the noscript element goes. It reports whether
// it rescued an image.
func noscriptImages(ns *html.Node) bool {
	raw := rawChildText(ns)
	if ns.Parent == nil || !strings.Contains(raw, "<img") {
		return false
	}
	if prev := prevElement(ns); prev != nil && prev.DataAtom == atom.Img && hasImageSource(prev) {
		return false
	}
	rescued := false
	for _, x := range parseFragment(raw) {
		if x.Type == html.ElementNode && (x.DataAtom == atom.Img || x.DataAtom == atom.Picture) {
			ns.Parent.InsertBefore(x, ns)
			rescued = true
		}
	}
	return rescued
}

func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			return nil
		}
	}
	return nil
}

func hasImageSource(img *html.Node) bool {
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "srcset", "data-srcset"} {
		if dom.Attr(img, k) != "" {
			return true
		}
	}
	src := dom.Attr(img, "src")
	return src != "" && !strings.HasPrefix(src, "data:")
}

// templateContent unpacks the article that client-rendered pages ship
// inside <script type="text/template">: when such a script holds
// paragraphs and sits in an element with no other text, its parsed
// content is put before the script, and the first node put there is
// returned (nil when nothing was unpacked).
func (c *cleaner) templateContent(sc *html.Node) *html.Node {
	switch strings.ToLower(strings.TrimSpace(dom.Attr(sc, "type"))) {
	case "text/template", "text/html", "text/x-template":
	default:
		return nil
	}
	p := sc.Parent
	if p == nil {
		return nil
	}
	raw := strings.TrimSpace(rawChildText(sc))
	if !strings.HasPrefix(raw, "<") || !strings.Contains(raw, "<p") || strings.Contains(raw, `<\/`) {
		// Only markup; templates that hold JSON or script strings
		// (escaped "<\/p>") are data, not the article.
		return nil
	}
	if c.otherText(sc) {
		return nil
	}
	var first *html.Node
	for _, x := range parseFragment(raw) {
		p.InsertBefore(x, sc)
		if first == nil {
			first = x
		}
	}
	return first
}

// otherText reports whether the parent of the script sc holds text
// outside its scripts. Every script of a page is removed at its turn,
// so what precedes sc is final and is scanned once for all the scripts
// of the parent; of what follows, the first child with text stays so
// until the walk reaches it.
func (c *cleaner) otherText(sc *html.Node) bool {
	sib := c.siblingsOf(sc.Parent)
	from := sc.Parent.FirstChild
	if sib.last != nil {
		from = sib.last.NextSibling
	}
	for x := from; x != sc && !sib.textBefore; x = x.NextSibling {
		c.scanned++
		sib.textBefore, sib.last = hasOwnText(x), x
	}
	if sib.textBefore {
		return true
	}
	if !sib.nextKnown {
		sib.nextKnown = true
		for x := sc.NextSibling; x != nil; x = x.NextSibling {
			c.scanned++
			if hasOwnText(x) {
				sib.next = x
				break
			}
		}
	}
	return sib.next != nil
}

// hasOwnText reports a text node with text, or an element other than a
// script with text in it.
func hasOwnText(x *html.Node) bool {
	return x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" ||
		x.Type == html.ElementNode && x.DataAtom != atom.Script && dom.Text(x) != ""
}

// rawChildText joins the text children of n: the unparsed content of a
// <noscript> or <script>.
func rawChildText(n *html.Node) string { return dom.RawChildText(n) }

// parseFragment parses markup found in a raw-text element as body content;
// nil when it cannot be parsed.
func parseFragment(raw string) []*html.Node {
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(raw), ctx)
	if err != nil {
		return nil
	}
	return nodes
}
