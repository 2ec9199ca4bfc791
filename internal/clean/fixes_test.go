package clean_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/clean"
)

func TestUpperCaseInlineStyleHides(t *testing.T) {
	doc := parse(t, `<p style="DISPLAY: NONE">secret words</p><p>`+prose(3)+`</p>`)
	clean.Clean(doc, clean.Options{})
	if strings.Contains(allText(doc), "secret words") {
		t.Error("an upper-case display:none paragraph survived")
	}
}

func TestTagCloudIsTags(t *testing.T) {
	if got := clean.Classify([]string{"tag", "cloud"}); got != clean.Tags {
		t.Errorf("Classify(tag cloud) = %q, want %q", got, clean.Tags)
	}
}
