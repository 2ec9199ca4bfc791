package parse

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// textOf joins the text tokens of b as the tokenizer reads them.
func textOf(b []byte) string {
	var out strings.Builder
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return out.String()
		case html.TextToken:
			out.Write(z.Text())
		}
	}
}

// depthOf is the deepest nesting CloseDeep tracks in b.
func depthOf(b []byte) int {
	c := closer{z: html.NewTokenizer(bytes.NewReader(b)), max: 1 << 30, early: map[string]int{}}
	deepest := 0
	for {
		switch c.z.Next() {
		case html.ErrorToken:
			return deepest
		case html.StartTagToken:
			c.start(false)
		case html.SelfClosingTagToken:
			c.start(true)
		case html.EndTagToken:
			c.end()
		}
		deepest = max(deepest, len(c.stack))
	}
}

// FuzzCloseDeep: the copy never loses or changes text, stays within a
// few times the page's size, comes back unchanged when the page is not
// nested past half the limit, and parses.
func FuzzCloseDeep(f *testing.F) {
	f.Add([]byte("<div><div><div>x</div></div></div><p>y"), uint8(2))
	f.Add([]byte("<b><i><u>a&</b>amp;<</i>p<li>one<li>two</ul>"), uint8(1))
	f.Add([]byte(`<font color=red><p>a<font color=blue><p>b<table><tr><td>c<td>d</table>`), uint8(0x13))
	f.Add([]byte("<svg><g><title><b>t</b></title></g></svg><script>if(a<b)</script>"), uint8(3))
	f.Fuzz(func(t *testing.T, page []byte, flags uint8) {
		limit, formatting := int(flags&15)+1, flags&16 != 0
		out := closeDeep(page, limit, formatting)
		if len(out) > 3*len(page)+16 {
			t.Fatalf("%d bytes became %d", len(page), len(out))
		}
		if depthOf(page) <= limit/2 && !formatting && !bytes.Equal(out, page) {
			t.Fatalf("changed though not deep: %q → %q", page, out)
		}
		low := bytes.ToLower(page)
		if !bytes.Contains(low, []byte("svg")) && !bytes.Contains(low, []byte("math")) {
			// In SVG and MathML, closing an element early can move a
			// <title> or <style> out, and the tokenizer reads those as
			// raw text outside.
			if a, b := textOf(page), textOf(out); a != b {
				t.Fatalf("text %q became %q (%q → %q)", a, b, page, out)
			}
		}
		if _, err := html.Parse(bytes.NewReader(out)); err != nil {
			t.Fatal(err)
		}
	})
}
