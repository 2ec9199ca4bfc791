package blocks

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleStrayFigcaption = rules.Register(rules.Blocks, "stray-figcaption",
	"a <figcaption> beside an image but outside a <figure> is the image's caption, not prose")

// strayFigcaption reads a <figcaption> that a template set beside an
// image without the <figure> around them: the markup names it a caption
// and the image it captions was just emitted, so it becomes that
// figure's caption rather than a paragraph. A figcaption under a quote
// or a code listing (its source, "Listing 9-3") captions no image and
// is read as text, as before. It reports whether it took n.
func (b *builder) strayFigcaption(n *html.Node) bool {
	if !b.on(ruleStrayFigcaption) || n.Parent == nil {
		return false
	}
	b.flush()
	k := len(b.out) - 1
	if k < 0 || b.out[k].Kind != article.Figure || b.out[k].Src == "" || b.out[k].Caption != "" ||
		dom.Find(n.Parent, func(x *html.Node) bool { return x.DataAtom == atom.Img }) == nil {
		return false
	}
	caption := strings.TrimSpace(dom.CollapseSpace(dom.Text(n)))
	if b.on(ruleCaptionCred) {
		caption = vocab.StripCredit(caption)
	}
	b.o.Trace.DropNode(ruleStrayFigcaption, n, quote(caption))
	b.out[k].Caption = caption
	return true
}
