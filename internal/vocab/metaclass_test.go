package vocab

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
)

// metaKindsByWords is the reference for MetaKinds: the words as dom splits
// them, looked up one by one, skipping the class tokens that open with a
// state word.
func metaKindsByWords(s string) MetaKind {
	var k MetaKind
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
	}) {
		// Generated runs ("i11bN5dsByBjp2U8Y") hold no words.
		var b strings.Builder
		for i := 0; i < len(tok); {
			j := i
			for j < len(tok) && isAlnum(tok[j]) {
				j++
			}
			if j > i {
				if !hashed(tok[i:j]) {
					b.WriteString(tok[i:j])
				} else {
					b.WriteByte('-')
				}
				i = j
				continue
			}
			b.WriteByte(tok[i])
			i++
		}
		ws := dom.SplitWords(nil, b.String())
		if len(ws) > 0 && StateWord(ws[0]) {
			continue
		}
		for _, w := range ws {
			k |= kindOf[w]
		}
	}
	return k
}

func TestMetaKinds(t *testing.T) {
	for _, c := range []struct {
		attr string
		want MetaKind
	}{
		{"post-byline", KindByline},
		{"entry__date published", KindDate | KindPub},
		{"articleAuthor", KindByline},
		{"ArticleKicker", KindKicker},
		{"comments-area sidebar", KindSkip},
		{"lastUpdated", KindUpdate},
		{"author-name fn", KindByline | KindName},
		{"authorship datepicker", 0},
		{"AUTHOR", KindByline},
		{"autorin", KindByline},
		{"auteur-é", KindByline},
		{"éauthor", 0},
		{"main-content has-double-sidebar", 0},
		{"hasComments entry-date", KindDate},
		{"no-author\tbyline", KindByline},
		{"", 0},
		{"a-very-long-class-string-without-any-known-word-in-it-at-all", 0},
		{"i11bN5dsByBjp2U8Y", 0},
		{"x9Date css-1aB2byline", 0},
		{"author-2 h1", KindByline},
	} {
		t.Run(c.attr, func(t *testing.T) {
			if got := MetaKinds(c.attr); got != c.want {
				t.Errorf("MetaKinds(%q) = %b, want %b", c.attr, got, c.want)
			}
			if ref := metaKindsByWords(c.attr); ref != c.want {
				t.Errorf("reference kinds of %q = %b, want %b", c.attr, ref, c.want)
			}
		})
	}
}

// FuzzMetaKinds checks the allocation-free scan against the word list.
func FuzzMetaKinds(f *testing.F) {
	for _, s := range []string{"post-byline", "entryDate updated", "AuthorName", "x_y-z Kicker", "ÄuthorDate", "is-sidebar\fdate", "Has-Author", "i11bN5dsByBjp2U8Y", "a1bDate-x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := MetaKinds(s), metaKindsByWords(s); got != want {
			t.Fatalf("MetaKinds(%q) = %b, want %b", s, got, want)
		}
	})
}
