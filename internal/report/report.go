// Package report writes the explain report (pith --explain-html): one
// standalone HTML page showing the page's own text with what pith kept,
// what it dropped and by which rule, and what it never selected, so a
// person can see at a glance why a paragraph went missing.
//
// It renders the page as parsed, before extraction changed it, in a
// plain form of its own: text and structure stay, the site's styles,
// scripts and images do not (an image shows as its alt text). Nothing
// in the report loads anything from the network.
package report

import (
	"fmt"
	"html"
	"io"
	"sort"
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/extract"
	nethtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// mark is what the report says about one element.
type mark struct {
	content bool     // a root of the selected content
	drops   []string // the rules that dropped it, with what they saw
	keeps   []string // the rules that kept it against another rule
}

// Write writes the report of one extraction to w. source names the
// input as the user gave it.
func Write(w io.Writer, source string, a *article.Article, t *extract.Traced) error {
	marks := map[*nethtml.Node]*mark{}
	get := func(n *nethtml.Node) *mark {
		m := marks[n]
		if m == nil {
			m = &mark{}
			marks[n] = m
		}
		return m
	}
	for _, n := range t.Content {
		get(n).content = true
	}
	for i, d := range a.Explain {
		if i >= len(t.Nodes) || t.Nodes[i] == nil {
			continue
		}

		label := d.Rule
		if d.Detail != "" {
			label += ": " + d.Detail
		}
		if d.Kept {
			get(t.Nodes[i]).keeps = append(get(t.Nodes[i]).keeps, label)
		} else {
			get(t.Nodes[i]).drops = append(get(t.Nodes[i]).drops, label)
		}
	}

	r := &renderer{marks: marks}
	r.s("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
	r.s("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	r.s("<title>pith report: " + esc(source) + "</title>\n<style>" + style + "</style></head>\n<body>\n")
	r.header(source, a)
	r.s("<main class=\"pith-page pith-out\">\n")
	if body := find(t.Original, atom.Body); body != nil {
		r.children(body, false)
	} else {
		r.children(t.Original, false)
	}
	r.s("\n</main>\n</body></html>\n")
	_, err := io.WriteString(w, r.b.String())
	return err
}

type renderer struct {
	b     strings.Builder
	marks map[*nethtml.Node]*mark
}

func (r *renderer) s(str string) { r.b.WriteString(str) }

// header writes the article's metadata, the legend and the count of
// decisions by rule.
func (r *renderer) header(source string, a *article.Article) {
	r.s("<header class=\"pith-head\">\n<h1>What pith kept and dropped</h1>\n<dl>")
	field := func(k, v string) {
		if v != "" {
			r.s("<dt>" + k + "</dt><dd>" + esc(v) + "</dd>")
		}
	}
	field("Source", source)
	field("Title", a.Title)
	field("Byline", a.Byline)
	field("Date", a.Date)
	field("Body", fmt.Sprintf("%d blocks, %d FAQ entries", len(a.Blocks), len(a.FAQ)))
	r.s("</dl>\n<p class=\"pith-legend\"><span class=\"pith-content pith-swatch\">kept: the article</span> ")
	r.s("<span class=\"pith-drop pith-swatch\">dropped, with the rule that dropped it</span> ")
	r.s("<span class=\"pith-keep pith-swatch\">kept by a named rule: the FAQ, or a region another rule would drop</span> ")
	r.s("<span class=\"pith-out pith-swatch\">never selected</span></p>\n")

	type count struct {
		rule          string
		dropped, kept int
	}
	byRule := map[string]*count{}
	for _, d := range a.Explain {
		c := byRule[d.Rule]
		if c == nil {
			c = &count{rule: d.Rule}
			byRule[d.Rule] = c
		}
		if d.Kept {
			c.kept++
		} else {
			c.dropped++
		}
	}
	counts := make([]*count, 0, len(byRule))
	for _, c := range byRule {
		counts = append(counts, c)
	}
	sort.Slice(counts, func(i, j int) bool {
		if counts[i].dropped+counts[i].kept != counts[j].dropped+counts[j].kept {
			return counts[i].dropped+counts[i].kept > counts[j].dropped+counts[j].kept
		}
		return counts[i].rule < counts[j].rule
	})
	r.s("<table class=\"pith-counts\"><thead><tr><th>rule</th><th>dropped</th><th>kept</th></tr></thead><tbody>\n")
	for _, c := range counts {
		r.s(fmt.Sprintf("<tr><td><code>%s</code></td><td>%d</td><td>%d</td></tr>\n", esc(c.rule), c.dropped, c.kept))
	}
	r.s("</tbody></table>\n</header>\n")
}

// children renders n's children; inline tells whether n renders as an
// inline element (then block children become inline boxes too).
func (r *renderer) children(n *nethtml.Node, inline bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, inline)
	}
}

func (r *renderer) node(n *nethtml.Node, inline bool) {
	switch n.Type {
	case nethtml.TextNode:
		r.s(esc(n.Data))
		return
	case nethtml.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Head, atom.Link, atom.Meta, atom.Svg, atom.Noscript:
		// Never text (noscript holds unparsed markup).
		return
	case atom.Img:
		r.open(n, "span", true)
		r.s("<span class=\"pith-img\">[image" + altOf(n) + "]</span>")
		r.close(n, "span")
		return
	case atom.Br:
		r.s("<br>")
		return
	}
	tag := tagFor(n, inline)
	r.open(n, tag, inline || tag == "span")
	r.children(n, inline || tag == "span")
	r.close(n, tag)
}

// open writes the start tag of n's rendering, with its marks.
func (r *renderer) open(n *nethtml.Node, tag string, inline bool) {
	m := r.marks[n]
	if m == nil {
		r.s("<" + tag + ">")
		return
	}
	var class []string
	var labels []string
	if m.content {
		class = append(class, "pith-content")
	}
	if len(m.keeps) > 0 {
		class = append(class, "pith-keep")
		labels = append(labels, m.keeps...)
	}
	if len(m.drops) > 0 {
		class = append(class, "pith-drop")
		labels = append(labels, m.drops...)
	}
	r.s("<" + tag + " class=\"" + strings.Join(class, " ") + "\"")
	if len(labels) > 0 {
		r.s(" title=\"" + esc(strings.Join(labels, "\n")) + "\" data-rule=\"" + esc(ruleNames(m)) + "\"")
	}
	r.s(">")
	if len(labels) > 0 {
		r.s("<span class=\"pith-label\">" + esc(ruleNames(m)) + "</span>")
	}
}

func (r *renderer) close(n *nethtml.Node, tag string) { r.s("</" + tag + ">") }

// ruleNames is the label shown on a marked element: its rules' names.
func ruleNames(m *mark) string {
	var names []string
	for _, l := range append(append([]string(nil), m.drops...), m.keeps...) {
		name, _, _ := strings.Cut(l, ":")
		names = append(names, name)
	}
	return strings.Join(names, " · ")
}

// tagFor is the element the report renders n as: the structural tags
// as they are, every other block as a div and every inline as a span.
func tagFor(n *nethtml.Node, inline bool) string {
	switch n.DataAtom {
	case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li,
		atom.Table, atom.Thead, atom.Tbody, atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Caption,
		atom.Blockquote, atom.Pre, atom.Figure, atom.Figcaption, atom.Dl, atom.Dt, atom.Dd,
		atom.B, atom.Strong, atom.I, atom.Em, atom.Code, atom.Sub, atom.Sup:
		if inline && blockTag(n.DataAtom) {
			return "span"
		}
		return n.Data
	case atom.A, atom.Span, atom.Small, atom.Abbr, atom.Cite, atom.Q, atom.Mark, atom.U, atom.Time,
		atom.Font, atom.Label, atom.Kbd, atom.Samp, atom.Var, atom.S, atom.Del, atom.Ins, atom.Button:
		return "span"
	}
	if inline {
		return "span"
	}
	return "div"
}

func blockTag(a atom.Atom) bool {
	switch a {
	case atom.B, atom.Strong, atom.I, atom.Em, atom.Code, atom.Sub, atom.Sup:
		return false
	}
	return true
}

func altOf(n *nethtml.Node) string {
	for _, a := range n.Attr {
		if a.Key == "alt" && strings.TrimSpace(a.Val) != "" {
			return ": " + esc(strings.TrimSpace(a.Val))
		}
	}
	return ""
}

func find(n *nethtml.Node, a atom.Atom) *nethtml.Node {
	if n.Type == nethtml.ElementNode && n.DataAtom == a {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, a); f != nil {
			return f
		}
	}
	return nil
}

func esc(s string) string { return html.EscapeString(s) }

// style: kept text reads normally, dropped regions are struck through
// in red with their rule's name, and what was never selected is grey.
const style = `
body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#222;background:#fff}
.pith-head{position:sticky;top:0;z-index:2;background:#f6f6f4;border-bottom:1px solid #ccc;padding:.5em 1.5em;max-height:40vh;overflow:auto}
.pith-head h1{font-size:1.2em;margin:.2em 0}
.pith-head dl{display:grid;grid-template-columns:max-content 1fr;gap:0 1em;margin:.3em 0}
.pith-head dt{font-weight:600}.pith-head dd{margin:0}
.pith-counts{border-collapse:collapse;font-size:.85em;margin:.4em 0}
.pith-counts td,.pith-counts th{border:1px solid #ccc;padding:0 .5em;text-align:left}
.pith-swatch{padding:0 .4em;margin-right:.6em;display:inline-block}
.pith-page{padding:1em 1.5em;max-width:60em}
.pith-out{color:#999}
.pith-content{color:#111;background:#eef8ee;outline:2px solid #4a4;display:block}
span.pith-content{display:inline}
.pith-drop{color:#a33;background:#fdeeee;text-decoration:line-through;text-decoration-color:#d99;outline:1px dashed #d55}
.pith-keep{outline:2px dotted #36c}
.pith-label{font:600 11px/1.6 ui-monospace,monospace;color:#fff;background:#b33;padding:0 .4em;margin-right:.4em;text-decoration:none;display:inline-block;border-radius:3px}
.pith-keep>.pith-label{background:#36c}
.pith-drop.pith-keep>.pith-label{background:#b33}
.pith-img{font-style:italic}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2em .4em}
`
