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
	// Discussion is what the page declares about being a discussion
	// (ReadDiscussion): a forum thread's comment-named blocks are its
	// posts.
	Discussion Discussion
	// Trace switches rules off and records what each removed or kept
	// (nil: every rule on, nothing recorded).
	Trace *rules.Trace
	// Stop ends the walk when the page is abandoned (nil: never).
	Stop *cancel.Point
	// OnRemove, when set, is called for each removed element before it
	// is detached (for diagnostics).
	OnRemove func(n *html.Node, rule string)
}

// Clean removes boilerplate from the tree under root (usually the
// document) in place.
func Clean(root *html.Node, o Options) {
	c := cleaner{o: o, t: o.Trace, stats: map[*html.Node]stat{}, protect: map[*html.Node]bool{}}
	body := dom.Find(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		body = root
	}
	c.total = c.prepare(root, body)
	c.posts = o.Discussion == UnmarkedPosts && c.t.On(ruleDiscussionPosts)
	if c.t.On(ruleHeadlineHolder) {
		c.holders = c.headlineHolders(root, body)
	}
	c.walk(body, false)
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
	posts   bool                // comment-named blocks are the page's posts
	total   stat
	words   []string // reused class-word buffer
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

func (c *cleaner) protectUp(n *html.Node) {
	if !c.t.On(ruleProtectBody) {
		return
	}
	for p := n; p != nil; p = p.Parent {
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
	s := measure(n)
	c.stats[n] = s
	return s
}

func measure(n *html.Node) stat {
	var s stat
	switch n.Type {
	case html.TextNode:
		s.text = textLen(n.Data)
		return s
	case html.ElementNode:
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Noscript:
			return s
		}
	}
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		cs := measure(ch)
		s.text += cs.text
		s.link += cs.link
		s.para += cs.para
	}
	return sumUp(n, s)
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
			switch ch.DataAtom {
			case atom.Noscript:
				if c.t.On(ruleNoscriptImage) && noscriptImages(ch) {
					c.t.KeepNode(ruleNoscriptImage, ch, "")
				}
			case atom.Script:
				if c.t.On(ruleTemplate) {
					if first := templateContent(ch); first != nil {
						// The unpacked markup takes the script's place and
						// is cleaned like the rest of the page.
						c.t.KeepNode(ruleTemplate, first, "unpacked from <script type=text/template>")
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
				c.walk(ch, inContent || isContentTag(ch))
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
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Canvas, atom.Iframe,
		atom.Object, atom.Embed, atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Option,
		atom.Link, atom.Meta, atom.Dialog, atom.Map, atom.Audio, atom.Video, atom.Source, atom.Track,
		atom.Head, atom.Title, atom.Base, atom.Rt, atom.Rp:
		// rt/rp: ruby annotations (furigana) read beside the text, not in it.
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
	if HiddenClass(dom.Attr(n, "class")) && c.t.On(ruleHiddenClass) {
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
	c.words = appendClassWords(c.words[:0], n)
	ws := c.words
	if len(ws) == 0 {
		return "", ""
	}
	concept := Classify(ws)
	name := conceptRules[concept]
	if concept == None || !c.t.On(name) {
		return "", ""
	}
	if concept == Comments && c.posts {
		c.t.KeepNode(ruleDiscussionPosts, n, "")
		return "", ""
	}
	if inHeading(n) {
		// The heading's own text (a headline span, an anchor named
		// after the section) is judged as a heading, never by its
		// class or id words.
		return "", ""
	}
	if inRunningText(n) && c.t.On(ruleRunningText) {
		// A link or span inside a sentence is part of it, whatever its
		// class says ("popup" glossary links, "share" highlights).
		c.t.KeepNode(ruleRunningText, n, "named "+string(concept))
		return "", ""
	}
	if c.holders[n] {
		c.t.KeepNode(ruleHeadlineHolder, n, "named "+string(concept))
		return "", ""
	}
	if StrongPositive(ws) && c.stat(n).text > 500 && c.t.On(ruleContentName) {
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
	if !c.t.On(ruleLargeRegion) || rule == conceptRules[Consent] {
		// A consent dialog's policy text can outweigh a short article
		// or a listing's blurbs; it is never the page's content.
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
			tok, rest = nextField(rest)
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
			if len(out) > start && modifiers[out[start]] {
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
// it in the same parent: a phrase of a sentence, not a block.
func inRunningText(n *html.Node) bool {
	switch n.DataAtom {
	case atom.A, atom.Span, atom.Em, atom.Strong, atom.B, atom.I, atom.Small, atom.Font,
		atom.Abbr, atom.Cite, atom.Q, atom.Mark, atom.Sup, atom.Sub, atom.U, atom.Time, atom.Math, 0:
		// 0: custom and foreign elements (a MathJax formula in a sentence)
	default:
		return false
	}
	for s := n.Parent.FirstChild; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) != "" {
			return true
		}
	}
	return false
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

// nextField returns the first space-separated field of s and the rest,
// without allocating as strings.Fields does.
func nextField(s string) (field, rest string) {
	i := 0
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isSpace(s[j]) {
		j++
	}
	return s[i:j], s[j:]
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

// templateContent unpacks the article that client-rendered pages ship
// inside <script type="text/template">: when such a script holds
// paragraphs and sits in an element with no other text, its parsed
// content is put before the script, and the first node put there is
// returned (nil when nothing was unpacked).
func templateContent(sc *html.Node) *html.Node {
	switch strings.ToLower(strings.TrimSpace(dom.Attr(sc, "type"))) {
	case "text/template", "text/html", "text/x-template":
	default:
		return nil
	}
	p := sc.Parent
	if p == nil {
		return nil
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c != sc && (c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode && c.DataAtom != atom.Script && dom.Text(c) != "") {
			return nil
		}
	}
	raw := strings.TrimSpace(rawChildText(sc))
	if !strings.HasPrefix(raw, "<") || !strings.Contains(raw, "<p") || strings.Contains(raw, `<\/`) {
		// Only markup; templates that hold JSON or script strings
		// (escaped "<\/p>") are data, not the article.
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
func rawChildText(n *html.Node) string { return dom.RawChildText(n) }

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
