package content

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// termCards reports a description list of teaser cards: three or more
// terms, most of them a headline alone in a link (words leading to
// another story), each described by a short blurb. A glossary's or an
// FAQ's terms are not links; a reference's linked terms are names
// (Promise.all(), ClusterIP), not headlines.
func (s *scorer) termCards(dl *html.Node) bool {
	terms, linked := 0, 0
	for c := dl.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		st := s.stats[c]
		switch c.DataAtom {
		case atom.Dt:
			terms++
			if st.chars > 0 && float64(st.linkChars) >= 0.8*float64(st.chars) && len(strings.Fields(dom.Text(c))) >= minCardWords {
				linked++
			}
		case atom.Dd:
			if st.chars > maxCardBlurb {
				return false
			}
		}
	}
	return terms >= 3 && linked*10 >= terms*6
}

// minCardWords is the fewest words of a teaser's headline.
const minCardWords = 4

// maxCardBlurb is the longest blurb (characters) a teaser card carries.
const maxCardBlurb = 400
