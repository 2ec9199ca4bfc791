package dates

import (
	"unicode"
	"unicode/utf8"
)

// Shapes of date expressions, found by one scan of the text so that the
// regular expressions run only where they can match.
const (
	shapeISO    = 1 << iota // 2024-03-03
	shapeMonth              // a month name
	shapeYMD                // 2024/03/03, 2024.03.03
	shapeDMY                // 03.03.2024, 3/3/24
	shapeSpaced             // 3. 3. 2024, 03 | 03 | 2024
)

// HasYear is a cheap filter before the date expressions: any date this
// package reads has a run of two or more digits after another digit group
// or a run of four.
func HasYear(s string) bool {
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
	// runs records the lengths of the digit runs seen (runDay, runYear).
	runs := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isDigit(c):
			run++
			i++
			continue
		case c == '-' || c == '/' || c == '.':
			shape |= separatorShape(s, i, run, prevRun)
			runs |= runKind(run)
			prevRun, run = run, 0
			i++
			continue
		}
		if c == ' ' && barSeparated(s, i, run) {
			shape |= shapeSpaced
		}
		if run > 0 {
			prevRun = 0
		}
		runs |= runKind(run)
		run = 0
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 {
			j := letterRunEnd(s, i)
			if j == i {
				i++
				continue
			}
			if IsMonth(s[i:j]) {
				shape |= shapeMonth
			}
			i = j
			continue
		}
		i++
	}
	// A date with a month name has its day as a run of one or two
	// digits and its year as a run of four ("3. März 2024", "March 3,
	// 2024"): a month and a year alone ("Januar 2017", an archive
	// link) or a day alone ("am 27. November") is no date to look for.
	if runs|runKind(run) != runDay|runYear {
		shape &^= shapeMonth
	}
	return shape
}

// Digit runs, as dateShapes records them.
const (
	runDay  = 1 << iota // one or two digits
	runYear             // four digits or more
)

// runKind returns the kind of a digit run of n digits, 0 for none.
func runKind(n int) int {
	switch {
	case n == 0 || n == 3:
		return 0
	case n <= 2:
		return runDay
	}
	return runYear
}

// separatorShape reports the shapes a '-', '/' or '.' at s[i] opens,
// after a run of run digits that followed a run of prevRun digits.
func separatorShape(s string, i, run, prevRun int) int {
	c := s[i]
	digitNext := i+1 < len(s) && isDigit(s[i+1])
	shape := 0
	if run == 4 && digitNext {
		if c == '-' {
			shape |= shapeISO
		} else {
			shape |= shapeYMD
		}
	}
	if run > 0 && run <= 2 && prevRun > 0 && prevRun <= 2 && digitNext {
		shape |= shapeDMY
	}
	if c == '.' && run > 0 && run <= 2 && i+2 < len(s) && s[i+1] == ' ' && isDigit(s[i+2]) {
		shape |= shapeSpaced
	}
	return shape
}

// barSeparated reports " | " followed by a digit at s[i], after a run
// of one or two digits: "26 | 01 | 2022".
func barSeparated(s string, i, run int) bool {
	return run > 0 && run <= 2 && i+3 < len(s) && s[i+1] == '|' && s[i+2] == ' ' && isDigit(s[i+3])
}

// letterRunEnd returns the end of the run of letters starting at s[i].
func letterRunEnd(s string, i int) int {
	j := i
	for j < len(s) {
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return j
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
