package clean_test

import (
	"testing"

	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
)

func TestHeadlineOutsideFurniture(t *testing.T) {
	story := `<div class="post"><h1 id="story">Quiet harbour</h1><p>` + prose(8) + `</p></div>`
	dialog := `<div class="modal-box"><p>You are sending:</p><h3 id="dialog">Quiet harbour</h3><p>` + prose(4) + `</p></div>`
	rail := `<div class="related"><h3 id="rail">Quiet harbour</h3><p>` + prose(3) + `</p></div>`
	for _, tc := range []struct {
		name, page, want string
		off              bool
	}{
		{name: "an email dialog repeats the headline", page: story + dialog, want: "story"},
		{name: "rule off: the least prose wins", page: story + dialog, want: "dialog", off: true},
		{name: "a related rail announces the page", page: rail + story, want: "story"},
		{name: "every match in furniture", page: dialog, want: "dialog"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, `<html><head><title>Quiet harbour</title></head><body>`+tc.page+`</body></html>`)
			var off map[string]bool
			if tc.off {
				off = map[string]bool{"headline-outside-furniture": true}
			}
			r := clean.Clean(doc, clean.Options{Title: "Quiet harbour", Trace: rules.NewTrace(off, false)})
			if r.Headline == nil || dom.Attr(r.Headline, "id") != tc.want {
				got := "nil"
				if r.Headline != nil {
					got = dom.Attr(r.Headline, "id")
				}
				t.Errorf("headline %s, want %s", got, tc.want)
			}
		})
	}
}
