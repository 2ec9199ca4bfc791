package content_test

import (
	"fmt"
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
		{name: "teaser cards in a description list", box: `<dl>` + strings.Repeat(`<dt><a href="/s">BOX Real estate has a record year in Canada</a></dt><dd>The resale housing market enjoyed a record year.</dd>`, 3) + `</dl>`},
		{name: "a reference's linked names", box: `<dl>` + strings.Repeat(`<dt><a href="/api"><code>BOX Promise.all()</code></a></dt><dd>Fulfills when all of the promises fulfill.</dd>`, 3) + `</dl>`, keep: true},
		{name: "a glossary", box: `<dl>` + strings.Repeat(`<dt>BOX Standfirst term of the trade</dt><dd>The summary under a headline.</dd>`, 3) + `</dl>`, keep: true},
		{name: "teasers with read-more links", box: `<ul>` + strings.Repeat(`<li><h3>BOX Ferry fares rise again</h3><p>The company blamed fuel. <a href="/s">Read more...</a></p><p>2012-11-09</p></li>`, 3) + `</ul>`},
		{name: "sections with a link each", box: `<div>` + strings.Repeat(`<div><h3>BOX Costs</h3><p>The council will publish the <a href="/c">final costs</a> in March.</p></div>`, 3) + `</div>`, keep: true},
		{name: "prose div", box: `<div>BOX This section goes on with plain text and a <a href="/x">single link</a> in the middle of it, as articles do.</div>`, keep: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, `<html><body><div id="sel">`+para("P1")+tc.box+para("P2")+`</div></body></html>`)
			sel := byID(t, doc, "sel")
			removed := content.Prune([]*html.Node{sel}, 0.5, nil)
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
		t.Run(fmt.Sprintf("maxLD %v", tc.maxLD), func(t *testing.T) {
			doc := parse(t, `<html><body><div id="sel">`+para("P1")+box+`</div></body></html>`)
			sel := byID(t, doc, "sel")
			content.Prune([]*html.Node{sel}, tc.maxLD, nil)
			if kept := strings.Contains(dom.Text(sel), "BOX"); kept != tc.keep {
				t.Errorf("maxLD %v: kept = %v, want %v", tc.maxLD, kept, tc.keep)
			}
		})
	}
}

// A box holding most of the chosen content is never pruned, whatever
// its links and list items say: the rules would take the article.
func TestPruneKeepsTheBulk(t *testing.T) {
	nav := `<ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li><li><a href="/3">Three</a></li><li><a href="/4">Four</a></li><li><a href="/5">Five</a></li></ul>`
	doc := parse(t, `<html><body><div id="sel"><div id="bulk">`+nav+para("P1")+nav+para("P2")+nav+`</div><p>Short.</p></div></body></html>`)
	sel := byID(t, doc, "sel")
	content.Prune([]*html.Node{sel}, 0.5, nil)
	if got := dom.Text(sel); !strings.Contains(got, "P1") || !strings.Contains(got, "P2") {
		t.Errorf("the bulk of the content was pruned: %q", got)
	}
}

// slides returns n gallery items whose headings count "1/n" … "n/n"
// through counter(k, n), each over a caption long enough, and with
// enough commas, to pass for prose on its own.
func slides(n int, counter func(k, n int) string) string {
	var b strings.Builder
	for k := 1; k <= n; k++ {
		b.WriteString(`<li><h2><span class="counter">` + counter(k, n) + `</span> BOX Slide title</h2>` +
			`<p>A caption for the picture, which shows the harbour, the boats, the market and the old town hall at dawn.</p></li>`)
	}
	return b.String()
}

func TestPruneSlideshow(t *testing.T) {
	itoa := func(i int) string { return string(rune('0' + i)) }
	cases := []struct {
		name string
		box  string
		keep bool
	}{
		{name: "k/n counters", box: `<ul>` + slides(6, func(k, n int) string { return itoa(k) + "/" + itoa(n) }) + `</ul>`},
		{name: "spaced counters in divs", box: `<div>` + strings.ReplaceAll(strings.ReplaceAll(slides(5, func(k, n int) string { return itoa(k) + " / " + itoa(n) }), "<li>", "<div>"), "</li>", "</div>") + `</div>`},
		{name: "english label", box: `<ul>` + slides(6, func(k, n int) string { return "Photo " + itoa(k) + " of " + itoa(n) }) + `</ul>`},
		{name: "german label", box: `<ul>` + slides(6, func(k, n int) string { return "Bild " + itoa(k) + " von " + itoa(n) }) + `</ul>`},
		{name: "french", box: `<ul>` + slides(6, func(k, n int) string { return itoa(k) + " sur " + itoa(n) }) + `</ul>`},
		{name: "polish", box: `<ul>` + slides(6, func(k, n int) string { return "Zdjęcie " + itoa(k) + " z " + itoa(n) }) + `</ul>`},
		// Not a slideshow: too short a run, counts that do not count up
		// to one total (a recipe's fractions), plain numbered steps.
		{name: "three slides", box: `<ul>` + slides(3, func(k, n int) string { return itoa(k) + "/" + itoa(n) }) + `</ul>`, keep: true},
		{name: "fractions", box: `<ul>` + strings.Repeat(`<li>BOX 1/2 cup of flour, sifted, with salt, sugar, butter, eggs, milk, yeast, water, and more.</li><li>3/4 cup sugar</li><li>1/4 teaspoon salt</li><li>2/3 cup milk</li>`, 2) + `</ul>`, keep: true},
		{name: "numbered steps", box: `<ul>` + slides(6, func(k, n int) string { return itoa(k) + "." }) + `</ul>`, keep: true},
		{name: "counters out of order", box: `<ul>` + slides(6, func(k, n int) string { return itoa(7-k) + "/" + itoa(n) }) + `</ul>`, keep: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, `<html><body><div id="sel">`+para("P1")+para("P2")+tc.box+para("P3")+`</div></body></html>`)
			sel := byID(t, doc, "sel")
			content.Prune([]*html.Node{sel}, 0.5, nil)
			got := dom.Text(sel)
			for _, p := range []string{"P1", "P2", "P3"} {
				if !strings.Contains(got, p) {
					t.Fatalf("Prune removed paragraph %s", p)
				}
			}
			if kept := strings.Contains(got, "BOX"); kept != tc.keep {
				t.Errorf("box kept = %v, want %v", kept, tc.keep)
			}
		})
	}
}

// A page that is only a gallery keeps its captions: with no article
// beside them they are the content.
func TestPruneKeepsGalleryPage(t *testing.T) {
	box := `<ul>` + slides(8, func(k, n int) string { return string(rune('0'+k)) + "/" + string(rune('0'+n)) }) + `</ul>`
	doc := parse(t, `<html><body><div id="sel"><p>Our pictures of the week.</p>`+box+`</div></body></html>`)
	sel := byID(t, doc, "sel")
	content.Prune([]*html.Node{sel}, 0.5, nil)
	if !strings.Contains(dom.Text(sel), "BOX") {
		t.Error("the gallery of a gallery page was pruned")
	}
}
