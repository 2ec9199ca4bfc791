package clean_test

import (
	"testing"

	"github.com/pith-org/pith/internal/clean"
)

func TestReadDiscussion(t *testing.T) {
	const post = `<div class="comment"><p>` + "I have the same problem, and a restart did not help." + `</p></div>`
	cases := []struct {
		name, page string
		want       clean.Discussion
	}{
		{"article", `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script></head><body><article><p>text</p></article></body></html>`, clean.NoDiscussion},
		{"word in a string only", `<html><head><script type="application/ld+json">{"@type":"NewsArticle","about":"QAPage"}</script></head><body>` + post + `</body></html>`, clean.NoDiscussion},
		{"json-ld forum posting", `<html><head><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"x"}</script></head><body>` + post + `</body></html>`, clean.UnmarkedPosts},
		{"json-ld graph", `<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":"QAPage"}]}</script></head><body>` + post + `</body></html>`, clean.UnmarkedPosts},
		{"microdata", `<html><body><div itemscope itemtype="https://schema.org/DiscussionForumPosting">` + post + `</div></body></html>`, clean.UnmarkedPosts},
		{"posts mark their text", `<html><body><div itemscope itemtype="https://schema.org/QAPage"><div itemprop="text"><p>Why?</p></div>` + post + `</div></body></html>`, clean.MarkedPosts},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := clean.ReadDiscussion(parse(t, tc.page)); got != tc.want {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
