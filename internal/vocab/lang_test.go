package vocab

import (
	"strings"
	"testing"
)

func TestGuessLang(t *testing.T) {
	for _, tc := range []struct {
		name, text, want string
	}{
		{"en", strings.Repeat("The council said that the plan was not ready and that the vote would be held by the end of the year. ", 3), "en"},
		{"de", strings.Repeat("Der Rat sagte, dass die Pläne nicht fertig sind und die Abstimmung auf das Ende des Jahres verschoben wird. ", 3), "de"},
		{"fr", strings.Repeat("Le conseil a dit que les plans ne sont pas prêts et que le vote aura lieu dans une semaine pour la ville. ", 3), "fr"},
		{"too short", "The plan and the vote.", ""},
		{"no stopwords", strings.Repeat("Zzz qqq xxx www vvv. ", 10), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := GuessLang(tc.text); got != tc.want {
				t.Errorf("GuessLang = %q, want %q", got, tc.want)
			}
		})
	}
}
