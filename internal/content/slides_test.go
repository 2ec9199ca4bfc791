package content

import (
	"strconv"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestSlideList(t *testing.T) {
	slides := func(n int, caption func(i int) string) string {
		var b strings.Builder
		for i := 1; i <= n; i++ {
			b.WriteString("<li>" + caption(i) + "</li>")
		}
		return b.String()
	}
	counter := func(of string) func(int) string {
		return func(i int) string { return "<span>Bild " + strconv.Itoa(i) + " " + of + "</span> A caption." }
	}
	for _, tc := range []struct {
		name, items string
		want        bool
	}{
		{"gallery of five", slides(5, counter("von 5")), true},
		{"slash counters", slides(6, func(i int) string { return strconv.Itoa(i) + "/6 caption" }), true},
		{"three items are too few", slides(3, counter("of 3")), false},
		{"plain list", slides(8, func(int) string { return "A point made." }), false},
		{"counting down", slides(5, func(i int) string { return strconv.Itoa(6-i) + " of 5" }), false},
		{"seven of ten counted", slides(7, counter("of 10")) + slides(3, func(int) string { return "Ad" }), true},
		{"six of ten counted", slides(6, counter("of 10")) + slides(4, func(int) string { return "Ad" }), false},
		{"uncounted first, then a run", slides(2, func(int) string { return "Intro" }) + slides(6, counter("of 6")), true},
		{"uncounted first, run too short", slides(3, func(int) string { return "Intro" }) + slides(6, counter("of 6")), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<ul id=x>" + tc.items + "</ul>"))
			if err != nil {
				t.Fatal(err)
			}
			ul := dom.Find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Ul })
			if got := slideList(ul); got != tc.want {
				t.Errorf("%s: slideList = %v, want %v", tc.name, got, tc.want)
			}
		})
	}
}
