package meta

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
)

// The texts built bottom-up in the walk must read like the element's
// collapsed text, and say "long" past textCap.
func TestSpanText(t *testing.T) {
	long := strings.Repeat("word ", 60)
	cases := []struct {
		name, body, want string
		long             bool
	}{
		{"inline boundaries", `<p id="x">Von<a href="#">Anna Muster</a>Follow</p>`, "Von Anna Muster Follow", false},
		{"comment joins", `<p id="x">Ab<!-- c -->cd <b>e</b></p>`, "Abcd e", false},
		{"script skipped", `<p id="x">a<script>var x</script>b</p>`, "ab", false},
		{"br separates", `<p id="x">Jane Doe<br>Berlin</p>`, "Jane Doe Berlin", false},
		{"soft hyphen dropped", "<p id=\"x\">Mes\u00adsen\u00adger&nbsp; x</p>", "Messenger x", false},
		{"long", `<div id="x"><p>By Jane</p><p>` + long + `</p></div>`, "By Jane " + long[:40], true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			doc := parse(t, "<html><body>"+c.body+"</body></html>")
			n := dom.Find(doc, func(n *html.Node) bool { return dom.Attr(n, "id") == "x" })
			s := spanOf(n)
			if s.long != c.long || (!c.long && s.text != c.want) || (c.long && !strings.HasPrefix(s.text, c.want)) {
				t.Errorf("span %q long=%v, want %q long=%v", s.text, s.long, c.want, c.long)
			}
			if s.long && len(s.text) < leadCap {
				t.Errorf("lead %q shorter than %d", s.text, leadCap)
			}
		})
	}
}

// The candidate node dropped from the body is the innermost line, not a
// wrapper that also holds other text.
func TestInnermostLine(t *testing.T) {
	doc := parse(t, `<html><body><h1>Title here</h1><div class="meta"><p>By Jane Doe</p><p>3 March 2024</p><button>Share</button></div><p>Body text.</p></body></html>`)
	m := Extract(doc, "", nil)
	if !eqList(m.Authors, []string{"Jane Doe"}) || !strings.HasPrefix(m.Date, "2024-03-03") {
		t.Fatalf("authors %q date %q", m.Authors, m.Date)
	}
	for _, n := range m.Nodes {
		if n.Data != "p" {
			t.Errorf("node %s %q is not the inner line", n.Data, dom.Text(n))
		}
	}
}
