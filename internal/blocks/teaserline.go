package blocks

import (
	"net/url"
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
)

var ruleTeaserLine = rules.Register(rules.Blocks, "read-more-teaser",
	"a paragraph ending in a linked read-more prompt is another page's teaser, not the article's text")

// readMoreTeaser reports a paragraph whose last words are a link that
// sends the reader to read on elsewhere ("… Seht selbst! Weiterlesen",
// "… Fragen und Hintergründe. Read more"): a teaser of another story set
// inside or after the article. The article's own paragraphs do not end
// by sending the reader to another of the site's pages. A listing's
// items are teasers by design.
func (b *builder) readMoreTeaser(spans []article.Span) bool {
	if b.o.Listing || !b.on(ruleTeaserLine) {
		return false
	}
	i := len(spans) - 1
	for i >= 0 && strings.TrimSpace(spans[i].Text) == "" && spans[i].Image == "" {
		i--
	}
	if i <= 0 || spans[i].Href == "" {
		return false
	}
	// The whole run of the last link: a prompt split over spans (bold
	// inside the anchor) reads as one.
	href, j := spans[i].Href, i
	for j > 0 && spans[j-1].Href == href {
		j--
	}
	if j == 0 {
		return false // the paragraph is all one link: link-dense-line's
	}
	var prompt strings.Builder
	for _, sp := range spans[j : i+1] {
		prompt.WriteString(sp.Text)
	}
	p := strings.TrimSpace(prompt.String())
	return len(p) <= 40 && vocab.ReadMorePrompt(p) && b.sameSite(href)
}

// sameSite reports a link to the page's own site (or one that cannot be
// told apart): a teaser sends the reader to the site's other stories; a
// link to another site after a quotation is a source the text cites.
func (b *builder) sameSite(href string) bool {
	u, err := url.Parse(href)
	if err != nil || b.o.Base == nil || u.Host == "" {
		return err == nil
	}
	return strings.TrimPrefix(u.Hostname(), "www.") == strings.TrimPrefix(b.o.Base.Hostname(), "www.")
}
