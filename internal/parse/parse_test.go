package parse

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

const article = "<p>The article text that must survive the nesting.</p>"

// nested is n open tags and the article, with or without the ends.
func nested(open, end string, n int, closed bool) []byte {
	s := strings.Repeat(open, n) + article
	if closed {
		s += strings.Repeat(end, n)
	}
	return []byte("<!DOCTYPE html><html><body>" + s + "<p>After the nest.</p></body></html>")
}

// treeDepth is the deepest element nesting in the tree under n.
func treeDepth(n *html.Node) int {
	d := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		d = max(d, treeDepth(c))
	}
	if n.Type == html.ElementNode {
		d++
	}
	return d
}

// TestDocumentDeep: pages nested past the parser's 512 open elements
// parse, with their text, and hostile nesting ends up shallow.
func TestDocumentDeep(t *testing.T) {
	for _, tc := range []struct {
		name string
		page []byte
	}{
		{"600 unclosed font", nested(`<font face="Arial">`, "", 600, false)},
		{"600 unclosed div", nested("<div>", "", 600, false)},
		{"600 unclosed span", nested(`<span class="x">`, "", 600, false)},
		{"600 closed div", nested("<div>", "</div>", 600, true)},
		{"600 unclosed b and i", nested("<b><i>", "", 300, false)},
		{"nested tables", nested("<table><tr><td>", "", 300, false)},
		{"nested lists", nested("<ul><li>", "", 400, false)},
		{"nested svg groups", nested("<svg><g>", "", 400, false)},
		{"600 fonts of different colours before paragraphs", func() []byte {
			var b strings.Builder
			for i := range 600 {
				fmt.Fprintf(&b, `<font color="#%06d"><p>Paragraph %d.`, i, i)
			}
			return nested(b.String(), "", 1, false)
		}()},
		{"20,000 divs", nested("<div>", "", 20000, false)},
		{"20,000 closed spans", nested("<span>", "</span>", 20000, true)},
		{"20,000 fonts", nested("<font>", "", 20000, false)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := html.Parse(bytes.NewReader(tc.page)); !TooDeep(err) {
				t.Fatalf("html.Parse: %v, want the open stack error (the case tests nothing)", err)
			}
			doc, err := Document(tc.page)
			if err != nil {
				t.Fatal(err)
			}
			var text strings.Builder
			var walk func(*html.Node)
			walk = func(n *html.Node) {
				if n.Type == html.TextNode {
					text.WriteString(n.Data)
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
			for _, want := range []string{"The article text that must survive the nesting.", "After the nest."} {
				if !strings.Contains(text.String(), want) {
					t.Errorf("%q lost", want)
				}
			}
			if d := treeDepth(doc); d > 512 {
				t.Errorf("tree %d deep", d)
			}
		})
	}
}

// TestDocumentDeepMemory bounds the memory hostile nesting costs: bytes
// allocated to parse 200,000 unclosed <div>s, against those of a page as
// long made of 200,000 sibling <div>s, which the parser takes as it is.
func TestDocumentDeepMemory(t *testing.T) {
	deep := nested("<div>", "", 200000, false)
	flat := nested("<div></div>", "", 200000, false)
	alloc := func(page []byte) uint64 {
		var m0, m1 runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&m0)
		if _, err := Document(page); err != nil {
			t.Fatal(err)
		}
		runtime.ReadMemStats(&m1)
		return m1.TotalAlloc - m0.TotalAlloc
	}
	d, f := alloc(deep), alloc(flat)
	t.Logf("deep %d KB, flat %d KB", d>>10, f>>10)
	if d > 2*f {
		t.Errorf("200,000 nested divs allocate %d KB, %0.1fx a flat page of as many", d>>10, float64(d)/float64(f))
	}
}

// TestCloseDeepUnchanged: a page nested less deep than the limit comes
// back byte for byte.
func TestCloseDeepUnchanged(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "sample", "*.html"))
	if len(pages) == 0 {
		t.Fatal("no sample pages")
	}
	cases := map[string][]byte{
		"mixed": []byte(`<!DOCTYPE html><HTML><Body><P>One<p>two<UL><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table>` +
			`<svg viewBox="0 0 1 1"><foreignObject><div>f</div></foreignObject><path d="M0"/></svg><script>if (a<b) x="</div>"</script>` +
			`<textarea><b>raw</b></textarea><!-- c --><select><option>1<option>2</select>&amp; &lt;b&gt;</body></html>`),
		"200 divs": nested("<div>", "</div>", 200, true),
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		cases[filepath.Base(p)] = b
	}
	for name, page := range cases {
		t.Run(name, func(t *testing.T) {
			if got := CloseDeep(page, 256); !bytes.Equal(got, page) {
				t.Errorf("changed: %d bytes became %d", len(page), len(got))
			}
		})
	}
}

// TestCloseDeepPairs: end tags of elements closed early are left out
// (an empty comment keeps the text on each side apart), so the elements
// after the nest are not closed by them.
func TestCloseDeepPairs(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<div><div><div>x</div></div></div><p>y", "<div><div></div><div>x<!----></div></div><p>y"},
		{"<b><i><u>x", "<b><i></i><u>x"},
		{"<ul><li>a<li>b<li>c</ul>", "<ul><li>a<li>b<li>c</ul>"},
		{"<span><em><a href=/x>y</a></em></span>z", "<span><em></em><a href=/x>y</a></span>z"},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := string(CloseDeep([]byte(tc.in), 2)); got != tc.want {
				t.Errorf("CloseDeep(%q, 2) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

// TestDocumentDeepKeepsStructure: the article after a run of unclosed
// elements keeps its own nesting.
func TestDocumentDeepKeepsStructure(t *testing.T) {
	const art = `<article><h1>T</h1><div class="body"><p>Text <a href="/x">link <b>bold</b></a> more.</p></div></article>`
	for _, tc := range []struct{ name, run string }{
		{"fonts", strings.Repeat(`<font size="2">`, 600)},
		{"spans", strings.Repeat(`<span>`, 5000)},
		{"divs", strings.Repeat(`<div>`, 600)},
		{"divs and fonts", strings.Repeat(`<div><font>`, 700)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := Document([]byte("<body>" + tc.run + art))
			if err != nil {
				t.Fatal(err)
			}
			var b *html.Node
			var find func(*html.Node)
			find = func(n *html.Node) {
				if n.Type == html.ElementNode && n.Data == "b" && n.FirstChild != nil && n.FirstChild.Data == "bold" {
					b = n
				}
				for c := n.FirstChild; c != nil && b == nil; c = c.NextSibling {
					find(c)
				}
			}
			find(doc)
			if b == nil {
				t.Fatal("no <b>bold</b>")
			}
			var path []string
			for p := b; p != nil && p.Data != "body"; p = p.Parent {
				if p.Data != "font" && p.Data != "span" && !(p.Data == "div" && len(p.Attr) == 0) {
					path = append([]string{p.Data}, path...)
				}
			}
			if got := strings.Join(path, ">"); got != "article>div>p>a>b" {
				t.Errorf("<b> is under %s", got)
			}
			if p := b.Parent.Parent; p.LastChild == nil || p.LastChild.Data != " more." {
				t.Errorf("the paragraph ends %q", p.LastChild.Data)
			}
		})
	}
}

// CloseDeep returns a copy of text in which no more than limit elements
// are open at once: before a start tag that would open one more, the
// innermost open elements are closed down to half the limit (and so are
// inline elements past half the limit before a block), and the end tags
// the page writes for them later are left out. The copy is made of the
// page's own tokens, byte for byte, with only those end tags added and
// removed (or made an empty comment where the text around would join):
// text not nested past half the limit is returned unchanged.
//
// The depth is the tokens' nesting as the parser would build it, in the
// main: void elements open nothing, an end tag closes the elements
// opened after its own, and a new <li>, <p>, cell, row or option closes
// the one before it, as the parser does for unclosed ones.
func CloseDeep(text []byte, limit int) []byte {
	return closeDeep(text, limit, false)
}

// Document parses text. Its error is the parser's when even the last
// copy with deep elements closed fails.
func Document(text []byte) (*html.Node, error) {
	return DocumentContext(context.Background(), text)
}
