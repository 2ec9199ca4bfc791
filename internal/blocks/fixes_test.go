package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/blocks"
)

func TestDoubleBrSplitsParagraphs(t *testing.T) {
	bs := build(t, `<div>Para one with some words<br><br>Para two with more words</div>`, blocks.Options{})
	if kinds(bs) != "paragraph,paragraph" {
		t.Fatalf("kinds = %s, want two paragraphs (%q)", kinds(bs), plain(bs))
	}
}

func TestImageOnlyParagraphIsFigure(t *testing.T) {
	for _, src := range []string{`<p><img src="/d.jpg"></p>`, `<div><img src="/e.jpg"></div>`} {
		t.Run(src, func(t *testing.T) {
			bs := build(t, src, blocks.Options{Base: mustURL(t, "https://example.org/a/")})
			if len(bs) != 1 || bs[0].Kind != article.Figure || bs[0].Src == "" || bs[0].Src[:8] != "https://" {
				t.Errorf("%s: got %+v, want one figure with an absolute src", src, bs)
			}
		})
	}
}

func TestInPageAnchorsAreNotLinks(t *testing.T) {
	bs := build(t, `<p>See the note<a href="#fn1">1</a> and <a href="/x">this page</a> for more.</p>`,
		blocks.Options{Base: mustURL(t, "https://example.org/a")})
	if len(bs) != 1 {
		t.Fatalf("got %d blocks", len(bs))
	}
	for _, sp := range bs[0].Spans {
		if sp.Text == "1" && sp.Href != "" {
			t.Errorf("anchor kept as link %q", sp.Href)
		}
		if sp.Text == "this page" && sp.Href != "https://example.org/x" {
			t.Errorf("link = %q", sp.Href)
		}
	}
}

func TestRelatedStoriesHeadingDropsItsSection(t *testing.T) {
	bs := build(t, `<h2>The story</h2><p>A paragraph of the article with enough words in it.</p>
		<h2>Related stories</h2><p>A teaser for another story that is not this one.</p>`, blocks.Options{})
	if got := plain(bs); got != "The story\n\nA paragraph of the article with enough words in it." {
		t.Errorf("got %q", got)
	}
}

func TestRubyAnnotationsStayInline(t *testing.T) {
	bs := build(t, `<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>法律<rt>ほうりつ</rt></ruby>ができる</p>`, blocks.Options{})
	if len(bs) != 1 {
		t.Fatalf("got %d blocks (%q), want one paragraph", len(bs), plain(bs))
	}
}

func TestMathMLStaysInTheSentence(t *testing.T) {
	bs := build(t, `<p>When <math><mi>a</mi><mo>≠</mo><mn>0</mn></math>, there are two solutions.</p>`, blocks.Options{})
	if len(bs) != 1 || bs[0].Text != "When a≠0, there are two solutions." && bs[0].Text != "When a ≠ 0 , there are two solutions." {
		t.Errorf("got %q", plain(bs))
	}
}

func TestLoneLabels(t *testing.T) {
	bs := build(t, `<p>Zutaten:</p><ul><li>200 g Mehl</li><li>2 Eier</li></ul><p>Ein Absatz mit genug Text für den Artikel.</p><p>Kontakt:</p><p>Jane Doe, Pressestelle</p>`, blocks.Options{})
	got := plain(bs)
	if !strings.Contains(got, "Zutaten:") || strings.Contains(got, "Kontakt:") {
		t.Errorf("got %q", got)
	}
}
