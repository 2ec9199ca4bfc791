package content

import (
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var ruleThread = rules.Register(rules.Select, "thread-posts",
	"on a page declared a discussion, the chosen post widens to the thread: the parent of the run of posts shaped like it")

// minPostText is the unlinked text a block needs to count as a post.
const minPostText = 40

// thread widens a selection on a discussion page to the whole thread.
// Scoring picks the longest post; the thread is the other posts too,
// which are its siblings in the template, or the siblings of one of its
// wrappers: the first ancestor of the chosen node that stands in a run
// of elements of its own shape, each holding text, is a post, and their
// parent is the thread.
func (s *scorer) thread(sel Selection) Selection {
	var main *html.Node
	for _, n := range sel.Nodes {
		if main == nil || s.stats[n].chars > s.stats[main].chars {
			main = n
		}
	}
	for a, level := main, 0; a != nil && level < 8; a, level = a.Parent, level+1 {
		p := a.Parent
		if p == nil || p.Type != html.ElementNode || p.DataAtom == atom.Body || p.DataAtom == atom.Html {
			break
		}
		if s.posts(a) >= 2 {
			sel.Nodes, sel.Why = []*html.Node{p}, ruleThread
			return sel
		}
	}
	return sel
}

// posts counts the children of a's parent shaped like a (a among them)
// that hold text of their own.
func (s *scorer) posts(a *html.Node) int {
	words := dom.Words(a)
	n := 0
	for c := a.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || c.DataAtom != a.DataAtom {
			continue
		}
		if st := s.stats[c]; st.chars-st.linkChars < minPostText {
			continue
		}
		if c == a || shareWords(words, dom.Words(c)) {
			n++
		}
	}
	return n
}

// shareWords reports two class-word lists that are both empty, or that
// share half the words of the shorter: the same template part, one
// marked "first" or "highlighted".
func shareWords(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return len(a) == len(b)
	}
	common := 0
	for _, w := range a {
		for _, v := range b {
			if w == v {
				common++
				break
			}
		}
	}
	return 2*common >= min(len(a), len(b))
}
