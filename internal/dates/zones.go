package dates

import (
	"strings"
	"time"
)

// zones gives the UTC offset in minutes of the zone abbreviations pages
// print next to a time. US "ET"/"CT"/"PT" depend on daylight saving and
// are resolved in zoneOffset.
var zones = map[string]int{
	"z": 0, "utc": 0, "gmt": 0, "cet": 60, "mez": 60, "cest": 120, "mesz": 120,
	"bst": 60, "edt": -240, "est": -300, "cdt": -300, "cst": -360,
	"mdt": -360, "mst": -420, "pdt": -420, "pst": -480,
}

func setZone(st *stamp, z string) {
	z = strings.ToLower(strings.TrimSpace(z))
	if z == "" {
		return
	}
	if off, ok := zones[z]; ok {
		st.hasZone, st.offsetMinutes = true, off
		return
	}
	switch z {
	case "et", "ct", "pt":
		base := map[string]int{"et": -300, "ct": -360, "pt": -480}[z]
		if usDaylight(st.y, st.m, st.d) {
			base += 60
		}
		st.hasZone, st.offsetMinutes = true, base
		return
	}
	if z[0] == '+' || z[0] == '-' {
		digits := strings.ReplaceAll(z[1:], ":", "")
		if len(digits) != 4 {
			return
		}
		off := atoi(digits[:2])*60 + atoi(digits[2:])
		if off > 14*60 {
			return
		}
		if z[0] == '-' {
			off = -off
		}
		st.hasZone, st.offsetMinutes = true, off
	}
}

// usDaylight reports whether US daylight saving time is in force on the
// date: from the second Sunday of March to the first Sunday of November.
func usDaylight(y, m, d int) bool {
	if m < 3 || m > 11 {
		return false
	}
	if m > 3 && m < 11 {
		return true
	}
	first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC).Weekday()
	firstSunday := 1 + (7-int(first))%7
	if m == 3 {
		return d >= firstSunday+7
	}
	return d < firstSunday
}

// Machine dates are often written in UTC ("2022-11-06T23:00:00Z") while
// the page's readers, and its visible date line, live in the publisher's
// time zone: a UTC evening is the next local day. When the page's
// language names a European time zone, UTC stamps are shown in it.

// zoneOfLang gives the standard UTC offset (minutes) of the zone where a
// language (or language-region tag) is mainly published. Regions outside
// Europe are left alone: their zones vary too much.
func zoneOfLang(tag string) (int, bool) {
	tag = strings.ToLower(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"))
	lang, region, _ := strings.Cut(tag, "-")
	switch lang {
	case "de", "fr", "it", "nl", "pl", "cs", "sk", "sl", "hr", "hu", "da", "sv", "nb", "nn", "no", "sr", "bs", "ca", "lb", "mt":
		if region == "" || europeanRegion[region] {
			return 60, true
		}
	case "es":
		// Bare "es" and "pt" are as often American as European.
		if region == "es" {
			return 60, true
		}
	case "pt":
		if region == "pt" {
			return 0, true
		}
	case "en":
		if region == "gb" || region == "uk" || region == "ie" {
			return 0, true
		}
	case "fi", "el", "ro", "bg", "et", "lv", "lt", "uk":
		if region == "" || europeanRegion[region] {
			return 120, true
		}
	}
	return 0, false
}

// europeanRegion lists the region subtags of the languages above that
// lie in the same zone as the language's home country.
var europeanRegion = map[string]bool{
	"de": true, "at": true, "ch": true, "li": true, "lu": true, "fr": true, "be": true, "it": true, "sm": true,
	"nl": true, "pl": true, "cz": true, "sk": true, "si": true, "hr": true, "hu": true, "dk": true, "se": true,
	"no": true, "rs": true, "ba": true, "es": true, "ad": true, "mc": true, "mt": true,
	"fi": true, "gr": true, "ro": true, "bg": true, "ee": true, "lv": true, "lt": true, "ua": true, "cy": true,
}

// Local renders a UTC date-time in the zone of the page's language,
// with European summer time. Other values are returned unchanged.
func Local(iso, langTag string) string {
	if len(iso) < 20 || iso[10] != 'T' {
		return iso
	}
	if !strings.HasSuffix(iso, "Z") && !strings.HasSuffix(iso, "+00:00") {
		return iso
	}
	std, ok := zoneOfLang(langTag)
	if !ok {
		return iso
	}
	t, err := time.Parse(time.RFC3339, iso)
	if err != nil {
		return iso
	}
	off := std
	if euSummer(t) {
		off += 60
	}
	if off == 0 {
		return iso
	}
	return t.In(time.FixedZone("", off*60)).Format("2006-01-02T15:04:05-07:00")
}

// euSummer reports whether European summer time is in force at t: from
// 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday
// of October.
func euSummer(t time.Time) bool {
	t = t.UTC()
	lastSunday := func(m time.Month) time.Time {
		d := time.Date(t.Year(), m+1, 1, 1, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
		for d.Weekday() != time.Sunday {
			d = d.AddDate(0, 0, -1)
		}
		return d
	}
	return !t.Before(lastSunday(time.March)) && t.Before(lastSunday(time.October))
}
