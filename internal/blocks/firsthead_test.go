package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/rules"
)

func TestFurnitureHeadingFirst(t *testing.T) {
	const story = `<p>STORYMARK Microsoft has affirmed its commitment to shipping the browser with the flag on by default, and advertisers, who had hoped for a later date, are not pleased.</p>`
	for _, tc := range []struct {
		name, src string
		off       bool
		want, not string
	}{
		{name: "a share heading over the story", src: `<h3>Share this article</h3>` + story, want: "STORYMARK", not: "Share this"},
		{name: "rule off: the story goes as its section", src: `<h3>Share this article</h3>` + story, off: true, not: "STORYMARK"},
		{name: "a rail's links before the story go", src: `<h3>Latest</h3><p><a href="/a">RAILMARK Ferry back by May</a></p>` + story, want: "STORYMARK", not: "RAILMARK"},
		{name: "after the body the section goes", src: story + `<h3>Related stories</h3><p>RELATEDMARK Another story, in a line.</p>`, want: "STORYMARK", not: "RELATEDMARK"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var off map[string]bool
			if tc.off {
				off = map[string]bool{"furniture-heading-first": true}
			}
			got := plain(build(t, tc.src, blocks.Options{Trace: rules.NewTrace(off, false)}))
			if tc.want != "" && !strings.Contains(got, tc.want) {
				t.Errorf("missing %s: %q", tc.want, got)
			}
			if strings.Contains(got, tc.not) {
				t.Errorf("holds %s: %q", tc.not, got)
			}
		})
	}
}
