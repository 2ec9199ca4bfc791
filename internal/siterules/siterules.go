// Package siterules applies the user's own extraction rules: CSS
// selectors given with --drop and --keep, and the per-site entries of
// YAML rules files (--rules, the default file). A Set is built once per
// run, every selector compiled then; per page, Set.For picks the rules
// for the page's host and the returned Page applies them to the parsed
// tree, goquery matching the compiled selectors.
//
// The user's rules come before pith's own: dropped elements are gone
// before metadata, FAQ and body are read (JSON-LD and meta tags inside
// them excepted), a kept body is not second-guessed by boilerplate
// rules, and a title, byline or date selector wins over detection.
package siterules

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"github.com/pith-org/pith/internal/dates"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/meta"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/idna"
)

// Set is every rule of a run: the entries of the rules files in file
// order, and the command line's --drop and --keep. It is read-only once
// built and safe for concurrent use.
type Set struct {
	entries    []entry
	drop, keep []rule
}

// File is a rules file's name and content.
type File struct {
	Path string // as the user gave it: errors name it, labels its base name
	Data []byte
}

// Build compiles a run's rules: the files' entries in order, then the
// command line's --drop and --keep selectors. Any mistake is returned
// before a page is read: an *Error for a file, an error naming the flag
// for a selector. Build returns nil when there is no rule at all.
func Build(files []File, drop, keep []string) (*Set, error) {
	var s Set
	for _, f := range files {
		if err := s.addFile(f.Path, f.Data); err != nil {
			return nil, err
		}
	}
	for _, sel := range drop {
		if err := s.addDrop(sel); err != nil {
			return nil, err
		}
	}
	for _, sel := range keep {
		if err := s.addKeep(sel); err != nil {
			return nil, err
		}
	}
	if s.Empty() {
		return nil, nil
	}
	return &s, nil
}

// addFile adds the entries of a rules file. path names the file in
// errors (an *Error) and, by its base name, labels its rules.
func (s *Set) addFile(path string, data []byte) error {
	es, err := parseFile(path, data)
	if err != nil {
		return err
	}
	s.entries = slices.Clip(append(s.entries, es...))
	return nil
}

// addDrop adds a --drop selector.
func (s *Set) addDrop(sel string) error { return s.addFlag(&s.drop, "--drop", sel) }

// addKeep adds a --keep selector.
func (s *Set) addKeep(sel string) error { return s.addFlag(&s.keep, "--keep", sel) }

func (s *Set) addFlag(to *[]rule, flag, sel string) error {
	r, err := compile(flag+" "+strings.TrimSpace(sel), sel, false)
	if err != nil {
		return fmt.Errorf("%s: %v", flag, err)
	}
	// Clipped, so that a page's rules appended to them never share the
	// Set's array between goroutines.
	*to = slices.Clip(append(*to, r))
	return nil
}

// Empty reports a set with no rule: pages are extracted as without one.
func (s *Set) Empty() bool {
	return s == nil || len(s.entries) == 0 && len(s.drop) == 0 && len(s.keep) == 0
}

// Page is the rules that apply to one page. A nil *Page applies nothing.
type Page struct {
	trace *rules.Trace
	drop  []rule
	// keep holds candidate bodies in precedence order: --keep, then each
	// matching entry's body; the first that matches anything is the body.
	keep                [][]rule
	title, byline, date []*rule
}

// For returns the rules for the page doc, whose URL (fetched, or
// --base-url) is pageURL; entries are matched against its host, or, when
// pageURL is empty, the host of the page's canonical link or og:url.
// Decisions go to t. For returns nil when no rule applies.
func (s *Set) For(doc *html.Node, pageURL string, t *rules.Trace) *Page {
	if s.Empty() {
		return nil
	}
	p := &Page{trace: t}
	if len(s.keep) > 0 {
		p.keep = append(p.keep, s.keep)
	}
	if len(s.entries) > 0 {
		host := pageHost(doc, pageURL)
		for i := range s.entries {
			e := &s.entries[i]
			if !e.matches(host) {
				continue
			}
			p.drop = append(p.drop, e.drop...)
			if len(e.body) > 0 {
				p.keep = append(p.keep, e.body)
			}
			p.title = appendRule(p.title, e.title)
			p.byline = appendRule(p.byline, e.byline)
			p.date = appendRule(p.date, e.date)
		}
	}
	// The command line's drops apply on top of the files'.
	p.drop = append(p.drop, s.drop...)
	if len(p.drop) == 0 && len(p.keep) == 0 && len(p.title) == 0 && len(p.byline) == 0 && len(p.date) == 0 {
		return nil
	}
	return p
}

func appendRule(rs []*rule, r *rule) []*rule {
	if r == nil {
		return rs
	}
	return append(rs, r)
}

// matches reports whether the entry is for host: the host itself or a
// subdomain of it.
func (e *entry) matches(host string) bool {
	if host == "" {
		return false
	}
	for _, m := range e.match {
		if host == m || len(host) > len(m) && strings.HasSuffix(host, m) && host[len(host)-len(m)-1] == '.' {
			return true
		}
	}
	return false
}

var (
	canonicalLink = goquery.SingleMatcher(mustCompile(`link[rel~="canonical" i][href]`))
	ogURL         = goquery.SingleMatcher(mustCompile(`meta[property="og:url" i][content], meta[name="og:url" i][content]`))
)

func mustCompile(s string) goquery.Matcher {
	r, err := compile(s, s, false)
	if err != nil {
		panic(err)
	}
	return r.sel
}

// pageHost returns the host the page's rules are chosen by: pageURL's,
// else the canonical link's, else og:url's; "" when none has one.
func pageHost(doc *html.Node, pageURL string) string {
	if h := urlHost(pageURL); h != "" {
		return h
	}
	d := goquery.NewDocumentFromNode(doc)
	if n := d.FindMatcher(canonicalLink).Nodes; len(n) > 0 {
		if h := urlHost(dom.Attr(n[0], "href")); h != "" {
			return h
		}
	}
	if n := d.FindMatcher(ogURL).Nodes; len(n) > 0 {
		return urlHost(dom.Attr(n[0], "content"))
	}
	return ""
}

func urlHost(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	h := strings.TrimSuffix(strings.ToLower(u.Hostname()), ".")
	if a, err := idna.Lookup.ToASCII(h); err == nil {
		return a
	}
	return h
}

// parseDate reads a date the user's selector pointed at, in any format
// pith reads, as ISO 8601 ("" when there is none).
func parseDate(s string) string { return dates.Parse(s, time.Now(), false) }

// matchedNothing is the region of a decision whose selector found no
// element on the page: not an error, but worth saying.
const matchedNothing = "nothing (the selector matched no element)"

// Drop removes from the page's body the elements the drop selectors
// match. JSON-LD scripts and meta tags inside a dropped element stay in
// the tree, in its place: the metadata readers still see them, nothing
// visible does.
//
// Drops run on every page of a batch, and matching an element against a
// selector costs more than visiting it: one walk tries every selector on
// each element, where goquery would walk the body once per selector.
// An element is dropped by the first rule that matches it, and what is
// inside it is not looked at again.
func (p *Page) Drop(doc *html.Node) {
	if p == nil || len(p.drop) == 0 {
		return
	}
	hits := make([]int, len(p.drop))
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode && !metaCarrier(c) {
				if i := p.firstDrop(c); i >= 0 {
					if p.trace.Explaining() {
						p.trace.DropNode(p.drop[i].label, c, "")
					}
					removeKeepingMeta(c)
					hits[i]++
				} else {
					walk(c)
				}
			}
			c = next
		}
	}
	walk(bodyOf(doc))
	for i, n := range hits {
		if n == 0 {
			p.trace.Drop(p.drop[i].label, matchedNothing, "")
		}
	}
}

func (p *Page) firstDrop(n *html.Node) int {
	for i := range p.drop {
		if p.drop[i].sel(n) {
			return i
		}
	}
	return -1
}

// bodyOf returns the page's <body>, or the document when it has none (a
// frameset).
func bodyOf(doc *html.Node) *html.Node {
	for h := doc.FirstChild; h != nil; h = h.NextSibling {
		if h.DataAtom != atom.Html {
			continue
		}
		for b := h.FirstChild; b != nil; b = b.NextSibling {
			if b.DataAtom == atom.Body {
				return b
			}
		}
	}
	return doc
}

// metaCarrier reports the elements that carry page metadata rather than
// visible content: JSON-LD scripts, and <meta> and <link> tags that are
// not microdata properties of the element around them.
func metaCarrier(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script:
		return strings.Contains(strings.ToLower(dom.Attr(n, "type")), "ld+json")
	case atom.Meta, atom.Link:
		return !dom.HasAttr(n, "itemprop")
	}
	return false
}

func removeKeepingMeta(n *html.Node) {
	parent := n.Parent
	dom.Walk(n, func(x *html.Node) bool {
		if x == n || x.Type != html.ElementNode || !metaCarrier(x) {
			return true
		}
		x.Parent.RemoveChild(x)
		parent.InsertBefore(x, n)
		return false
	})
	parent.RemoveChild(n)
}

// Keep returns the elements the body is to be made of: the matches of
// the first keep rule group that matches anything, outermost only, in
// document order. It returns nil when no keep rule applies or none
// matched, and the body is chosen as usual.
func (p *Page) Keep(doc *html.Node) []*html.Node {
	if p == nil || len(p.keep) == 0 {
		return nil
	}
	root := bodyOf(doc)
	body := goquery.NewDocumentFromNode(root)
	for _, group := range p.keep {
		chosen := map[*html.Node]bool{}
		for i := range group {
			r := &group[i]
			nodes := body.FindMatcher(r.sel).Nodes
			if len(nodes) == 0 {
				p.trace.Keep(r.label, matchedNothing, "")
			}
			for _, n := range nodes {
				chosen[n] = true
				if p.trace.Explaining() {
					p.trace.KeepNode(r.label, n, "")
				}
			}
		}
		if len(chosen) > 0 {
			return outermost(root, chosen)
		}
	}
	return nil
}

// outermost lists the chosen nodes under root in document order, leaving
// out those inside another chosen node: their text comes with it.
func outermost(root *html.Node, chosen map[*html.Node]bool) []*html.Node {
	out := make([]*html.Node, 0, len(chosen))
	dom.Walk(root, func(n *html.Node) bool {
		if chosen[n] {
			out = append(out, n)
			return false
		}
		return true
	})
	return out
}

// Fields sets m's title, byline and date from the first title, byline
// and date selectors whose first match gives a value, over what
// detection found. A date goes through pith's date parser, so it is ISO
// 8601 like every other; a value that holds no date is passed over.
func (p *Page) Fields(doc *html.Node, m *meta.Meta) {
	if p == nil || len(p.title)+len(p.byline)+len(p.date) == 0 {
		return
	}
	d := goquery.NewDocumentFromNode(doc)
	if v := p.first(d, p.title, "title", nil); v != "" {
		m.Title = v
	}
	if v := p.first(d, p.byline, "byline", nil); v != "" {
		m.Authors = meta.Names(v)
		if len(m.Authors) == 0 {
			m.Authors = []string{v} // the user chose it: keep what it says
		}
		m.Byline = strings.Join(m.Authors, ", ")
	}
	if v := p.first(d, p.date, "date", parseDate); v != "" {
		m.Date = v
	}
}

// first returns the value of the first rule whose first match has one,
// passed through parse when given.
func (p *Page) first(d *goquery.Document, rs []*rule, field string, parse func(string) string) string {
	for _, r := range rs {
		nodes := d.FindMatcher(r.first).Nodes
		if len(nodes) == 0 {
			p.trace.Drop(r.label, matchedNothing, field)
			continue
		}
		n := nodes[0]
		raw := dom.Text(n)
		if r.attr != "" {
			raw = dom.CollapseSpace(dom.Attr(n, r.attr))
		}
		v := raw
		if parse != nil && v != "" {
			v = parse(v)
		}
		if v == "" {
			p.trace.DropNode(r.label, n, fmt.Sprintf("no %s in %q", field, raw))
			continue
		}
		p.trace.KeepNode(r.label, n, field+": "+v)
		return v
	}
	return ""
}
