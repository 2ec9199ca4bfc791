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

func TestReviewerBefore(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"Scott Levine – Updated Sep 9, 2025 | Fact-checked ", true},
		{"Medically reviewed ", true},
		{"Geprüft ", true},
		{"Posted on September 21, 2020 ", false},
		{"Text ", false},
	} {
		t.Run(c.s, func(t *testing.T) {
			if got := ReviewerBefore(c.s); got != c.want {
				t.Errorf("ReviewerBefore(%q) = %v, want %v", c.s, got, c.want)
			}
		})
	}
}
