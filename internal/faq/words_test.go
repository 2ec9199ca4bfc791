package faq

import (
	"testing"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
)

func TestIsFAQClass(t *testing.T) {
	tests := []struct {
		tag  string
		want bool
	}{
		{`<div class="faq">`, true},
		{`<div class="FAQ-list">`, true},
		{`<section id="faqs">`, true},
		{`<div class="js-faqBlock">`, true},
		{`<div class="block FaqAccordion">`, true},
		{`<div class="faqir-story">`, false}, // the letters, not the word
		{`<div class="faq2">`, false},
		{`<div data-faq="1" class="content">`, false},
		{`<div class="questions">`, false},
		{`<div>`, false},
	}
	for _, tt := range tests {
		t.Run(tt.tag, func(t *testing.T) {
			doc := parse(t, "<body>"+tt.tag+"x")
			n := dom.Find(doc, func(n *html.Node) bool { return n.Data == "div" || n.Data == "section" })
			if got := isFAQClass(n); got != tt.want {
				t.Errorf("isFAQClass(%s) = %v, want %v", tt.tag, got, tt.want)
			}
		})
	}
}

// TestPositionOrder checks the lazily built document order: later nodes
// get larger positions, and nodes inside skipped elements get none.
func TestPositionOrder(t *testing.T) {
	doc := parse(t, `<head><title>t</title></head><body><h2 id="a">FAQ</h2><script>x</script><p id="b">y</p></body>`)
	p := newPage(doc)
	a := dom.Find(doc, func(n *html.Node) bool { return dom.Attr(n, "id") == "a" })
	b := dom.Find(doc, func(n *html.Node) bool { return dom.Attr(n, "id") == "b" })
	title := dom.Find(doc, func(n *html.Node) bool { return n.Data == "title" })
	script := dom.Find(doc, func(n *html.Node) bool { return n.Data == "script" })
	if pa, pb := p.position(a), p.position(b); pa <= 0 || pb <= pa {
		t.Errorf("positions a=%d b=%d, want 0 < a < b", pa, pb)
	}
	if p.position(title) != 0 || p.position(script.FirstChild) != 0 {
		t.Errorf("nodes inside head/script have positions %d, %d; want 0", p.position(title), p.position(script.FirstChild))
	}
	if p.position(script) <= p.position(a) {
		t.Errorf("script itself should be ordered after the heading")
	}
}
