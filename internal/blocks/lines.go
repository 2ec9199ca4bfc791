package blocks

import "strings"

// isLabelLine reports a lone label ("Kontakt:", "Weitere Informationen:",
// "Release Date:"): a few words ending in a colon, with nothing after.
func isLabelLine(text string) bool {
	if !strings.HasSuffix(text, ":") || len(text) > 40 {
		return false
	}
	return len(strings.Fields(text)) <= 3
}
