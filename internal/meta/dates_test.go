package meta

import "testing"

func TestParseDate(t *testing.T) {
	fixedNow(t)
	cases := []struct{ in, want string }{
		// Machine formats.
		{"2024-03-03", "2024-03-03"},
		{"2024-03-03T10:15:00+01:00", "2024-03-03T10:15:00+01:00"},
		{"2024-03-03T10:15:00.000Z", "2024-03-03T10:15:00Z"},
		{"2024-03-03 10:15", "2024-03-03T10:15:00"},
		{"20240303", "2024-03-03"},
		{"Sun, 03 Mar 2024 10:15:00 GMT", "2024-03-03T10:15:00Z"},
		// English.
		{"March 3, 2024", "2024-03-03"},
		{"Nov. 3, 2026, 7:15 a.m. ET", "2026-11-03T07:15:00-05:00"},
		{"Sep 17, 2026, 2:00 PM EDT", "2026-09-17T14:00:00-04:00"},
		{"3rd of March 2024", "2024-03-03"},
		// German.
		{"3. März 2024", "2024-03-03"},
		{"Veröffentlicht am 5. November 2023, 14:09", "2023-11-05T14:09:00"},
		{"03.11.2021", "2021-11-03"},
		{"Stand: 27.01.2022 um 09:25 Uhr", "2022-01-27T09:25:00"},
		{"Von Redaktion 4.\u20092.\u20092022.", "2022-02-04"},
		{"4. 2. 2022, 14:30", "2022-02-04T14:30:00"},
		{"26 | 01 | 2022", "2022-01-26"},
		{"Kapitel 1. 2. 3.", ""},
		// A repeated date is not a clock ("04.04.20" then "20").
		{"04.04.2020 04.04.2020", "2020-04-04"},
		// French.
		{"3 mars 2024", "2024-03-03"},
		{"3\u00a0mars\u00a02024", "2024-03-03"},
		{"le 07 Mai 2020", "2020-05-07"},
		{"1er décembre 2023", "2023-12-01"},
		// Spanish and Portuguese.
		{"3 de marzo de 2024", "2024-03-03"},
		{"5 de maio de 2022", "2022-05-05"},
		// Italian, Dutch, Polish.
		{"3 marzo 2024", "2024-03-03"},
		{"3 maart 2024", "2024-03-03"},
		{"3 marca 2024", "2024-03-03"},
		{"12 października 2023", "2023-10-12"},
		// Rejected: too old, in the future, impossible, no date.
		{"3 March 1994", ""},
		{"2026-12-25", ""},
		{"2024-02-30", ""},
		{"no date here", ""},
		{"", ""},
		{"Sie haben 3 von 2024 gesehen", ""},
	}
	for _, c := range cases {
		if got := ParseDate(c.in); got != c.want {
			t.Errorf("ParseDate(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestParseDateMonthFirst(t *testing.T) {
	fixedNow(t)
	if got := parseDateAt("03/04/2024", now(), true); got != "2024-03-04" {
		t.Errorf("US order: got %q", got)
	}
	if got := parseDateAt("03/04/2024", now(), false); got != "2024-04-03" {
		t.Errorf("European order: got %q", got)
	}
	// A day above 12 decides the order whatever the hint.
	if got := parseDateAt("25/04/2024", now(), true); got != "2024-04-25" {
		t.Errorf("unambiguous: got %q", got)
	}
}

func TestURLDate(t *testing.T) {
	fixedNow(t)
	cases := map[string]string{
		"https://example.org/2020/04/28/some-story/": "2020-04-28",
		"https://example.org/news/2019-10-16-title":  "2019-10-16",
		"https://example.org/news/12345":             "",
		"https://example.org/2020/13/40/x":           "",
	}
	for in, want := range cases {
		if got := urlDate(in); got != want {
			t.Errorf("urlDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestUSDaylight(t *testing.T) {
	cases := []struct {
		y, m, d int
		want    bool
	}{
		{2026, 3, 7, false}, {2026, 3, 8, true}, {2026, 7, 1, true},
		{2026, 10, 31, true}, {2026, 11, 1, false}, {2026, 12, 1, false},
	}
	for _, c := range cases {
		if got := usDaylight(c.y, c.m, c.d); got != c.want {
			t.Errorf("usDaylight(%d-%d-%d) = %v", c.y, c.m, c.d, got)
		}
	}
}
