package dates

import (
	"testing"
	"time"
)

// testNow pins the clock that bounds future dates.
var testNow = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

func TestParse(t *testing.T) {
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
		t.Run(c.in, func(t *testing.T) {
			if got := Parse(c.in, testNow, false); got != c.want {
				t.Errorf("Parse(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestParseMonthFirst(t *testing.T) {
	for _, c := range []struct {
		in         string
		monthFirst bool
		want       string
	}{
		{"03/04/2024", true, "2024-03-04"},  // US order
		{"03/04/2024", false, "2024-04-03"}, // European order
		// A day above 12 decides the order whatever the hint.
		{"25/04/2024", true, "2024-04-25"},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := Parse(c.in, testNow, c.monthFirst); got != c.want {
				t.Errorf("Parse(%q, monthFirst %v) = %q, want %q", c.in, c.monthFirst, got, c.want)
			}
		})
	}
}

func TestFromURL(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"https://example.org/2020/04/28/some-story/", "2020-04-28"},
		{"https://example.org/news/2019-10-16-title", "2019-10-16"},
		{"https://example.org/meldung-29.10.2021.html", "2021-10-29"},
		{"https://example.org/news/12345", ""},
		{"https://example.org/2020/13/40/x", ""},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := FromURL(c.in, testNow); got != c.want {
				t.Errorf("FromURL(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestUSDaylight(t *testing.T) {
	for _, c := range []struct {
		y, m, d int
		want    bool
	}{
		{2026, 3, 7, false}, {2026, 3, 8, true}, {2026, 7, 1, true},
		{2026, 10, 31, true}, {2026, 11, 1, false}, {2026, 12, 1, false},
	} {
		t.Run(time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), func(t *testing.T) {
			if got := usDaylight(c.y, c.m, c.d); got != c.want {
				t.Errorf("usDaylight(%d-%d-%d) = %v", c.y, c.m, c.d, got)
			}
		})
	}
}

func TestLocal(t *testing.T) {
	cases := []struct{ iso, lang, want string }{
		{"2022-11-06T23:00:00Z", "de-DE", "2022-11-07T00:00:00+01:00"},
		{"2022-07-06T22:30:00Z", "fr", "2022-07-07T00:30:00+02:00"},
		{"2022-07-06T22:30:00+00:00", "it-IT", "2022-07-07T00:30:00+02:00"},
		{"2022-07-06T22:30:00Z", "pl", "2022-07-07T00:30:00+02:00"},
		{"2022-07-06T22:30:00Z", "nl-BE", "2022-07-07T00:30:00+02:00"},
		{"2022-07-06T23:30:00Z", "en-GB", "2022-07-07T00:30:00+01:00"},
		{"2022-01-06T23:30:00Z", "en-GB", "2022-01-06T23:30:00Z"},
		// Zones that vary by country are left alone.
		{"2022-05-04T00:25:56Z", "es", "2022-05-04T00:25:56Z"},
		{"2022-05-04T00:25:56Z", "en", "2022-05-04T00:25:56Z"},
		{"2022-05-04T00:25:56Z", "de-US", "2022-05-04T00:25:56Z"},
		// Only UTC stamps with a time are converted.
		{"2022-05-04T00:25:56+02:00", "de", "2022-05-04T00:25:56+02:00"},
		{"2022-05-04", "de", "2022-05-04"},
	}
	for _, c := range cases {
		t.Run(c.iso+" "+c.lang, func(t *testing.T) {
			if got := Local(c.iso, c.lang); got != c.want {
				t.Errorf("Local(%q, %q) = %q, want %q", c.iso, c.lang, got, c.want)
			}
		})
	}
}

func TestDateShapesAnyCase(t *testing.T) {
	for _, s := range []string{"3. MÄRZ 2024", "March 3, 2024", "3 Mars 2024", "Listopada 3 2024"} {
		t.Run(s, func(t *testing.T) {
			if dateShapes(s)&shapeMonth == 0 {
				t.Errorf("dateShapes(%q) misses the month", s)
			}
		})
	}
	// A month name needs a day and a year beside it.
	for _, s := range []string{"Tel. 030 1234 5678", "Bundestagswahl 2021", "8.991,00 €", "Januar 2017", "am 27. November um 10 Uhr"} {
		t.Run(s, func(t *testing.T) {
			if dateShapes(s)&shapeMonth != 0 {
				t.Errorf("dateShapes(%q) finds a month", s)
			}
		})
	}
	if got := Parse("PUBLISHED 3 MARCH 2024, 7:15 P.M. GMT", testNow, false); got != "2024-03-03T19:15:00Z" {
		t.Errorf("upper-case date = %q", got)
	}
}

// FuzzParse checks that any output is a well-formed date in range.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"2024-03-03T10:15:00+01:00", "3. März 2024", "Nov. 3, 2026, 7:15 a.m. ET", "03/04/2024", "20240303",
		"4.\u20092.\u20092022", "26 | 01 | 2022, 14:05", "3\u00a0mars\u00a02024"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := Parse(s, testNow, false)
		if d == "" {
			return
		}
		if len(d) < 10 || d[4] != '-' || d[7] != '-' || d[:4] < "1995" {
			t.Fatalf("Parse(%q) = %q", s, d)
		}
		// Shown in a European zone, a UTC stamp moves by hours, never
		// out of the ISO form.
		if l := Local(d, "de-DE"); len(l) < 10 || l[4] != '-' || l[7] != '-' {
			t.Fatalf("Local(%q) = %q", d, l)
		}
	})
}

// FuzzDateShapes checks that the shape scan never keeps an expression
// from a date it would find: matching with the shapes found gives what
// matching with every expression gives.
func FuzzDateShapes(f *testing.F) {
	for _, s := range []string{"3. März 2024", "March 3, 2024, 10:15", "Januar 2017", "am 27. November", "Mai 2015 (6)",
		"2024-03-03", "03/04/2024", "4. 2. 2022", "26 | 01 | 2022", "3rd March 2024", "1 января 2024"} {
		f.Add(s)
	}
	all := shapeISO | shapeMonth | shapeYMD | shapeDMY | shapeSpaced
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 400 || !HasYear(s) {
			return
		}
		s = plainSpaces(s)
		for _, monthFirst := range []bool{false, true} {
			got, gok := matchDate(s, dateShapes(s), monthFirst)
			want, wok := matchDate(s, all, monthFirst)
			if got != want || gok != wok {
				t.Fatalf("matchDate(%q, shapes) = %v %v, with every expression %v %v", s, got, gok, want, wok)
			}
		}
	})
}
