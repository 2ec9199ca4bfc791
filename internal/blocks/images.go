package blocks

import (
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// figure emits a <figure> or <picture> as one figure block: its first
// image with a source and its caption, less the caption's furniture
// and photo credit. A figure without an image is read as blocks.
func (b *builder) figure(n *html.Node) {
	var img *html.Node
	dom.Walk(n, func(x *html.Node) bool {
		if img == nil && x.DataAtom == atom.Img && imageSource(x, b.o.Base) != "" {
			img = x
		}
		return img == nil
	})
	caption := ""
	if fc := dom.Find(n, func(x *html.Node) bool { return x.DataAtom == atom.Figcaption }); fc != nil {
		caption = dom.Text(fc)
		if b.on(ruleCaptionBoil) && vocab.BoilerLine(caption) {
			b.o.Trace.DropNode(ruleCaptionBoil, fc, "")
			caption = ""
		}
		if b.on(ruleCaptionCred) {
			if c := vocab.StripCredit(caption); c != caption {
				b.o.Trace.DropNode(ruleCaptionCred, fc, quote(strings.TrimSpace(strings.TrimPrefix(caption, c))))
				caption = c
			}
		}
	}
	if img == nil {
		// A figure without an image (a pull quote, a chart in a table):
		// treat its content as blocks.
		if dom.Find(n, func(x *html.Node) bool {
			return x.DataAtom == atom.Table || x.DataAtom == atom.Blockquote || x.DataAtom == atom.Pre
		}) != nil {
			b.children(n, format{})
			b.flush()
		} else if caption != "" {
			// Its picture did not come through (a script draws it): the
			// caption is still a figure's, not prose.
			b.emit(article.Block{Kind: article.Figure, Caption: caption})
		}
		return
	}
	b.emit(article.Block{Kind: article.Figure, Src: imageSource(img, b.o.Base), Alt: dom.CollapseSpace(dom.Attr(img, "alt")), Caption: caption})
}

// tiny reports an image too small to be a picture (tinyImage), which
// the block builder leaves out.
func (b *builder) tiny(img *html.Node) bool {
	if !tinyImage(img) || !b.o.Trace.On(ruleTinyImage) {
		return false
	}
	b.o.Trace.DropNode(ruleTinyImage, img, dom.Attr(img, "src"))
	return true
}

// imageInSentence reports whether img has text on both sides within its
// block: a photo opening a paragraph or an avatar before a name is not
// part of the sentence. A few neighbours are looked at on each level, so
// a run of thousands of images costs no more than one each.
func imageInSentence(img *html.Node) bool {
	return textBeside(img, func(x *html.Node) *html.Node { return x.PrevSibling }) &&
		textBeside(img, func(x *html.Node) *html.Node { return x.NextSibling })
}

func textBeside(n *html.Node, step func(*html.Node) *html.Node) bool {
	for x := n; x != nil && (x == n || dom.IsInline(x)); x = x.Parent {
		k := 0
		for y := step(x); y != nil && k < 8; y, k = step(y), k+1 {
			if budget := 16; hasText(y, &budget) {
				return true
			}
			if y.Type == html.ElementNode && (y.DataAtom == atom.Br || !dom.IsInline(y)) {
				return false // an image on a line of its own
			}
		}
		if k == 8 {
			return false
		}
	}
	return false
}

// hasText reports whether n holds non-blank text within its first
// *budget nodes, spending the budget.
func hasText(n *html.Node, budget *int) bool {
	if *budget <= 0 {
		return false
	}
	*budget--
	switch {
	case n.Type == html.TextNode:
		return strings.TrimSpace(n.Data) != ""
	case n.Type != html.ElementNode, n.DataAtom == atom.Script, n.DataAtom == atom.Style:
		return false
	}
	for c := n.FirstChild; c != nil && *budget > 0; c = c.NextSibling {
		if hasText(c, budget) {
			return true
		}
	}
	return false
}

// labelAlt is n's alt text when it is a label of at most maxWords words
// (yes, ✓, Available): a longer one describes a picture. A file name
// (photo_12.jpg, Penny Happy.png, as wikis write them) says nothing to a
// reader.
func labelAlt(n *html.Node, maxWords int) string {
	alt := dom.CollapseSpace(dom.Attr(n, "alt"))
	if strings.Count(alt, " ") >= maxWords {
		return ""
	}
	switch strings.ToLower(path.Ext(alt)) {
	case ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif", ".bmp":
		return ""
	}
	return alt
}

// onlyImages reports whether spans hold no text but the alt text of
// images.
func onlyImages(spans []article.Span) bool {
	for _, sp := range spans {
		if sp.Image == "" && strings.TrimSpace(sp.Text) != "" {
			return false
		}
	}
	return true
}

// imageSource returns the absolute URL of an image, looking through the
// attributes lazy loaders use before src (which often holds a
// placeholder), and skipping data: URIs.
func imageSource(n *html.Node, base *url.URL) string {
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "data-srcset", "srcset", "src"} {
		v := strings.TrimSpace(dom.Attr(n, k))
		if v == "" {
			continue
		}
		if strings.HasSuffix(k, "srcset") {
			v = bestSrcset(v)
		}
		if v == "" || strings.HasPrefix(v, "data:") {
			continue
		}
		return resolve(base, v)
	}
	return ""
}

// bestSrcset picks the widest candidate of a srcset.
func bestSrcset(s string) string {
	best, bestW := "", -1.0
	for _, part := range strings.Split(s, ",") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		w := 0.0
		if len(f) > 1 {
			d := strings.TrimRight(f[1], "wx")
			if v, err := strconv.ParseFloat(d, 64); err == nil {
				w = v
			}
		}
		if w > bestW {
			best, bestW = f[0], w
		}
	}
	return best
}

func tinyImage(n *html.Node) bool {
	w, _ := strconv.Atoi(dom.Attr(n, "width"))
	h, _ := strconv.Atoi(dom.Attr(n, "height"))
	return (w > 0 && w < 50) || (h > 0 && h < 50)
}
