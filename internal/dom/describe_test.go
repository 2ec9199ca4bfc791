package dom

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDescribe(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
	}{
		{"tag id classes", `<div id="main" class="a b c d">Hello</div>`, `div#main.a.b.c… “Hello”`},
		{"opening words", `<p>One two <b>three</b> four five six seven</p>`, `p “One two three four five six …”`},
		{"no text", `<section class="x"><img src="a.png"></section>`, `section.x`},
		{"script text skipped", `<div><script>var x = 1</script>Shown</div>`, `div “Shown”`},
		{"long word cut", `<p>` + strings.Repeat("a", 40) + `</p>`, `p “` + strings.Repeat("a", 24) + `…”`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tc.src))
			if err != nil {
				t.Fatal(err)
			}
			body := Find(doc, func(n *html.Node) bool { return n.Data == "body" })
			if got := Describe(body.FirstChild); got != tc.want {
				t.Errorf("Describe = %q, want %q", got, tc.want)
			}
		})
	}
}
