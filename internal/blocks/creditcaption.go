package blocks

import (
	"strings"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
)

var ruleCreditCaption = rules.Register(rules.Blocks, "credit-caption",
	"a one-sentence line right after an image, ending in a photo credit, is the image's caption, not prose")

// creditCaptionMax bounds a caption folded by creditCaptions, without its
// credit: a caption names what the picture shows in one short sentence;
// a longer line after an image is the text going on.
const creditCaptionMax = 120

// creditCaptions folds into a figure the paragraph straight after it
// when that paragraph reads as the figure's caption: one short sentence
// ending in a photo credit ("The quay at dawn. © Jane Doe", "… (Foto:
// Jane Doe/AFP)."). Pages that set the caption in a <p> or <div> under
// the <img>, not in a <figcaption>, say so only by this order and the
// credit; left as a paragraph it reads as a sentence of the article.
// The caption, less its credit, stays on the figure for the formats
// that show figures. On a gallery, where such captions carry most of
// the text, they are the content and stay as they are.
func (b *builder) creditCaptions(out []article.Block) []article.Block {
	if !b.on(ruleCreditCaption) {
		return out
	}
	var at []int // paragraphs to fold, each after its figure
	var kept []string
	capLen, proseLen := 0, 0
	for i := range out {
		bl := &out[i]
		if bl.Kind != article.Paragraph {
			continue
		}
		n := utf8.RuneCountInString(bl.Text)
		if i > 0 && out[i-1].Kind == article.Figure && out[i-1].Caption == "" && len(bl.Text) <= 300 {
			if c, ok := vocab.TrailingCredit(bl.Text); ok && oneShortSentence(c) {
				at, kept = append(at, i), append(kept, c)
				capLen += n
				continue
			}
		}
		proseLen += n
	}
	if len(at) == 0 || 3*capLen > proseLen {
		return out
	}
	res := make([]article.Block, 0, len(out)-len(at))
	k := 0
	for i := range out {
		if k < len(at) && at[k] == i {
			res[len(res)-1].Caption = kept[k]
			b.o.Trace.Drop(ruleCreditCaption, quote(out[i].Text), "")
			k++
			continue
		}
		res = append(res, out[i])
	}
	return res
}

// oneShortSentence reports a caption's words: at most creditCaptionMax
// letters and no sentence ending inside.
func oneShortSentence(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > creditCaptionMax {
		return false
	}
	s = strings.TrimRight(s, ".!?")
	return !strings.Contains(s, ". ") && !strings.Contains(s, "! ") && !strings.Contains(s, "? ")
}
