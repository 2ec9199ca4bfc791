package extract_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/extract"
)

// TestDeeplyNestedPages: browsers render pages with hundreds of unclosed
// elements, which the HTML parser refuses past 512 open ones; pith must
// give their article too.
func TestDeeplyNestedPages(t *testing.T) {
	const text = "The council met on Tuesday evening, heard the residents and voted on the new budget for schools."
	body := strings.Repeat("<p>"+text+"</p>\n", 4)
	for _, tc := range []struct{ name, page string }{
		{"600 unclosed font", strings.Repeat(`<font face="Verdana" size="2">`, 600) + body},
		{"600 unclosed div", strings.Repeat("<div>", 600) + body},
		{"600 unclosed span", strings.Repeat(`<span class="s">`, 600) + body},
		{"unclosed font of a colour per paragraph", func() string {
			var b strings.Builder
			for i := range 600 {
				fmt.Fprintf(&b, `<font color="#%06x"><p>%s`, i, text)
			}
			return b.String()
		}()},
		{"20,000 unclosed div", strings.Repeat("<div>", 20000) + body},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := "<!DOCTYPE html><html><head><title>Budget vote</title></head><body><h1>Budget vote</h1>" + tc.page + "</body></html>"
			a, err := extract.FromBytes([]byte(page), extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got := a.PlainText(); !strings.Contains(got, text) {
				t.Errorf("article text %.200q", got)
			}
		})
	}
}
