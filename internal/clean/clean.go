// Package clean removes from a parsed page what is never article content:
// scripts and other non-text elements, hidden nodes, page chrome named by
// tag or ARIA role, and boilerplate blocks named by their class/id words.
// It runs after metadata and FAQ detection have read the raw tree.
package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/cancel"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Options tune the cleaner.
type Options struct {
	// Recall keeps blocks that are boilerplate only by vocabulary when
	// they hold a fair share of the page's text.
	Recall bool
	// Title is the article's title as metadata read it: the element
	// printing it over prose is the article, whatever its class says.
	Title string
	// SiteName is the site's name as metadata read it: a heading printing
	// it is the banner, never the headline.
	SiteName string
	// Discussion is what the page declares about being a discussion
	// (ReadDiscussion): a forum thread's comment-named blocks are its
	// posts.
	Discussion Discussion
	// Trace switches rules off and records what each removed or kept
	// (nil: every rule on, nothing recorded).
	Trace *rules.Trace
	// Stop ends the walk when the page is abandoned (nil: never).
	Stop *cancel.Point
}

// Result is what cleaning found besides what it removed.
type Result struct {
	// Headline is the heading printing the article's title (the
	// metadata title, or the document's <title> less the site's name),
	// nil when none does. It may have been removed with its region.
	Headline *html.Node
	// Thread is the amount of text cleaning removed as comment threads:
	// what a second try (ThreadOnly) can keep when nothing else is left.
	Thread int
}

// Clean removes boilerplate from the tree under root (usually the
// document) in place.
func Clean(root *html.Node, o Options) Result {
	c := cleaner{o: o, t: o.Trace, stats: map[*html.Node]stat{}, protect: map[*html.Node]bool{}}
	return c.clean(root)
}

func (c *cleaner) clean(root *html.Node) Result {
	body := dom.Find(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		body = root
	}
	c.total = c.prepare(root, body)
	headline := c.headline(root, body)
	c.head = headline
	c.posts = c.o.Discussion == UnmarkedPosts && c.t.On(ruleDiscussionPosts)
	c.threadOnly = c.o.Discussion == ThreadOnly && c.t.On(ThreadPageRule)
	if c.t.On(ruleHeadlineHolder) {
		c.holders = c.headlineHolders(headline, body)
	}
	c.walk(body, false)
	return Result{Headline: headline, Thread: c.thread}
}

type cleaner struct {
	o       Options
	t       *rules.Trace
	stats   map[*html.Node]stat
	protect map[*html.Node]bool // nodes that hold the article body marker, or are it
	holders map[*html.Node]bool // nodes that hold the headline over prose
	// sponsors are the near ancestors of paid links (rel=sponsored)
	sponsors map[*html.Node]bool
	posts    bool       // comment-named blocks are the page's posts
	head     *html.Node // the headline (Result.Headline), nil when none
	// threadOnly: comment-named blocks are the page (thread-page)
	threadOnly bool
	thread     int // text removed as comment threads
	total      stat
	words      []string // reused class-word buffer

	// controlled are the ids that aria-controls names: panels a tab or
	// toggle opens
	controlled map[string]bool

	sib      siblings
	scanned  int // children visited by sibling scans, for the linearity test
	measured int // nodes visited by measure, for the linearity test
}

// siblings caches what the children of one parent ask about each other
// (inRunningText, templateContent), so that a parent's children are
// scanned about once rather than once per child: a tag cloud of 25,000
// links asking in turn took 12 s. The walk removes elements and comments
// and inserts only before the child it is at (unpacked templates, which
// it then visits, and paragraphs made of a child's own runs).
type siblings struct {
	parent *html.Node
	// runKnown: runText tells whether parent has text nodes of its own.
	runKnown, runText bool
	// For templateContent, the children before the walk's position are
	// final (walked, inserted, or text) and scanned once up to last;
	// textBefore is set when one of them holds text. The children after
	// it are not walked yet: next is the first of them with text, valid
	// until the walk reaches it (nextKnown with next == nil: none has).
	last                  *html.Node
	textBefore, nextKnown bool
	next                  *html.Node
}

func (c *cleaner) siblingsOf(parent *html.Node) *siblings {
	if c.sib.parent != parent {
		c.sib = siblings{parent: parent}
	}
	return &c.sib
}

// walk visits the children of n, removing what is boilerplate. inContent
// tells whether an article/main ancestor encloses n: asides and headers
// there belong to the article.
func (c *cleaner) walk(n *html.Node, inContent bool) {
	for ch := n.FirstChild; ch != nil; {
		c.o.Stop.Check()
		next := ch.NextSibling
		switch ch.Type {
		case html.CommentNode:
			n.RemoveChild(ch)
		case html.ElementNode:
			if c.sib.parent == n && c.sib.next == ch {
				c.sib.next, c.sib.nextKnown = nil, false // walked from here on
			}
			switch ch.DataAtom {
			case atom.Noscript:
				if c.t.On(ruleNoscriptImage) && noscriptImages(ch) {
					c.t.KeepNode(ruleNoscriptImage, ch, "")
				}
			case atom.Script:
				if c.t.On(ruleTemplate) {
					if first := c.templateContent(ch); first != nil {
						// The unpacked markup takes the script's place and
						// is cleaned like the rest of the page.
						c.t.KeepNode(ruleTemplate, first, "unpacked from <script type=text/template>")
						c.siblingsOf(n).runKnown = false // n may have text of its own now
						n.RemoveChild(ch)
						ch = first
						continue
					}
				}
			}
			if c.t.On(ruleThreadLabel) && c.threadLabel(ch) {
				c.record(ch, ruleThreadLabel, "")
				c.dropThread(ch)
				n.RemoveChild(ch)
				next = nil // the siblings after it went with it
			} else if rule, detail := c.rule(ch, inContent); rule != "" {
				c.record(ch, rule, detail)
				if rule == conceptRules[vocab.Comments] {
					c.thread += c.stat(ch).text
				}
				n.RemoveChild(ch)
			} else {
				if c.t.On(ruleBrParagraphs) && brParagraphs(ch) {
					c.t.KeepNode(ruleBrParagraphs, ch, "")
				}
				sib := c.sib
				c.walk(ch, inContent || isContentTag(ch))
				c.sib = sib // the walk below cached facts of ch's children
			}
		}
		ch = next
	}
}

func isContentTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Article, atom.Main:
		return true
	}
	switch dom.Attr(n, "role") {
	case "main", "article":
		return true
	}
	return false
}

// rule returns the name of the rule that removes n, with what it saw,
// or "" to keep n.
func (c *cleaner) rule(n *html.Node, inContent bool) (rule, detail string) {
	if nonText(n) {
		if c.t.On(ruleNonText) {
			return ruleNonText, "<" + n.Data + ">"
		}
	}
	if h := hidden(n); h != "" && c.t.On(h) {
		if keep := c.shownAnyway(n, h); keep != "" {
			c.t.KeepNode(keep, n, "would be "+h)
		} else if h == ruleAriaHidden && !c.protect[n] {
			// aria-hidden hides from screen readers, not from the eye:
			// decorative copies, usually, but pages also set it on the
			// page behind an open overlay.
			return c.unlessLarge(n, h, "")
		} else if h != ruleAriaHidden {
			return h, ""
		}
	}
	if c.protect[n] {
		if c.t.Explaining() && c.wouldDrop(n, inContent) {
			c.t.KeepNode(ruleProtectBody, n, "")
		}
		return "", ""
	}
	return c.named(n, inContent)
}

// wouldDrop reports whether a protected element would go without its
// protection, so --explain can say the protection kept it.
func (c *cleaner) wouldDrop(n *html.Node, inContent bool) bool {
	c.t = nil // the dry run records nothing
	defer func() { c.t = c.o.Trace }()
	r, _ := c.named(n, inContent)
	return r != ""
}

// named applies the rules that judge an element by what it is called:
// its tag, its ARIA role, its class and id words.
func (c *cleaner) named(n *html.Node, inContent bool) (rule, detail string) {
	if vocab.HiddenClass(dom.Attr(n, "class")) && c.t.On(ruleHiddenClass) {
		return c.unlessLarge(n, ruleHiddenClass, "")
	}
	if rule, detail, ok := c.byTag(n, inContent); ok {
		return rule, detail
	}
	if rule, detail, ok := c.byRole(n, inContent); ok {
		return rule, detail
	}
	switch n.DataAtom {
	case atom.Article, atom.Main, atom.Body, atom.Html:
		return "", ""
	}
	if c.sponsors[n] && c.t.On(ruleSponsored) && !dom.IsInline(n) && c.sponsoredBox(n) {
		return ruleSponsored, "rel=sponsored"
	}
	return c.byWords(n)
}

// byTag applies the rules of page chrome named by its tag. ok is false
// when none applies and the other names are to be read.
func (c *cleaner) byTag(n *html.Node, inContent bool) (rule, detail string, ok bool) {
	switch n.DataAtom {
	case atom.Nav, atom.Menu:
		if c.t.On(ruleChromeNav) {
			return ruleChromeNav, "<" + n.Data + ">", true
		}
	case atom.Aside:
		if c.holders[n] {
			// An <aside> holding the headline over prose is the story
			// itself, set in the wrong element.
			c.t.KeepNode(ruleHeadlineHolder, n, "<aside>")
			break
		}
		if !inContent && c.t.On(ruleChromeAside) {
			rule, detail = c.unlessLarge(n, ruleChromeAside, "")
			return rule, detail, true
		}
	case atom.Footer:
		if c.t.On(ruleChromeFoot) {
			rule, detail = c.unlessLarge(n, ruleChromeFoot, "")
			return rule, detail, true
		}
	case atom.Header:
		if inContent || !c.t.On(ruleChromeHead) {
			break
		}
		if articleHeader(n) && c.t.On(ruleArticleHeader) {
			c.t.KeepNode(ruleArticleHeader, n, "")
			break
		}
		rule, detail = c.unlessLarge(n, ruleChromeHead, "")
		return rule, detail, true
	case atom.Form:
		// Whole pages and product descriptions sit in forms (ASP.NET,
		// shop templates); only a form with little text is furniture.
		if c.stat(n).text < 200 && c.t.On(ruleSmallForm) {
			return ruleSmallForm, "", true
		}
	}
	return "", "", false
}

// byRole applies the rule of page chrome named by its ARIA role. ok is
// false when it does not apply.
func (c *cleaner) byRole(n *html.Node, inContent bool) (rule, detail string, ok bool) {
	if !c.t.On(ruleARIAChrome) {
		return "", "", false
	}
	switch role := dom.Attr(n, "role"); role {
	case "complementary":
		if inContent {
			break
		}
		fallthrough
	case "navigation", "menu", "menubar", "dialog", "alertdialog", "alert", "search", "tooltip", "banner", "contentinfo":
		rule, detail = c.unlessLarge(n, ruleARIAChrome, "role="+role)
		return rule, detail, true
	}
	return "", "", false
}

// byWords applies the rules that name boilerplate by class and id words,
// and the rules that keep a block whatever its words say.
func (c *cleaner) byWords(n *html.Node) (rule, detail string) {
	c.words = appendClassWords(c.words[:0], n)
	ws := c.words
	if len(ws) == 0 {
		return "", ""
	}
	concept := vocab.Classify(ws)
	if concept != vocab.None {
		concept = c.slugConcept(n, concept)
		ws = c.words
	}
	name := conceptRules[concept]
	if concept == vocab.None || !c.t.On(name) {
		return "", ""
	}
	if concept == vocab.Comments && c.posts {
		c.t.KeepNode(ruleDiscussionPosts, n, "")
		return "", ""
	}
	if concept == vocab.Comments && c.threadOnly {
		c.t.KeepNode(ThreadPageRule, n, "")
		return "", ""
	}
	if c.t.On(ruleSectionHeading) && c.furnitureHeading(n) {
		c.t.KeepNode(ruleSectionHeading, n, "named "+string(concept))
		return "", ""
	}
	if inHeading(n) {
		// The heading's own text (a headline span, an anchor named
		// after the section) is judged as a heading, never by its
		// class or id words.
		return "", ""
	}
	if c.t.On(ruleRunningText) && c.inRunningText(n) {
		// A link or span inside a sentence is part of it, whatever its
		// class says ("popup" glossary links, "share" highlights).
		c.t.KeepNode(ruleRunningText, n, "named "+string(concept))
		return "", ""
	}
	if c.holders[n] || concept == vocab.AuthorBio && c.holdsShortPost(n) {
		c.t.KeepNode(ruleHeadlineHolder, n, "named "+string(concept))
		return "", ""
	}
	if c.entryTerms(n) {
		c.t.KeepNode(ruleEntryTerms, n, "named "+string(concept))
		return "", ""
	}
	if rule := c.proseNot(n, concept); rule != "" {
		c.t.KeepNode(rule, n, firstWords(ws))
		return "", ""
	}
	if concept == vocab.Meta && c.t.On(ruleLongByline) && c.longByline(n) {
		c.t.KeepNode(ruleLongByline, n, "named "+string(concept))
		return "", ""
	}
	if vocab.StrongPositive(ws) && c.stat(n).text > 500 && c.t.On(ruleContentName) {
		// "post-content-share-wrapper" style names that also name the
		// content: let selection decide.
		c.t.KeepNode(ruleContentName, n, "also named "+string(concept))
		return "", ""
	}
	return c.unlessLarge(n, name, firstWords(ws))
}

// firstWords is the class words an explain line quotes.
func firstWords(ws []string) string {
	if len(ws) > 6 {
		ws = ws[:6]
	}
	return strings.Join(ws, " ")
}

// unlessLarge returns rule unless n holds a large share of the page's
// text with few links: then the name is misleading (a wrapper named
// "page-footer-layout", a form around the whole page) and removing it
// would take the article too.
func (c *cleaner) unlessLarge(n *html.Node, rule, detail string) (string, string) {
	if !c.t.On(ruleLargeRegion) || rule == conceptRules[vocab.Consent] {
		// A consent dialog's policy text can outweigh a short article
		// or a listing's blurbs; it is never the page's content.
		return rule, detail
	}
	if c.t.On(ruleHeadlineFollower) && c.followsHeadline(n, rule) {
		c.t.KeepNode(ruleHeadlineFollower, n, "would be "+rule)
		return "", ""
	}
	s := c.stat(n)
	share := 0.4
	if c.o.Recall {
		share = 0.2
	}
	// A region with a large share of the page's text and few links, or
	// a wrapper around most of the page's paragraph text, however many
	// links its navigation adds.
	if float64(s.text) >= share*float64(c.total.text) && float64(s.link) < 0.35*float64(s.text) && s.text > 500 ||
		float64(s.para) >= 0.6*float64(c.total.para) && s.para > 400 {
		if rule == conceptRules[vocab.Comments] && c.t.On(ruleThreadAfter) && c.threadAfterArticle(n) {
			return ruleThreadAfter, detail
		}
		if c.asideAfterArticle(n, rule) {
			return ruleAsideAfter, detail
		}
		c.t.KeepNode(ruleLargeRegion, n, "would be "+rule)
		return "", ""
	}
	return rule, detail
}

// nonText reports elements that never hold article text: scripts,
// embeds, form controls, media, document-level tags.
func nonText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Canvas, atom.Iframe,
		atom.Object, atom.Embed, atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Option,
		atom.Link, atom.Meta, atom.Dialog, atom.Map, atom.Audio, atom.Video, atom.Source, atom.Track,
		atom.Head, atom.Title, atom.Base, atom.Rt, atom.Rp:
		// rt/rp: ruby annotations (furigana) read beside the text, not in it.
		return true
	}
	return false
}

// hidden reports elements a browser would not show.
func hidden(n *html.Node) string {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return ruleHiddenAttr
		case "aria-hidden":
			if a.Val == "true" {
				return ruleAriaHidden
			}
		case "style":
			if styleHidden(a.Val) {
				return ruleHiddenStyle
			}
		}
	}
	return ""
}

func styleHidden(s string) bool {
	s = strings.ToLower(s)
	if !strings.Contains(s, "none") && !strings.Contains(s, "hidden") {
		return false
	}
	s = strings.ReplaceAll(s, " ", "")
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

func (c *cleaner) record(n *html.Node, rule, detail string) {
	if c.t.Explaining() && c.stat(n).text > 0 {
		c.t.DropNode(rule, n, detail)
	}
}

// appendClassWords appends the words that name n (class, id, component
// data attributes, aria-label), leaving out BEM modifiers
// ("section--ads", "teaser--related") and utility classes: a modifier
// says what a block contains or how it looks, not what it is. The
// cleaner passes one buffer for every element.
func appendClassWords(out []string, n *html.Node) []string {
	if n.DataAtom == 0 && strings.Contains(n.Data, "-") {
		// Custom elements are named by what they are
		// (<related-articles>, <ad-slot>, <pp-inline-teaser>).
		out = dom.SplitWords(out, n.Data)
	}
	for _, a := range n.Attr {
		if !namingAttr(a.Key) {
			continue
		}
		for rest := a.Val; rest != ""; {
			var tok string
			tok, rest = dom.NextField(rest)
			if tok == "" {
				break
			}
			if strings.ContainsAny(tok, "():![]@") {
				// Atomic and utility CSS ("Mend(395px)--modal-min-width",
				// "md:hidden") describes looks, not what a block is.
				continue
			}
			if i := strings.Index(tok, "--"); i > 0 {
				tok = tok[:i]
			}
			start := len(out)
			out = dom.SplitWords(out, tok)
			if len(out) > start && vocab.StateWord(out[start]) {
				// "has-double-sidebar", "no-right-sidebar": a state flag
				// on a wrapper names what it holds or lacks, not what
				// it is.
				out = out[:start]
			}
		}
	}
	return out
}

// articleHeader tells the header of an article (its headline and
// standfirst) from the site's header: it holds the <h1> and no
// navigation, and reads as text rather than links.
func articleHeader(n *html.Node) bool {
	var h1, nav bool
	var text, link int
	dom.Walk(n, func(x *html.Node) bool {
		switch x.Type {
		case html.ElementNode:
			switch x.DataAtom {
			case atom.H1:
				h1 = true
			case atom.Nav:
				nav = true
			case atom.A:
				link += len(dom.Text(x))
			}
		case html.TextNode:
			text += len(strings.TrimSpace(x.Data))
		}
		return !nav
	})
	return h1 && !nav && link*2 < text
}

// inRunningText reports an inline element with text of its own beside
// it in the same parent: a phrase of a sentence, not a block. The walk
// removes elements and comments only, so the answer holds for all the
// children of a parent and is scanned once.
func (c *cleaner) inRunningText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Span, atom.Em, atom.Strong, atom.B, atom.I, atom.Small, atom.Font,
		atom.Abbr, atom.Cite, atom.Q, atom.Mark, atom.Sup, atom.Sub, atom.U, atom.Time, atom.Math, 0:
		// 0: custom and foreign elements (a MathJax formula in a sentence)
	default:
		return false
	}
	sib := c.siblingsOf(n.Parent)
	if !sib.runKnown {
		sib.runKnown, sib.runText = true, false
		for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
			c.scanned++
			if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
				sib.runText = true
				break
			}
		}
	}
	return sib.runText
}

// inHeading reports an element inside a heading: the heading's own text
// (a headline span, an anchor named after the section), which is judged
// as a heading, never by its class or id words.
func inHeading(n *html.Node) bool {
	for p, i := n.Parent, 0; p != nil && i < 3; p, i = p.Parent, i+1 {
		switch p.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
	}
	return false
}

// namingAttr reports the attributes whose value names what a block is:
// class and id, the component names that template systems write into
// data attributes (Tailwind-era pages carry no semantic classes at
// all), and aria-label, which names a region for screen readers
// ("Most popular", "Share", "Advertisement"). A switch, not a map: it
// is asked of every attribute of every element.
func namingAttr(key string) bool {
	switch key {
	case "class", "id", "data-component", "data-module", "data-testid",
		"data-widget", "data-block-type", "data-type", "aria-label":
		return true
	}
	return false
}
