package content

import (
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleCaptionRun = rules.Register(rules.Select, "caption-run-not-scored",
	"a list of photo captions, each carrying its credit (\"(AP Photo/…)\"), scores nothing: a slideshow's captions are not the article")

// captionRun reports a slideshow set as a list whose items are photo
// captions: four or more items, seven in ten of them carrying a photo
// credit. Its fifty captions, each a sentence with commas, outscored
// the story the slideshow illustrates.
func captionRun(list *html.Node) bool {
	items := slideItems(list)
	if items < 4 {
		// Counted first: most containers have fewer items, and reading
		// an item's text walks all of it.
		return false
	}
	credited, seen := 0, 0
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if !slideItem(c) {
			continue
		}
		if (credited+items-seen)*10 < items*7 {
			return false // too few items left to make the share
		}
		seen++
		if text := firstText(c, maxCaption); text != "" && len(text) < maxCaption && vocab.StripCredit(text) != text {
			credited++
		}
	}
	return credited*10 >= items*7
}

// maxCaption is the longest caption (bytes) with its credit.
const maxCaption = 600

// inCaptionRun reports whether paragraph n is a caption of a caption
// run: set in one of its items. The answer for each list is kept, since
// every caption of a list asks.
func (s *scorer) inCaptionRun(n *html.Node) bool {
	if !s.t.On(ruleCaptionRun) {
		return false
	}
	item := n
	if n.DataAtom != atom.Li {
		item = n.Parent
	}
	for i := 0; item != nil && i < 2 && !slideItem(item); i++ {
		item = item.Parent
	}
	if item == nil || item.Parent == nil {
		return false
	}
	list := item.Parent
	if s.captionRuns == nil {
		s.captionRuns = map[*html.Node]bool{}
	}
	is, ok := s.captionRuns[list]
	if !ok {
		is = captionRun(list)
		s.captionRuns[list] = is
		if is && s.t.Explaining() {
			s.t.DropNode(ruleCaptionRun, list, "not scored")
		}
	}
	return is
}
