package clean_test

import (
	"testing"

	"github.com/pith-org/pith/internal/clean"
)

// A consent dialog's policy text can outweigh a short article or a
// listing's blurbs; its name, not its size, says what it is.
func TestCleanConsentWhateverItsSize(t *testing.T) {
	runCleanCases(t, []cleanCase{{
		name: "consent dialog larger than the article",
		page: `<html><body><div id="onetrust-consent-sdk"><p>CONSENTMARK ` + prose(12) + `</p></div><div class="story"><p>STORY ` + prose(3) + `</p></div></body></html>`,
		keep: []string{"STORY"}, drop: []string{"CONSENTMARK"},
	}}, clean.Options{})
}
