package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/blocks"
)

// Verbatim (the user's --keep) turns off every filter that judges text
// as furniture: each case is dropped without it and kept with it.
func TestVerbatim(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"link-dense paragraph", `<p><a href="/a">Tides</a> <a href="/b">Ferries</a> and</p>`, "Tides Ferries and"},
		{"link list", `<ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li><li><a href="/3">Three</a></li></ul>`, "One\nTwo\nThree"},
		{"boilerplate heading and its section", `<h2>Related stories</h2><p>A teaser paragraph under it.</p>`, "Related stories\n\nA teaser paragraph under it."},
		{"repeated short paragraph", `<p>Short line.</p><p>Short line.</p>`, "Short line.\n\nShort line."},
		{"pull quote", `<p>The wall has held through every storm this winter, said the harbour master.</p><blockquote>The wall has held through every storm this winter</blockquote>`,
			"The wall has held through every storm this winter, said the harbour master.\n\nThe wall has held through every storm this winter"},
		{"trailing heading", `<p>Body text here.</p><h2>More</h2>`, "Body text here.\n\nMore"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			auto := plain(build(t, tc.src, blocks.Options{}))
			kept := plain(build(t, tc.src, blocks.Options{Verbatim: true}))
			if kept != tc.want {
				t.Errorf("verbatim:\n%q\nwant\n%q", kept, tc.want)
			}
			if auto == kept {
				t.Errorf("the automatic build keeps it too (%q): the case tests nothing", auto)
			}
			if !strings.Contains(kept, auto) && auto != "" {
				t.Errorf("verbatim lost text the automatic build keeps: %q", auto)
			}
		})
	}
}
