package vocab

import (
	"strings"
	"testing"
)

// lineCase is one text and whether a line test takes it.
type lineCase struct {
	in   string
	want bool
}

func runLineCases(t *testing.T, test func(string) bool, cases []lineCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.in, func(t *testing.T) {
			if got := test(tc.in); got != tc.want {
				t.Errorf("%q: got %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestStripCredit(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The harbour at dawn. Foto: Jane Doe", "The harbour at dawn."},
		{"1Password scannt auch QR-Codes. (Bild: Hersteller)", "1Password scannt auch QR-Codes."},
		{"(© FEI/Christophe Taniere)", ""},
		{"Foto: dpa", ""},
		{"A quiet street in Lisbon", "A quiet street in Lisbon"},
		{"Cyber-Attacken nehmen weiter zu. – © Sergey Nivens – stock.adobe.com", "Cyber-Attacken nehmen weiter zu."},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := StripCredit(tc.in); got != tc.want {
				t.Errorf("StripCredit(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestCreditLine(t *testing.T) {
	runLineCases(t, creditLine, []lineCase{
		{"Roman Prymula, photo: Archives du Gouvernement", true},
		{"(© FEI/Christophe Taniere)", true},
		{"Bild: AFP/SID", true},
		{"Raspberry Pi 3 - A credit card sized PC that only costs $35 - Image: Raspberry Pi Foundation", false},
		{"The council met on Tuesday to discuss the harbour heat network.", false},
	})
}

func TestPaywallLine(t *testing.T) {
	runLineCases(t, paywallLine, []lineCase{
		{"If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.", true},
		{"Sie sind bereits Abonnent? Hier anmelden.", true},
		{"Déjà abonné ? Connectez-vous.", true},
		// app promotions, opinion disclaimers, donation appeals
		{"For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.", true},
		{"Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.", true},
		{"Help us continue to spread the magic of words to readers everywhere", true},
		{"The council said subscriptions to the service rose by a third last year.", false},
	})
}

func TestCaptionLine(t *testing.T) {
	runLineCases(t, captionLine, []lineCase{
		{"Abbildung 4: klassische Schwachschicht.", true},
		{"Fig. 2: The pump house", true},
		{"Foto: dpa", true},
		{"Figure skaters met in Oslo on Tuesday.", false},
		{"Die Abbildung zeigt den Gletscher im Sommer.", false},
	})
}

func TestBoilerLine(t *testing.T) {
	runLineCases(t, BoilerLine, []lineCase{
		{"- Anzeige-", true},
		{"Kontakt", true},
		{"Weitere Informationen", true},
		{"(Alle Angaben ohne Gewähr)", true},
		{"Updated 3 March 2024", true},
		{"Updated maps show the flood plain", false}, // a stamp carries a date
		{"Kontaktlose Zahlungen nehmen in Europa weiter zu.", false},
		// source credits of a republished story
		{"Originally reported by Grid Ledger Weekly", true},
		{"This article originally appeared in The Quarterly", true},
		{"Zuerst erschienen bei Hafenblatt", true},
		{"Originally a fishing village, the town grew with the port.", false},
	})
}

// captionLine, creditLine and paywallLine are the tests the block
// builder makes of a paragraph, with its length bounds
// (blocks.furnitureRule).
func captionLine(text string) bool {
	return len(text) < 400 && CaptionLow(strings.ToLower(text))
}

func creditLine(text string) bool {
	return len(text) <= 150 && CreditLow(text, strings.ToLower(text))
}

func paywallLine(text string) bool {
	return len(text) <= 300 && PaywallLow(strings.ToLower(text))
}
