package clean_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/rules"
)

// thread is a page with a short post under its headline and a comment
// thread, named as such, that outweighs the post.
func thread(post, comments string) string {
	return `<!DOCTYPE html><html><head><title>Quiet harbour</title></head><body>` +
		`<div class="post"><h1>Quiet harbour</h1>` + post + `</div>` + comments + `</body></html>`
}

func TestCommentsAfterArticle(t *testing.T) {
	long := `<div id="comments"><div><p>THREADMARK ` + prose(6) + `</p></div><div><p>` + prose(6) + `</p></div></div>`
	short := `<p>POSTMARK The harbour was quiet this morning, and the boats stayed in, waiting for the wind to drop before the evening tide.`
	runCleanCases(t, []cleanCase{
		{name: "long thread under a short post", page: thread(short, long), keep: []string{"POSTMARK"}, drop: []string{"THREADMARK"}},
		{
			// Nothing lies between the headline and the region: it is the
			// article, whatever its name says.
			name: "article in a wrapper named comments",
			page: thread("", `<div class="comments-enabled"><p>WRAPPED `+prose(10)+`</p></div>`),
			keep: []string{"WRAPPED"},
		},
		{
			name: "headline inside the region",
			page: `<html><head><title>Quiet harbour</title></head><body><div id="comments"><h1>Quiet harbour</h1><p>INSIDE ` + prose(10) + `</p></div></body></html>`,
			keep: []string{"INSIDE"},
		},
		{
			// A thread before the headline is not after the article;
			// large-region judges it as before.
			name: "thread before the headline",
			page: `<html><head><title>Quiet harbour</title></head><body><div id="comments"><p>BEFOREMARK ` + prose(10) + `</p></div><div class="post"><h1>Quiet harbour</h1>` + short + `</div></body></html>`,
			keep: []string{"BEFOREMARK"},
		},
	}, clean.Options{Title: "Quiet harbour"})
}

func TestCommentsAfterArticleOff(t *testing.T) {
	long := `<div id="comments"><div><p>THREADMARK ` + prose(6) + `</p></div><div><p>` + prose(6) + `</p></div></div>`
	doc := parse(t, thread(`<p>The harbour was quiet this morning, and the boats stayed in, waiting for the wind to drop before the evening tide.`, long))
	clean.Clean(doc, clean.Options{Title: "Quiet harbour", Trace: rules.NewTrace(map[string]bool{"comments-after-article": true}, false)})
	if !strings.Contains(allText(doc), "THREADMARK") {
		t.Error("with the rule off, large-region no longer keeps the thread: the test does not show the rule")
	}
}
