package extract

import (
	"strconv"
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleOpenTitle = rules.Register(rules.Clean, "unclosed-title",
	"a <title> never closed swallows the page as its text: the page after the title's first line is parsed again")

// minSwallowed is the length of title text that is a page, not a title.
const minSwallowed = 1000

// reopenTitle: a <title> whose end tag is missing (a page spliced or cut
// by the server that sent it) holds the rest of the document as its
// text, since title text is not parsed as markup, and the page reads
// as empty. When the title's text is far longer than a title and holds
// markup, the title keeps its text up to the first tag and the rest is
// parsed again into the head and body.
func reopenTitle(p *page) {
	title := dom.Find(p.doc, func(n *html.Node) bool { return n.DataAtom == atom.Title })
	if title == nil || title.FirstChild == nil || !p.trace.On(ruleOpenTitle) {
		return
	}
	text := dom.RawChildText(title)
	cut := strings.IndexByte(text, '<')
	if len(text) < minSwallowed || cut < 0 || !strings.Contains(text[cut:], "</") {
		return
	}
	rest, err := html.Parse(strings.NewReader(text[cut:]))
	if err != nil {
		return
	}
	for c := title.FirstChild; c != nil; c = title.FirstChild {
		title.RemoveChild(c)
	}
	title.AppendChild(&html.Node{Type: html.TextNode, Data: text[:cut]})
	for _, part := range []atom.Atom{atom.Head, atom.Body} {
		from := dom.Find(rest, func(n *html.Node) bool { return n.DataAtom == part })
		to := dom.Find(p.doc, func(n *html.Node) bool { return n.DataAtom == part })
		if from == nil || to == nil {
			continue
		}
		for c := from.FirstChild; c != nil; c = from.FirstChild {
			from.RemoveChild(c)
			to.AppendChild(c)
		}
	}
	p.trace.KeepNode(ruleOpenTitle, title, strconv.Itoa(len(text)-cut)+" bytes of page parsed again")
}
