// Package clean removes from a parsed page what is never article content:
// scripts and other non-text elements, hidden nodes, page chrome named by
// tag or ARIA role, and boilerplate blocks named by their class/id words.
// It runs after metadata and FAQ detection have read the raw tree.
package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Options tune the cleaner.
type Options struct {
	// Recall keeps blocks that are boilerplate only by vocabulary when
	// they hold a fair share of the page's text.
	Recall bool
	// Explain records a Decision for every removed region with text.
	Explain bool
	// OnRemove, when set, is called for each removed element before it
	// is detached (for diagnostics).
	OnRemove func(n *html.Node, rule string)
}

// Clean removes boilerplate from the tree under root (usually the
// document) in place and returns the decisions when o.Explain is set.
func Clean(root *html.Node, o Options) []article.Decision {
	c := cleaner{o: o, stats: map[*html.Node]stat{}, protect: map[*html.Node]bool{}}
	body := dom.Find(root, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if body == nil {
		body = root
	}
	c.total = c.prepare(root, body)
	c.walk(body, false)
	return c.decisions
}

// stat is the amount of text under an element: all of it, the linked
// part, and the part in paragraphs (p, pre, blockquote, li, td, dd)
// outside links, which is what article text is made of.
type stat struct{ text, link, para int }

type cleaner struct {
	o         Options
	stats     map[*html.Node]stat
	protect   map[*html.Node]bool // nodes that hold the article body marker, or are it
	total     stat
	words     []string // reused class-word buffer
	decisions []article.Decision
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
		next := ch.NextSibling
		switch ch.Type {
		case html.CommentNode:
			n.RemoveChild(ch)
		case html.ElementNode:
			switch ch.DataAtom {
			case atom.Noscript:
				noscriptImages(ch)
			case atom.Script:
				templateContent(ch)
			}
			if rule := c.rule(ch, inContent); rule != "" {
				c.record(ch, rule)
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

// rule returns why n is removed, or "" to keep it.
func (c *cleaner) rule(n *html.Node, inContent bool) string {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Svg, atom.Canvas, atom.Iframe,
		atom.Object, atom.Embed, atom.Button, atom.Input, atom.Select, atom.Textarea, atom.Option,
		atom.Link, atom.Meta, atom.Dialog, atom.Map, atom.Audio, atom.Video, atom.Source, atom.Track,
		atom.Head, atom.Title, atom.Base, atom.Rt, atom.Rp:
		// rt/rp: ruby annotations (furigana) read beside the text, not in it.
		return "non-text element <" + n.Data + ">"
	}
	if h := hidden(n); h != "" {
		if h == "aria-hidden" && !c.protect[n] {
			// aria-hidden hides from screen readers, not from the eye:
			// decorative copies, usually, but pages also set it on the
			// page behind an open overlay.
			return c.unlessLarge(n, h)
		}
		if h != "aria-hidden" {
			return h
		}
	}
	if c.protect[n] {
		return ""
	}
	if vocab.HiddenClass(dom.Attr(n, "class")) {
		return c.unlessLarge(n, "class hides it")
	}
	switch n.DataAtom {
	case atom.Nav, atom.Menu:
		return "chrome <" + n.Data + ">"
	case atom.Aside:
		if !inContent {
			return c.unlessLarge(n, "chrome <aside> outside the article")
		}
	case atom.Footer:
		return c.unlessLarge(n, "chrome <footer>")
	case atom.Header:
		if !inContent && !articleHeader(n) {
			return c.unlessLarge(n, "chrome <header> outside the article")
		}
	case atom.Form:
		// Whole pages and product descriptions sit in forms (ASP.NET,
		// shop templates); only a form with little text is furniture.
		if c.stat(n).text < 200 {
			return "form with little text"
		}
	}
	switch role := dom.Attr(n, "role"); role {
	case "navigation", "menu", "menubar", "dialog", "alertdialog", "alert", "search", "tooltip", "banner", "contentinfo":
		return c.unlessLarge(n, "ARIA role "+role)
	case "complementary":
		if !inContent {
			return c.unlessLarge(n, "ARIA role "+role)
		}
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body || n.DataAtom == atom.Html {
		return ""
	}
	if inRunningText(n) {
		// A link or span inside a sentence is part of it, whatever its
		// class says ("popup" glossary links, "share" highlights).
		return ""
	}
	c.words = appendClassWords(c.words[:0], n)
	ws := c.words
	if len(ws) == 0 {
		return ""
	}
	if concept := vocab.Classify(ws); concept != vocab.None && !inHeading(n) {
		if vocab.StrongPositive(ws) && c.stat(n).text > 500 {
			// "post-content-share-wrapper" style names that also name the
			// content: let selection decide.
			return ""
		}
		return c.unlessLarge(n, "class/id: "+string(concept))
	}
	return ""
}

// unlessLarge returns rule unless n holds a large share of the page's
// text with few links: then the name is misleading (a wrapper named
// "page-footer-layout", a form around the whole page) and removing it
// would take the article too.
func (c *cleaner) unlessLarge(n *html.Node, rule string) string {
	s := c.stat(n)
	share := 0.4
	if c.o.Recall {
		share = 0.2
	}
	if float64(s.text) >= share*float64(c.total.text) && float64(s.link) < 0.35*float64(s.text) && s.text > 500 {
		return ""
	}
	// A wrapper around most of the page's paragraph text, however many
	// links its navigation adds.
	if float64(s.para) >= 0.6*float64(c.total.para) && s.para > 400 {
		return ""
	}
	return rule
}

// hidden reports elements a browser would not show.
func hidden(n *html.Node) string {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return "hidden attribute"
		case "aria-hidden":
			if a.Val == "true" {
				return "aria-hidden"
			}
		case "style":
			if styleHidden(a.Val) {
				return "inline style hides it"
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

func (c *cleaner) record(n *html.Node, rule string) {
	if c.o.OnRemove != nil {
		c.o.OnRemove(n, rule)
	}
	if !c.o.Explain || c.stat(n).text == 0 {
		return
	}
	c.decisions = append(c.decisions, article.Decision{Region: Describe(n), Kept: false, Rule: rule})
}

// Describe names an element for --explain: tag, #id and .classes, with
// the amount of text it holds left to the caller.
func Describe(n *html.Node) string {
	var b strings.Builder
	b.WriteString(n.Data)
	if id := dom.Attr(n, "id"); id != "" {
		b.WriteByte('#')
		b.WriteString(id)
	}
	for i, cl := range strings.Fields(dom.Attr(n, "class")) {
		if i == 3 {
			b.WriteString("…")
			break
		}
		b.WriteByte('.')
		b.WriteString(cl)
	}
	return b.String()
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
// is put in place before the noscript element goes.
func noscriptImages(ns *html.Node) {
	raw := rawChildText(ns)
	if ns.Parent == nil || !strings.Contains(raw, "<img") {
		return
	}
	if prev := prevElement(ns); prev != nil && prev.DataAtom == atom.Img && hasImageSource(prev) {
		return
	}
	for _, x := range parseFragment(raw) {
		if x.Type == html.ElementNode && (x.DataAtom == atom.Img || x.DataAtom == atom.Picture) {
			ns.Parent.InsertBefore(x, ns)
		}
	}
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
// content is put in its place before the script is removed.
func templateContent(sc *html.Node) {
	switch strings.ToLower(strings.TrimSpace(dom.Attr(sc, "type"))) {
	case "text/template", "text/html", "text/x-template":
	default:
		return
	}
	p := sc.Parent
	if p == nil {
		return
	}
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		if c != sc && (c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" || c.Type == html.ElementNode && c.DataAtom != atom.Script && dom.Text(c) != "") {
			return
		}
	}
	raw := strings.TrimSpace(rawChildText(sc))
	if !strings.HasPrefix(raw, "<") || !strings.Contains(raw, "<p") || strings.Contains(raw, `<\/`) {
		// Only markup; templates that hold JSON or script strings
		// (escaped "<\/p>") are data, not the article.
		return
	}
	for _, x := range parseFragment(raw) {
		p.InsertBefore(x, sc)
	}
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
