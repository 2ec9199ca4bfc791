package parse

import (
	"bytes"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// closeDeep is CloseDeep that, with formatting set, also closes the
// formatting elements (<b>, <font>, <a>…) the page leaves open inside
// an element it closes: the parser reopens those in every block that
// follows, and a page of 600 unclosed <font>s of different colours,
// each before a <p>, nests them 600 deep by the end whatever the depth
// of the page's own tags. Their look spreads no further, which costs the
// text nothing.
func closeDeep(text []byte, limit int, formatting bool) []byte {
	c := closer{z: html.NewTokenizer(bytes.NewReader(text)), max: max(limit, 1), early: map[string]int{}, formatting: formatting}
	c.out = make([]byte, 0, len(text)+len(text)/16)
	var raw []byte
	for {
		tt := c.z.Next()
		if tt == html.ErrorToken {
			// io.EOF (or a tokenizer limit this one never sets), after
			// what an unfinished tag or comment left, read as nothing.
			return append(c.out, c.z.Raw()...)
		}
		// TagName lowercases the token's bytes in place: the page's own
		// bytes are kept first.
		raw = append(raw[:0], c.z.Raw()...)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			c.start(tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			if !c.end() {
				if n := len(c.out); n > 0 && c.out[n-1] != '>' {
					// The text on each side must not join: "&" and
					// "amp;" would make an entity, "<" and "p" a tag.
					c.out = append(c.out, "<!---->"...)
				}
				continue
			}
		}
		c.out = append(c.out, raw...)
	}
}

type open struct {
	name string
	a    atom.Atom
}

type closer struct {
	z          *html.Tokenizer
	max        int
	formatting bool // close the formatting elements an element's close leaves open
	out        []byte
	stack      []open
	counts     [8]int         // open elements that a start tag may close (see tracked)
	foreign    int            // svg and math elements open: their content nests as XML
	early      map[string]int // elements closed here whose end tags are still to come
}

// start handles a start tag: the closes it implies, then its own place.
func (c *closer) start(selfClosing bool) {
	nameb, _ := c.z.TagName()
	a := atom.Lookup(nameb)
	if c.foreign > 0 {
		if is(a, rawText) {
			// <style> or <title> in SVG hold elements, not raw text.
			c.z.NextIsNotRawText()
		}
		if selfClosing {
			return
		}
	} else {
		if is(a, void) || a == atom.Html || a == atom.Body {
			// The parser merges <html> and <body> into the ones it has.
			return
		}
		c.implied(a)
	}
	if c.foreign == 0 && is(a, closesP) {
		// A block after a run of unclosed inline elements (an article
		// after 600 <font>s) gets room to nest its own blocks.
		for len(c.stack) > c.max/2 && is(c.stack[len(c.stack)-1].a, inline) {
			c.closeTop()
		}
	}
	if len(c.stack) >= c.max {
		// Down to half the limit, not one below it: what follows needs
		// room too, and each close is paid for by a start tag.
		for len(c.stack) > c.max/2 {
			c.closeTop()
		}
	}
	name := a.String()
	if a == 0 {
		name = string(nameb)
	}
	c.stack = append(c.stack, open{name: name, a: a})
	c.counts[tracked(a)]++
	if a == atom.Svg || a == atom.Math {
		c.foreign++
	}
}

// closeTop closes the innermost open element here.
func (c *closer) closeTop() {
	c.closeEarly(c.stack[len(c.stack)-1])
	c.pop(len(c.stack) - 1)
}

// closeEarly writes the end tag of e, an element the page closes later
// or never.
func (c *closer) closeEarly(e open) {
	c.early[e.name]++
	c.out = append(c.out, "</"...)
	c.out = append(c.out, e.name...)
	c.out = append(c.out, '>')
}

// end handles an end tag and reports whether it is kept.
func (c *closer) end() bool {
	nameb, _ := c.z.TagName()
	if n := c.early[string(nameb)]; n > 0 {
		// The end of an element closed early (or of a later one of the
		// same name: the pairs shift, the text stays in order).
		c.early[string(nameb)] = n - 1
		return false
	}
	a := atom.Lookup(nameb)
	for i := len(c.stack) - 1; i >= 0; i-- {
		e := c.stack[i]
		if e.a == a && (a != 0 || e.name == string(nameb)) {
			c.pop(i)
			return true
		}
		if c.foreign == 0 && is(e.a, scopeEdge) {
			break // the parser ignores an end tag outside its table, cell…
		}
	}
	return true
}

// pop closes the elements from i up: the one at i by its end tag or an
// implied one, those above it implicitly.
func (c *closer) pop(i int) {
	for j := len(c.stack) - 1; j >= i; j-- {
		e := c.stack[j]
		if c.formatting && j > i && is(e.a, formatting) {
			c.closeEarly(e)
		}
		c.counts[tracked(e.a)]--
		if e.a == atom.Svg || e.a == atom.Math {
			c.foreign--
		}
	}
	c.stack = c.stack[:i]
}

// implied closes what a start tag of a closes in the parser: an open
// <p> before a block, the previous item, cell, row, option or heading.
func (c *closer) implied(a atom.Atom) {
	switch a {
	case atom.Li:
		c.closeOpen(itemEdge, atom.Li, 0)
	case atom.Dt, atom.Dd:
		c.closeOpen(itemEdge, atom.Dt, atom.Dd)
	case atom.Td, atom.Th:
		c.closeOpen(cellEdge, atom.Td, atom.Th)
	case atom.Tr:
		c.closeOpen(rowEdge, atom.Tr, 0)
	case atom.Option, atom.Optgroup:
		if n := len(c.stack); n > 0 && c.stack[n-1].a == atom.Option {
			c.pop(n - 1)
		}
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		if n := len(c.stack); n > 0 && is(c.stack[n-1].a, heading) {
			c.pop(n - 1)
		}
	}
	if is(a, closesP) {
		c.closeOpen(scopeEdge, atom.P, 0)
	}
}

// closeOpen closes the innermost open element that is x or y, unless an
// edge comes first. The counts spare the search when none is open: a
// nest of 200,000 <div>s asks for an open <p> at each.
func (c *closer) closeOpen(edge kind, x, y atom.Atom) {
	if c.counts[tracked(x)] == 0 && (y == 0 || c.counts[tracked(y)] == 0) {
		return
	}
	for i := len(c.stack) - 1; i >= 0; i-- {
		switch b := c.stack[i].a; {
		case b == x || b == y && y != 0:
			c.pop(i)
			return
		case is(b, edge):
			return
		}
	}
}

// tracked numbers the elements closeOpen looks for; 0 is every other
// (and its count is never read).
func tracked(a atom.Atom) int {
	switch a {
	case atom.P:
		return 1
	case atom.Li:
		return 2
	case atom.Dt:
		return 3
	case atom.Dd:
		return 4
	case atom.Td:
		return 5
	case atom.Th:
		return 6
	case atom.Tr:
		return 7
	}
	return 0
}

// kind is what the parser makes of a tag, as far as CloseDeep follows.
type kind uint16

const (
	void       kind = 1 << iota // opens nothing
	rawText                     // content read as text (not in SVG or MathML)
	heading                     // h1-h6
	closesP                     // a start tag that closes an open <p>
	scopeEdge                   // an end tag or an implied <p> close stops here
	itemEdge                    // a new <li>, <dt> or <dd> closes no item past it
	inline                      // a phrase element a block start may close when deep
	formatting                  // reopened by the parser in the blocks after its close
	cellEdge                    // a new cell closes no cell past it
	rowEdge                     // a new row closes no row past it
)

var kinds = map[atom.Atom]kind{}

func init() {
	set := func(k kind, as ...atom.Atom) {
		for _, a := range as {
			kinds[a] |= k
		}
	}
	set(void, atom.Area, atom.Base, atom.Basefont, atom.Bgsound, atom.Br, atom.Col, atom.Embed, atom.Frame,
		atom.Hr, atom.Image, atom.Img, atom.Input, atom.Keygen, atom.Link, atom.Meta, atom.Param,
		atom.Source, atom.Track, atom.Wbr)
	set(rawText, atom.Iframe, atom.Noembed, atom.Noframes, atom.Noscript, atom.Plaintext, atom.Script,
		atom.Style, atom.Textarea, atom.Title, atom.Xmp)
	set(heading|closesP, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6)
	set(closesP, atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Center, atom.Details,
		atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.Header, atom.Hgroup, atom.Hr, atom.Li, atom.Dd, atom.Dt,
		atom.Listing, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Plaintext, atom.Pre,
		atom.Search, atom.Section, atom.Summary, atom.Table, atom.Ul, atom.Xmp)
	set(scopeEdge|itemEdge, atom.Applet, atom.Button, atom.Caption, atom.Html, atom.Marquee, atom.Object,
		atom.Table, atom.Td, atom.Template, atom.Th)
	set(cellEdge, atom.Tr, atom.Table)
	set(rowEdge, atom.Table)
	set(itemEdge, atom.Ul, atom.Ol, atom.Dl, atom.Menu, atom.Section, atom.Article, atom.Nav,
		atom.Aside, atom.Blockquote, atom.Fieldset, atom.Figure, atom.Footer, atom.Header, atom.Main,
		atom.Form, atom.Select)
	set(inline, atom.Abbr, atom.Acronym, atom.Bdi, atom.Bdo, atom.Cite, atom.Data, atom.Dfn, atom.Kbd,
		atom.Label, atom.Mark, atom.Q, atom.Samp, atom.Span, atom.Sub, atom.Sup, atom.Time, atom.Var)
	set(inline|formatting, atom.A, atom.B, atom.Big, atom.Code, atom.Em, atom.Font, atom.I, atom.Nobr,
		atom.S, atom.Small, atom.Strike, atom.Strong, atom.Tt, atom.U)
}

func is(a atom.Atom, k kind) bool { return kinds[a]&k != 0 }
