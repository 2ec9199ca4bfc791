package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/blocks"
)

// On a listing, "Latest" heads the items the page lists, not a rail.
func TestListingKeepsSectionHeadings(t *testing.T) {
	src := `<h2>Latest</h2><ul><li><a href="/a">FIRSTITEM Ferry back by May</a></li><li><a href="/b">Quay reopens</a></li></ul>`
	for _, tc := range []struct {
		name    string
		listing bool
		want    bool
	}{
		{"article", false, false},
		{"listing", true, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := plain(build(t, src, blocks.Options{Listing: tc.listing, MaxLinkDensity: 2}))
			if strings.Contains(got, "FIRSTITEM") != tc.want {
				t.Errorf("Listing=%v: text %q", tc.listing, got)
			}
		})
	}
}
