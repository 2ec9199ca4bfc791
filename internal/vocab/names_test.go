package vocab

import "testing"

func TestHasByWord(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Text von Anna", true},
		{"TEXT VON ANNA", true},
		{"Vonnegut", false},
		{"By Jane", true},
		{"Byron Lee", false},
		{"", false},
	} {
		t.Run(c.s, func(t *testing.T) {
			if got := HasByWord(c.s); got != c.want {
				t.Errorf("HasByWord(%q) = %v, want %v", c.s, got, c.want)
			}
		})
	}
}
