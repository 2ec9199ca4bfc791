package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/rules"
)

// TestLinkedSentence: a sentence around a long anchor stays; link lines
// without a sentence around them still go.
func TestLinkedSentence(t *testing.T) {
	cases := []struct {
		name string
		src  string
		off  bool
		keep bool
	}{
		{name: "see also sentence", src: `<p>MARK See <a href="/errors">Handling Application Errors and their pages</a> for more.</p>`, keep: true},
		{name: "no capital", src: `<p>for more, see <a href="/storage">MARK Overview of BigQuery storage and tables</a>.</p>`},
		{name: "capital, full stop", src: `<p>For MARK see <a href="/storage">Overview of BigQuery storage and its tables</a>.</p>`, keep: true},
		{name: "rule off", off: true, src: `<p>MARK See <a href="/errors">Handling Application Errors and their pages</a> for more.</p>`},
		{name: "bare title", src: `<p><a href="/tour">MARK Take the tour of the product</a></p>`},
		{name: "call to action", src: `<p>MARK Click <a href="/bet">here to bet on football with us</a> now!</p>`},
		{name: "related posts", src: `<p>MARK Related: <a href="/a">One story</a>, <a href="/b">Another story</a>, <a href="/c">A third one</a>.</p>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var o blocks.Options
			if tc.off {
				o.Trace = rules.NewTrace(map[string]bool{"linked-sentence": true}, false)
			}
			got := plain(build(t, tc.src, o))
			if kept := strings.Contains(got, "MARK"); kept != tc.keep {
				t.Errorf("kept = %v, want %v; text: %q", kept, tc.keep, got)
			}
		})
	}
}
