package vocab

import "testing"

func TestIsOrgName(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Hanns-Seidel-Stiftung e.V", true},
		{"Web Commerce GmbH", true},
		{"JuraForum.de-Redaktion", true},
		{"finanztreff.de", true},
		{"EAT SMARTER", true},
		{"L-MAG", true},
		{"Redacción Diario Pagina Siete", true},
		{"Peter Maahn", false},
		{"Anna Dunst", false},
		{"SP-X", false},
		{"Jens Büttner", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := IsOrgName(tc.in); got != tc.want {
				t.Errorf("IsOrgName(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}
