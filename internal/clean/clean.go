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
	// Trace switches rules off and records what each removed or kept
	// (nil: every rule on, nothing recorded).
	Trace *rules.Trace
	// Stop ends the walk when the page is abandoned (nil: never).
	Stop *cancel.Point
	// OnRemove, when set, is called for each removed element before it
	// is detached (for diagnostics).
	OnRemove func(n *html.Node, rule string)
}

// Result is what cleaning found besides what it removed.
type Result struct {
	// Headline is the heading printing the article's title (the
	// metadata title, or the document's <title> less the site's name),
	// nil when none does. It may have been removed with its region.
	Headline *html.Node
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
	if c.t.On(ruleHeadlineHolder) {
		c.holders = c.headlineHolders(headline, body)
	}
	c.walk(body, false)
	return Result{Headline: headline}
}

// stat is the amount of text under an element: all of it, the linked
// part, and the part in paragraphs (p, pre, blockquote, li, td, dd)
// outside links, which is what article text is made of.
type stat struct{ text, link, para int }

type cleaner struct {
	o       Options
	t       *rules.Trace
	stats   map[*html.Node]stat
	protect map[*html.Node]bool // nodes that hold the article body marker, or are it
	holders map[*html.Node]bool // nodes that hold the headline over prose
	// sponsors are the near ancestors of paid links (rel=sponsored)
	sponsors map[*html.Node]bool
	total    stat
	words    []string // reused class-word buffer

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

// prepare reads the tree under root once, before anything is removed:
// it returns the text amounts under body (measure), and protects the
// elements that declare themselves the article body (schema.org
// articleBody, or the page's only <article>) and their ancestors from
// removal by class words: a wrapper's words ("has-comments",
// "render-target-modal" around an article shown in an overlay) must
// never take the body with it.
func (c *cleaner) prepare(root, body *html.Node) stat {
	var article *html.Node
	articles := 0
	var total stat
	var visit func(n *html.Node, measuring bool) stat
	visit = func(n *html.Node, measuring bool) stat {
		var s stat
		switch n.Type {
		case html.TextNode:
			if measuring {
				s.text = textLen(n.Data)
			}
			return s
		case html.ElementNode:
			if ip := dom.Attr(n, "itemprop"); ip == "articleBody" || ip == "text" && n.DataAtom != atom.Meta {
				c.protectUp(n)
			}
			switch n.DataAtom {
			case atom.A:
				if sponsoredLink(n) {
					c.markSponsored(n)
				}
			case atom.Article:
				article = n
				articles++
			case atom.Script, atom.Style, atom.Template, atom.Noscript:
				measuring = false // not text: measure skips them
			}
		}
		measuring = measuring || n == body
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			cs := visit(ch, measuring)
			s.text += cs.text
			s.link += cs.link
			s.para += cs.para
		}
		if measuring {
			s = sumUp(n, s)
		}
		if n == body {
			total = s
		}
		return s
	}
	visit(root, false)
	if articles == 1 {
		c.protectUp(article)
	}
	return total
}

// protectUp protects n and its ancestors. An ancestor protected before
// has its own ancestors protected too, so the climb stops there: nested
// articleBody elements cost their depth once, not once each.
func (c *cleaner) protectUp(n *html.Node) {
	if !c.t.On(ruleProtectBody) {
		return
	}
	for p := n; p != nil && !c.protect[p]; p = p.Parent {
		c.protect[p] = true
	}
}

// stat returns the text amounts under n, measured when first asked for.
// Only elements that a rule matches are measured, so most pages pay for
// a few small subtrees rather than a map entry per element; the walk is
// pre-order, so n's subtree is still whole when its rule asks.
func (c *cleaner) stat(n *html.Node) stat {
	if s, ok := c.stats[n]; ok {
		return s
	}
	s, _ := c.measure(n)
	c.stats[n] = s
	return s
}

// memoNodes is the size of subtree whose amounts measure keeps for
// later: below it, measuring again costs less than the map entry.
const memoNodes = 64

// measure returns the text amounts under n and the number of nodes it
// counted. It keeps the amounts of the large elements under n too: the
// walk has not reached them yet, so their subtrees are still as measured,
// and a rule may ask about them next (a page inside 400 wrappers named
// "sidebar", each kept for holding the text, was measured once per
// wrapper).
func (c *cleaner) measure(n *html.Node) (stat, int) {
	c.measured++
	var s stat
	switch n.Type {
	case html.TextNode:
		s.text = textLen(n.Data)
		return s, 1
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			return s, 1
		}
	}
	nodes := 1
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		cs, cn := c.measure(ch)
		nodes += cn
		s.text += cs.text
		s.link += cs.link
		s.para += cs.para
	}
	s = sumUp(n, s)
	if nodes >= memoNodes {
		c.stats[n] = s
	}
	return s, nodes
}

// sumUp turns the summed amounts of n's children into n's own: a link's
// text is all linked, a paragraph's unlinked text is paragraph text.
func sumUp(n *html.Node, s stat) stat {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.A:
			s.link = s.text
			s.para = 0
		case atom.P, atom.Pre, atom.Blockquote, atom.Li, atom.Td, atom.Dd:
			if s.para == 0 {
				s.para = s.text - s.link
			}
		}
	}
	return s
}

// textLen counts non-space bytes, cheaply, as the measure of text amount.
// It runs over every text node of the page: long texts are measured by
// subtracting the vectorised byte counts of the four spaces, about three
// times faster than a byte loop; short ones by a branch-free table.
func textLen(s string) int {
	if len(s) < 64 {
		n := 0
		for i := 0; i < len(s); i++ {
			n += int(notSpace[s[i]])
		}
		return n
	}
	return len(s) - strings.Count(s, " ") - strings.Count(s, "\n") - strings.Count(s, "\t") - strings.Count(s, "\r")
}

// notSpace is 1 for every byte textLen counts.
var notSpace = func() (t [256]uint8) {
	for i := range t {
		t[i] = 1
	}
	t[' '], t['\n'], t['\t'], t['\r'] = 0, 0, 0, 0
	return t
}()

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
			if rule, detail := c.rule(ch, inContent); rule != "" {
				c.record(ch, rule, detail)
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
		if h == ruleAriaHidden && !c.protect[n] {
			// aria-hidden hides from screen readers, not from the eye:
			// decorative copies, usually, but pages also set it on the
			// page behind an open overlay.
			return c.unlessLarge(n, h, "")
		}
		if h != ruleAriaHidden {
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
	switch n.DataAtom {
	case atom.Nav, atom.Menu:
		if c.t.On(ruleChromeNav) {
			return ruleChromeNav, "<" + n.Data + ">"
		}
	case atom.Aside:
		if !inContent && c.t.On(ruleChromeAside) {
			return c.unlessLarge(n, ruleChromeAside, "")
		}
	case atom.Footer:
		if c.t.On(ruleChromeFoot) {
			return c.unlessLarge(n, ruleChromeFoot, "")
		}
	case atom.Header:
		if !inContent && c.t.On(ruleChromeHead) {
			if articleHeader(n) && c.t.On(ruleArticleHeader) {
				c.t.KeepNode(ruleArticleHeader, n, "")
				break
			}
			return c.unlessLarge(n, ruleChromeHead, "")
		}
	case atom.Form:
		// Whole pages and product descriptions sit in forms (ASP.NET,
		// shop templates); only a form with little text is furniture.
		if c.stat(n).text < 200 && c.t.On(ruleSmallForm) {
			return ruleSmallForm, ""
		}
	}
	switch role := dom.Attr(n, "role"); role {
	case "navigation", "menu", "menubar", "dialog", "alertdialog", "alert", "search", "tooltip", "banner", "contentinfo":
		if c.t.On(ruleARIAChrome) {
			return c.unlessLarge(n, ruleARIAChrome, "role="+role)
		}
	case "complementary":
		if !inContent && c.t.On(ruleARIAChrome) {
			return c.unlessLarge(n, ruleARIAChrome, "role="+role)
		}
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return "", ""
	}
	if c.sponsors[n] && c.t.On(ruleSponsored) && !dom.IsInline(n) && c.sponsoredBox(n) {
		return ruleSponsored, "rel=sponsored"
	}
	c.words = appendClassWords(c.words[:0], n)
	ws := c.words
	if len(ws) == 0 {
		return "", ""
	}
	concept := vocab.Classify(ws)
	name := conceptRules[concept]
	if concept == vocab.None || !c.t.On(name) {
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
	if c.holders[n] {
		c.t.KeepNode(ruleHeadlineHolder, n, "named "+string(concept))
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
	if !c.t.On(ruleLargeRegion) {
		return rule, detail
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
	if c.o.OnRemove != nil {
		c.o.OnRemove(n, rule)
	}
	if c.t.Explaining() && c.stat(n).text > 0 {
		c.t.DropNode(rule, n, detail)
	}
}

// Describe names an element for --explain (see dom.Name).
func Describe(n *html.Node) string { return dom.Name(n) }

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

// noscriptImages rescues the image a lazy loader hides in <noscript>
// (`<img data-lazy…><noscript><img src="real.jpg"></noscript>`): the
// parser keeps noscript content as raw text, so when that text is an
// image and the image before it has no usable source, the parsed image
// is put in place before the noscript element goes. It reports whether
// it rescued an image.
func noscriptImages(ns *html.Node) bool {
	raw := rawChildText(ns)
	if ns.Parent == nil || !strings.Contains(raw, "<img") {
		return false
	}
	if prev := prevElement(ns); prev != nil && prev.DataAtom == atom.Img && hasImageSource(prev) {
		return false
	}
	rescued := false
	for _, x := range parseFragment(raw) {
		if x.Type == html.ElementNode && (x.DataAtom == atom.Img || x.DataAtom == atom.Picture) {
			ns.Parent.InsertBefore(x, ns)
			rescued = true
		}
	}
	return rescued
}

func prevElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			return nil
		}
	}
	return nil
}

func hasImageSource(img *html.Node) bool {
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "srcset", "data-srcset"} {
		if dom.Attr(img, k) != "" {
			return true
		}
	}
	src := dom.Attr(img, "src")
	return src != "" && !strings.HasPrefix(src, "data:")
}

// templateContent unpacks the article that client-rendered pages ship
// inside <script type="text/template">: when such a script holds
// paragraphs and sits in an element with no other text, its parsed
// content is put before the script, and the first node put there is
// returned (nil when nothing was unpacked).
func (c *cleaner) templateContent(sc *html.Node) *html.Node {
	switch strings.ToLower(strings.TrimSpace(dom.Attr(sc, "type"))) {
	case "text/template", "text/html", "text/x-template":
	default:
		return nil
	}
	p := sc.Parent
	if p == nil {
		return nil
	}
	raw := strings.TrimSpace(rawChildText(sc))
	if !strings.HasPrefix(raw, "<") || !strings.Contains(raw, "<p") || strings.Contains(raw, `<\/`) {
		// Only markup; templates that hold JSON or script strings
		// (escaped "<\/p>") are data, not the article.
		return nil
	}
	if c.otherText(sc) {
		return nil
	}
	var first *html.Node
	for _, x := range parseFragment(raw) {
		p.InsertBefore(x, sc)
		if first == nil {
			first = x
		}
	}
	return first
}

// otherText reports whether the parent of the script sc holds text
// outside its scripts. Every script of a page is removed at its turn,
// so what precedes sc is final and is scanned once for all the scripts
// of the parent; of what follows, the first child with text stays so
// until the walk reaches it.
func (c *cleaner) otherText(sc *html.Node) bool {
	sib := c.siblingsOf(sc.Parent)
	from := sc.Parent.FirstChild
	if sib.last != nil {
		from = sib.last.NextSibling
	}
	for x := from; x != sc && !sib.textBefore; x = x.NextSibling {
		c.scanned++
		sib.textBefore, sib.last = hasOwnText(x), x
	}
	if sib.textBefore {
		return true
	}
	if !sib.nextKnown {
		sib.nextKnown = true
		for x := sc.NextSibling; x != nil; x = x.NextSibling {
			c.scanned++
			if hasOwnText(x) {
				sib.next = x
				break
			}
		}
	}
	return sib.next != nil
}

// hasOwnText reports a text node with text, or an element other than a
// script with text in it.
func hasOwnText(x *html.Node) bool {
	return x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" ||
		x.Type == html.ElementNode && x.DataAtom != atom.Script && dom.Text(x) != ""
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

// rawChildText joins the text children of n: the unparsed content of a
// <noscript> or <script>.
func rawChildText(n *html.Node) string {
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

// parseFragment parses markup found in a raw-text element as body content;
// nil when it cannot be parsed.
func parseFragment(raw string) []*html.Node {
	ctx := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	nodes, err := html.ParseFragment(strings.NewReader(raw), ctx)
	if err != nil {
		return nil
	}
	return nodes
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
