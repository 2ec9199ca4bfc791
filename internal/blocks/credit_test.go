package blocks

import "testing"

func TestStripCredit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The harbour at dawn. Foto: Jane Doe", "The harbour at dawn."},
		{"1Password scannt auch QR-Codes. (Bild: Hersteller)", "1Password scannt auch QR-Codes."},
		{"(© FEI/Christophe Taniere)", ""},
		{"Foto: dpa", ""},
		{"A quiet street in Lisbon", "A quiet street in Lisbon"},
		{"Cyber-Attacken nehmen weiter zu. – © Sergey Nivens – stock.adobe.com", "Cyber-Attacken nehmen weiter zu."},
	}
	for _, tt := range tests {
		if got := stripCredit(tt.in); got != tt.want {
			t.Errorf("stripCredit(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestIsCreditLine(t *testing.T) {
	for _, s := range []string{"Roman Prymula, photo: Archives du Gouvernement", "(© FEI/Christophe Taniere)", "Bild: AFP/SID"} {
		if !isCreditLine(s) {
			t.Errorf("isCreditLine(%q) = false", s)
		}
	}
	for _, s := range []string{
		"Raspberry Pi 3 - A credit card sized PC that only costs $35 - Image: Raspberry Pi Foundation",
		"The council met on Tuesday to discuss the harbour heat network.",
	} {
		if isCreditLine(s) {
			t.Errorf("isCreditLine(%q) = true", s)
		}
	}
}

func TestIsPaywallLine(t *testing.T) {
	for _, s := range []string{
		"If you’re seeing this message but you’re already a subscriber, you can log in for immediate access to this story.",
		"Sie sind bereits Abonnent? Hier anmelden.",
		"Déjà abonné ? Connectez-vous.",
	} {
		if !isPaywallLine(s) {
			t.Errorf("isPaywallLine(%q) = false", s)
		}
	}
	if isPaywallLine("The council said subscriptions to the service rose by a third last year.") {
		t.Error("prose about subscriptions taken for a paywall prompt")
	}
}

func TestIsCaptionLine(t *testing.T) {
	for _, s := range []string{"Abbildung 4: klassische Schwachschicht.", "Fig. 2: The pump house", "Foto: dpa"} {
		if !isCaptionLine(s) {
			t.Errorf("isCaptionLine(%q) = false", s)
		}
	}
	for _, s := range []string{"Figure skaters met in Oslo on Tuesday.", "Die Abbildung zeigt den Gletscher im Sommer."} {
		if isCaptionLine(s) {
			t.Errorf("isCaptionLine(%q) = true", s)
		}
	}
}

func TestPromptAndLabelLines(t *testing.T) {
	for _, s := range []string{
		"For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.",
		"Dieser Beitrag gibt die Meinung des Autors wieder, nicht notwendigerweise die der Redaktion.",
		"Help us continue to spread the magic of words to readers everywhere",
	} {
		if !isPaywallLine(s) {
			t.Errorf("isPaywallLine(%q) = false", s)
		}
	}
	for _, s := range []string{"- Anzeige-", "Kontakt", "Weitere Informationen", "(Alle Angaben ohne Gewähr)"} {
		if !isBoilerLine(s) {
			t.Errorf("isBoilerLine(%q) = false", s)
		}
	}
	if isBoilerLine("Kontaktlose Zahlungen nehmen in Europa weiter zu.") {
		t.Error("a sentence starting like a label taken for furniture")
	}
}
