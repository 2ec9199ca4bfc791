package blocks

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The block builder's rules: what it leaves out of the body, rewrites,
// or folds, block by block.
var (
	ruleLinkLine     = rules.Register(rules.Blocks, "link-dense-line", "a paragraph whose text is mostly links")
	ruleBoilerLine   = rules.Register(rules.Blocks, "boilerplate-line", "a short line of page furniture: ad labels, read-more and share prompts, update stamps")
	ruleCreditLine   = rules.Register(rules.Blocks, "credit-line", "a short image credit or caption left in the text as a paragraph")
	rulePromptLine   = rules.Register(rules.Blocks, "prompt-line", "a subscription, donation, app or contact prompt set as a paragraph")
	ruleCaptionLine  = rules.Register(rules.Blocks, "caption-line", "a labelled figure caption set as text (\"Fig. 2: …\")")
	ruleRepeated     = rules.Register(rules.Blocks, "repeated-line", "a short block repeating one already in the body")
	ruleRepeatedImg  = rules.Register(rules.Blocks, "repeated-image", "an image already in the body")
	rulePullQuote    = rules.Register(rules.Blocks, "pull-quote", "a quote repeating a sentence of the text, set large for the eye")
	ruleHeadline     = rules.Register(rules.Blocks, "headline-repeat", "an <h1> repeating the article's title")
	ruleBoilerHead   = rules.Register(rules.Blocks, "boilerplate-heading", "a heading that opens a section of furniture (\"Related stories\", \"Comments\") and its section")
	ruleLinkList     = rules.Register(rules.Blocks, "link-list", "a list of items that are bare links: navigation or a rail")
	ruleCaptionBoil  = rules.Register(rules.Blocks, "caption-furniture", "a figure caption that is page furniture")
	ruleCaptionCred  = rules.Register(rules.Blocks, "caption-credit", "the photo credit at the end of a caption")
	ruleTinyImage    = rules.Register(rules.Blocks, "tiny-image", "images under 50 pixels: icons, trackers, spacers")
	ruleLayoutTable  = rules.Register(rules.Blocks, "layout-table", "a table used for layout is read as text, not as a data table")
	ruleLoneLabel    = rules.Register(rules.Blocks, "lone-label", "a label line (\"Contact:\") with nothing after it")
	ruleTrailingHead = rules.Register(rules.Blocks, "trailing-heading", "headings that end the body: their section was removed")
	ruleAltCell      = rules.Register(rules.Blocks, "image-alt-cell", "a table cell holding only images reads as their short alt text (yes, ✓)")
	ruleAltWord      = rules.Register(rules.Blocks, "image-alt-word", "an image inside a sentence reads as its one-word alt text (an emoji, a tick)")
	ruleMetaRow      = rules.Register(rules.Blocks, "metadata-row", "a short row holding a byline or date line and no sentence besides (a reading time, separators)")
	ruleMetaLine     = rules.Register(rules.Blocks, "metadata-line", "the byline and date lines metadata read, left out of the body")
)

// furnitureRule returns the rule that makes a paragraph page furniture:
// a boilerplate line, an image credit, an in-text prompt or a caption
// set as text; "" for text. The text is lower-cased once for all the
// tests, and long paragraphs skip them.
func (b *builder) furnitureRule(text string) string {
	n := len(text)
	if n >= 400 {
		return ""
	}
	low := strings.ToLower(text)
	on := b.on
	switch {
	case n <= 90 && on(ruleBoilerLine) && vocab.BoilerLow(low):
		return ruleBoilerLine
	case n <= 150 && on(ruleCreditLine) && vocab.CreditLow(text, low):
		return ruleCreditLine
	case n <= 300 && on(rulePromptLine) && vocab.PaywallLow(low):
		return rulePromptLine
	case on(ruleCaptionLine) && vocab.CaptionLow(low):
		return ruleCaptionLine
	}
	return ""
}

// metadataRows adds to the skipped nodes the rows that hold them with
// nothing of the article's besides: a byline or date line set in a row
// with a reading time and separators ("Mar 3 · Updated Mar 4 · 6 min
// read"). What is left of such a row when its metadata goes is a label,
// not a sentence, and reads as a stray line.
func metadataRows(skip map[*html.Node]bool, t *rules.Trace) map[*html.Node]bool {
	if len(skip) == 0 || !t.On(ruleMetaRow) {
		return skip
	}
	var rows []*html.Node
	for n := range skip {
		r := n.Parent
		if r == nil || r.Type != html.ElementNode || dom.IsInline(r) || skip[r] {
			continue
		}
		switch r.DataAtom {
		case atom.Body, atom.Html, atom.Article, atom.Main, atom.Section, atom.Td, atom.Table:
			continue
		}
		if metadataRow(r, skip) {
			rows = append(rows, r)
		}
	}
	if len(rows) == 0 {
		return skip
	}
	out := make(map[*html.Node]bool, len(skip)+len(rows))
	for n := range skip {
		out[n] = true
	}
	for _, r := range rows {
		out[r] = true
		t.DropNode(ruleMetaRow, r, "")
	}
	return out
}

// metadataRow reports a short row whose text outside the skipped nodes
// is no sentence: at most a few words, no clause.
func metadataRow(r *html.Node, skip map[*html.Node]bool) bool {
	if len(dom.Text(r)) > 160 {
		return false
	}
	var rest strings.Builder
	nested := false
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if skip[n] {
			return
		}
		if n.Type == html.TextNode {
			rest.WriteString(n.Data)
			rest.WriteByte(' ')
			return
		}
		if n.Type == html.ElementNode && !dom.IsInline(n) && n != r {
			nested = true // a block of its own inside: a container, not a row
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(r)
	left := strings.Fields(rest.String())
	if nested || len(left) > 4 {
		return false
	}
	for _, w := range left {
		if strings.HasSuffix(w, ".") || strings.HasSuffix(w, ",") {
			return false
		}
	}
	return true
}
