package extract_test

import (
	"errors"
	"testing"

	"github.com/pith-org/pith/internal/extract"
)

// A page with no article says why when the reason is known, and is
// always ErrNoArticle.
func TestNoArticleReason(t *testing.T) {
	cases := []struct{ name, page, want string }{
		{"navigation only", `<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav></body></html>`, "no article found"},
		{"empty body", `<html><head><title>Harbour works reopen</title><meta name="description" content="The quay opens in May."></head><body><div id="app"></div></body></html>`, "no article found: the page's body has no text"},
		{"script shell", `<html><head><title>Harbour works reopen</title><script src="/app.js"></script></head><body><div id="app">Loading…</div></body></html>`, "no article found: page is rendered by JavaScript"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := extract.FromBytes([]byte(tc.page), extract.Options{})
			if !errors.Is(err, extract.ErrNoArticle) {
				t.Fatalf("err = %v, want ErrNoArticle", err)
			}
			if err.Error() != tc.want {
				t.Errorf("err = %q, want %q", err, tc.want)
			}
		})
	}
}
