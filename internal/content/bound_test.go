package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/rules"
)

// TestHeadlineBoundBefore: a post of two lines under its headline, with
// a blog's profile set before it in the same wrapper. The text mass
// widens to the wrapper; the widening stops at the post when the prose
// it would add stands before the headline, unless that prose is earlier
// blocks of the post's own kind (a thread's posts).
func TestHeadlineBoundBefore(t *testing.T) {
	const post = `<h2 id="h">Food sculptures</h2><div class="body"><p>POSTMARK Repurposing food as art is creative, fun, bold, new, and a joy to see, again and again.</p></div>`
	profile := `<div class="profile"><p>PROFILEMARK I live and learn and teach and here I share and celebrate creativity of mine and of others every day of the week.</p><p>` + strings.Repeat("More about me and my blogs and my books and my talks ", 4) + `</p></div>`
	for _, tc := range []struct {
		name, page string
		off        bool
		want, not  string
	}{
		{name: "profile before a short post", page: `<div id="content">` + profile + `<div class="entry">` + post + `</div></div>`, want: "POSTMARK", not: "PROFILEMARK"},
		{name: "rule off", page: `<div id="content">` + profile + `<div class="entry">` + post + `</div></div>`, off: true, want: "PROFILEMARK"},
		{
			name: "earlier posts of the same kind",
			page: `<div id="content"><div class="entry first">` + strings.ReplaceAll(profile, "profile", "x") + `</div><div class="entry">` + post + `</div></div>`,
			want: "PROFILEMARK",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, `<html><body>`+tc.page+`</body></html>`)
			var off map[string]bool
			if tc.off {
				off = map[string]bool{"headline-bound-before": true}
			}
			sel := content.Select(body(doc), content.Options{Params: content.Balanced, Headline: byID(t, doc, "h"), Trace: rules.NewTrace(off, false)})
			got := textOf(sel.Nodes)
			if !strings.Contains(got, tc.want) {
				t.Errorf("selection misses %s: %q", tc.want, got)
			}
			if tc.not != "" && strings.Contains(got, tc.not) {
				t.Errorf("selection holds %s: %q", tc.not, got)
			}
		})
	}
}
