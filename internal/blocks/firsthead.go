package blocks

import (
	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/rules"
)

var ruleHeadingFirst = rules.Register(rules.Blocks, "furniture-heading-first",
	"a furniture heading before any of the body's text (\"Share this article\" over the story) heads only what comes before the first paragraph of prose: the rest is the body")

// hasText reports whether a paragraph, list or quote of the body has
// been emitted: whether the body's text has begun.
func (b *builder) hasText() bool {
	for i := range b.out {
		switch b.out[i].Kind {
		case article.Paragraph, article.List, article.Quote:
			return true
		}
	}
	return false
}

// minProseBlock is the length (characters) of a paragraph that reads as
// the body's prose rather than a share bar's or a rail's line.
const minProseBlock = 150

// proseBlock reports a paragraph of prose: long, and mostly unlinked.
func proseBlock(bl *article.Block) bool {
	return bl.Kind == article.Paragraph && len(bl.Text) >= minProseBlock && linkDensity(bl.Spans) < 0.3
}
