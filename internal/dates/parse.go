// Package dates reads dates as pages write them: machine fields (ISO
// 8601, RFC 1123, compact forms), dates written out in the main European
// languages with an optional time of day and zone, and dates in URLs;
// and it shows UTC stamps in the zone where a page's language is mainly
// published. Dates come out as ISO 8601: the day alone, or with the time
// and the offset when they are known.
//
// One tolerant parser handles machine fields and visible text alike: it
// looks for a day, a month and a year in the known orders and an
// optional time of day and zone after them.
package dates

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// mon is a generic word standing for the month; the match is kept only
// when the word is a known month name. A literal alternation of all
// names makes the regexp machine an order of magnitude slower.
const mon = `(\p{L}{3,12})`

// clock is the optional time of day after a date, with its zone.
const clock = `(?:,?\s*(?:at|um|à|a las|alle|às|om|o|kl\.?|-|—|–|\|)?\s*(\d{1,2})[:h.](\d{2})(?:[:.](\d{2}))?(?:[.,]\d+)?\s*(a\.?\s?m\.?|p\.?\s?m\.?|uhr|h)?\s*(z\b|[+-]\d{2}:?\d{2}\b|utc|gmt|cest|cet|mesz|mez|bst|edt|est|et|cdt|cst|ct|mdt|mst|pdt|pst|pt)?)?`

// The date expressions, matched on lower-cased text.
var (
	reISO     = regexp.MustCompile(`(?:^|[^\d])(\d{4})-(\d{1,2})-(\d{1,2})(?:[Tt\s]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(z\b|[+-]\d{2}:?\d{2}\b|utc|gmt)?)?`)
	reCompact = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})(?:t?(\d{2})(\d{2})(\d{2})?)?$`)
	reDMY     = regexp.MustCompile(`(?:^|[^\d])(\d{1,2})(?:\.|st|nd|rd|th|er|º|°)?\s*(?:de\s+|of\s+)?` + mon + `\.?,?\s*(?:de\s+)?(\d{4})` + clock)
	reMDY     = regexp.MustCompile(`(?:^|[^\p{L}])` + mon + `\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})` + clock)
	reYMDn    = regexp.MustCompile(`(?:^|[^\d])(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[^\d]|$)` + clock)
	reDMYn    = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})(?:[^\d]|$)` + clock)
	// Spaced numeric dates: "4. 2. 2022" (Czech, Slovak, German print
	// style, often set with thin spaces) and "26 | 01 | 2022" in date
	// rows. The year must have four digits: "1. 2. 3." is a list.
	reDMYs = regexp.MustCompile(`(?:^|[^\d.])(\d{1,2})(?:\.\s|\s\|\s)(\d{1,2})(?:\.\s|\s\|\s)(\d{4})(?:[^\d]|$)` + clock)
)

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

// Parse reads the first date in s, machine-readable or written out in
// one of the main European languages, and returns it as ISO 8601, or ""
// when s holds no plausible date (before 1995 or more than a day after
// now). monthFirst says how to read an ambiguous numeric date such as
// 03/04/2024 (US order).
func Parse(s string, now time.Time, monthFirst bool) string {
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
	if !HasYear(s) {
		return stamp{}, false
	}
	s = plainSpaces(s)
	// Most texts that reach here hold a number but no date: the shape
	// scan rejects them before the text is lower-cased and the
	// expressions run.
	return matchDate(s, dateShapes(s), monthFirst)
}

// matchDate returns the earliest date expression in s, running only the
// expressions for the shapes given.
func matchDate(s string, shape int, monthFirst bool) (stamp, bool) {
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
	// try runs re when the text has the shape it needs (see dateShapes).
	try := func(re *regexp.Regexp, need int, build func(m []string) (stamp, bool), clockAt int) {
		if shape&need == 0 {
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
	try(reISO, shapeISO, func(m []string) (stamp, bool) {
		st := stamp{y: atoi(m[1]), m: atoi(m[2]), d: atoi(m[3])}
		if m[4] != "" {
			st.hasTime, st.hh, st.mm, st.ss = true, atoi(m[4]), atoi(m[5]), atoi(m[6])
			setZone(&st, m[7])
		}
		return st, true
	}, 0)
	try(reDMY, shapeMonth, func(m []string) (stamp, bool) {
		mo, ok := months[m[2]]
		return stamp{d: atoi(m[1]), m: mo, y: atoi(m[3]), monthFromLetter: true}, ok
	}, 4)
	try(reMDY, shapeMonth, func(m []string) (stamp, bool) {
		mo, ok := months[m[1]]
		return stamp{m: mo, d: atoi(m[2]), y: atoi(m[3]), monthFromLetter: true}, ok
	}, 4)
	try(reYMDn, shapeYMD, func(m []string) (stamp, bool) {
		return stamp{y: atoi(m[1]), m: atoi(m[2]), d: atoi(m[3])}, true
	}, 4)
	try(reDMYn, shapeDMY, func(m []string) (stamp, bool) {
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
	try(reDMYs, shapeSpaced, func(m []string) (stamp, bool) {
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

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
