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

func TestCommentLabelThread(t *testing.T) {
	post := `<p>The harbour was quiet this morning, and the boats stayed in, waiting for the wind to drop before the evening tide came in.</p>`
	comments := `<p class="story">COMMENTMARK I grew up by that harbour, and it was never quiet.</p><p class="story">SECONDMARK Nor in my day.</p>`
	runCleanCases(t, []cleanCase{
		{
			name: "label then comments as siblings",
			page: thread(post+`<div class="hd">Comments</div>`+comments, `<p>AFTERPOST other part of the page</p>`),
			keep: []string{"The harbour was quiet", "AFTERPOST"}, drop: []string{"Comments", "COMMENTMARK", "SECONDMARK"},
		},
		{name: "a count as the label", page: thread(post+`<div>3 comments</div>`+comments, ""), drop: []string{"COMMENTMARK"}},
		{
			// Before the post, a count of comments is a byline's link or
			// label, not the thread's heading.
			name: "label before the post",
			page: thread(`<div>3 comments</div>`+post+comments, ""),
			keep: []string{"The harbour was quiet", "COMMENTMARK"},
		},
		{name: "a sentence about comments", page: thread(post+`<p>Comments welcome!</p>`+comments, ""), keep: []string{"COMMENTMARK"}},
		{name: "a linked prompt", page: thread(post+`<div><a href="#c">Comments</a></div>`+comments, ""), keep: []string{"COMMENTMARK"}},
		{name: "a heading is the block builder's", page: thread(post+`<h2>Comments</h2>`+comments, ""), keep: []string{"COMMENTMARK"}},
	}, clean.Options{Title: "Quiet harbour"})
	runCleanCases(t, []cleanCase{
		{name: "a discussion's posts", page: thread(post+`<div>Comments</div>`+comments, ""), keep: []string{"COMMENTMARK"}},
	}, clean.Options{Title: "Quiet harbour", Discussion: clean.UnmarkedPosts})
}
