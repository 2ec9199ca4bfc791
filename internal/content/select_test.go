package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
)

func teasers(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(`<li><a href="/story">RAILMARK A headline for another story</a><span>2 hours ago</span></li>`)
	}
	return b.String()
}

func TestSelectPicksArticleOverRail(t *testing.T) {
	src := `<html><body>
<header><a href="/">Site</a><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></header>
<div class="layout">
  <div class="main" id="story"><h1>Title</h1>` + para("BODY1") + para("BODY2") + para("BODY3") + para("BODY4") + `</div>
  <div class="rail"><h3>More news</h3><ul>` + teasers(12) + `</ul>
    <p>RAILPROSE A short blurb for a podcast.</p></div>
</div>
<div class="bottom"><p>Copyright, all rights reserved.</p></div>
</body></html>`
	for name, p := range map[string]content.Params{"balanced": content.Balanced, "precision": content.Precision, "recall": content.Recall} {
		t.Run(name, func(t *testing.T) {
			sel := content.Select(body(parse(t, src)), content.Options{Params: p})
			got := textOf(sel.Nodes)
			for _, want := range []string{"BODY1", "BODY2", "BODY3", "BODY4"} {
				if !strings.Contains(got, want) {
					t.Errorf("selection misses %s: %q", want, got)
				}
			}
			for _, bad := range []string{"RAILMARK", "RAILPROSE", "Copyright"} {
				if strings.Contains(got, bad) {
					t.Errorf("selection holds %s", bad)
				}
			}
			if sel.Why == "" {
				t.Error("no reason given")
			}
		})
	}
}

func TestSelectRankingForExplain(t *testing.T) {
	src := `<html><body><div id="a">` + para("A1") + para("A2") + para("A3") + `</div><div id="b">` + para("B1") + `</div></body></html>`
	sel := content.Select(body(parse(t, src)), content.Options{Params: content.Balanced})
	if len(sel.Top) == 0 || len(sel.Top) > 5 {
		t.Fatalf("Top has %d candidates, want 1..5", len(sel.Top))
	}
	for i := 1; i < len(sel.Top); i++ {
		if sel.Top[i].Score > sel.Top[i-1].Score {
			t.Errorf("Top not sorted by score: %v", sel.Top)
		}
	}
}

func TestSelectJoinsSiblings(t *testing.T) {
	// The article is split by a box into two parts; the trailing prose
	// paragraph sits beside them.
	src := `<html><body><div id="page"><div id="wrap">
<div class="text" id="part1">` + para("PART1A") + para("PART1B") + para("PART1C") + `</div>
<div class="text" id="part2">` + para("PART2A") + para("PART2B") + `</div>
<p>SIBLING A closing paragraph that reads as prose and carries no links at all, so it belongs.</p>
<ul><li><a href="/x">LINKLIST one</a></li><li><a href="/y">LINKLIST two</a></li></ul>
</div><div id="side"><ul>` + teasers(10) + `</ul></div></div></body></html>`
	sel := content.Select(body(parse(t, src)), content.Options{Params: content.Balanced})
	got := textOf(sel.Nodes)
	for _, want := range []string{"PART1A", "PART1C", "PART2A", "PART2B", "SIBLING"} {
		if !strings.Contains(got, want) {
			t.Errorf("selection misses %s", want)
		}
	}
	if strings.Contains(got, "RAILMARK") {
		t.Error("selection holds the rail")
	}
}

func TestSelectSiblingsInDocumentOrder(t *testing.T) {
	src := `<html><body><div id="outer"><div><p>Menu</p></div>` + para("P1") + `<div id="inner">` + para("P2") + para("P3") + para("P4") + `</div>` + para("P5") + `</div></body></html>`
	sel := content.Select(body(parse(t, src)), content.Options{Params: content.Balanced})
	got := textOf(sel.Nodes)
	last := -1
	for _, m := range []string{"P1", "P2", "P3", "P4", "P5"} {
		i := strings.Index(got, m+" ")
		if i < 0 {
			t.Fatalf("selection misses %s: %q", m, got)
		}
		if i < last {
			t.Errorf("%s out of order", m)
		}
		last = i
	}
}

func TestSelectEmpty(t *testing.T) {
	for name, src := range map[string]string{
		"empty body": `<html><body></body></html>`,
		"only links": `<html><body><ul><li><a href="/a">Home</a></li><li><a href="/b">About</a></li></ul></body></html>`,
		"short text": `<html><body><p>Hi.</p></body></html>`,
	} {
		t.Run(name, func(t *testing.T) {
			sel := content.Select(body(parse(t, src)), content.Options{Params: content.Balanced})
			if len(sel.Nodes) != 0 {
				t.Errorf("selected %q from a page with no article", textOf(sel.Nodes))
			}
		})
	}
}

// feed returns n story cards as news sites stack them after an
// article: a headline (linked unless plain) over a blurb of a few
// sentences, longer than the short teasers of a rail.
func feed(n int, plain bool) string {
	head := `<h3><a href="/other-story">FEEDMARK Another story's headline</a></h3>`
	if plain {
		head = `<h3>FEEDMARK A part of this story</h3>`
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(`<li class="stream-item"><div><span>World</span>` + head +
			`<p>The blurb of another story retells its opening in a few sentences with names and places and numbers. ` +
			`It runs on for a while as feeds do so that each card holds more text than a teaser though it is still a teaser. ` +
			`A third sentence with a clause and another clause and a closing one ends it here.</p></div></li>`)
	}
	return b.String()
}

// A feed of long story cards beside the article reads as prose, block
// by block, but must not widen the choice to take it in; the same run
// under plain headings is more of the article. (The blurbs have no
// commas, so the article wins the first round and the run is left to
// the widening.)
func TestSelectLeavesOutStoryFeed(t *testing.T) {
	for _, tc := range []struct {
		name  string
		plain bool
	}{{"linked headlines", false}, {"plain headings", true}} {
		t.Run(tc.name, func(t *testing.T) {
			src := `<html><body><div class="page">
<div class="story" id="story"><h1>Title</h1>` + para("BODY1") + para("BODY2") + para("BODY3") + para("BODY4") + `</div>
<ul class="stream">` + feed(8, tc.plain) + `</ul>
</div></body></html>`
			sel := content.Select(body(parse(t, src)), content.Options{Params: content.Balanced})
			got := textOf(sel.Nodes)
			for _, want := range []string{"BODY1", "BODY2", "BODY3", "BODY4"} {
				if !strings.Contains(got, want) {
					t.Errorf("selection misses %s", want)
				}
			}
			if strings.Contains(got, "FEEDMARK") != tc.plain {
				t.Errorf("run kept = %v, want %v (%s)", !tc.plain, tc.plain, sel.Why)
			}
		})
	}
}
