package vocab

import "testing"

func TestReadMorePrompt(t *testing.T) {
	for _, tc := range []struct {
		in string
		ok bool
	}{
		{"Read more", true}, {"Weiterlesen »", true}, {"[mehr]", true}, {"Lire la suite…", true},
		{"Continue reading →", true}, {"the council's plan", false}, {"Read more about the quay works", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := ReadMorePrompt(tc.in); got != tc.ok {
				t.Errorf("ReadMorePrompt(%q) = %v, want %v", tc.in, got, tc.ok)
			}
		})
	}
}
