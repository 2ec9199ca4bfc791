package blocks

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/rules"
)

var ruleLinkedSentence = rules.Register(rules.Blocks, "linked-sentence",
	"a sentence whose anchor is most of its text (\"See Handling Application Errors for more details.\") is text, not a link line")

// linkedSentence reports a paragraph that is a sentence however much of
// it is linked: words of its own around one or two links, a capital to
// open it and a full stop to close it. Documentation points on with such
// sentences ("For more information, see Overview of BigQuery
// storage."), articles with "Read more about …" asides set in running
// text; a teaser or navigation line is a bare title ("Take the tour",
// "Video: Waxing lyrical") with no sentence around it, a line of
// related posts links three and more.
func linkedSentence(spans []article.Span, text string) bool {
	if len(text) > 400 || !closesSentence(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return false
	}
	own, links := 0, 0
	last := ""
	for _, s := range spans {
		switch {
		case s.Href == "":
			own += len(strings.Fields(s.Text))
		case s.Href != last:
			links++
		}
		last = s.Href
	}
	return own >= 2 && links <= 2
}

// closesSentence reports text ending in a full stop, before any closing
// quotes or brackets. A call to action ends in "!", a teaser's title in
// nothing or in "?".
func closesSentence(text string) bool {
	t := strings.TrimRight(text, " \"'”’»)]")
	r, _ := utf8.DecodeLastRuneInString(t)
	switch r {
	case '.', '。':
		return !strings.HasSuffix(t, "...")
	}
	return false
}
