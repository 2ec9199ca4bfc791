// Package blocks turns the selected content nodes into pith's typed block
// model: headings, paragraphs, lists, quotes, code, tables and figures,
// with inline links and emphasis. It also drops what survives selection
// but is not article text: link lists, ad labels, "read more" inserts,
// image credits, repeated paragraphs.
package blocks

import (
	"net/url"
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/cancel"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Options for Build.
type Options struct {
	Base  *url.URL            // resolves relative links and image sources; nil keeps them as they are
	Title string              // the article title: an <h1> repeating it is not body text
	Skip  map[*html.Node]bool // nodes to leave out (bylines and date lines found by metadata)
	// Discussion is set on a page that declares itself a discussion (a
	// forum thread, a question and its answers): a heading over its
	// comments heads its posts, not furniture.
	Discussion bool
	// Lead holds the standfirst elements before the body: set as a
	// subheading or not, a dek is the article's first paragraph.
	Lead map[*html.Node]bool
	// MaxLinkDensity drops paragraphs and lists whose share of linked text
	// is higher (0 means the default, 0.5).
	MaxLinkDensity float64
	// Listing: the content is a listing (a category page, a feed),
	// whose section headings ("Latest", "Most popular") head its items
	// rather than furniture.
	Listing bool
	// Trace switches rules off and records what each left out (nil:
	// every rule on, nothing recorded).
	Trace *rules.Trace
	// Stop ends the build when the page is abandoned (nil: never).
	Stop *cancel.Point
	// Verbatim is set for nodes the user chose as the body (--keep, a
	// rules file's body): every block is kept as the page has it, and no
	// furniture, link-density, repetition or boilerplate-heading filter
	// second-guesses the choice.
	Verbatim bool
}

type builder struct {
	o     Options
	out   []article.Block
	spans []article.Span
	seen  map[string]int // short blocks emitted, with the section (+1) of their first showing
	// section counts the headings emitted: the section the builder is in
	section int
	// skipLevel is the rank of a furniture heading whose section is
	// being skipped, 0 when none.
	skipLevel int
	// untilProse: the section skipped opened before the body's text,
	// and ends at its first paragraph of prose (furniture-heading-first).
	untilProse bool
	titleN     string
	// cur is the element whose content is being built, for --explain.
	cur *html.Node
}

type format struct {
	href             string
	strong, em, code bool
}

// Build returns the blocks of the given nodes, in order.
func Build(nodes []*html.Node, o Options) []article.Block {
	if o.MaxLinkDensity == 0 {
		o.MaxLinkDensity = 0.5
	}
	if !o.Verbatim {
		o.Skip = metadataRows(o.Skip, o.Trace)
	}
	b := &builder{o: o, titleN: normKey(o.Title)}
	for _, n := range nodes {
		b.block(n)
		b.flush()
	}
	return b.tidy(b.creditCaptions(b.dropSignedThread(b.out)))
}

// block handles n in block context.
func (b *builder) block(n *html.Node) {
	if n.Type == html.TextNode {
		b.inline(n, format{})
		return
	}
	if n.Type != html.ElementNode {
		return
	}
	b.o.Stop.Check()
	if b.skipped(n) {
		return
	}
	outer := b.cur
	b.cur = n
	defer func() { b.cur = outer }()
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		b.flush()
		b.heading(n)
	case atom.P:
		b.flush()
		b.children(n, format{})
		b.flush()
	case atom.Ul, atom.Ol:
		b.flush()
		b.list(n)
	case atom.Dl:
		b.flush()
		b.dl(n)
	case atom.Blockquote:
		b.flush()
		b.quote(n)
	case atom.Pre:
		b.flush()
		b.code(n)
	case atom.Table:
		b.flush()
		b.table(n)
	case atom.Figure, atom.Picture:
		b.flush()
		b.figure(n)
	case atom.Figcaption:
		if !b.strayFigcaption(n) {
			b.flush()
			b.children(n, format{})
			b.flush()
		}
	case atom.Img:
		if src := imageSource(n, b.o.Base); src != "" && !b.tiny(n) {
			b.flush()
			b.emit(article.Block{Kind: article.Figure, Src: src, Alt: dom.CollapseSpace(dom.Attr(n, "alt"))})
		}
	case atom.Br:
		if isBr(nextNonSpace(n)) {
			b.flush()
		} else {
			b.spans = append(b.spans, article.Span{Text: brMarker})
		}
	case atom.Hr:
		b.flush()
	default:
		if dom.IsInline(n) {
			b.inline(n, format{})
			return
		}
		b.flush()
		b.children(n, format{})
		b.flush()
	}
}

func (b *builder) children(n *html.Node, f format) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode || c.Type == html.ElementNode && dom.IsInline(c) {
			b.inline(c, f)
		} else {
			b.block(c)
		}
	}
}

// inline accumulates the inline content of n into the current paragraph.
func (b *builder) inline(n *html.Node, f format) {
	switch n.Type {
	case html.TextNode:
		if n.Data != "" {
			b.spans = append(b.spans, article.Span{Text: n.Data, Href: f.href, Strong: f.strong, Em: f.em, Code: f.code})
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if n.DataAtom == atom.Rt || n.DataAtom == atom.Rp || b.skipped(n) {
		// rt/rp: ruby readings, shown beside the text, not part of it.
		return
	}
	switch n.DataAtom {
	case atom.A:
		// In-page anchors (footnotes, "back to top") are not links a
		// reader can follow outside the page.
		if href := strings.TrimSpace(dom.Attr(n, "href")); href != "" && !strings.HasPrefix(href, "#") {
			f.href = resolve(b.o.Base, href)
		}
	case atom.B, atom.Strong:
		f.strong = true
	case atom.I, atom.Em, atom.Cite:
		f.em = true
	case atom.Code, atom.Kbd, atom.Tt, atom.Samp, atom.Var:
		f.code = true
	case atom.Br:
		if isBr(nextNonSpace(n)) {
			// <br><br> ends a paragraph, as browsers show it.
			b.flush()
			return
		}
		b.spans = append(b.spans, article.Span{Text: brMarker})
		return
	case atom.Img:
		// Inside a sentence an image reads as its alt text (an emoji, a
		// tick, a button): the span keeps the image for the formats that
		// show it, and a tiny one (an icon) is its alt text alone. A
		// linked image is a link's picture (an avatar, a permalink
		// icon), not words of the sentence.
		src := imageSource(n, b.o.Base)
		alt := ""
		if src != "" && f.href == "" && b.o.Trace.On(ruleAltWord) && imageInSentence(n) {
			// One word, as an emoji or a button has; a longer alt
			// describes a picture set beside the text, not read in it.
			alt = labelAlt(n, 1)
			if alt != "" {
				b.o.Trace.KeepNode(ruleAltWord, n, "read as "+quote(alt))
			}
		}
		if src != "" && !b.tiny(n) {
			b.spans = append(b.spans, article.Span{Image: src, Text: alt, Href: f.href})
		} else if alt != "" {
			b.spans = append(b.spans, article.Span{Text: alt, Strong: f.strong, Em: f.em, Code: f.code})
		}
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !dom.IsInline(c) {
			// A block inside an inline element (a card link wrapping divs).
			b.block(c)
			continue
		}
		b.inline(c, f)
	}
}

// flush ends the current paragraph.
func (b *builder) flush() {
	if len(b.spans) == 0 {
		return
	}
	spans := normSpans(b.spans)
	b.spans = b.spans[:0]
	text := spansText(spans)
	if onlyImages(spans) {
		// A paragraph holding only images is a run of figures.
		for _, sp := range spans {
			if sp.Image != "" {
				b.emit(article.Block{Kind: article.Figure, Src: sp.Image, Alt: sp.Text})
			}
		}
		return
	}
	if linkDensity(spans) > b.o.MaxLinkDensity && b.on(ruleLinkLine) {
		if !b.on(ruleLinkedSentence) || !linkedSentence(spans, text) {
			b.drop(ruleLinkLine, text)
			return
		}
		b.keep(ruleLinkedSentence, text)
	}
	if rule := b.furnitureRule(text); rule != "" {
		b.drop(rule, text)
		return
	}
	if b.readMoreTeaser(spans) {
		b.drop(ruleTeaserLine, text)
		return
	}
	b.emit(article.Block{Kind: article.Paragraph, Text: text, Spans: spans})
}

// on reports whether a filtering rule may fire: never on a body the
// user chose (Verbatim), otherwise as the page's trace says.
func (b *builder) on(rule string) bool { return !b.o.Verbatim && b.o.Trace.On(rule) }

// drop records that rule left text out of the body.
func (b *builder) drop(rule, text string) {
	if !b.o.Trace.Explaining() {
		return
	}
	if b.cur != nil {
		b.o.Trace.DropNode(rule, b.cur, quote(text))
	} else {
		b.o.Trace.Drop(rule, quote(text), "")
	}
}

// keep records that rule kept text another rule would have left out.
func (b *builder) keep(rule, text string) {
	if !b.o.Trace.Explaining() {
		return
	}
	if b.cur != nil {
		b.o.Trace.KeepNode(rule, b.cur, quote(text))
	} else {
		b.o.Trace.Keep(rule, quote(text), "")
	}
}

// quote is the opening of a dropped text, for --explain.
func quote(text string) string {
	if r := []rune(text); len(r) > 60 {
		text = string(r[:60]) + "…"
	}
	return "“" + text + "”"
}

// skipped reports an element metadata took out of the body.
func (b *builder) skipped(n *html.Node) bool {
	if !b.o.Skip[n] || !b.o.Trace.On(ruleMetaLine) {
		return false
	}
	b.o.Trace.DropNode(ruleMetaLine, n, "")
	return true
}

// dedupMax bounds the length of text that is dropped when repeated.
// Short repeats are furniture (labels, captions, teasers shown twice);
// long paragraphs that repeat are rare on real pages and, when they do,
// repeated on purpose (refrains, pages that quote themselves): measured
// on the readability pages, dropping them costs 0.036 body F1 and gains
// nothing on segments.
const dedupMax = 100

// emit appends a block unless the same text was already emitted: teasers
// repeated as the lead, pull quotes, and duplicated mobile/desktop copies
// of a paragraph appear once.
func (b *builder) emit(bl article.Block) {
	if b.skipLevel > 0 && b.untilProse && proseBlock(&bl) {
		b.skipLevel, b.untilProse = 0, false
		if b.cur != nil {
			b.o.Trace.KeepNode(ruleHeadingFirst, b.cur, "the body under a furniture heading")
		}
	}
	if b.skipLevel > 0 {
		b.drop(ruleBoilerHead, bl.PlainText())
		return
	}
	var key string
	switch bl.Kind {
	case article.Heading:
	case article.Figure:
		key = "img:" + bl.Src
	default:
		// Only short blocks are deduplicated (and quotes checked), so
		// long ones skip building a key: the raw text bounds its length.
		if bl.Kind == article.Quote || minTextLen(&bl) < 2*dedupMax {
			if t := bl.PlainText(); len(t) < 2*dedupMax || bl.Kind == article.Quote {
				key = normKey(t)
			}
		}
	}
	if key != "" && len(key) < dedupMax && b.on(dedupRule(bl.Kind)) {
		if first := b.seen[key]; first > 0 {
			if !b.sectionLabel(bl, first-1) {
				b.drop(dedupRule(bl.Kind), bl.PlainText())
				return
			}
		} else {
			if b.seen == nil {
				b.seen = map[string]int{} // made on first use: list items and quotes rarely need one
			}
			b.seen[key] = b.section + 1
		}
	}
	if bl.Kind == article.Heading {
		b.section++
	}
	if bl.Kind == article.Quote && b.on(rulePullQuote) && b.pullQuote(key) {
		b.drop(rulePullQuote, bl.Text)
		return
	}
	b.out = append(b.out, bl)
}

func dedupRule(k article.Kind) string {
	if k == article.Figure {
		return ruleRepeatedImg
	}
	return ruleRepeated
}

// minTextLen is a lower bound on len(bl.PlainText()): the text of a
// list's items or a table's cells without separators, the whole text of
// other blocks. A long list's text is not built to learn it is long.
func minTextLen(bl *article.Block) int {
	n := 0
	switch bl.Kind {
	case article.List:
		for i := range bl.Items {
			n += len(bl.Items[i].Text)
		}
	case article.Table:
		for _, row := range bl.Rows {
			for _, c := range row {
				n += len(c)
			}
		}
	default:
		n = len(bl.PlainText())
	}
	return n
}

// pullQuote reports a quote that repeats a sentence of a paragraph
// already emitted: a pull quote, set in large type for the eye.
func (b *builder) pullQuote(key string) bool {
	if len(key) < 20 {
		return false
	}
	for i := range b.out {
		if b.out[i].Kind == article.Paragraph && strings.Contains(normKey(b.out[i].Text), key) {
			return true
		}
	}
	return false
}

func (b *builder) heading(n *html.Node) {
	text := dom.Text(n)
	if text == "" {
		return
	}
	level := int(n.Data[1] - '0')
	if level == 1 {
		if k := normKey(text); b.titleN != "" && (strings.Contains(k, b.titleN) || strings.Contains(b.titleN, k)) && b.o.Trace.On(ruleHeadline) {
			b.drop(ruleHeadline, text)
			return
		}
		level = 2
	}
	if b.skipLevel > 0 && level > b.skipLevel {
		b.drop(ruleBoilerHead, text)
		return
	}
	b.skipLevel, b.untilProse = 0, false
	if b.o.Lead[n] {
		b.emit(article.Block{Kind: article.Paragraph, Text: text, Spans: []article.Span{{Text: text}}})
		return
	}
	if !b.o.Listing && b.on(ruleBoilerHead) && vocab.BoilerHeading(text) && !(b.o.Discussion && vocab.CommentHeading(text)) && !b.proseSection(n, text) {
		// "Related stories", "Comments", "Mehr zum Thema": the heading
		// opens a section of furniture that runs to the next heading of
		// the same or a higher rank.
		b.drop(ruleBoilerHead, text)
		b.skipLevel = level
		// Before any of the body's text, the section may be the body
		// itself under a share bar's "Share this article": it ends at
		// the first paragraph of prose.
		b.untilProse = b.on(ruleHeadingFirst) && !b.hasText()
		return
	}
	b.emit(article.Block{Kind: article.Heading, Level: level, Text: text, Spans: []article.Span{{Text: text}}})
}

func (b *builder) list(n *html.Node) {
	if dom.Find(n, func(x *html.Node) bool { return x.DataAtom == atom.Li }) == nil {
		// A list without items is indentation (old pages wrap quotes
		// and asides in <ul> to indent them): its content is prose.
		b.children(n, format{})
		b.flush()
		return
	}
	items := b.items(n)
	if len(items) == 0 {
		return
	}
	bl := article.Block{Kind: article.List, Ordered: n.DataAtom == atom.Ol, Items: items}
	if b.on(ruleLinkList) && listLinkDensity(items) > b.o.MaxLinkDensity && linkOnlyShare(items) >= 0.6 {
		// Mostly items that are nothing but a link: navigation or a
		// rail. Items that are sentences with links in them (changelogs,
		// reading lists with notes) are content.
		b.drop(ruleLinkList, bl.PlainText())
		return
	}
	b.emit(bl)
}

func (b *builder) items(n *html.Node) []article.Item {
	var items []article.Item
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || b.o.Skip[li] {
			continue
		}
		if li.DataAtom != atom.Li {
			if li.DataAtom == atom.Ul || li.DataAtom == atom.Ol {
				// A list nested directly in a list: attach to the previous item.
				sub := b.items(li)
				if len(sub) > 0 && len(items) > 0 {
					last := &items[len(items)-1]
					last.Children = append(last.Children, article.Block{Kind: article.List, Ordered: li.DataAtom == atom.Ol, Items: sub})
				} else {
					items = append(items, sub...)
				}
			}
			continue
		}
		sub := &builder{o: b.o, titleN: b.titleN}
		sub.o.MaxLinkDensity = 2 // item-level link filtering is done on the whole list
		for c := li.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode || c.Type == html.ElementNode && dom.IsInline(c) {
				sub.inline(c, format{})
			} else {
				sub.block(c)
			}
		}
		sub.flush()
		var it article.Item
		for i, bl := range sub.out {
			if i == 0 && bl.Kind == article.Paragraph {
				it.Text, it.Spans = bl.Text, bl.Spans
				continue
			}
			it.Children = append(it.Children, bl)
		}
		if it.Text == "" && len(it.Children) == 0 {
			continue
		}
		items = append(items, it)
	}
	return items
}

func (b *builder) dl(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		switch c.DataAtom {
		case atom.Dt:
			b.children(c, format{strong: true})
			b.flushTerm(c)
		case atom.Dd:
			b.children(c, format{})
			b.flush()
		default:
			b.block(c)
		}
	}
}

func (b *builder) quote(n *html.Node) {
	sub := &builder{o: b.o, titleN: b.titleN}
	sub.children(n, format{})
	sub.flush()
	var parts []string
	var spans []article.Span
	for _, bl := range sub.out {
		t := bl.PlainText()
		if t == "" {
			continue
		}
		if len(parts) > 0 {
			spans = append(spans, article.Span{Text: "\n\n"})
		}
		parts = append(parts, t)
		if len(bl.Spans) > 0 {
			spans = append(spans, bl.Spans...)
		} else {
			spans = append(spans, article.Span{Text: t})
		}
	}
	if len(parts) == 0 {
		return
	}
	b.emit(article.Block{Kind: article.Quote, Text: strings.Join(parts, "\n\n"), Spans: spans})
}

func (b *builder) code(n *html.Node) {
	text := b.codeText(n)
	text = strings.Trim(text, "\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	b.emit(article.Block{Kind: article.Code, Text: strings.TrimRight(text, " \t\n"), Lang: codeLang(n)})
}

// codeLang reads the language a page names for a code block:
// class="language-go", "lang-go", "highlight-go", or data-lang.
func codeLang(n *html.Node) string {
	try := func(x *html.Node) string {
		if l := dom.Attr(x, "data-lang"); l != "" {
			return strings.ToLower(l)
		}
		if l := dom.Attr(x, "data-language"); l != "" {
			return strings.ToLower(l)
		}
		for _, cl := range strings.Fields(dom.Attr(x, "class")) {
			for _, p := range []string{"language-", "lang-", "highlight-source-", "highlight-", "brush:"} {
				if strings.HasPrefix(cl, p) && len(cl) > len(p) {
					return strings.ToLower(cl[len(p):])
				}
			}
		}
		return ""
	}
	if l := try(n); l != "" {
		return l
	}
	if c := dom.Find(n, func(x *html.Node) bool { return x.DataAtom == atom.Code }); c != nil {
		return try(c)
	}
	return ""
}

func resolve(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	low := strings.ToLower(ref)
	if strings.HasPrefix(low, "javascript:") || strings.HasPrefix(low, "data:") {
		return ""
	}
	if base == nil {
		return ref
	}
	u, err := base.Parse(ref)
	if err != nil {
		return ref
	}
	return u.String()
}

func isBr(n *html.Node) bool { return n != nil && n.DataAtom == atom.Br }

func nextNonSpace(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == html.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		return s
	}
	return nil
}
