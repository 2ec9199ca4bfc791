package blocks

import (
	"strings"

	"github.com/pith-org/pith/internal/vocab"
)

// isFurnitureLine reports a paragraph that is page furniture: a
// boilerplate line, an image credit, an in-text prompt or a caption set
// as text. The text is lower-cased once for all the tests, and long
// paragraphs skip them.
func isFurnitureLine(text string) bool {
	n := len(text)
	if n >= 400 {
		return false
	}
	low := strings.ToLower(text)
	return n <= 90 && vocab.BoilerLow(low) ||
		n <= 150 && vocab.CreditLow(text, low) ||
		n <= 300 && vocab.PaywallLow(low) ||
		vocab.CaptionLow(low)
}

// isLabelLine reports a lone label ("Kontakt:", "Weitere Informationen:",
// "Release Date:"): a few words ending in a colon, with nothing after.
func isLabelLine(text string) bool {
	if !strings.HasSuffix(text, ":") || len(text) > 40 {
		return false
	}
	return len(strings.Fields(text)) <= 3
}
