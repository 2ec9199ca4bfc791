package extract

import (
	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/meta"
)

// signedBy returns the author named by a signature line closing the
// body: its last paragraph, when that is only a person's name set in
// bold or italics, with nothing after it but images. It is the last
// source of authors, used when no metadata or byline names anyone. A
// name set alone further up is a subhead or a speaker, not a signature.
func signedBy(blocks []article.Block, title string) (string, bool) {
	for i := len(blocks) - 1; i >= 1; i-- {
		b := &blocks[i]
		if b.Kind == article.Figure {
			continue
		}
		if b.Kind != article.Paragraph || !emphasised(b.Spans) {
			return "", false
		}
		if name, ok := meta.SignOff(b.Text); ok && name != title {
			return name, true
		}
		return "", false
	}
	return "", false
}

// emphasised reports whether every span with text is bold or italic.
func emphasised(spans []article.Span) bool {
	n := 0
	for _, s := range spans {
		if s.Text == "" || s.Text == " " {
			continue
		}
		if !s.Strong && !s.Em || s.Href != "" {
			return false
		}
		n++
	}
	return n > 0
}
