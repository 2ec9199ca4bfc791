package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/jsonld"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleDiscussionPosts = rules.Register(rules.Clean, "discussion-posts",
	"on a page declared a discussion (schema.org DiscussionForumPosting, QAPage) whose posts declare no text of their own, blocks named as comments are its posts and stay")

// Discussion is what a page declares about being a discussion.
type Discussion int

const (
	// NoDiscussion: the page declares no discussion.
	NoDiscussion Discussion = iota
	// MarkedPosts: a discussion whose posts mark their own text
	// (itemprop=text or articleBody, which the cleaner keeps anyway):
	// its comment-named blocks are comments on the posts (a Q&A site's
	// remarks under each answer) and go as on any page.
	MarkedPosts
	// UnmarkedPosts: a discussion whose posts do not mark their text:
	// forum software names every post "comment" or "reply", and they
	// are the page's content.
	UnmarkedPosts
	// ThreadOnly: a page that declares nothing but, once its comment
	// threads were removed, had no article left (a link aggregator's
	// story, a thread whose forum marks up nothing): its threads are the
	// page (thread-page). Set by the pipeline's second try, never read
	// from the page.
	ThreadOnly
)

// ThreadPageRule is the rule of the second try for a page that is only
// its threads; the pipeline runs that try, the cleaner keeps the threads.
var ThreadPageRule = rules.Register(rules.Clean, "thread-page",
	"a page with no article once its comment threads are gone is its threads: a second try keeps them")

// ReadDiscussion reports whether the page declares itself a forum
// thread or a question with its answers, in JSON-LD or microdata, and
// whether its posts mark their text. It reads the raw tree, before
// cleaning removes the scripts.
func ReadDiscussion(root *html.Node) Discussion {
	declared, postText := false, false
	dom.Walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || declared && postText {
			return !(declared && postText)
		}
		if t := dom.Attr(n, "itemtype"); t != "" && discussionType(t) {
			declared = true
		}
		if ip := dom.Attr(n, "itemprop"); (ip == "text" || ip == "articleBody") && n.DataAtom != atom.Meta {
			postText = true
		}
		if n.DataAtom == atom.Script {
			if !declared && strings.Contains(dom.Attr(n, "type"), "ld+json") {
				declared = declaresDiscussion(dom.RawChildText(n))
			}
			return false
		}
		return true
	})
	switch {
	case !declared:
		return NoDiscussion
	case postText:
		return MarkedPosts
	}
	return UnmarkedPosts
}

// declaresDiscussion reports a JSON-LD script naming a forum posting or
// a Q&A page as one of its objects.
func declaresDiscussion(raw string) bool {
	if !discussionType(raw) {
		return false // most pages: no decoding
	}
	for _, o := range jsonld.AppendObjects(nil, raw) {
		if jsonld.HasType(o, "DiscussionForumPosting", "QAPage") {
			return true
		}
	}
	return false
}

func discussionType(s string) bool {
	return strings.Contains(s, "DiscussionForumPosting") || strings.Contains(s, "QAPage")
}
