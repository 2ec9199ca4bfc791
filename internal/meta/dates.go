package meta

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Dates come from machine fields (ISO 8601, RFC 1123, compact forms) and
// from visible text in many languages, so one tolerant parser handles
// both: it looks for a day, a month and a year in the known orders and an
// optional time of day and zone after them.

// months maps lower-case month names and abbreviations of the main
// European languages to their number. Genitive and accented/unaccented
// spellings are listed because pages use both.
var months = map[string]int{}

func init() {
	table := [12]string{
		"january jan janvier janv enero ene gennaio gen janeiro januari januar jänner jän styczeń stycznia sty leden ledna",
		"february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari luty lutego lut únor února",
		"march mar märz maerz mrz mars marzo março marco maart mrt marzec marca březen března",
		"april apr avril avr abril aprile kwiecień kwietnia kwi duben dubna",
		"may mai mayo maggio mag maio mei maj maja květen května",
		"june jun juni juin junio giugno giu junho czerwiec czerwca cze červen června",
		"july jul juli juillet juil julio luglio lug julho lipiec lipca lip červenec července",
		"august aug août aout agosto ago augustus sierpień sierpnia sie augusti srpen srpna",
		"september sep sept septembre septiembre setiembre settembre set setembro wrzesień września wrz září",
		"october oct oktober okt octobre octubre ottobre ott outubro out październik października paź říjen října",
		"november nov novembre noviembre novembro listopad listopada lis",
		"december dec dezember dez décembre decembre déc dic diciembre dicembre dezembro grudzień grudnia gru prosinec prosince",
	}
	for i, names := range table {
		for _, n := range strings.Fields(names) {
			months[n] = i + 1
		}
	}
	// A generic word stands for the month; the match is kept only when
	// the word is a known month name. A literal alternation of all names
	// makes the regexp machine an order of magnitude slower.
	mon := `(\p{L}{3,12})`
	const clock = `(?:,?\s*(?:at|um|à|a las|alle|às|om|o|kl\.?|-|—|–|\|)?\s*(\d{1,2})[:h.](\d{2})(?:[:.](\d{2}))?(?:[.,]\d+)?\s*(a\.?\s?m\.?|p\.?\s?m\.?|uhr|h)?\s*(z\b|[+-]\d{2}:?\d{2}\b|utc|gmt|cest|cet|mesz|mez|bst|edt|est|et|cdt|cst|ct|mdt|mst|pdt|pst|pt)?)?`
	reISO = regexp.MustCompile(`(?:^|[^\d])(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(z\b|[+-]\d{2}:?\d{2}\b|utc|gmt)?)?`)
	reCompact = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:t?(\d{2})(\d{2})(\d{2})?)?$`)
	reDMY = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})(?:\.|st|nd|rd|th|er|º|°)?\s*(?:de\s+|of\s+)?` + mon + `\.?,?\s*(?:de\s+)?(\d{4})` + clock)
	reMDY = regexp.MustCompile(`(?:^|[^\p{L}])` + mon + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + clock)
	reYMDn = regexp.MustCompile(`(?:^|[^\d])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[^\d]|$)` + clock)
	reDMYn = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:[^\d]|$)` + clock)
	// Spaced numeric dates: "4. 2. 2022" (Czech, Slovak, German print
	// style, often set with thin spaces) and "26 | 01 | 2022" in date
	// rows. The year must have four digits: "1. 2. 3." is a list.
	reDMYs = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})(?:\.\s|\s\|\s)(\d{1,2})(?:\.\s|\s\|\s)(\d{4})(?:[^\d]|$)` + clock)
}

var reISO, reCompact, reDMY, reMDY, reYMDn, reDMYn, reDMYs *regexp.Regexp

func init() {
	shapeOf = map[*regexp.Regexp]int{reISO: shapeISO, reDMY: shapeMonth, reMDY: shapeMonth, reYMDn: shapeYMD, reDMYn: shapeDMY, reDMYs: shapeSpaced}
}

// zones gives the UTC offset in minutes of the zone abbreviations pages
// print next to a time. US "ET"/"CT"/"PT" depend on daylight saving and
// are resolved in zoneOffset.
var zones = map[string]int{
	"z": 0, "utc": 0, "gmt": 0, "cet": 60, "mez": 60, "cest": 120, "mesz": 120,
	"bst": 60, "edt": -240, "est": -300, "cdt": -300, "cst": -360,
	"mdt": -360, "mst": -420, "pdt": -420, "pst": -480,
}

// stamp is a parsed date with what is known of its time.
type stamp struct {
	y, m, d         int
	hasTime         bool
	hh, mm, ss      int
	hasZone         bool
	offsetMinutes   int
	monthFromLetter bool
}

func (s stamp) valid(now time.Time) bool {
	if s.y < 1995 || s.m < 1 || s.m > 12 || s.d < 1 || s.d > 31 {
		return false
	}
	t := time.Date(s.y, time.Month(s.m), s.d, 0, 0, 0, 0, time.UTC)
	if t.Day() != s.d {
		return false // 31 April and the like
	}
	// A day of slack covers time zones ahead of the clock.
	return !t.After(now.Add(24 * time.Hour))
}

// iso renders the stamp: the date, then the time and offset when known.
func (s stamp) iso() string {
	out := strconv.Itoa(s.y) + "-" + two(s.m) + "-" + two(s.d)
	if !s.hasTime || s.hh > 23 || s.mm > 59 || s.ss > 59 {
		return out
	}
	out += "T" + two(s.hh) + ":" + two(s.mm) + ":" + two(s.ss)
	if s.hasZone {
		if s.offsetMinutes == 0 {
			return out + "Z"
		}
		o := s.offsetMinutes
		sign := "+"
		if o < 0 {
			sign, o = "-", -o
		}
		out += sign + two(o/60) + ":" + two(o%60)
	}
	return out
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// ParseDate reads the first date in s, machine-readable or written out
// in one of the main European languages, and returns it as ISO 8601, or
// "" when s holds no plausible date (before 1995 or more than a day in
// the future).
func ParseDate(s string) string {
	return parseDateAt(s, now(), false)
}

// now is the clock that bounds future dates; tests replace it.
var now = time.Now

// parseDateAt is ParseDate with an explicit clock. monthFirst says how
// to read an ambiguous numeric date such as 03/04/2024 (US order).
func parseDateAt(s string, now time.Time, monthFirst bool) string {
	st, ok := findDate(s, monthFirst)
	if !ok || !st.valid(now) {
		return ""
	}
	return st.iso()
}

// findDate returns the earliest date expression in s.
func findDate(s string, monthFirst bool) (stamp, bool) {
	if len(s) > 400 {
		s = s[:400]
	}
	if !hasYear(s) {
		return stamp{}, false
	}
	s = plainSpaces(s)
	// Most texts that reach here hold a number but no date: the shape
	// scan rejects them before the text is lower-cased and the
	// expressions run.
	shape := dateShapes(s)
	t := strings.TrimSpace(s)
	if shape == 0 && !compactStart(t) {
		return stamp{}, false
	}
	low := strings.ToLower(t)
	if low == "" {
		return stamp{}, false
	}
	if m := reCompact.FindStringSubmatch(low); m != nil {
		st := stamp{y: atoi(m[1]), m: atoi(m[2]), d: atoi(m[3])}
		if m[4] != "" {
			st.hasTime, st.hh, st.mm, st.ss = true, atoi(m[4]), atoi(m[5]), atoi(m[6])
		}
		return st, true
	}
	best := -1
	var out stamp
	try := func(re *regexp.Regexp, build func(m []string) (stamp, bool), clockAt int) {
		if shape&shapeOf[re] == 0 {
			return
		}
		for _, idx := range re.FindAllStringSubmatchIndex(low, 8) {
			if best >= 0 && idx[0] >= best {
				return
			}
			m := make([]string, len(idx)/2)
			for i := range m {
				if idx[2*i] >= 0 {
					m[i] = low[idx[2*i]:idx[2*i+1]]
				}
			}
			st, ok := build(m)
			if !ok {
				continue
			}
			// A "time" running into more digits is the next date
			// ("04.04.2020 04.04.2020"), not a clock.
			if clockAt > 0 && (idx[1] == len(low) || low[idx[1]] < '0' || low[idx[1]] > '9') {
				applyClock(&st, m[clockAt:])
			}
			best, out = idx[0], st
			return
		}
	}
	try(reISO, func(m []string) (stamp, bool) {
		st := stamp{y: atoi(m[1]), m: atoi(m[2]), d: atoi(m[3])}
		if m[4] != "" {
			st.hasTime, st.hh, st.mm, st.ss = true, atoi(m[4]), atoi(m[5]), atoi(m[6])
			setZone(&st, m[7])
		}
		return st, true
	}, 0)
	try(reDMY, func(m []string) (stamp, bool) {
		mo, ok := months[m[2]]
		return stamp{d: atoi(m[1]), m: mo, y: atoi(m[3]), monthFromLetter: true}, ok
	}, 4)
	try(reMDY, func(m []string) (stamp, bool) {
		mo, ok := months[m[1]]
		return stamp{m: mo, d: atoi(m[2]), y: atoi(m[3]), monthFromLetter: true}, ok
	}, 4)
	try(reYMDn, func(m []string) (stamp, bool) {
		return stamp{y: atoi(m[1]), m: atoi(m[2]), d: atoi(m[3])}, true
	}, 4)
	try(reDMYn, func(m []string) (stamp, bool) {
		a, b, y := atoi(m[1]), atoi(m[2]), atoi(m[3])
		if len(m[3]) == 2 {
			y += 2000
		}
		d, mo := a, b
		if b > 12 || (monthFirst && a <= 12) {
			d, mo = b, a
		}
		return stamp{y: y, m: mo, d: d}, true
	}, 4)
	try(reDMYs, func(m []string) (stamp, bool) {
		return stamp{d: atoi(m[1]), m: atoi(m[2]), y: atoi(m[3])}, true
	}, 4)
	return out, best >= 0
}

// plainSpaces returns s with its no-break and typographic spaces
// ("4.\u2009 2.\u2009 2022", "3\u00a0mars") as ASCII spaces, which the
// expressions match. Visible text arrives collapsed already; metadata
// and script values do not.
func plainSpaces(s string) string {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != 0xC2 && s[i] != 0xE2 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError && r > 0x7f && unicode.IsSpace(r) {
			return strings.Map(func(r rune) rune {
				if r > 0x7f && unicode.IsSpace(r) {
					return ' '
				}
				return r
			}, s)
		}
	}
	return s
}

// Shapes of date expressions, found by one scan of the text so that the
// regular expressions run only where they can match.
const (
	shapeISO    = 1 << iota // 2024-03-03
	shapeMonth              // a month name
	shapeYMD                // 2024/03/03, 2024.03.03
	shapeDMY                // 03.03.2024, 3/3/24
	shapeSpaced             // 3. 3. 2024, 03 | 03 | 2024
)

var shapeOf map[*regexp.Regexp]int

// compactStart reports whether s starts with the eight digits of a
// compact date (20240303).
func compactStart(s string) bool {
	if len(s) < 8 {
		return false
	}
	for i := 0; i < 8; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// dateShapes reports which date shapes s may hold.
func dateShapes(s string) int {
	shape := 0
	run := 0 // digits in the current run
	prevRun := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			run++
			i++
			continue
		case c == '-' || c == '/' || c == '.':
			if run == 4 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				if c == '-' {
					shape |= shapeISO
				} else {
					shape |= shapeYMD
				}
			}
			if run > 0 && run <= 2 && prevRun > 0 && prevRun <= 2 && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9' {
				shape |= shapeDMY
			}
			if c == '.' && run > 0 && run <= 2 && i+2 < len(s) && s[i+1] == ' ' && s[i+2] >= '0' && s[i+2] <= '9' {
				shape |= shapeSpaced
			}
			if run > 0 {
				prevRun = run
			} else {
				prevRun = 0
			}
			run = 0
			i++
			continue
		}
		if c == ' ' && run > 0 && run <= 2 && i+3 < len(s) && s[i+1] == '|' && s[i+2] == ' ' && s[i+3] >= '0' && s[i+3] <= '9' {
			shape |= shapeSpaced
		}
		if run > 0 {
			prevRun = 0
		}
		run = 0
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 {
			j := i
			for j < len(s) {
				r, size := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r) {
					break
				}
				j += size
			}
			if j == i {
				i++
				continue
			}
			if isMonth(s[i:j]) {
				shape |= shapeMonth
			}
			i = j
			continue
		}
		i++
	}
	return shape
}

// isMonth reports whether the word w, in any case, is a month name. The
// longest names have twelve letters; ASCII words are lower-cased on the
// stack.
func isMonth(w string) bool {
	if len(w) > 24 {
		return false
	}
	var buf [24]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			_, ok := months[strings.ToLower(w)]
			return ok
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	_, ok := months[string(buf[:len(w)])]
	return ok
}

// applyClock fills the time of day from the optional clock groups:
// hours, minutes, seconds, am/pm, zone.
func applyClock(st *stamp, c []string) {
	if len(c) < 5 || c[0] == "" {
		return
	}
	hh, mm, ss := atoi(c[0]), atoi(c[1]), atoi(c[2])
	switch amPM(c[3]) {
	case "pm":
		if hh < 12 {
			hh += 12
		}
	case "am":
		if hh == 12 {
			hh = 0
		}
	}
	if hh > 23 || mm > 59 {
		return
	}
	st.hasTime, st.hh, st.mm, st.ss = true, hh, mm, ss
	setZone(st, c[4])
}

// amPM reduces "a. m.", "p.m." and the like to "am" or "pm"; other
// values to themselves without dots and spaces.
func amPM(s string) string {
	if s == "" {
		return ""
	}
	if c := s[0]; (c == 'a' || c == 'p') && strings.Trim(s[1:], ". ") == "m" {
		return string(c) + "m"
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, ".", ""), " ", "")
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

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

var reURLDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)`)

// reURLDayFirst matches a path segment that is a day-first date
// ("/29-10-2021", "/meldung-29.10.2021.html").
var reURLDayFirst = regexp.MustCompile(`[/_-](\d{1,2})[.-](\d{1,2})[.-]((?:19|20)\d{2})(?:[/._-]|$)`)

// urlDate reads a /YYYY/MM/DD/ date from an article URL, or a day-first
// DD-MM-YYYY one.
func urlDate(u string) string {
	m := reURLDate.FindStringSubmatch(u)
	if m == nil {
		if d := reURLDayFirst.FindStringSubmatch(u); d != nil {
			m = []string{d[0], d[3], d[2], d[1]}
		} else {
			return ""
		}
	}
	st := stamp{y: atoi(m[1]), m: atoi(m[2]), d: atoi(m[3])}
	if !st.valid(now()) {
		return ""
	}
	return st.iso()
}

// hasYear is a cheap filter before the date expressions: any date this
// package reads has a run of two or more digits after another digit group
// or a run of four.
func hasYear(s string) bool {
	run, groups := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			run++
			if run == 4 {
				return true
			}
			continue
		}
		if run > 0 {
			groups++
		}
		run = 0
	}
	if run > 0 {
		groups++
	}
	return groups >= 3
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

// localDate renders a UTC date-time in the zone of the page's language,
// with European summer time. Other values are returned unchanged.
func localDate(iso, langTag string) string {
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
