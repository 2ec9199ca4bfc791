package clean_test

import (
	"testing"

	"github.com/pith-org/pith/internal/clean"
)

// TestCleanEntryTerms: a post's taxonomy classes do not make it
// furniture; the same classes without the entry mark still do.
func TestCleanEntryTerms(t *testing.T) {
	page := func(items string) string {
		return "<html><body><main><h1>Spanish materials</h1><p>" + prose(4) + "</p><ul>" + items + "</ul></main></body></html>"
	}
	runCleanCases(t, []cleanCase{
		{name: "entry with a licence term", page: page(`<li class="post-1819 type-oer status-publish hentry license-cc-by-nc-sa">ENTRY Estamos aquí, a heritage course.</li>`), keep: []string{"ENTRY"}},
		{name: "h-entry in a category", page: page(`<li class="h-entry category-sidebar">HENTRY notes from the field.</li>`), keep: []string{"HENTRY"}},
		{name: "no entry mark", page: page(`<li class="license-cc-by-nc-sa">LICENCE all rights reserved.</li>`), drop: []string{"LICENCE"}},
	}, clean.Options{})
}
