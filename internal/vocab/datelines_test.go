package vocab

import "testing"

func TestDatelinePhrases(t *testing.T) {
	for _, c := range []struct {
		s        string
		pub, upd bool
	}{
		{"Publié le 3 mars 2024", true, false},
		{"PUBLISHED: March 3, 2024", true, false},
		{"Dated notes", false, false},
		{"Mis à jour le 4 mars 2024", false, true},
		{"Zuletzt aktualisiert am 3.3.2024", false, true},
		{"Data publikacji: 03.03.2024", true, false},
	} {
		t.Run(c.s, func(t *testing.T) {
			if pub, upd := Dateline.MatchString(c.s), Updated.MatchString(c.s); pub != c.pub || upd != c.upd {
				t.Errorf("%q: pub %v upd %v, want %v %v", c.s, pub, upd, c.pub, c.upd)
			}
		})
	}
}

func TestDateLabel(t *testing.T) {
	for _, c := range []struct {
		s        string
		pub, upd bool
	}{
		{"Erschienen am:", true, false},
		{"Published", true, false},
		{"Posted on", true, false},
		{"Datum", true, false},
		{"Zuletzt geändert am:", false, true},
		{"Data protection", false, false},
		{"Dates and times", false, false},
		{"Posted by", false, false},
	} {
		t.Run(c.s, func(t *testing.T) {
			if pub, upd := Dateline.Label(c.s), Updated.Label(c.s); pub != c.pub || upd != c.upd {
				t.Errorf("Label(%q) = %v, %v, want %v, %v", c.s, pub, upd, c.pub, c.upd)
			}
		})
	}
}
