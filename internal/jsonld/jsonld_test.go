package jsonld

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestObjects(t *testing.T) {
	tests := []struct {
		name  string
		html  string
		types []string
	}{
		{"plain", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>`, []string{"NewsArticle"}},
		{"array", `<script type="application/ld+json">[{"@type":"A"},{"@type":"B"}]</script>`, []string{"A", "B"}},
		{"graph", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"Article"}]}</script>`, []string{"", "WebPage", "Article"}},
		{"trailing comma", `<script type="application/ld+json">{"@type":"Article","headline":"H",}</script>`, []string{"Article"}},
		{"comments", "<script type=\"application/ld+json\">// c\n{\"@type\":/* x */\"Article\"}</script>", []string{"Article"}},
		{"raw newline in string", "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"articleBody\":\"a\nb\"}</script>", []string{"Article"}},
		{"entities", `<script type="application/ld+json">{&quot;@type&quot;:&quot;Article&quot;}</script>`, []string{"Article"}},
		{"two objects", `<script type="application/ld+json">{"@type":"A"} {"@type":"B"}</script>`, []string{"A", "B"}},
		{"schema prefix", `<script type="application/ld+json">{"@type":"http://schema.org/Article"}</script>`, []string{"Article"}},
		{"garbage", `<script type="application/ld+json">{not json at all</script>`, nil},
		{"two scripts", `<script type="application/ld+json">{"@type":"A"}</script><script type="application/ld+json">{"@type":"B"}</script>`, []string{"A", "B"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><head>" + tt.html + "</head><body></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			objs := Objects(doc)
			var got []string
			for _, o := range objs {
				got = append(got, strings.Join(Types(o), ","))
			}
			if strings.Join(got, ";") != strings.Join(tt.types, ";") {
				t.Errorf("types = %q, want %q", got, tt.types)
			}
		})
	}
}

func TestAsString(t *testing.T) {
	if got := AsString([]any{map[string]any{"name": "Jane"}}); got != "Jane" {
		t.Errorf("got %q", got)
	}
	if got := AsString(map[string]any{"@value": "v"}); got != "v" {
		t.Errorf("got %q", got)
	}
}
