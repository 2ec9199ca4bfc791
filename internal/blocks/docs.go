package blocks

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleDefTerm = rules.Register(rules.Blocks, "definition-term",
	"a <dt> term in code or of a few words, followed by its <dd> definition, stays however linked: a reference entry names what it defines")

// flushTerm ends the paragraph of the term dt. API references list
// their properties, methods and events as <dt> terms that link to the
// member's own page ("WebSocket.send()"), each explained by the <dd>
// after it: a term is the entry's name, not a link line, and reads
// wrong without its definition's subject. A term is code or a few
// words: a list of linked headlines over blurbs set as <dl> is a rail
// of teasers.
func (b *builder) flushTerm(dt *html.Node) {
	if len(b.spans) == 0 || !b.on(ruleDefTerm) || !term(b.spans) || !defined(dt) {
		b.flush()
		return
	}
	if b.on(ruleLinkLine) && linkDensity(b.spans) > b.o.MaxLinkDensity {
		b.o.Trace.KeepNode(ruleDefTerm, dt, "would be "+ruleLinkLine)
	}
	max := b.o.MaxLinkDensity
	b.o.MaxLinkDensity = 2 // no share of linked text is over it
	b.flush()
	b.o.MaxLinkDensity = max
}

// term reports spans that name an entry: code, or at most three words.
func term(spans []article.Span) bool {
	words := 0
	for _, s := range spans {
		if s.Code && strings.TrimSpace(s.Text) != "" {
			return true
		}
		words += len(strings.Fields(s.Text))
	}
	return words <= 3
}

// defined reports whether a definition with text follows dt.
func defined(dt *html.Node) bool {
	for s := dt.NextSibling; s != nil; s = s.NextSibling {
		if s.Type != html.ElementNode {
			continue
		}
		budget := 64
		return s.DataAtom == atom.Dd && hasText(s, &budget)
	}
	return false
}
