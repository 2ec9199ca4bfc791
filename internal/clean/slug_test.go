package clean_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/rules"
)

// TestCleanHeadingSlugID: an id that spells the section's heading is
// an anchor, and the section stays; an id that names the block (and a
// class word) still removes it.
func TestCleanHeadingSlugID(t *testing.T) {
	page := func(section string) string {
		return "<html><body><div><p>" + prose(6) + "</p>" + section + "</div></body></html>"
	}
	runCleanCases(t, []cleanCase{
		{name: "numbered section heading", page: page(`<section id="more-on-lists"><h2>5.1. More on Lists<a href="#more-on-lists">¶</a></h2><p>LISTS the list type has more methods.</p></section>`), keep: []string{"LISTS"}},
		{name: "slug with a suffix", page: page(`<section id="receive-and-reply-to-an-inbound-sms-section"><h3>Receive and reply to an inbound SMS</h3><p>REPLY set up a webhook.</p></section>`), keep: []string{"REPLY"}},
		{name: "heading in a wrapper", page: page(`<div id="sharing-with-a-single-developer"><div class="title"><h2>Sharing with a single developer</h2></div><p>SHARING invite them by email.</p></div>`), keep: []string{"SHARING"}},
		{name: "cut-short slug", page: page(`<section id="sharing-your-work-with"><h2>Sharing your work with the whole team</h2><p>TEAMS add them.</p></section>`), keep: []string{"TEAMS"}},
		{name: "id is not the heading", page: page(`<section id="comments"><h2>What readers say</h2><p>COMMENT nice post.</p></section>`), drop: []string{"COMMENT"}},
		{name: "text before the heading", page: page(`<div id="related-posts"><p>RELATED see also these.</p><h2>Related posts</h2></div>`), drop: []string{"RELATED"}},
		{name: "class words still count", page: page(`<section id="more-on-lists" class="comments"><h2>More on Lists</h2><p>CLASSED text.</p></section>`), drop: []string{"CLASSED"}},
	}, clean.Options{})
}

// TestCleanHeadingSlugIDOff: with the rule off the slug is read as a
// name again.
func TestCleanHeadingSlugIDOff(t *testing.T) {
	doc := parse(t, "<html><body><div><p>"+prose(6)+`</p><section id="more-on-lists"><h2>More on Lists</h2><p>LISTS more.</p></section></div></body></html>`)
	clean.Clean(doc, clean.Options{Trace: rules.NewTrace(map[string]bool{"heading-slug-id": true}, false)})
	if got := allText(doc); strings.Contains(got, "LISTS") {
		t.Errorf("with heading-slug-id off the section stayed: %q", got)
	}
}
