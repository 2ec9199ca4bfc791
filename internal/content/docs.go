package content

import (
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleCodeWhole = rules.Register(rules.Prune, "code-block-whole",
	"a <pre> code block is judged whole: the boxes some highlighters make of its lines are never pruned one by one")

// codeWhole reports a code block whose parts pruning must not judge:
// highlighters set each line of a <pre> in a <div> of its own ("import
// os", ")"), and each such line reads as a box with almost no text.
// The block as a whole is kept by the rule that keeps boxes holding
// code.
func codeWhole(n *html.Node, t *rules.Trace) bool {
	if n.DataAtom != atom.Pre || !t.On(ruleCodeWhole) {
		return false
	}
	if t.Explaining() && dom.Find(n, func(x *html.Node) bool { return x != n && x.Type == html.ElementNode && !dom.IsInline(x) }) != nil {
		t.KeepNode(ruleCodeWhole, n, "lines set in boxes")
	}
	return true
}
