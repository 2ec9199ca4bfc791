package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
)

func TestPrune(t *testing.T) {
	links := `<a href="/1">One story headline</a> <a href="/2">Another story headline</a> <a href="/3">Third story headline</a>`
	cases := []struct {
		name string
		box  string // placed between paragraphs of the selection
		keep bool
	}{
		{name: "link-heavy box", box: `<div>BOX ` + links + `</div>`},
		{name: "link list", box: `<ul><li><a href="/a">BOX first linked teaser</a></li><li><a href="/b">second linked teaser</a></li><li><a href="/c">third one</a></li></ul>`},
		{name: "form", box: `<div>BOX Your e-mail <input type="email"> <select><option>x</option></select></div>`},
		{name: "gallery", box: `<div>BOX<img src="/1.jpg"><img src="/2.jpg"><img src="/3.jpg"></div>`},
		{name: "embed", box: `<div>BOX<iframe src="/v"></iframe></div>`},
		{name: "tiny fragment", box: `<div>BOX 3 min</div>`},
		{name: "data table", box: `<table><tr><th>BOX Year</th><th>Votes</th></tr><tr><td><a href="/y">2020</a></td><td><a href="/v">41</a></td></tr></table>`, keep: true},
		{name: "box with a data table", box: `<div>` + links + `<table><tr><th>BOX Year</th><th>Votes</th></tr><tr><td>2020</td><td>41</td></tr></table></div>`, keep: true},
		{name: "quote", box: `<div><blockquote>BOX <a href="/q">a quoted line with a link</a></blockquote></div>`, keep: true},
		{name: "code", box: `<div><pre>BOX x := 1</pre></div>`, keep: true},
		{name: "figure", box: `<div><figure><img src="/a.jpg"><figcaption>BOX <a href="/c">Credit</a></figcaption></figure></div>`, keep: true},
		{name: "prose list", box: `<ul><li>BOX First point of the argument, in words.</li><li>Second point, also in plain words.</li></ul>`, keep: true},
		{name: "many clauses", box: `<div>BOX ` + links + strings.Repeat(`, and`, 10) + `</div>`, keep: true},
		{name: "prose div", box: `<div>BOX This section goes on with plain text and a <a href="/x">single link</a> in the middle of it, as articles do.</div>`, keep: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, `<html><body><div id="sel">`+para("P1")+tc.box+para("P2")+`</div></body></html>`)
			sel := byID(t, doc, "sel")
			removed := content.Prune([]*html.Node{sel}, 0.5)
			got := dom.Text(sel)
			if !strings.Contains(got, "P1") || !strings.Contains(got, "P2") {
				t.Fatalf("Prune removed a paragraph: %q", got)
			}
			if kept := strings.Contains(got, "BOX"); kept != tc.keep {
				t.Errorf("box kept = %v, want %v (removed %d nodes)", kept, tc.keep, len(removed))
			}
			if !tc.keep && len(removed) == 0 {
				t.Error("removal not reported")
			}
			for _, n := range removed {
				if n == sel {
					t.Error("Prune removed the selection root")
				}
			}
		})
	}
}

func TestPruneLinkDensityThreshold(t *testing.T) {
	// A box with half its text linked goes under a strict threshold and
	// stays under a loose one.
	box := `<div>BOX Plain words in this box, <a href="/x">linked words in this box</a></div>`
	for _, tc := range []struct {
		maxLD float64
		keep  bool
	}{{0.35, false}, {1.0, true}} {
		doc := parse(t, `<html><body><div id="sel">`+para("P1")+box+`</div></body></html>`)
		sel := byID(t, doc, "sel")
		content.Prune([]*html.Node{sel}, tc.maxLD)
		if kept := strings.Contains(dom.Text(sel), "BOX"); kept != tc.keep {
			t.Errorf("maxLD %v: kept = %v, want %v", tc.maxLD, kept, tc.keep)
		}
	}
}

// A box holding most of the chosen content is never pruned, whatever
// its links and list items say: the rules would take the article.
func TestPruneKeepsTheBulk(t *testing.T) {
	nav := `<ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li><li><a href="/3">Three</a></li><li><a href="/4">Four</a></li><li><a href="/5">Five</a></li></ul>`
	doc := parse(t, `<html><body><div id="sel"><div id="bulk">`+nav+para("P1")+nav+para("P2")+nav+`</div><p>Short.</p></div></body></html>`)
	sel := byID(t, doc, "sel")
	content.Prune([]*html.Node{sel}, 0.5)
	if got := dom.Text(sel); !strings.Contains(got, "P1") || !strings.Contains(got, "P2") {
		t.Errorf("the bulk of the content was pruned: %q", got)
	}
}
