package clean_test

import (
	"testing"

	"github.com/pith-org/pith/internal/clean"
)

func TestLongBylineKept(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{name: "a byline", page: page(`<p><span class="byline-author">BYLINEMARK Posted by Jo Smith, Product Manager</span></p>`), drop: []string{"BYLINEMARK"}},
		{name: "paragraphs in a byline's style", page: page(`<p><span class="byline-author">PASTEDMARK ` + prose(4) + `</span></p>`), keep: []string{"PASTEDMARK"}},
		{name: "an author's box with a long bio", page: page(`<div class="byline">BIOMARK ` + prose(4) + `</div>`), drop: []string{"BIOMARK"}},
	}, clean.Options{})
}
