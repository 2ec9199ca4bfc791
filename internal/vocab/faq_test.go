package vocab

import (
	"strings"
	"testing"
)

func TestFAQTitle(t *testing.T) {
	yes := []string{"FAQ", "FAQs", "F.A.Q.", "Frequently Asked Questions", "Häufig gestellte Fragen",
		"Questions fréquentes", "Preguntas frecuentes", "Domande frequenti", "Perguntas frequentes",
		"Veelgestelde vragen", "Najczęściej zadawane pytania", "Q&A", "FAQ: eSIM", "Frequently asked questions about eSIMs"}
	no := []string{"", "Faqir's story", "Why FAQ pages work?", "Help & FAQ", "Support FAQ", "Questions",
		"The downsides", "Frequently asked questions are a sign of a confusing product and here is why it matters"}
	for _, s := range yes {
		t.Run(s, func(t *testing.T) {
			if !FAQTitle(s) {
				t.Errorf("FAQTitle(%q) = false", s)
			}
		})
	}
	for _, s := range no {
		t.Run(s, func(t *testing.T) {
			if FAQTitle(s) {
				t.Errorf("FAQTitle(%q) = true", s)
			}
		})
	}
}

// faqTitleByStrings is FAQTitle written with strings, the definition
// the buffer-based version must agree with.
func faqTitleByStrings(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || len(t) > 200 || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "¿") {
		return false
	}
	w := normWords(t)
	if w == "" || strings.Count(w, " ") > 9 {
		return false
	}
	padded := " " + w + " "
	for _, p := range faqPhrases {
		if strings.Contains(padded, " "+p+" ") {
			return !hasHelpWord(w)
		}
	}
	return false
}

func FuzzFAQTitle(f *testing.F) {
	f.Add("Häufig gestellte Fragen (FAQ)")
	f.Add("F.A.Q. – Help center")
	f.Add("Why are FAQ pages popular?")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := FAQTitle(s), faqTitleByStrings(s); got != want {
			t.Errorf("FAQTitle(%q) = %v, want %v", s, got, want)
		}
	})
}

// normWords lower-cases s and keeps only letters and digits, separating
// runs with single spaces, so "F.A.Q. – Häufige Fragen!" becomes
// "f a q häufige fragen".
func normWords(s string) string {
	return string(appendNormWords(nil, s))
}
