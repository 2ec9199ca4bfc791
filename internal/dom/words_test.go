package dom

import (
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func element(t *testing.T, tag string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader("<body>" + tag))
	if err != nil {
		t.Fatal(err)
	}
	n := Find(doc, func(n *html.Node) bool { return n.Data == "div" })
	if n == nil {
		t.Fatalf("no div in %q", tag)
	}
	return n
}

func TestWords(t *testing.T) {
	tests := []struct {
		tag  string
		want []string
	}{
		{`<div>`, nil},
		{`<div class="">`, []string{}},
		{`<div class="article__body" id="mainContent">`, []string{"article", "body", "main", "content"}},
		{`<div class="FAQ-list js-faqBlock2">`, []string{"faq", "list", "js", "faq", "block2"}},
		{`<div class="HTMLParser x">`, []string{"htmlparser", "x"}},
		{`<div class="Bücher-Übersicht">`, []string{"bücher", "übersicht"}},
		{`<div data-class="skip" class="a b c d e f g h i j">`, []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}},
	}
	for _, tt := range tests {
		t.Run(tt.tag, func(t *testing.T) {
			n := element(t, tt.tag)
			got := Words(n)
			if !reflect.DeepEqual(got, tt.want) && !(len(got) == 0 && len(tt.want) == 0) {
				t.Errorf("Words(%s) = %q, want %q", tt.tag, got, tt.want)
			}
			for _, w := range tt.want {
				if !AnyWord(n, func(x string) bool { return x == w }) {
					t.Errorf("AnyWord(%s) misses %q", tt.tag, w)
				}
			}
			calls := 0
			if AnyWord(n, func(string) bool { calls++; return false }) || calls != len(tt.want) {
				t.Errorf("AnyWord(%s) saw %d words, want %d", tt.tag, calls, len(tt.want))
			}
		})
	}
}

func TestAnyWordStopsAtFirstMatch(t *testing.T) {
	n := element(t, `<div class="one two three">`)
	var seen []string
	AnyWord(n, func(w string) bool { seen = append(seen, w); return w == "two" })
	if want := []string{"one", "two"}; !reflect.DeepEqual(seen, want) {
		t.Errorf("AnyWord visited %q, want %q", seen, want)
	}
}

func TestSplitWordsAppends(t *testing.T) {
	got := SplitWords([]string{"x"}, "camelCase_snake")
	if want := []string{"x", "camel", "case", "snake"}; !reflect.DeepEqual(got, want) {
		t.Errorf("SplitWords = %q, want %q", got, want)
	}
}

func TestNextField(t *testing.T) {
	for _, tc := range []struct{ in, field, rest string }{
		{"a b", "a", " b"},
		{"  \tsr-only\nx", "sr-only", "\nx"},
		{"", "", ""},
		{"   ", "", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if f, r := NextField(tc.in); f != tc.field || r != tc.rest {
				t.Errorf("NextField(%q) = %q, %q; want %q, %q", tc.in, f, r, tc.field, tc.rest)
			}
		})
	}
}

func TestContainsFold(t *testing.T) {
	for _, tc := range []struct {
		s, needle string
		want      bool
	}{
		{"Text von Anna", "von ", true},
		{"TEXT VON ANNA", "von ", true},
		{"Vonnegut", "von ", false},
		{"see www.Example.org", "www.", true},
		{"", "by ", false},
		{"anything", "", true},
	} {
		t.Run(tc.s+"/"+tc.needle, func(t *testing.T) {
			if got := ContainsFold(tc.s, tc.needle); got != tc.want {
				t.Errorf("ContainsFold(%q, %q) = %v, want %v", tc.s, tc.needle, got, tc.want)
			}
		})
	}
}
