package content

import (
	"unicode"

	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

var ruleListPunct = rules.Register(rules.Select, "separators-not-clauses",
	"a paragraph of links written out in a line (\"<a>One</a>; <a>Two</a>; …\") scores no clauses for the separators between them")

// Sizes of a line of links: this many separators standing alone between
// links, in a paragraph whose text is mostly linked.
const (
	minLinkLineSeps = 5
	linkLineDensity = 0.5
)

// clauses is the number of clauses paragraph n scores: its commas and
// semicolons, less the separators of a line of links. A footer's list
// of sister titles ("Amherst Daily News; Cape Breton Post; …") has
// forty, and outscored a short story's paragraphs; a few names in a
// table cell ("<a>Curie</a>, <a>Curie</a>") keep theirs.
func (s *scorer) clauses(n *html.Node) int {
	st := s.stats[n]
	if st.seps < minLinkLineSeps || s.linkDensity(n) <= linkLineDensity || !s.t.On(ruleListPunct) {
		return st.commas
	}
	if s.t.Explaining() {
		s.t.DropNode(ruleListPunct, n, "its separators are no clauses")
	}
	return st.commas - st.seps
}

// separatorsOnly reports a text node holding clause separators and no
// word: the punctuation between two links.
func separatorsOnly(s string) bool {
	if len(s) > 24 {
		return false
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
