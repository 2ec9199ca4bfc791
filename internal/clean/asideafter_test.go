package clean_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/rules"
)

func TestAsideAfterArticle(t *testing.T) {
	short := `<p>POSTMARK The harbour was quiet this morning, and the boats stayed in, waiting for the wind to drop before the evening tide.</p>`
	widgets := `<div><h4>About us</h4><p>` + prose(6) + `</p></div><div><h4>Good books</h4><p>` + prose(6) + `</p></div>`
	runCleanCases(t, []cleanCase{
		{name: "an aside under a short post", page: thread(short, `<aside><p>ASIDEMARK</p>`+widgets+`</aside>`), keep: []string{"POSTMARK"}, drop: []string{"ASIDEMARK"}},
		{name: "a sidebar under a short post", page: thread(short, `<div class="sidebar"><p>ASIDEMARK</p>`+widgets+`</div>`), keep: []string{"POSTMARK"}, drop: []string{"ASIDEMARK"}},
		{
			// Nothing lies between the headline and the region: it is the
			// article, whatever its markup says.
			name: "article in a wrapper named sidebar",
			page: thread("", `<div class="with-sidebar"><p>WRAPPED `+prose(10)+`</p></div>`),
			keep: []string{"WRAPPED"},
		},
		{
			name: "aside before the headline",
			page: `<html><head><title>Quiet harbour</title></head><body><aside><p>BEFOREMARK ` + prose(10) + `</p></aside><div class="post"><h1>Quiet harbour</h1>` + short + `</div></body></html>`,
			keep: []string{"BEFOREMARK"},
		},
	}, clean.Options{Title: "Quiet harbour"})
}

func TestAsideAfterArticleOff(t *testing.T) {
	page := thread(`<p>The harbour was quiet this morning, and the boats stayed in, waiting for the wind to drop before the evening tide.</p>`,
		`<aside><p>ASIDEMARK `+prose(6)+`</p><p>`+prose(6)+`</p></aside>`)
	doc := parse(t, page)
	clean.Clean(doc, clean.Options{Title: "Quiet harbour", Trace: rules.NewTrace(map[string]bool{"aside-after-article": true}, false)})
	if !strings.Contains(allText(doc), "ASIDEMARK") {
		t.Error("with the rule off, large-region no longer keeps the aside: the test does not show the rule")
	}
}
