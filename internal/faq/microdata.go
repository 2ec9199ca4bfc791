package faq

import (
	"strings"
	"unicode"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Microdata (itemscope/itemtype/itemprop) and RDFa (typeof/property)
// mark up the same schema.org vocabulary; these helpers read both.

// lastSegment strips a vocabulary prefix: "https://schema.org/Question",
// "schema:Question" and "Question" all give "Question".
func lastSegment(s string) string {
	if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
		return s[i+1:]
	}
	return s
}

// itemType returns the first schema.org type n declares, or "".
func itemType(n *html.Node) string {
	v := dom.Attr(n, "itemtype")
	if v == "" {
		v = dom.Attr(n, "typeof")
	}
	// The first space-separated type, found without splitting: this runs
	// on every element of the page.
	v = strings.TrimLeftFunc(v, unicode.IsSpace)
	if i := strings.IndexFunc(v, unicode.IsSpace); i >= 0 {
		v = v[:i]
	}
	if v == "" {
		return ""
	}
	return lastSegment(v)
}

// isScope reports whether n starts a new item.
func isScope(n *html.Node) bool {
	return dom.HasAttr(n, "itemscope") || dom.HasAttr(n, "typeof")
}

// hasProp reports whether n declares property name.
func hasProp(n *html.Node, name string) bool {
	for _, attr := range []string{"itemprop", "property"} {
		for _, f := range strings.Fields(dom.Attr(n, attr)) {
			if strings.EqualFold(lastSegment(f), name) {
				return true
			}
		}
	}
	return false
}

// findProp returns the first element below item that declares property
// name for item itself (not for an item nested inside it).
func findProp(item *html.Node, name string) *html.Node {
	var found *html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && found == nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if hasProp(c, name) {
				found = c
				return
			}
			if !isScope(c) {
				walk(c)
			}
		}
	}
	walk(item)
	return found
}

// propText returns a property's value as plain text: the content
// attribute of <meta> and friends, else the element's rendered text.
func propText(n *html.Node) string {
	if n.DataAtom == atom.Meta || dom.HasAttr(n, "content") {
		return renderHTMLString(dom.Attr(n, "content"))
	}
	return renderNodes([]*html.Node{n})
}

// microdataEntry reads one Question item: its name and the text of its
// accepted answer (in an FAQPage, else its suggested one).
func microdataEntry(p *page, q *html.Node) (entry, bool) {
	nameEl := findProp(q, "name")
	if nameEl == nil {
		return entry{}, false
	}
	e := entry{question: cleanQuestion(dom.CollapseSpace(propText(nameEl))), pos: p.position(q)}
	ans := findProp(q, "acceptedAnswer")
	if ans == nil && inFAQPageScope(q) {
		// In an FAQ the one answer given is the answer; on a forum
		// thread a suggested answer is only one opinion.
		ans = findProp(q, "suggestedAnswer")
	}
	if ans != nil {
		if t := findProp(ans, "text"); t != nil {
			e.answer = propText(t)
		} else {
			e.answer = propText(ans)
		}
	}
	return e, e.question != ""
}

// inFAQPageScope reports whether n lies inside an FAQPage item.
func inFAQPageScope(n *html.Node) bool {
	return dom.Ancestor(n, func(a *html.Node) bool { return itemType(a) == "FAQPage" }) != nil
}
