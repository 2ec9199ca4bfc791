package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

// TestPruneCodeBlockWhole: a highlighter's line boxes inside <pre> are
// the code, never near-empty boxes.
func TestPruneCodeBlockWhole(t *testing.T) {
	code := `<pre><div><div><span>import</span> os</div><div>)</div><div><span>print</span>(msg.body)</div></div></pre>`
	cases := []struct {
		name string
		off  bool
		want []string
		gone []string
	}{
		{name: "line boxes kept", want: []string{"import", ")", "print"}},
		{name: "rule off", off: true, gone: []string{"import"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, `<html><body><div id="sel">`+para("P1")+code+para("P2")+`</div></body></html>`)
			sel := byID(t, doc, "sel")
			var tr *rules.Trace
			if tc.off {
				tr = rules.NewTrace(map[string]bool{"code-block-whole": true}, false)
			}
			content.Prune([]*html.Node{sel}, 0.5, tr)
			got := dom.Text(sel)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("%q was pruned: %q", w, got)
				}
			}
			for _, w := range tc.gone {
				if strings.Contains(got, w) {
					t.Errorf("%q stayed with the rule off: %q", w, got)
				}
			}
		})
	}
}
