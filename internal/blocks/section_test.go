package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/rules"
)

// TestProseUnderHeading: a "More about …" heading over paragraphs of
// prose opens a section of the text; over teasers, or as a bare
// furniture heading, it opens furniture.
func TestProseUnderHeading(t *testing.T) {
	p := "<p>MARK All form classes are created as subclasses of a base class, which builds the fields and their widgets from the declarations.</p>"
	q := "<p>In fact if your form is going to edit a model, a model form can save you a great deal of time, effort and code, because it builds the form for you.</p>"
	cases := []struct {
		name string
		src  string
		off  bool
		keep bool
	}{
		{name: "section of prose", src: `<h2>More about Django form classes</h2>` + p + q, keep: true},
		{name: "rule off", off: true, src: `<h2>More about Django form classes</h2>` + p + q},
		{name: "teaser cards", src: `<h2>Related articles that may interest you</h2><div><h3>Getting into a program</h3>` + p + `</div><div><h3>Ten best colleges</h3>` + q + `</div>`},
		{name: "bare comments", src: `<h2>Comments</h2>` + p + q},
		{name: "newsletter pitch", src: `<h3>Sign up for the newsletter</h3>` + p + q},
		{name: "one paragraph", src: `<h2>More about Django form classes</h2>` + p},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var o blocks.Options
			if tc.off {
				o.Trace = rules.NewTrace(map[string]bool{"prose-under-heading": true}, false)
			}
			got := plain(build(t, tc.src, o))
			if kept := strings.Contains(got, "MARK"); kept != tc.keep {
				t.Errorf("kept = %v, want %v; text: %q", kept, tc.keep, got)
			}
		})
	}
}
