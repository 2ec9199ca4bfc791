package clean_test

import (
	"testing"

	"github.com/pith-org/pith/internal/clean"
)

// column is a page whose headline block is followed by a region with
// the given opening tag: the story's own column, or a sidebar.
func column(open, close, between string) string {
	return `<!DOCTYPE html><html><head><title>Quiet harbour</title></head><body><div class="main">` +
		`<div class="head"><h1>Quiet harbour</h1>` + between + `</div>` +
		open + `<p>COLUMNMARK ` + prose(5) + `</p>` + close +
		`</div><div class="other"><p>` + prose(8) + `</p></div></body></html>`
}

func TestHeadlineFollower(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{name: "story column named as a rail", page: column(`<div id="leftRail">`, `</div>`, ""), keep: []string{"COLUMNMARK"}},
		{name: "story set in an aside", page: column(`<aside>`, `</aside>`, `<p class="by">By Jo Smith</p>`), keep: []string{"COLUMNMARK"}},
		{
			// A post's prose stands between the headline and the
			// sidebar: the sidebar is what it says.
			name: "sidebar after the post",
			page: column(`<div class="sidebar">`, `</div>`, `<p>`+prose(2)+`</p>`),
			drop: []string{"COLUMNMARK"},
		},
		{
			// A byline box right under the headline is a byline box.
			name: "not a column's name",
			page: column(`<div class="byline">`, `</div>`, ""),
			drop: []string{"COLUMNMARK"},
		},
		{
			name: "a sidebar of links",
			page: column(`<div class="sidebar">`, `<a href="/1">`+prose(3)+`</a><a href="/2">`+prose(3)+`</a></div>`, ""),
			drop: []string{"COLUMNMARK"},
		},
		{
			name: "far from the headline in the layout",
			page: `<html><head><title>Quiet harbour</title></head><body><div><div><div><div><h1>Quiet harbour</h1></div></div></div>` +
				`<div class="sidebar"><p>FARMARK ` + prose(5) + `</p></div><p>` + prose(8) + `</p></div></body></html>`,
			drop: []string{"FARMARK"},
		},
	}, clean.Options{Title: "Quiet harbour"})
}

func TestHeadlineHolderAside(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			name: "aside holding the headline over prose",
			page: `<html><head><title>Quiet harbour</title></head><body><aside class="blogPost"><h1>Quiet harbour</h1><p>ASIDESTORY ` + prose(5) + `</p></aside><aside><p>SIDEMARK the box beside.</p></aside></body></html>`,
			keep: []string{"ASIDESTORY"}, drop: []string{"SIDEMARK"},
		},
	}, clean.Options{Title: "Quiet harbour"})
}
