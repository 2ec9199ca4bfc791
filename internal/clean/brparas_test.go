package clean

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
)

// TestBrParagraphs: the runs a page sets apart with blank lines become
// paragraphs, in a container and inside a <p>; single line breaks and
// runs without text do not.
func TestBrParagraphs(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      []string // the text of each <p>, in order
	}{
		{"runs in a container", `<div id=x>One run, a sentence.<br><br>Two, <b>bold</b> here.<br> <br>Three.</div>`,
			[]string{"One run, a sentence.", "Two, bold here.", "Three."}},
		{"a paragraph of paragraphs", `<div id=x><p>First part.<br><br>Second part.</p><p>Plain.</p></div>`,
			[]string{"First part.", "Second part.", "Plain."}},
		{"a single break stays a line", `<div id=x><p>Street 1<br>Town</p></div>`, []string{"Street 1 Town"}},
		{"a block ends a run", `<div id=x>Before.<br><br>Run<div>Block</div>After</div>`, []string{"Before.", "Run", "After"}},
		{"a span holding blocks", `<div><span id=x><div>Box</div>One run.<br><br>Two runs.</span></div>`, []string{"One run.", "Two runs."}},
		{"a span of text is a phrase", `<div><span id=x>One run.<br><br>Two runs.</span></div>`, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tc.src))
			if err != nil {
				t.Fatal(err)
			}
			x := dom.Find(doc, func(n *html.Node) bool { return dom.Attr(n, "id") == "x" })
			brParagraphs(x)
			var got []string
			dom.Walk(x, func(n *html.Node) bool {
				if n.Data == "p" {
					got = append(got, dom.Text(n))
				}
				return true
			})
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("paragraphs %q, want %q", got, tc.want)
			}
		})
	}
}
