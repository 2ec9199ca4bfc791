package vocab

import (
	"regexp"
)

// captionLabel opens a figure caption set as a paragraph: a label word,
// an optional number, a colon.
var captionLabel = regexp.MustCompile(`^(?i)(abbildung|abb\.|figure|fig\.|grafik|illustration|image|bild|foto|photo)\s*\d*[a-z]?\s*:`)

// CaptionLow reports a paragraph, lower-cased, that is a figure caption
// set as text ("abbildung 4: …", "fig. 2: …").
func CaptionLow(low string) bool {
	if low == "" {
		return false
	}
	switch low[0] {
	case 'a', 'f', 'g', 'i', 'b', 'p':
		return captionLabel.MatchString(low)
	}
	return false
}
