package faq

import (
	"testing"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// newPage skips a test when attrsOf says its attribute is missing; that
// must never skip a test that would succeed.
func TestAttrsOfGatesTests(t *testing.T) {
	attrs := []html.Attribute{
		{Key: "role", Val: "heading"}, {Key: "role", Val: "button"}, {Key: "aria-level", Val: "3"},
		{Key: "class", Val: "faq-list"}, {Key: "id", Val: "FAQs"}, {Key: "class", Val: "news"},
		{Key: "itemtype", Val: "https://schema.org/Question"}, {Key: "typeof", Val: "schema:Question"},
		{Key: "aria-expanded", Val: "false"}, {Key: "aria-controls", Val: "p1"},
	}
	tags := []atom.Atom{atom.Div, atom.H3, atom.Button, atom.Span, atom.Dt, atom.Section}
	for _, tag := range tags {
		t.Run(tag.String(), func(t *testing.T) {
			// Every subset of up to three attributes.
			for i := -1; i < len(attrs); i++ {
				for j := i; j < len(attrs); j++ {
					for k := j; k < len(attrs); k++ {
						var as []html.Attribute
						for _, x := range []int{i, j, k} {
							if x >= 0 {
								as = append(as, attrs[x])
							}
						}
						n := &html.Node{Type: html.ElementNode, DataAtom: tag, Data: tag.String(), Attr: as}
						has := attrsOf(n)
						if headingLevel(n) > 0 && !dom.IsHeading(n) && has&hasRole == 0 {
							t.Errorf("%v: heading without the role flag", as)
						}
						if isFAQClass(n) && has&hasFAQName == 0 {
							t.Errorf("%v: FAQ class without the flag", as)
						}
						if itemType(n) != "" && has&hasItemType == 0 {
							t.Errorf("%v: item type without the flag", as)
						}
						if isToggle(n) && has&hasToggle == 0 {
							t.Errorf("%v: toggle without the flag", as)
						}
					}
				}
			}
		})
	}
}

func TestAttrsOf(t *testing.T) {
	n := &html.Node{Type: html.ElementNode, DataAtom: atom.Div, Data: "div", Attr: []html.Attribute{
		{Key: "class", Val: "box"}, {Key: "id", Val: "Faq"}, {Key: "aria-controls", Val: "x"},
	}}
	if got, want := attrsOf(n), hasFAQName|hasToggle; got != want {
		t.Errorf("attrsOf = %b, want %b", got, want)
	}
	if got := attrsOf(&html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}); got != 0 {
		t.Errorf("attrsOf(<p>) = %b, want 0", got)
	}
}
