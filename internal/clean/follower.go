package clean

import (
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
)

var ruleHeadlineFollower = rules.Register(rules.Clean, "headline-follower",
	"keeps the region right after the headline, with no prose between them, that holds prose: the article's body, whatever its name or tag says")

// followsHeadline reports a region the article's body fills: it stands
// beside the headline's own block (a sibling of the headline or of one
// of its nearest ancestors), after it with hardly any prose between
// them (a byline, a date), and holds a few sentences of prose with few
// links. Templates name the column that holds the story after its place
// ("leftRail", "left_col") or set it in an <aside>; a sidebar stands
// after the body, or further from the headline in the page's layout.
func (c *cleaner) followsHeadline(n *html.Node, rule string) bool {
	switch rule {
	case conceptRules[vocab.Sidebar], ruleChromeAside, ruleARIAChrome, conceptRules[vocab.Ads]:
		// Names of a column or a box beside the text, which templates
		// also give the story's own column. Hidden regions, navigation,
		// footers, threads, dialogs, walls, bylines and author boxes
		// are what they say wherever they stand.
	default:
		return false
	}
	h := c.head
	if h == nil || !nearAncestor(n.Parent, h, followerReach) {
		return false
	}
	s := c.stat(n)
	if s.text-s.link < minHolderProse || 2*s.link >= s.text {
		return false
	}
	between := c.proseBetween(h, n)
	return between >= 0 && between < minPostProse
}

// followerReach is how many levels above the headline the parent of a
// region following it may stand.
const followerReach = 3

// nearAncestor reports whether a is one of the levels nearest ancestors
// of n.
func nearAncestor(a, n *html.Node, levels int) bool {
	for p, i := n.Parent, 0; p != nil && i < levels; p, i = p.Parent, i+1 {
		if p == a {
			return true
		}
	}
	return false
}
