package vocab

import (
	"regexp"
	"strings"
)

// captionLabel opens a figure caption set as a paragraph: a label word,
// an optional number, a colon.
var captionLabel = regexp.MustCompile(`^(?i)(abbildung|abb\.|figure|fig\.|grafik|illustration|image|bild|foto|photo)\s*\d*[a-z]?\s*:`)

// CaptionLine reports a paragraph that is a figure caption set as text
// ("Abbildung 4: …", "Fig. 2: …").
func CaptionLine(text string) bool {
	return len(text) < 400 && CaptionLow(strings.ToLower(text))
}

// CaptionLow is CaptionLine on lower-cased text.
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
