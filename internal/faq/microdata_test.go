package faq

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func TestItemType(t *testing.T) {
	for _, tc := range []struct{ attr, val, want string }{
		{"itemtype", "https://schema.org/Question", "Question"},
		{"itemtype", "  http://schema.org/FAQPage https://schema.org/WebPage", "FAQPage"},
		{"itemtype", "\u00a0schema:Answer\tx", "Answer"},
		{"itemtype", "   ", ""},
		{"typeof", "schema:Question", "Question"},
		{"itemprop", "https://schema.org/Question", ""},
	} {
		t.Run(tc.attr, func(t *testing.T) {
			n := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div, Attr: []html.Attribute{{Key: tc.attr, Val: tc.val}}}
			if got := itemType(n); got != tc.want {
				t.Errorf("itemType(%s=%q) = %q, want %q", tc.attr, tc.val, got, tc.want)
			}
			// The definition: the last segment of the first field.
			want := ""
			if tc.attr == "itemtype" || tc.attr == "typeof" {
				if f := strings.Fields(tc.val); len(f) > 0 {
					want = lastSegment(f[0])
				}
			}
			if got := itemType(n); got != want {
				t.Errorf("itemType(%s=%q) = %q, by fields %q", tc.attr, tc.val, got, want)
			}
		})
	}
}
