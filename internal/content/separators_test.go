package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/rules"
)

// linkLine is a footer paragraph of n linked titles written out in one
// line, each followed by a semicolon.
func linkLine(n int) string {
	var b strings.Builder
	b.WriteString(`<p>FOOTERMARK The Daily News, a division of the Media Group, 1601 Water Street, Halifax.</p><p>Our titles: `)
	for i := 0; i < n; i++ {
		b.WriteString(`<a href="/t">The County Herald</a>; `)
	}
	return b.String() + `</p>`
}

func TestSeparatorsNotClauses(t *testing.T) {
	story := `<div id="story">` + para("STORY1") + `</div>`
	for _, tc := range []struct {
		name, src, want string
		off             bool
	}{
		{name: "a footer's line of titles", src: story + `<div id="foot">` + para("FOOTPROSE") + linkLine(40) + `</div>`, want: "STORY1"},
		{name: "rule off: the line's semicolons win", src: story + `<div id="foot">` + para("FOOTPROSE") + linkLine(40) + `</div>`, want: "FOOTERMARK", off: true},
		{name: "a few separators still count", src: story + `<div id="foot">` + linkLine(4) + para("PROSE") + `</div>`, want: "FOOTERMARK"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var off map[string]bool
			if tc.off {
				off = map[string]bool{"separators-not-clauses": true}
			}
			sel := content.Select(body(parse(t, `<html><body>`+tc.src+`</body></html>`)), content.Options{Params: content.Balanced, Trace: rules.NewTrace(off, false)})
			if got := textOf(sel.Nodes); !strings.Contains(got, tc.want) {
				t.Errorf("selection misses %s: %q", tc.want, got)
			}
		})
	}
}
