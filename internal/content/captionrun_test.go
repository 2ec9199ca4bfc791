package content_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/rules"
)

// captions is a slideshow's list of n captions, each a sentence with
// clauses and, when credited, a photo credit.
func captions(n int, credit string) string {
	var b strings.Builder
	b.WriteString(`<ul class="slides">`)
	for i := 0; i < n; i++ {
		b.WriteString(`<li><h4> </h4><p>CAPTIONMARK The sprinter, right, and his rival compete in the semifinal, London, Wednesday, Aug. 8, 2012.` + credit + `</p></li>`)
	}
	return b.String() + `</ul>`
}

func TestCaptionRunNotScored(t *testing.T) {
	story := `<p>STORYMARK The sprinter did not let anyone spoil his party, and won again.</p><p>His rival, who trains with him, gave it his best shot in the final.</p>`
	for _, tc := range []struct {
		name, page string
		off        bool
		want, not  string
	}{
		{name: "credited captions", page: `<div class="body">` + story + `<div class="promo"><div>` + captions(12, ` (AP Photo/Jane Doe)`) + `</div></div></div>`, want: "STORYMARK"},
		{name: "rule off", page: `<div class="body">` + story + `<div class="promo"><div>` + captions(12, ` (AP Photo/Jane Doe)`) + `</div></div></div>`, off: true, want: "CAPTIONMARK", not: "STORYMARK"},
		{name: "a list of sentences without credits", page: `<div class="body">` + story + `<div class="promo"><div>` + captions(12, "") + `</div></div></div>`, want: "CAPTIONMARK", not: "STORYMARK"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var off map[string]bool
			if tc.off {
				off = map[string]bool{"caption-run-not-scored": true}
			}
			sel := content.Select(body(parse(t, `<html><body>`+tc.page+`</body></html>`)), content.Options{Params: content.Balanced, Trace: rules.NewTrace(off, false)})
			got := textOf(sel.Nodes)
			if !strings.Contains(got, tc.want) {
				t.Errorf("selection misses %s: %q", tc.want, got)
			}
			if tc.not != "" && strings.Contains(got, tc.not) {
				t.Errorf("selection holds %s: %q", tc.not, got)
			}
		})
	}
}
