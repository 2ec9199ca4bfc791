package meta

import (
	"slices"
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Microdata (itemprop inside itemscope/itemtype) and RDFa (property,
// often prefixed "schema:" or "dc:") name the same schema.org
// properties; both are read here. Properties whose nearest item is a
// comment, a review of something else or a related teaser are ignored
// so that their authors and dates do not leak into the article's.

func readMicrodata(pg *page, trace *rules.Trace) fields {
	var f fields
	var authorNodes []*html.Node
	for _, n := range pg.props {
		props := itemProps(n)
		if len(props) == 0 {
			continue
		}
		if !belongsToArticle(n, trace) {
			continue
		}
		for _, p := range props {
			switch p {
			case "headline":
				if f.title == "" {
					f.title = clean(propValue(n))
					if scope := ancestorLimited(n, isScope); scope != nil {
						f.article = slices.ContainsFunc(scopeTypes(scope), func(t string) bool {
							return slices.ContainsFunc(newsTypes, func(a string) bool { return strings.EqualFold(a, t) })
						})
					}
				}
			case "author", "creator":
				if ancestorLimited(n, isAuthorProp) == nil {
					authorNodes = append(authorNodes, n)
				}
			case "datepublished", "datecreated", "date", "issued", "created":
				if f.date == "" {
					f.date = parseDate(propValue(n))
				}
			case "datemodified", "modified":
				if f.modified == "" {
					f.modified = parseDate(propValue(n))
				}
			case "description", "abstract":
				if f.description == "" && n.DataAtom == atom.Meta {
					f.description = clean(propValue(n))
				}
			case "image", "thumbnailurl":
				if f.image == "" {
					f.image = urlValue(n)
				}
			case "keywords":
				if len(f.tags) == 0 {
					f.tags = splitTags(propValue(n))
				}
			case "inlanguage":
				if f.lang == "" {
					f.lang = propValue(n)
				}
			}
		}
	}
	// Teasers of other posts often repeat the author markup of the
	// article; the authors of the first item that has any are the
	// article's.
	var group *html.Node
	grouped := false
	for _, a := range authorNodes {
		g := ancestorLimited(a, isItemBox)
		if grouped && g != group {
			continue
		}
		name := a
		if dom.HasAttr(a, "itemscope") {
			if org := strings.ToLower(dom.Attr(a, "itemtype")); strings.HasSuffix(org, "organization") {
				if nn := findLimited(a, 400, hasProp("name")); nn != nil && f.org == "" {
					f.org = clean(propValue(nn))
				}
				if f.org != "" && !grouped {
					group, grouped = g, true
				}
				continue
			}
			if nn := findLimited(a, 400, hasProp("name")); nn != nil {
				name = nn
			}
		}
		names := cleanNames(propValue(name))
		for _, s := range names {
			if !containsFold(f.authors, s) {
				f.authors = append(f.authors, s)
			}
		}
		// A property that names nobody (<link rel=author href=…>)
		// does not pick the item.
		if len(names) > 0 && !grouped {
			group, grouped = g, true
		}
	}
	return f
}

// isItemBox reports whether n delimits one item of a page: an item
// scope or an <article> element.
func isItemBox(n *html.Node) bool {
	return n.DataAtom == atom.Article || dom.HasAttr(n, "itemscope") || dom.HasAttr(n, "typeof")
}

// itemProps returns the lower-cased property names of n from itemprop
// and (outside <meta>, whose property= is OpenGraph) RDFa property.
func itemProps(n *html.Node) []string {
	// Most elements carry none of the three attributes: answer them
	// without building anything.
	has := false
	for i := range n.Attr {
		switch n.Attr[i].Key {
		case "itemprop", "property", "rel":
			has = true
		}
	}
	if !has {
		return nil
	}
	var out []string
	add := func(v string) {
		for _, p := range strings.Fields(strings.ToLower(v)) {
			if i := strings.LastIndexAny(p, ":/#"); i >= 0 {
				p = p[i+1:]
			}
			out = append(out, p)
		}
	}
	add(dom.Attr(n, "itemprop"))
	if n.DataAtom != atom.Meta {
		add(dom.Attr(n, "property"))
		add(dom.Attr(n, "rel"))
	} else if p := dom.Attr(n, "property"); strings.HasPrefix(p, "schema:") || strings.HasPrefix(p, "dc:") || strings.HasPrefix(p, "dcterms:") {
		add(p)
	}
	return out
}

func hasProp(name string) func(*html.Node) bool {
	return func(n *html.Node) bool {
		for _, p := range itemProps(n) {
			if p == name {
				return true
			}
		}
		return false
	}
}

func isAuthorProp(n *html.Node) bool {
	for _, p := range itemProps(n) {
		if p == "author" || p == "creator" {
			return true
		}
	}
	return false
}

// belongsToArticle reports whether the nearest enclosing item of n (its
// own itemscope does not count) is absent or describes the page or an
// article, rather than a comment, a person or some other thing.
func belongsToArticle(n *html.Node, trace *rules.Trace) bool {
	scope := ancestorLimited(n, isScope)
	if scope == nil {
		return true
	}
	types := scopeTypes(scope)
	if len(types) == 0 {
		return true
	}
	for _, w := range types {
		for _, a := range articleTypes {
			if strings.EqualFold(w, a) {
				return true
			}
		}
		for _, a := range pageTypes {
			if strings.EqualFold(w, a) {
				return true
			}
		}
		if strings.EqualFold(w, "Question") && trace.On(questionIsArticle) {
			// The Question a QAPage holds is the thread's opening post;
			// an FAQ's questions sit in an FAQPage.
			if outer := ancestorLimited(scope, isScope); outer != nil && slices.ContainsFunc(scopeTypes(outer), func(t string) bool { return strings.EqualFold(t, "QAPage") }) {
				return true
			}
		}
	}
	return false
}

// propValue reads a property's value the microdata way: content, then
// datetime, then the text.
func propValue(n *html.Node) string {
	for _, k := range []string{"content", "datetime"} {
		if v := dom.Attr(n, k); v != "" {
			return v
		}
	}
	if n.DataAtom == atom.Meta {
		return ""
	}
	// Microformats put the machine value of <abbr> in its title.
	if n.DataAtom == atom.Abbr {
		if v := dom.Attr(n, "title"); v != "" {
			return v
		}
	}
	t, _ := shortText(n, 300)
	return t
}

func urlValue(n *html.Node) string {
	for _, k := range []string{"content", "src", "href", "data-src"} {
		if v := strings.TrimSpace(dom.Attr(n, k)); v != "" {
			return v
		}
	}
	if img := findLimited(n, 400, func(c *html.Node) bool { return c.DataAtom == atom.Img }); img != nil && img != n {
		return urlValue(img)
	}
	return ""
}

// ancestorLimited is dom.Ancestor bounded to 64 levels: the item that a
// property belongs to is close, and deep pathological nesting must not
// make the scan quadratic.
func ancestorLimited(n *html.Node, match func(*html.Node) bool) *html.Node {
	depth := 0
	for p := n.Parent; p != nil && depth < 64; p = p.Parent {
		depth++
		if p.Type == html.ElementNode && match(p) {
			return p
		}
	}
	return nil
}

// isScope reports an element that opens a microdata item or an RDFa
// resource.
func isScope(p *html.Node) bool { return dom.HasAttr(p, "itemscope") || dom.HasAttr(p, "typeof") }

// scopeTypes returns the type names of an item (itemtype or typeof),
// without their vocabulary's address.
func scopeTypes(scope *html.Node) []string {
	t := dom.Attr(scope, "itemtype")
	if t == "" {
		t = dom.Attr(scope, "typeof")
	}
	var out []string
	for _, w := range strings.Fields(t) {
		if i := strings.LastIndexAny(w, "/:#"); i >= 0 {
			w = w[i+1:]
		}
		out = append(out, w)
	}
	return out
}
