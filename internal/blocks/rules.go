package blocks

import (
	"strings"

	"github.com/pith-org/pith/internal/rules"
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
	case n <= 90 && on(ruleBoilerLine) && boilerLow(low):
		return ruleBoilerLine
	case n <= 150 && on(ruleCreditLine) && creditLow(text, low):
		return ruleCreditLine
	case n <= 300 && on(rulePromptLine) && paywallLow(low):
		return rulePromptLine
	case on(ruleCaptionLine) && captionLow(low):
		return ruleCaptionLine
	}
	return ""
}
