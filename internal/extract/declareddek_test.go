package extract_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/extract"
)

func TestDeclaredBodyDek(t *testing.T) {
	const dek = "DEKMARK The quay is closed for the winter, and the ferry will not run again before May, the harbour office said."
	page := func(desc, shown, body string) string {
		return `<html><head><meta name="description" content="` + desc + `">` +
			`<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour works reopen","articleBody":"` + body + `"}</script></head>` +
			`<body><main><h1>Harbour works reopen</h1><p>` + shown + `</p><p>Subscribe to read on.</p></main></body></html>`
	}
	body := "BODYMARK " + s1 + " " + s2 + " " + s3 + " " + s4
	for _, tc := range []struct {
		name, page string
		off        bool
		want       []string // in the text, in this order
		not        string
	}{
		{name: "the description shown under the headline", page: page(dek, dek, body), want: []string{"DEKMARK", "BODYMARK"}},
		{name: "a description cut short", page: page(dek[:80]+"…", dek, body), want: []string{"DEKMARK", "BODYMARK"}},
		{name: "the body holds it", page: page(dek, dek, dek+" "+body), want: []string{"DEKMARK", "BODYMARK"}},
		{name: "a teaser that is not the description", page: page("The harbour office has news about the quay, the ferry and the works this winter.", dek, body), want: []string{"BODYMARK"}, not: "DEKMARK"},
		{name: "rule off", page: page(dek, dek, body), off: true, want: []string{"BODYMARK"}, not: "DEKMARK"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := extract.Options{}
			if tc.off {
				o.Disabled = map[string]bool{"declared-body-dek": true}
			}
			a, err := extract.FromBytes([]byte(tc.page), o)
			if err != nil {
				t.Fatal(err)
			}
			text := a.PlainText()
			at := 0
			for _, w := range tc.want {
				i := strings.Index(text[at:], w)
				if i < 0 {
					t.Fatalf("%s missing or out of order in %q", w, text)
				}
				at += i
			}
			if strings.Count(text, "DEKMARK") > 1 {
				t.Errorf("standfirst twice: %q", text)
			}
			if tc.not != "" && strings.Contains(text, tc.not) {
				t.Errorf("kept %s: %q", tc.not, text)
			}
		})
	}
}
