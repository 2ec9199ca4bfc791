package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
)

// cards is a run of n teaser cards: a linked headline over a blurb.
func cards(mark string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(`<div class="card"><a href="/s"><h3>` + mark + ` Council opens a new library</h3></a><p>Readers queued from dawn for the doors to open.</p></div>`)
	}
	return b.String()
}

func TestSelectListing(t *testing.T) {
	cases := []struct {
		name, page string
		listing    bool
		want, not  []string
	}{
		{
			name:    "category page: an intro over a feed",
			page:    `<main><h1>Libraries</h1><p class="intro">INTRO Every story about the town's libraries.</p><div class="feed">` + cards("ITEM", 8) + `</div></main>`,
			listing: true,
			want:    []string{"ITEM"},
		},
		{
			name:    "the selection is one item of the feed",
			page:    `<main><h1>Libraries</h1><div class="feed">` + cards("ITEM", 6) + `<div class="card"><a href="/s"><h3>Council opens a new library</h3></a><p>FEATURED Readers queued from dawn, with flasks, chairs and books, for the doors to open.</p></div></div></main>`,
			listing: true,
			want:    []string{"FEATURED", "ITEM"},
		},
		{
			// A tenth of the text in links: the headlines make it a listing.
			name:    "linked headlines over long blurbs",
			page:    `<main><h1>Libraries</h1><div class="feed">` + strings.Repeat(`<div class="card"><h3><a href="/s">LONGITEM A new library</a></h3><p>Readers queued from dawn for the doors to open, with flasks and folding chairs, and the books they had borrowed from the old branch.</p></div>`, 6) + `</div></main>`,
			listing: true,
			want:    []string{"LONGITEM"},
		},
		{
			// A category's subcategories and its pages, each a run under
			// its heading: the listing is both.
			name: "two runs under their headings",
			page: `<main><div class="head"><h1>Libraries</h1><p>INTRO Every library in the town, and every story about them.</p></div><div class="lists"><h2>Branches</h2><ul class="a">` +
				strings.Repeat(`<li><a href="/b">BRANCHITEM Square</a></li>`, 30) + `</ul><h2>Stories</h2><ul class="b">` +
				strings.Repeat(`<li><a href="/s">STORYITEM Opening</a></li>`, 32) + `</ul></div></main>`,
			listing: true,
			want:    []string{"INTRO", "BRANCHITEM", "STORYITEM"},
		},
		{
			// Sections of cards, and between them short notes: the notes
			// are the listing's labels, not prose beside it.
			name: "sections of cards with short notes between",
			page: `<main><h1>Libraries</h1><div class="sections">` + strings.Repeat(`<section class="s"><h2><a href="/b">SECTIONMARK Branches</a></h2><ul>`+
				strings.Repeat(`<li><a href="/s">Council opens a new library</a> Readers queued from dawn.</li>`, 5)+`</ul></section>`+
				`<p class="note">Opening hours change in the summer, and the mobile library visits the villages on Tuesdays and Fridays, weather allowing.</p>`, 10) + `</div></main>`,
			listing: true,
			want:    []string{"SECTIONMARK"},
		},
		{
			name:    "an article with a rail of teasers",
			page:    `<div id="story"><h1>Library opens</h1>` + para("BODY1") + para("BODY2") + para("BODY3") + `</div><div class="more">` + cards("RAIL", 8) + `</div>`,
			listing: false,
			want:    []string{"BODY1", "BODY3"},
			not:     []string{"RAIL"},
		},
		{
			name:    "a thread of posts is not a listing (its text is not in links)",
			page:    `<div class="thread">` + strings.Repeat(`<div class="post"><a href="/u">ann</a>`+para("POST")+`</div>`, 4) + `</div>`,
			listing: false,
			want:    []string{"POST"},
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			sel := content.Select(body(parse(t, `<html><body>`+tc.page+`</body></html>`)), content.Options{Params: content.Balanced})
			if sel.Listing != tc.listing {
				t.Errorf("Listing = %v, want %v", sel.Listing, tc.listing)
			}
			got := textOf(sel.Nodes)
			for _, w := range tc.want {
				if !strings.Contains(got, w) {
					t.Errorf("selection misses %s: %q", w, got)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(got, w) {
					t.Errorf("selection holds %s: %q", w, got)
				}
			}
		})
	}
}
