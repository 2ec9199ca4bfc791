package vocab

import "strings"

// creditMarks appear in image credits and captions that sit in the text
// as paragraphs of their own ("Roman Prymula, photo: Archives",
// "(© FEI/Christophe Taniere)", "Bild: AFP/SID"); a short line holding
// one is a credit, not prose.
var creditMarks = []string{
	"©", "photo:", "photos:", "foto:", "fotos:", "bild:", "bilder:", "credit:", "credits:",
	"image:", "quelle:", "symbolbild", "getty images", "shutterstock", "istock", "adobe stock",
	"stock.adobe", "fotolia", "imago images", "picture alliance", "picture-alliance", "dpa/", "afp/",
	"reuters/", "/ap photo", "ap photo/", "crédit photo", "zdjęcie:", "fot.:", "fotografía:",
}

// CreditLow reports a line that is an image credit, or a caption left
// in the text as a paragraph: what remains without the credit is too
// short to be a sentence of the article. low is text lower-cased.
func CreditLow(text, low string) bool {
	rest := stripCreditLow(text, low)
	return rest != text && len([]rune(rest)) < 40
}

// StripCredit cuts the credit off a caption ("The harbour at dawn.
// Foto: Jane Doe" → "The harbour at dawn."), or returns "" when the
// caption is nothing but a credit.
func StripCredit(caption string) string {
	return stripCreditLow(caption, strings.ToLower(caption))
}

func stripCreditLow(caption, low string) string {
	if len(low) != len(caption) {
		// Lower-casing changed byte offsets (rare scripts): positions in
		// low would not fit caption, so leave it whole.
		return caption
	}
	cut := firstCreditMark(low)
	if cut < 0 {
		return caption
	}
	kept := strings.TrimRight(caption[:cut], " \t–—-|/(,;:")
	if len([]rune(kept)) < 12 {
		return ""
	}
	return kept
}

// firstCreditMark returns the offset of the first credit mark in low, or
// -1. One pass tries, at each byte, the marks that start with it, where
// an Index per mark would read the text thirty times.
func firstCreditMark(low string) int {
	for i := 0; i < len(low); i++ {
		for _, m := range creditByFirst[low[i]] {
			if strings.HasPrefix(low[i:], m) {
				return i
			}
		}
	}
	return -1
}

// creditByFirst buckets creditMarks by their first byte.
var creditByFirst = func() (t [256][]string) {
	for _, m := range creditMarks {
		t[m[0]] = append(t[m[0]], m)
	}
	return t
}()

// TrailingCredit reports a line that ends in a photo credit: a credit
// mark in its last few words ("… Schweiz. © AFP / Jane Doe", "…
// (REUTERS/Jane Doe)"), and returns the line without it. A mark early in
// a long line is a sentence that mentions a photo, not a credit.
func TrailingCredit(text string) (string, bool) {
	low := strings.ToLower(text)
	if len(low) != len(text) {
		return text, false
	}
	cut := firstCreditMark(low)
	if cut < 0 || len([]rune(text[cut:])) > 60 {
		return text, false
	}
	return strings.TrimRight(text[:cut], " \t–—-|/(,;:"), true
}
