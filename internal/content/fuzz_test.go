package content

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzSlideCounter checks that reading a slide counter never panics and
// only reports counters that can be a position in a gallery.
func FuzzSlideCounter(f *testing.F) {
	for _, s := range []string{"3/50 United", "Photo 3 of 12", "Bild 1 von 9", "1 sur 6", "1/2 cup", "12345/6", "Zdjęcie 2 z 4", "/ 5", "7 /"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k, of, ok := slideCounter(s)
		if ok && (k <= 0 || of <= 1 || k > 9999 || of > 9999) {
			t.Fatalf("slideCounter(%q) = %d, %d", s, k, of)
		}
	})
}

// FuzzSelectPrune runs selection and pruning on any markup: no panic,
// and pruning never detaches a selected node.
func FuzzSelectPrune(f *testing.F) {
	f.Add(`<div><p>Some text, with a comma, and more text to score as a paragraph.</p><ul><li><h2>1/4 A</h2></li><li>2/4</li><li>3/4</li><li>4/4</li></ul></div>`)
	f.Add(`<ul><li><h3><a href="/a">A</a></h3><p>Blurb text long enough to count as prose here.</p></li><li><h3><a href="/b">B</a></h3><p>x</p></li><li><a href="/c"><h3>C</h3></a></li></ul>`)
	f.Add(`<table><tr><td><p>cell text, long enough, with commas, to score</p></td><td>2</td></tr></table>`)
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		sel := Select(doc, Options{Params: Balanced})
		PruneSelection(sel, 0.5, nil)
		for _, n := range sel.Nodes {
			if n == nil {
				t.Fatal("nil node in the selection")
			}
			if n != doc && n.Parent == nil {
				t.Fatal("pruning detached a selected node")
			}
		}
	})
}
