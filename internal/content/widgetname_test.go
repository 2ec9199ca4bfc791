package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/rules"
)

func TestWidgetContentName(t *testing.T) {
	post := `<div class="post"><h3 id="h">Motion</h3><div class="entry">` + para("POSTMARK") + `</div></div>`
	profile := `<div class="widget"><div class="widget-content">` + para("PROFILEMARK") + `<p>Prior to founding the blog I held analyst positions at three firms, wrote a newsletter, and taught.</p></div></div>`
	for _, tc := range []struct {
		name string
		off  bool
		want string
	}{
		{name: "a widget's content name earns nothing", want: "POSTMARK"},
		{name: "rule off", off: true, want: "PROFILEMARK"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var off map[string]bool
			if tc.off {
				off = map[string]bool{"widget-content-name": true}
			}
			doc := parse(t, `<html><body>`+post+profile+`</body></html>`)
			sel := content.Select(body(doc), content.Options{Params: content.Balanced, Trace: rules.NewTrace(off, false)})
			if got := textOf(sel.Nodes); !strings.Contains(got, tc.want) {
				t.Errorf("selection misses %s: %q", tc.want, got)
			}
		})
	}
}
