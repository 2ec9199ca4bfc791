package render

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
)

// spansOf returns the inline runs of a block or item: its spans, or its
// plain text as a single run when the extractor recorded no formatting.
func spansOf(text string, spans []article.Span) []article.Span {
	if len(spans) > 0 {
		return spans
	}
	if text == "" {
		return nil
	}
	return []article.Span{{Text: text}}
}

// splitLines cuts runs at line breaks: the result holds one slice of runs
// per line of text. A run never spans two lines, so formatting can be
// opened and closed within each line, which Markdown requires. An image
// run's Text is its alt text and never breaks a line.
func splitLines(spans []article.Span) [][]article.Span {
	var lines [][]article.Span
	var cur []article.Span
	for _, s := range spans {
		if s.Image != "" || !strings.Contains(s.Text, "\n") {
			cur = append(cur, s)
			continue
		}
		parts := strings.Split(s.Text, "\n")
		for i, p := range parts {
			if i > 0 {
				lines = append(lines, cur)
				cur = nil
			}
			if p != "" {
				c := s
				c.Text = p
				cur = append(cur, c)
			}
		}
	}
	return append(lines, cur)
}

// blankLine reports whether a line of runs shows nothing.
func blankLine(line []article.Span) bool {
	for _, s := range line {
		if s.Image != "" || !blank(s.Text) {
			return false
		}
	}
	return true
}

// schemeOf returns the lower-cased URL scheme of u, "" when u has none.
func schemeOf(u string) string {
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c == ':':
			if i == 0 {
				return ""
			}
			return strings.ToLower(u[:i])
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case i > 0 && ('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.'):
		default:
			return ""
		}
	}
	return ""
}

// linkOK reports whether href may become a link: only web and mail
// addresses, never javascript:, data: or other schemes that run or embed
// something when clicked.
func linkOK(href string) bool {
	switch schemeOf(strings.TrimSpace(href)) {
	case "http", "https", "mailto":
		return true
	}
	return false
}

// imageOK reports whether src may be shown as an image.
func imageOK(src string) bool {
	switch schemeOf(strings.TrimSpace(src)) {
	case "http", "https":
		return true
	}
	return false
}
