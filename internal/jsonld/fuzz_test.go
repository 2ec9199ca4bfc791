package jsonld

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzObjects feeds arbitrary script text through the tolerant reader:
// it must never panic, and whatever it returns must be objects whose
// string helpers work.
func FuzzObjects(f *testing.F) {
	for _, s := range []string{
		`{"@type":"NewsArticle","headline":"H","author":[{"@type":"Person","name":"A"}]}`,
		`{"@graph":[{"@type":"WebPage"},{"@type":"FAQPage","mainEntity":{"@type":"Question","name":"Q?","acceptedAnswer":{"text":"<p>A</p>"}}}]}`,
		"// c\n{\"@type\":/* x */\"Article\",}",
		`[{"@type":"A"},{"@type":"B"}] {"@type":"C"}`,
		`{&quot;@type&quot;:&quot;Article&quot;}`,
		`{"a":"unterminated`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, script string) {
		doc, err := html.Parse(strings.NewReader(`<html><head><script type="application/ld+json">` +
			strings.ReplaceAll(script, "</", "<\\/") + `</script></head><body></body></html>`))
		if err != nil {
			return
		}
		for _, o := range Objects(doc) {
			_ = Types(o)
			_ = HasType(o, "Article")
			for k := range o {
				_ = String(o, k)
			}
		}
		for _, v := range Decode(script) {
			_ = AsString(v)
		}
	})
}
