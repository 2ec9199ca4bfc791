package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

// TestPruneGridCell: the cells of a table built of boxes stay; a short
// box elsewhere, and cells of too few or unlike rows, still go.
func TestPruneGridCell(t *testing.T) {
	row := func(name, price string) string {
		return `<div class="price-row"><div class="item">` + name + `</div><div class="price">` + price + `</div></div>`
	}
	table := `<div class="prices">` + row("MARK Oil change", "$75") + row("Tyre rotation", "$35") + row("Coolant flush", "$373") + `</div>`
	cases := []struct {
		name string
		box  string
		off  bool
		keep bool
	}{
		{name: "price list", box: table, keep: true},
		{name: "rule off", box: table, off: true},
		{name: "two rows", box: `<div class="prices">` + row("MARK Oil change", "$75") + row("Tyre rotation", "$35") + `</div>`},
		{name: "unlike rows", box: `<div>` + row("MARK Oil change", "$75") + `<div class="promo"><div>Sale</div><div>now</div></div><div class="x"><div>a</div><div>b</div></div></div>`},
		{name: "lone short box", box: `<div>MARK 3 min</div>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, `<html><body><div id="sel">`+para("P1")+tc.box+para("P2")+`</div></body></html>`)
			sel := byID(t, doc, "sel")
			var tr *rules.Trace
			if tc.off {
				tr = rules.NewTrace(map[string]bool{"grid-cell": true}, false)
			}
			content.Prune([]*html.Node{sel}, 0.5, tr)
			if kept := strings.Contains(dom.Text(sel), "MARK"); kept != tc.keep {
				t.Errorf("kept = %v, want %v: %q", kept, tc.keep, dom.Text(sel))
			}
		})
	}
}

// TestSelectTableWrapper: a data table that wins takes the text beside
// its box along; with the rule off the table stands alone.
func TestSelectTableWrapper(t *testing.T) {
	var rows strings.Builder
	for i := 0; i < 12; i++ {
		rows.WriteString("<tr><td>Sep 6</td><td>Lecture on sampling, with notes, slides, and a long reading list of papers</td><td>notes, slides, scribe notes</td></tr>")
	}
	src := `<html><body><div id="content"><div><h2>Course details</h2><p>INTRO This is a graduate-level class on algorithms in machine learning, and data science more broadly.</p></div>` +
		`<div><h4>Lectures</h4><table><tr><th>Date</th><th>Topic</th><th>Notes</th></tr>` + rows.String() + `</table></div></div>` +
		`<div id="footer">Template</div></body></html>`
	for _, off := range []bool{false, true} {
		var tr *rules.Trace
		if off {
			tr = rules.NewTrace(map[string]bool{"table-wrapper": true}, false)
		}
		sel := content.Select(body(parse(t, src)), content.Options{Params: content.Balanced, Trace: tr})
		if got := textOf(sel.Nodes); strings.Contains(got, "INTRO") == off {
			t.Errorf("rule off = %v: the text beside the table joined = %v; selection: %q", off, !off, got)
		}
	}
}
