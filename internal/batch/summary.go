package batch

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Category names a kind of failure in the batch summary. The order of the
// constants is the order of the summary's breakdown.
type Category int

const (
	NoArticle Category = iota // the page parsed but holds no article
	HTTPError                 // the server answered with an error status
	NotHTML                   // PDF, image, archive, other binary
	TooLarge                  // over --max-bytes
	Timeout                   // over --timeout or --page-timeout
	ReadError                 // missing, unreadable, broken gzip, bad record
	Other                     // anything else (network, internal)
	numCategories
)

// label returns the summary wording for n failures of category c.
func (c Category) label(n int) string {
	plural := n != 1
	switch c {
	case NoArticle:
		return "no article found"
	case HTTPError:
		return pick(plural, "HTTP error", "HTTP errors")
	case NotHTML:
		return "not HTML"
	case TooLarge:
		return "too large"
	case Timeout:
		return pick(plural, "timeout", "timeouts")
	case ReadError:
		return pick(plural, "read error", "read errors")
	default:
		return pick(plural, "other error", "other errors")
	}
}

func pick(plural bool, one, many string) string {
	if plural {
		return many
	}
	return one
}

// Summary counts a batch's outcomes. It is safe for concurrent use.
type Summary struct {
	mu       sync.Mutex
	ok       int
	skipped  int
	notPages int
	failures [numCategories]int
}

// OK records one input that produced an article.
func (s *Summary) OK() { s.mu.Lock(); s.ok++; s.mu.Unlock() }

// Skipped records one input left alone because its output already exists.
func (s *Summary) Skipped() { s.mu.Lock(); s.skipped++; s.mu.Unlock() }

// NotPage records one WARC record passed over because it holds no page
// (a request, an image, a redirect…): not an input, not a failure.
func (s *Summary) NotPage() { s.mu.Lock(); s.notPages++; s.mu.Unlock() }

// Fail records one failed input.
func (s *Summary) Fail(c Category) {
	if c < 0 || c >= numCategories {
		c = Other
	}
	s.mu.Lock()
	s.failures[c]++
	s.mu.Unlock()
}

// Counts returns the number of articles, failures and skipped inputs.
func (s *Summary) Counts() (ok, failed, skipped int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, n := range s.failures {
		failed += n
	}
	return s.ok, failed, s.skipped
}

// Line renders the final summary, e.g.
//
//	pith: 9,874 articles, 126 failed (98 no article found, 21 HTTP errors, 7 not HTML) in 41.2s
func (s *Summary) Line(elapsed time.Duration) string {
	ok, failed, skipped := s.Counts()
	var b strings.Builder
	b.WriteString("pith: ")
	b.WriteString(Thousands(ok))
	b.WriteString(pick(ok != 1, " article", " articles"))
	b.WriteString(", ")
	b.WriteString(Thousands(failed))
	b.WriteString(" failed")
	if failed > 0 {
		b.WriteString(" (")
		first := true
		s.mu.Lock()
		for c := Category(0); c < numCategories; c++ {
			n := s.failures[c]
			if n == 0 {
				continue
			}
			if !first {
				b.WriteString(", ")
			}
			first = false
			b.WriteString(Thousands(n))
			b.WriteByte(' ')
			b.WriteString(c.label(n))
		}
		s.mu.Unlock()
		b.WriteString(")")
	}
	s.mu.Lock()
	notPages := s.notPages
	s.mu.Unlock()
	if notPages > 0 {
		fmt.Fprintf(&b, ", %s %s skipped (not HTML pages)", Thousands(notPages), pick(notPages != 1, "record", "records"))
	}
	if skipped > 0 {
		fmt.Fprintf(&b, ", %s skipped (output exists)", Thousands(skipped))
	}
	b.WriteString(" in ")
	b.WriteString(Seconds(elapsed))
	return b.String()
}

// Thousands formats n with a comma every three digits, the way the summary
// and the progress line print counts.
func Thousands(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
	}
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Seconds formats a duration as seconds with one decimal ("41.2s"), or
// minutes and seconds past a minute ("3m07s").
func Seconds(d time.Duration) string {
	if d < time.Minute {
		return strconv.FormatFloat(d.Seconds(), 'f', 1, 64) + "s"
	}
	d = d.Round(time.Second)
	h := int(d / time.Hour)
	m := int(d % time.Hour / time.Minute)
	sec := int(d % time.Minute / time.Second)
	if h > 0 {
		return fmt.Sprintf("%dh%02dm%02ds", h, m, sec)
	}
	return fmt.Sprintf("%dm%02ds", m, sec)
}
