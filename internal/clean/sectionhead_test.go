package clean_test

import (
	"testing"

	"github.com/pith-org/pith/internal/clean"
)

func TestFurnitureHeadingLeft(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{name: "comments heading", page: page(`<h2 id="comments">Comments</h2><p>A reader's note.</p>`), keep: []string{"Comments"}},
		{name: "related heading", page: page(`<h3 class="related-title">Related posts</h3>`), keep: []string{"Related posts"}},
		{name: "comment count heading", page: page(`<h2 class="comments">12 Responses</h2>`), keep: []string{"12 Responses"}},
		{
			// A heading named as furniture whose text does not say so is
			// judged by its name as before.
			name: "named heading with a headline's text",
			page: page(`<h2 class="related">CUSTOMHEAD the ferry dispute</h2>`), drop: []string{"CUSTOMHEAD"},
		},
		{name: "a box around the heading alone", page: page(`<div class="commentform"><h2>Comments</h2></div>`), keep: []string{"Comments"}},
		{name: "a box, not a heading", page: page(`<div id="comments">Comments</div>`), drop: []string{"Comments"}},
		{name: "a box with more than its heading", page: page(`<div id="comments"><h2>Comments</h2><p>BOXTEXT a reader's note.</p></div>`), drop: []string{"BOXTEXT"}},
	}, clean.Options{})
}
