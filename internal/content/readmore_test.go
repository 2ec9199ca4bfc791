package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/rules"
)

// TestSiblingNotCards: beside the story, a box of the site's other
// stories, each a heading over a blurb and a "Read more..." link,
// scores like prose and joined the story as a sibling.
func TestSiblingNotCards(t *testing.T) {
	teasers := `<div class="more-content"><ul>` + strings.Repeat(`<li><h3>TEASERMARK Nintendo to celebrate the launch</h3><p>First consoles go on sale in New York, at midnight, with a launch event. <a href="/n">Read more...</a></p><p>2012-11-09</p></li>`, 5) + `</ul></div>`
	page := `<html><body><div id="wrap"><div id="story">` + para("S1") + strings.Repeat(para("S"), 7) + `</div>` + teasers + `</div></body></html>`
	for _, tc := range []struct {
		name string
		off  bool
		want bool
	}{
		{name: "cards stay out", want: false},
		{name: "rule off", off: true, want: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var off map[string]bool
			if tc.off {
				off = map[string]bool{"sibling-not-cards": true}
			}
			sel := content.Select(body(parse(t, page)), content.Options{Params: content.Balanced, Trace: rules.NewTrace(off, false)})
			got := textOf(sel.Nodes)
			if !strings.Contains(got, "S1") {
				t.Fatalf("selection misses the story: %q", got)
			}
			if strings.Contains(got, "TEASERMARK") != tc.want {
				t.Errorf("teasers in the selection = %v, want %v", !tc.want, tc.want)
			}
		})
	}
}
