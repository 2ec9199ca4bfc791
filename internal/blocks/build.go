// Package blocks turns the selected content nodes into pith's typed block
// model: headings, paragraphs, lists, quotes, code, tables and figures,
// with inline links and emphasis. It also drops what survives selection
// but is not article text: link lists, ad labels, "read more" inserts,
// image credits, repeated paragraphs.
package blocks

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/cancel"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Options for Build.
type Options struct {
	Base  *url.URL            // resolves relative links and image sources; nil keeps them as they are
	Title string              // the article title: an <h1> repeating it is not body text
	Skip  map[*html.Node]bool // nodes to leave out (bylines and date lines found by metadata)
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
}

type builder struct {
	o     Options
	out   []article.Block
	spans []article.Span
	seen  map[string]bool
	// skipLevel is the rank of a furniture heading whose section is
	// being skipped, 0 when none.
	skipLevel int
	titleN    string
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
	b := &builder{o: o, titleN: normKey(o.Title)}
	for _, n := range nodes {
		b.block(n)
		b.flush()
	}
	return b.tidy(b.out)
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
		if src := imageSource(n, b.o.Base); src != "" && !b.tiny(n) {
			b.spans = append(b.spans, article.Span{Image: src, Text: "", Href: f.href})
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
	if text == "" {
		// A paragraph holding only images is a run of figures.
		for _, sp := range spans {
			if sp.Image != "" {
				b.emit(article.Block{Kind: article.Figure, Src: sp.Image, Alt: sp.Text})
			}
		}
		return
	}
	if linkDensity(spans) > b.o.MaxLinkDensity && b.o.Trace.On(ruleLinkLine) {
		b.drop(ruleLinkLine, text)
		return
	}
	if rule := b.furnitureRule(text); rule != "" {
		b.drop(rule, text)
		return
	}
	b.emit(article.Block{Kind: article.Paragraph, Text: text, Spans: spans})
}

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

func (b *builder) tiny(img *html.Node) bool {
	if !tinyImage(img) || !b.o.Trace.On(ruleTinyImage) {
		return false
	}
	b.o.Trace.DropNode(ruleTinyImage, img, dom.Attr(img, "src"))
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
	if key != "" && len(key) < dedupMax && b.o.Trace.On(dedupRule(bl.Kind)) {
		if b.seen[key] {
			b.drop(dedupRule(bl.Kind), bl.PlainText())
			return
		}
		if b.seen == nil {
			b.seen = map[string]bool{} // made on first use: list items and quotes rarely need one
		}
		b.seen[key] = true
	}
	if bl.Kind == article.Quote && b.o.Trace.On(rulePullQuote) && b.pullQuote(key) {
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
	b.skipLevel = 0
	if !b.o.Listing && b.o.Trace.On(ruleBoilerHead) && isBoilerHeading(text) {
		// "Related stories", "Comments", "Mehr zum Thema": the heading
		// opens a section of furniture that runs to the next heading of
		// the same or a higher rank.
		b.drop(ruleBoilerHead, text)
		b.skipLevel = level
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
	if b.o.Trace.On(ruleLinkList) && listLinkDensity(items) > b.o.MaxLinkDensity && linkOnlyShare(items) >= 0.6 {
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
			b.flush()
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
	text := dom.RawText(n)
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

func (b *builder) table(n *html.Node) {
	if b.o.Trace.On(ruleLayoutTable) && layoutTable(n) {
		b.children(n, format{})
		b.flush()
		return
	}
	var rows [][]string
	header := 0
	dom.Walk(n, func(x *html.Node) bool {
		if x != n && x.DataAtom == atom.Table {
			return false
		}
		if x.DataAtom != atom.Tr {
			return true
		}
		var row []string
		allTh := true
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				row = append(row, dom.Text(c))
				if c.DataAtom == atom.Td {
					allTh = false
				}
			}
		}
		if len(row) > 0 {
			if allTh && len(rows) == header {
				header++
			}
			rows = append(rows, row)
		}
		return false
	})
	if len(rows) == 0 {
		return
	}
	if cap := dom.Find(n, func(x *html.Node) bool { return x.DataAtom == atom.Caption }); cap != nil {
		if t := dom.Text(cap); t != "" {
			b.emit(article.Block{Kind: article.Paragraph, Text: t, Spans: []article.Span{{Text: t}}})
		}
	}
	b.emit(article.Block{Kind: article.Table, Rows: rows, HeaderRows: header})
}

// layoutTable tells tables used for page layout (one column, nested
// tables, long prose in cells) from data tables.
func layoutTable(n *html.Node) bool {
	if dom.Attr(n, "role") == "presentation" {
		return true
	}
	nested := false
	maxCells, rows, longCells := 0, 0, 0
	dom.Walk(n, func(x *html.Node) bool {
		if x == n {
			return true
		}
		switch x.DataAtom {
		case atom.Table:
			nested = true
			return false
		case atom.Tr:
			rows++
			cells := 0
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
					cells++
					// Prose in a cell means layout; a div or p around a short
					// value (as document exporters write) does not.
					if len(dom.Text(c)) > 300 || len(dom.Text(c)) > 120 && dom.Find(c, func(y *html.Node) bool { return y.DataAtom == atom.P || y.DataAtom == atom.Div }) != nil {
						longCells++
					}
				}
			}
			maxCells = max(maxCells, cells)
			return false
		}
		return true
	})
	return nested || maxCells < 2 || longCells > 0
}

func (b *builder) figure(n *html.Node) {
	var img *html.Node
	dom.Walk(n, func(x *html.Node) bool {
		if img == nil && x.DataAtom == atom.Img && imageSource(x, b.o.Base) != "" {
			img = x
		}
		return img == nil
	})
	caption := ""
	if fc := dom.Find(n, func(x *html.Node) bool { return x.DataAtom == atom.Figcaption }); fc != nil {
		caption = dom.Text(fc)
		if b.o.Trace.On(ruleCaptionBoil) && isBoilerLine(caption) {
			b.o.Trace.DropNode(ruleCaptionBoil, fc, "")
			caption = ""
		}
		if b.o.Trace.On(ruleCaptionCred) {
			if c := stripCredit(caption); c != caption {
				b.o.Trace.DropNode(ruleCaptionCred, fc, quote(strings.TrimSpace(strings.TrimPrefix(caption, c))))
				caption = c
			}
		}
	}
	if img == nil {
		// A figure without an image (a pull quote, a chart in a table):
		// treat its content as blocks.
		if dom.Find(n, func(x *html.Node) bool {
			return x.DataAtom == atom.Table || x.DataAtom == atom.Blockquote || x.DataAtom == atom.Pre
		}) != nil {
			b.children(n, format{})
			b.flush()
		} else if caption != "" {
			b.emit(article.Block{Kind: article.Paragraph, Text: caption, Spans: []article.Span{{Text: caption}}})
		}
		return
	}
	b.emit(article.Block{Kind: article.Figure, Src: imageSource(img, b.o.Base), Alt: dom.CollapseSpace(dom.Attr(img, "alt")), Caption: caption})
}

// imageSource returns the absolute URL of an image, looking through the
// attributes lazy loaders use before src (which often holds a
// placeholder), and skipping data: URIs.
func imageSource(n *html.Node, base *url.URL) string {
	for _, k := range []string{"data-src", "data-original", "data-lazy-src", "data-srcset", "srcset", "src"} {
		v := strings.TrimSpace(dom.Attr(n, k))
		if v == "" {
			continue
		}
		if strings.HasSuffix(k, "srcset") {
			v = bestSrcset(v)
		}
		if v == "" || strings.HasPrefix(v, "data:") {
			continue
		}
		return resolve(base, v)
	}
	return ""
}

// bestSrcset picks the widest candidate of a srcset.
func bestSrcset(s string) string {
	best, bestW := "", -1.0
	for _, part := range strings.Split(s, ",") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		w := 0.0
		if len(f) > 1 {
			d := strings.TrimRight(f[1], "wx")
			if v, err := strconv.ParseFloat(d, 64); err == nil {
				w = v
			}
		}
		if w > bestW {
			best, bestW = f[0], w
		}
	}
	return best
}

func tinyImage(n *html.Node) bool {
	w, _ := strconv.Atoi(dom.Attr(n, "width"))
	h, _ := strconv.Atoi(dom.Attr(n, "height"))
	return (w > 0 && w < 50) || (h > 0 && h < 50)
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
