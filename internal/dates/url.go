package dates

import (
	"regexp"
	"time"
)

// reURLDate matches a /YYYY/MM/DD/ (or YYYY-MM-DD) date in a path.
var reURLDate = regexp.MustCompile(`/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)`)

// reURLDayFirst matches a path segment that is a day-first date
// ("/29-10-2021", "/meldung-29.10.2021.html").
var reURLDayFirst = regexp.MustCompile(`[/_-](\d{1,2})[.-](\d{1,2})[.-]((?:19|20)\d{2})(?:[/._-]|$)`)

// FromURL reads a /YYYY/MM/DD/ date from an article URL, or a day-first
// DD-MM-YYYY one.
func FromURL(u string, now time.Time) string {
	m := reURLDate.FindStringSubmatch(u)
	if m == nil {
		if d := reURLDayFirst.FindStringSubmatch(u); d != nil {
			m = []string{d[0], d[3], d[2], d[1]}
		} else {
			return ""
		}
	}
	st := stamp{y: atoi(m[1]), m: atoi(m[2]), d: atoi(m[3])}
	if !st.valid(now) {
		return ""
	}
	return st.iso()
}
