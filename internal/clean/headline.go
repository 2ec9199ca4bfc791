package clean

import (
	"strings"
	"unicode"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headlineHolders returns the elements that hold the article's headline
// (a heading printing the title metadata gave) together with paragraphs
// of text: the article itself, or a wrapper of it. Templates put their
// taxonomy on the article element ("entry-author-jane_doe",
// "post-meta", "leftRail article"), and a class-word rule that reads
// such a name as an author box or a byline takes the whole story with
// it; no boilerplate block holds the page's own headline over prose.
func (c *cleaner) headlineHolders(body *html.Node) map[*html.Node]bool {
	key := letterKey(c.o.Title)
	if len([]rune(key)) < 8 {
		// A title this short ("Home", "News") matches headings anywhere.
		return nil
	}
	var headline *html.Node
	dom.Walk(body, func(n *html.Node) bool {
		if headline != nil {
			return false
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			return false
		case atom.H1, atom.H2, atom.H3:
			if sameHeadline(letterKey(dom.Text(n)), key) {
				headline = n
			}
			return false
		}
		return true
	})
	if headline == nil {
		return nil
	}
	holders := map[*html.Node]bool{}
	for p := headline.Parent; p != nil && p != body; p = p.Parent {
		if c.stat(p).para >= minHolderProse {
			holders[p] = true
		}
	}
	return holders
}

// minHolderProse is the paragraph text (non-space bytes) a headline's
// ancestor needs to be the article: a few sentences.
const minHolderProse = 300

// sameHeadline reports whether a heading prints the title: the same
// letters, or the title with a few words more (a kicker, a series name)
// but not a sentence about it ("12 responses to …").
func sameHeadline(heading, title string) bool {
	if heading == title {
		return true
	}
	return strings.Contains(heading, title) && len(title)*5 >= len(heading)*4
}

// letterKey is s lower-cased with everything but letters and digits
// left out, so that punctuation and spacing do not tell a heading from
// the title it prints.
func letterKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
