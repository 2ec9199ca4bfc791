package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

func TestIntroUnderHeadline(t *testing.T) {
	const sentence = "explains what the guide covers and why it matters to anyone who builds with it today."
	// A reference page's shape: the headline and its introduction in a
	// header, a table of contents beside it, then the body.
	page := func(intro string) string {
		return `<html><body><div id="banner"><p>BANNER ` + sentence + `</p></div><main>` +
			`<div class="head"><h1 id="h">How to use the tool</h1><section>` + intro + `</section></div>` +
			`<aside><ul><li><a href="#a">First part</a></li><li><a href="#b">Second part</a></li></ul></aside>` +
			`<div id="body">` + para("B") + `</div></main></body></html>`
	}
	for _, tc := range []struct {
		name, intro string
		off         bool
		want        []string
	}{
		{name: "paragraphs under the headline", intro: `<p>INTRO1 This page ` + sentence + `</p><p>INTRO2 The next one ` + sentence + `</p>`, want: []string{"INTRO1", "INTRO2"}},
		{name: "rule off", intro: `<p>INTRO1 This page ` + sentence + `</p>`, off: true},
		{name: "a short line is a byline or a label", intro: `<p>By Ann Smith, March 3.</p>`},
		{name: "no sentence ending", intro: `<p>SPONSORED the tool that builds with you today and every day for anyone who builds things</p>`},
		{name: "mostly links", intro: `<p><a href="/a">Read the first part of this guide and the second part of it</a> and then the rest.</p>`},
		{name: "in a figure", intro: `<figure><p>FIG This picture ` + sentence + `</p></figure>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, page(tc.intro))
			var off map[string]bool
			if tc.off {
				off = map[string]bool{"intro-under-headline": true}
			}
			got := content.LeadUnder([]*html.Node{byID(t, doc, "body")}, byID(t, doc, "h"), rules.NewTrace(off, false))
			if len(got) != len(tc.want) {
				t.Fatalf("LeadUnder gave %d nodes (%q), want %v", len(got), textOf(got), tc.want)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(textOf(got[i:i+1]), w) {
					t.Errorf("lead %d = %q, want it to start with %s", i, textOf(got[i:i+1]), w)
				}
			}
		})
	}
}
