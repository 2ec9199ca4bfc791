package clean

import (
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	ruleProseNotAd = rules.Register(rules.Clean, "prose-not-ad",
		"a box named as an ad or promo (\"banner\", \"promo\") that holds a heading over paragraphs of prose with few links is a section of the page, not an ad slot")
	ruleProseNotNav = rules.Register(rules.Clean, "prose-not-navigation",
		"a box named as navigation that holds a heading over paragraphs of prose with few links is a section of the page, not a menu")
)

// proseNotAd reports a box the ad vocabulary names that reads as a
// section of the page: landing and documentation pages call their
// sections "hero-banner", "promo" or "feature-banner", and an ad slot
// holds an ad's few words, an image or an empty frame, never a heading
// over paragraphs of unlinked prose. A promo for other pages (a rail
// of teasers in a box named "internal-ad") has headings and blurbs,
// but no blurb reads as a paragraph.
func (c *cleaner) proseNotAd(n *html.Node) bool {
	return c.t.On(ruleProseNotAd) && c.proseSection(n)
}

// proseNotNav reports a box the navigation vocabulary names that reads
// as a section of the page: a feature section classed "nav-source" (the
// section a sticky menu scrolls to), a "subnav" layout holding the text.
// Navigation is links; a heading over paragraphs of unlinked prose is
// what the links lead to.
func (c *cleaner) proseNotNav(n *html.Node) bool {
	return c.t.On(ruleProseNotNav) && c.proseSection(n)
}

// proseSection reports a box that holds a heading, a paragraph of
// prose and 200 characters of unlinked paragraph text, with under 30%
// of its text linked.
func (c *cleaner) proseSection(n *html.Node) bool {
	s := c.stat(n)
	if s.para < 200 || 10*s.link >= 3*s.text {
		return false
	}
	return dom.Find(n, isHeading) != nil && dom.Find(n, longParagraph) != nil
}

// longParagraph reports a paragraph of prose: a teaser's blurb under its
// linked title is a line, a section's paragraph runs on.
func longParagraph(n *html.Node) bool {
	if n.DataAtom != atom.P {
		return false
	}
	return len(dom.Text(n)) >= 120
}
