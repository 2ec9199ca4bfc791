package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headline returns the heading printing the article's title: the
// metadata title, or the document's <title> less the site's name before
// or after it. Either may name the site rather than the page (metadata
// takes og:title, which some sites set to their name), and the banner
// printing the site's name sits over the whole page: of the matching
// headings, the one set over the least prose is the headline.
func (c *cleaner) headline(root, body *html.Node) *html.Node {
	title := dom.LetterKey(c.o.Title)
	site := dom.LetterKey(c.o.SiteName)
	page := ""
	if t := dom.Find(root, func(n *html.Node) bool { return n.DataAtom == atom.Title }); t != nil {
		page = dom.LetterKey(dom.Text(t))
	}
	if len(title) < minHeadline && len(page) < minHeadline {
		// A title this short ("Home", "News") matches headings anywhere.
		return nil
	}
	var found []*html.Node
	dom.Walk(body, func(n *html.Node) bool {
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			return false
		case atom.H1, atom.H2, atom.H3:
			h := dom.LetterKey(dom.Text(n))
			if len(title) >= minHeadline && sameHeadline(h, title) || titleHolds(page, h) {
				found = append(found, n)
			}
			return false
		}
		return true
	})
	if len(found) > 1 && c.t.On(ruleHeadlineOutside) {
		found = c.outsideFurniture(found, body)
	}
	var headline *html.Node
	least, siteNamed := 0, false
	for _, n := range found {
		// Over the least prose; of two over the same, not the one
		// printing the site's name (its banner).
		h := dom.LetterKey(dom.Text(n))
		p := c.holderOf(n, body)
		if p != nil && (headline == nil || c.prose(p) < least || c.prose(p) == least && siteNamed && h != site) {
			headline, least, siteNamed = n, c.prose(p), h == site
		}
	}
	if headline == nil && len(found) > 0 {
		// No matching heading stands over prose: the first one still
		// marks where the article begins.
		return found[0]
	}
	return headline
}

// headlineHolders returns the ancestors of the headline that hold
// prose: the article itself, or a wrapper of it. Templates put their
// taxonomy on the article element ("entry-author-jane_doe",
// "post-meta", "leftRail article"), and a class-word rule that reads
// such a name as an author box or a byline takes the whole story with
// it; no boilerplate block holds the page's own headline over prose.
func (c *cleaner) headlineHolders(headline, body *html.Node) map[*html.Node]bool {
	if headline == nil {
		return nil
	}
	holders := map[*html.Node]bool{}
	for p := headline.Parent; p != nil && p != body; p = p.Parent {
		if c.prose(p) >= minHolderProse {
			holders[p] = true
		}
	}
	return holders
}

// holdsShortPost reports a box holding the headline over a sentence or
// two of prose. An author's box never holds the page's headline, so a
// box named after the author that does ("entry-author-jane_doe") is the
// post, however short; other names (a banner, a site header) need the
// holders' amount of prose.
func (c *cleaner) holdsShortPost(n *html.Node) bool {
	return c.head != nil && c.t.On(ruleHeadlineHolder) && isInside(c.head, n) && c.prose(n) >= minPostProse
}

// holderOf returns the nearest ancestor of h holding prose, or nil.
func (c *cleaner) holderOf(h, body *html.Node) *html.Node {
	for p := h.Parent; p != nil && p != body; p = p.Parent {
		if c.prose(p) >= minHolderProse {
			return p
		}
	}
	return nil
}

// minHeadline is the shortest headline, in letters and digits, that is
// matched at all: shorter ones ("Home", "News") match headings anywhere.
const minHeadline = 8

// minHolderProse is the unlinked text (non-space bytes) a headline's
// ancestor needs to be the article: two sentences, a short post.
const minHolderProse = 200

// sameHeadline reports whether a heading prints the title: the same
// letters, or the title with a few words more (a kicker, a series name)
// but not a sentence about it ("12 responses to …").
func sameHeadline(heading, title string) bool {
	if heading == title {
		return true
	}
	return strings.Contains(heading, title) && len(title)*5 >= len(heading)*4
}

// titleHolds reports whether the document's <title> is the heading with
// the site's name before or after it ("Site: Headline", "Headline -
// Site"): metadata may have taken the site's name for the title, and
// the <title> still names the page.
func titleHolds(page, heading string) bool {
	return len(heading) >= minHeadline && (strings.HasPrefix(page, heading) || strings.HasSuffix(page, heading))
}

// prose is the unlinked text under n: articles that set their text in
// divs and line breaks hold no paragraphs.
func (c *cleaner) prose(n *html.Node) int {
	s := c.stat(n)
	return s.text - s.link
}
