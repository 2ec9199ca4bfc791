package extract

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
)

var ruleDeclaredDek = rules.Register(rules.Fallback, "declared-body-dek",
	"the standfirst shown under the headline, the page's own description, stays first when the JSON-LD articleBody replaces the selection")

// declaredDek returns the standfirst of the selection a declared body
// replaces: a paragraph of the selection that is the page's description
// (the summary the publisher wrote, set on the page under the headline)
// and that the declared body leaves out. A publisher's articleBody often
// holds the running text alone, and the selection it replaces — short
// on a page that shows the rest to subscribers only — has the
// standfirst the reader sees first.
func declaredDek(p *page, body string) []article.Block {
	desc := dom.CollapseSpace(p.meta.Description)
	if len([]rune(desc)) < 60 || !p.trace.On(ruleDeclaredDek) {
		return nil
	}
	body = dom.CollapseSpace(body)
	key := strings.TrimRight(desc, ".… ")
	for _, bl := range p.art.Blocks {
		if bl.Kind != article.Paragraph {
			continue
		}
		t := dom.CollapseSpace(bl.Text)
		if !strings.HasPrefix(t, key) || strings.Contains(body, key) {
			continue
		}
		p.trace.Keep(ruleDeclaredDek, quoteStart(t), "")
		return []article.Block{bl}
	}
	return nil
}

// quoteStart is the opening of a text kept, for --explain.
func quoteStart(t string) string {
	if r := []rune(t); len(r) > 60 {
		t = string(r[:60]) + "…"
	}
	return "“" + t + "”"
}
