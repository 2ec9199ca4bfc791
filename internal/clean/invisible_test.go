package clean_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Invisible removes what is never seen as text and nothing that is: no
// class word, tag or ARIA role is read.
func TestInvisible(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		keep      []string
		drop      []string
		rules     []string // explain, for the removed regions with text
	}{
		{name: "scripts, styles, controls", src: `<p>Text <button>BUTTON</button></p><script>SCRIPT</script><style>STYLE</style>`,
			keep: []string{"Text"}, drop: []string{"BUTTON", "SCRIPT", "STYLE"}, rules: []string{"non-text-element"}},
		{name: "hidden by the markup", src: `<p hidden>ATTR</p><p style="display: none">STYLE</p><p style="visibility:hidden">VIS</p><p>Shown</p>`,
			keep: []string{"Shown"}, drop: []string{"ATTR", "STYLE", "VIS"},
			rules: []string{"hidden-attribute", "hidden-style", "hidden-style"}},
		{name: "aria-hidden and hiding class words are seen", src: `<p aria-hidden="true">ARIA</p><div class="hidden sr-only">CLASS</div>`,
			keep: []string{"ARIA", "CLASS"}},
		{name: "boilerplate is not judged", src: `<nav>NAV</nav><footer>FOOTER</footer><div class="share related newsletter">SHARE</div><div role="dialog">DIALOG</div>`,
			keep: []string{"NAV", "FOOTER", "SHARE", "DIALOG"}},
		{name: "a lazy image in noscript is put in place", src: `<img data-x="1"><noscript><img src="real.jpg"></noscript>`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, "<html><body><div id=root>"+tc.src+"</div></body></html>")
			root := dom.Find(doc, func(n *html.Node) bool { return dom.Attr(n, "id") == "root" })
			tr := rules.NewTrace(nil, true)
			clean.Invisible(root, tr)
			ds := tr.Decisions()
			text := dom.Text(root)
			for _, k := range tc.keep {
				if !strings.Contains(text, k) {
					t.Errorf("%q removed", k)
				}
			}
			for _, d := range tc.drop {
				if strings.Contains(dom.RawText(root), d) {
					t.Errorf("%q kept", d)
				}
			}
			var names []string
			for _, d := range ds {
				names = append(names, d.Rule)
			}
			if strings.Join(names, "|") != strings.Join(tc.rules, "|") {
				t.Errorf("decisions %q, want %q", names, tc.rules)
			}
			if tc.name == "a lazy image in noscript is put in place" {
				img := dom.Find(root, func(n *html.Node) bool { return n.DataAtom == atom.Img && dom.Attr(n, "src") == "real.jpg" })
				if img == nil {
					t.Error("the noscript image was not rescued")
				}
			}
		})
	}
}

// A root that is itself hidden goes too.
func TestInvisibleRoot(t *testing.T) {
	doc := parse(t, `<html><body><p id=x hidden>HIDDEN</p></body></html>`)
	p := dom.Find(doc, func(n *html.Node) bool { return dom.Attr(n, "id") == "x" })
	clean.Invisible(p, nil)
	if p.Parent != nil {
		t.Error("a hidden root stayed in the tree")
	}
}
