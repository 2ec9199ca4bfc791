package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

func TestLead(t *testing.T) {
	const long = "of the story, long enough to be a real standfirst."
	cases := []struct {
		name string
		page string // #body is the selection
		want []string
	}{
		{name: "standfirst class", page: `<article><h1>T</h1><p class="standfirst">LEAD1 ` + long + `</p><div id="body">` + para("B") + `</div></article>`, want: []string{"LEAD1"}},
		{name: "french chapo", page: `<article><div class="article-chapo">LEADFR ` + long + `</div><div id="body">` + para("B") + `</div></article>`, want: []string{"LEADFR"}},
		{name: "german vorspann", page: `<article><p class="vorspann">LEADDE ` + long + `</p><div id="body">` + para("B") + `</div></article>`, want: []string{"LEADDE"}},
		{name: "spanish entradilla", page: `<main><p class="entradilla">LEADES ` + long + `</p><div id="body">` + para("B") + `</div></main>`, want: []string{"LEADES"}},
		{name: "italian occhiello", page: `<article><p class="occhiello">LEADIT ` + long + `</p><div id="body">` + para("B") + `</div></article>`, want: []string{"LEADIT"}},
		{name: "dek as h2", page: `<article><h2 class="dek">LEADDEK ` + long + `</h2><div id="body">` + para("B") + `</div></article>`, want: []string{"LEADDEK"}},
		{name: "subheadline in the header", page: `<article><header><h1>T</h1><p>LEADHDR ` + long + `</p></header><div id="body">` + para("B") + `</div></article>`, want: []string{"LEADHDR"}},
		{name: "two leads in order", page: `<article><p class="intro">FIRST ` + long + `</p><p class="summary">SECOND ` + long + `</p><div id="body">` + para("B") + `</div></article>`, want: []string{"FIRST", "SECOND"}},
		{name: "too short", page: `<article><p class="standfirst">Short lead.</p><div id="body">` + para("B") + `</div></article>`},
		{name: "not a lead word", page: `<article><p class="caption">CAPTION ` + long + `</p><div id="body">` + para("B") + `</div></article>`},
		{name: "after the body", page: `<article><div id="body">` + para("B") + `</div><p class="summary">AFTER ` + long + `</p></article>`},
		{name: "a div in the header is not a standfirst", page: `<article><header><div>HDRDIV ` + long + `</div></header><div id="body">` + para("B") + `</div></article>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, `<html><body>`+tc.page+`</body></html>`)
			got := content.Lead([]*html.Node{byID(t, doc, "body")}, nil)
			if len(got) != len(tc.want) {
				t.Fatalf("Lead gave %d nodes (%q), want %v", len(got), textOf(got), tc.want)
			}
			for i, w := range tc.want {
				if !strings.HasPrefix(textOf(got[i:i+1]), w) {
					t.Errorf("lead %d = %q, want it to start with %s", i, textOf(got[i:i+1]), w)
				}
			}
		})
	}
	if got := content.Lead(nil, nil); got != nil {
		t.Errorf("Lead(nil, nil) = %v", got)
	}
}

func TestLeadFromSelect(t *testing.T) {
	// The pipeline's use: Select finds the body, Lead the standfirst
	// that sits apart from it in the article header.
	src := `<html><body><nav><a href="/">Home</a></nav><article><header><h1>Headline</h1>` +
		`<p class="lede">STANDFIRST The decision ends a year of uncertainty for parents and teachers.</p></header>` +
		`<div class="body">` + para("B1") + para("B2") + para("B3") + `</div></article></body></html>`
	sel := content.Select(body(parse(t, src)), content.Options{Params: content.Balanced})
	lead := content.Lead(sel.Nodes, nil)
	// Whether selection takes the header in or not, the standfirst must
	// reach the body exactly once.
	all := textOf(append(lead, sel.Nodes...))
	if n := strings.Count(all, "STANDFIRST"); n != 1 {
		t.Errorf("standfirst appears %d times in lead+selection: %q", n, all)
	}
	if !strings.Contains(all, "B3") {
		t.Errorf("body lost: %q", all)
	}
}

// A standfirst between the headline and the body counts even when the
// template puts the headline block outside the body's container.
func TestLeadBetweenHeadlineAndBody(t *testing.T) {
	doc := parse(t, `<html><body><section class="hero"><h1>Headline</h1>
		<p class="article-preface">A standfirst long enough to be one, set under the headline.</p></section>
		<main><div id="body">`+para("P1")+para("P2")+`</div></main></body></html>`)
	lead := content.Lead([]*html.Node{byID(t, doc, "body")}, nil)
	if got := textOf(lead); !strings.Contains(got, "A standfirst long enough") {
		t.Errorf("Lead = %q, want the standfirst", got)
	}
}

// TestLeadUnderHeadline: on a blog whose <h1> is its name in the banner,
// the blog's description under it is no standfirst of the post: the
// standfirst follows the page's headline.
func TestLeadUnderHeadline(t *testing.T) {
	const long = "of the story, long enough to be a real standfirst."
	page := `<html><body><div id="header"><h1>Blog name</h1><p class="description">BLOGDESC ` + long + `</p></div>` +
		`<div class="post"><h3 id="headline">Post title</h3><p class="summary">POSTLEAD ` + long + `</p><div id="body">` + para("B") + `</div></div></body></html>`
	for _, tc := range []struct {
		name     string
		headline bool
		off      bool
		want     []string
	}{
		{name: "after the headline", headline: true, want: []string{"POSTLEAD"}},
		{name: "no headline known: after the h1", want: []string{"BLOGDESC", "POSTLEAD"}},
		{name: "rule off", headline: true, off: true, want: []string{"BLOGDESC", "POSTLEAD"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, page)
			var h *html.Node
			if tc.headline {
				h = byID(t, doc, "headline")
			}
			var off map[string]bool
			if tc.off {
				off = map[string]bool{"standfirst-under-headline": true}
			}
			got := content.LeadUnder([]*html.Node{byID(t, doc, "body")}, h, rules.NewTrace(off, false))
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
