package vocab

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
)

// classifyByMaps is Classify written directly over the vocabulary maps,
// the definition the merged index must reproduce.
func classifyByMaps(ws []string) Concept {
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if modifiers[w] {
			i++
			continue
		}
		if c, ok := words[w]; ok {
			if c == Sidebar && (w == "widget" || w == "widgets") && containerNamed(ws) {
				continue
			}
			return c
		}
		if c, ok := compounds[w]; ok {
			return c
		}
		if i+1 < len(ws) {
			if c, ok := compounds[w+ws[i+1]]; ok {
				return c
			}
			if i+2 < len(ws) {
				if c, ok := compounds[w+ws[i+1]+ws[i+2]]; ok {
					return c
				}
			}
		}
		if len(w) >= 7 {
			for _, s := range stems {
				if len(w) > len(s.stem) && (hasPrefix(w, s.stem) || hasSuffix(w, s.stem)) {
					return s.c
				}
			}
		}
	}
	return None
}

func TestClassifyIndex(t *testing.T) {
	for _, tc := range []struct {
		class string
		want  Concept
	}{
		{"site-nav", Navigation},
		{"table-of-contents", Navigation},   // three words glued
		{"related-posts", Related},          // two words glued
		{"has-sidebar main", None},          // modifier skips the next word
		{"no-comments post-meta", Meta},     // and the search goes on
		{"post-body", None},                 // "post" heads compounds, "postbody" is none
		{"entry author-wrapper", AuthorBio}, // glued after a non-head word
		{"newsletterform", Newsletter},      // stem
		{"widget post", None},               // the post's own widget
		{"rightRail", Sidebar},
		{"a b c", None},
	} {
		t.Run(tc.class, func(t *testing.T) {
			ws := dom.SplitWords(nil, tc.class)
			if got := Classify(ws); got != tc.want {
				t.Errorf("Classify(%q) = %q, want %q", tc.class, got, tc.want)
			}
			if got, want := Classify(ws), classifyByMaps(ws); got != want {
				t.Errorf("Classify(%q) = %q, by maps %q", tc.class, got, want)
			}
		})
	}
	// Every vocabulary entry, alone and split at each position.
	check := func(ws []string) {
		t.Helper()
		if got, want := Classify(ws), classifyByMaps(ws); got != want {
			t.Errorf("Classify(%q) = %q, by maps %q", ws, got, want)
		}
	}
	for _, m := range []map[string]Concept{words, compounds} {
		for w := range m {
			check([]string{w})
			for i := 1; i < len(w); i++ {
				check([]string{w[:i], w[i:]})
				check([]string{"x", w[:i], w[i:], "y"})
				for j := i + 1; j < len(w); j++ {
					check([]string{w[:i], w[i:j], w[j:]})
				}
			}
		}
	}
}

func FuzzClassify(f *testing.F) {
	f.Add("related-posts has-sidebar")
	f.Add("tableOfContents no_ads widget")
	f.Fuzz(func(t *testing.T, class string) {
		ws := dom.SplitWords(nil, class)
		if got, want := Classify(ws), classifyByMaps(ws); got != want {
			t.Errorf("Classify(%q) = %q, by maps %q", strings.Join(ws, " "), got, want)
		}
	})
}
