package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

var ruleEntryTerms = rules.Register(rules.Clean, "entry-terms",
	"a post marked as an entry (class hentry or h-entry) is not named by its other classes: they are its type, status and taxonomy terms (category-comments, license-cc-by)")

// entryTerms reports a post whose class list a CMS wrote from its
// record: WordPress's post_class() and its kin give every post the
// microformat class hentry, then a class per post type, status, format
// and taxonomy term ("type-oer", "category-sidebar", "license-cc-by-nc",
// "tag-comments"). Those words say what the post is filed under, not
// that it is page furniture: a catalogue whose entries carry a licence
// term lost every entry as a footer.
func (c *cleaner) entryTerms(n *html.Node) bool {
	if !c.t.On(ruleEntryTerms) {
		return false
	}
	for rest := dom.Attr(n, "class"); rest != ""; {
		var tok string
		tok, rest = dom.NextField(rest)
		if strings.EqualFold(tok, "hentry") || strings.EqualFold(tok, "h-entry") {
			return true
		}
	}
	return false
}
