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

// TestSectionLabel: a label repeated under another heading stays; a
// repeat in the same section, a linked line and a sentence do not.
func TestSectionLabel(t *testing.T) {
	cases := []struct {
		name  string
		src   string
		off   bool
		count int // how many times "Best fit" is in the text
	}{
		{name: "label per section", src: `<h2>First tool</h2><p>Best fit</p><p>Fast and cheap.</p><h2>Second tool</h2><p>Best fit</p><p>Easy to learn.</p>`, count: 2},
		{name: "rule off", off: true, src: `<h2>First tool</h2><p>Best fit</p><p>Fast and cheap.</p><h2>Second tool</h2><p>Best fit</p><p>Easy to learn.</p>`, count: 1},
		{name: "same section", src: `<h2>First tool</h2><p>Best fit</p><p>Fast and cheap.</p><p>Best fit</p>`, count: 1},
		{name: "linked", src: `<h2>First tool</h2><p><a href="#top">Best fit</a></p><h2>Second tool</h2><p><a href="#top">Best fit</a></p>`, count: 1},
		{name: "field", src: `<h2>First</h2><p>Team size: 51 to 200 people, Best fit</p><h2>Second</h2><p>Team size: 51 to 200 people, Best fit</p>`, count: 2},
		{name: "long line", src: `<h2>First</h2><p>This review is posted in Mobile App Reviews, Best fit</p><h2>Second</h2><p>This review is posted in Mobile App Reviews, Best fit</p>`, count: 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var o blocks.Options
			if tc.off {
				o.Trace = rules.NewTrace(map[string]bool{"section-label": true}, false)
			}
			got := plain(build(t, tc.src, o))
			if n := strings.Count(got, "Best fit"); n != tc.count {
				t.Errorf("%q shown %d times, want %d; text: %q", "Best fit", n, tc.count, got)
			}
		})
	}
}
