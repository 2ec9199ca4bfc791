package render

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// appendMDText appends s with the characters that Markdown would read as
// markup backslash-escaped: emphasis, code, link brackets, raw HTML,
// strikethrough, table pipes and entity references. Characters that only
// matter at the start of a line are handled by escapeLineStart.
func appendMDText(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\\', '`', '*', '[', ']', '<', '~', '|':
			dst = append(dst, '\\', c)
		case '_':
			// snake_case cannot open or close emphasis; keep it readable.
			if !(alnumBefore(s, i) && alnumAfter(s, i+1)) {
				dst = append(dst, '\\')
			}
			dst = append(dst, c)
		case '&':
			if entityAt(s[i+1:]) {
				dst = append(dst, '\\')
			}
			dst = append(dst, c)
		default:
			dst = append(dst, c)
		}
		i++
	}
	return dst
}

func alnumBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func alnumAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// entityAt reports whether s (the text after an '&') starts like an HTML
// entity reference, "amp;" or "#38;", which Markdown would decode.
func entityAt(s string) bool {
	for i := 0; i < len(s) && i < 32; i++ {
		c := s[i]
		switch {
		case c == ';':
			return i > 0
		case c == '#' && i == 0,
			'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		default:
			return false
		}
	}
	return false
}

// escapeLineStart escapes what would turn a line of text into a block
// construct: ATX headings, quotes, list markers, thematic breaks and
// setext underlines. Leading blanks are dropped, since four of them start
// an indented code block.
func escapeLineStart(line string) string {
	line = strings.TrimLeft(line, " \t")
	if line == "" {
		return line
	}
	switch c := line[0]; c {
	case '#', '>':
		return `\` + line
	case '-', '+', '=':
		rest := line[1:]
		if rest == "" || rest[0] == ' ' || rest[0] == '\t' ||
			strings.Trim(line, string(c)+" \t") == "" {
			return `\` + line
		}
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		i := 1
		for i < len(line) && i < 10 && line[i] >= '0' && line[i] <= '9' {
			i++
		}
		if i < len(line) && (line[i] == '.' || line[i] == ')') &&
			(i+1 == len(line) || line[i+1] == ' ' || line[i+1] == '\t') {
			return line[:i] + `\` + line[i:]
		}
	}
	return line
}

// escapeHeadingEnd escapes a trailing run of '#', which an ATX heading
// would otherwise drop as its closing sequence.
func escapeHeadingEnd(s string) string {
	t := strings.TrimRight(s, "#")
	run := len(s) - len(t)
	if run == 0 {
		return s
	}
	// An odd number of backslashes before the run escapes its first '#'.
	if bs := len(t) - len(strings.TrimRight(t, `\`)); bs%2 == 1 {
		t += "#"
		run--
	}
	return t + strings.Repeat(`\#`, run)
}

// mdURL makes u safe as a link destination: characters that would end
// or break the destination are percent-encoded, control characters and
// surrounding blanks dropped.
func mdURL(u string) string {
	u = strings.TrimSpace(u)
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		switch {
		case c < 0x20 || c == 0x7f:
		case c == ' ' || c == '(' || c == ')' || c == '<' || c == '>' || c == '\\' || c == '"':
			b.WriteByte('%')
			b.WriteByte("0123456789ABCDEF"[c>>4])
			b.WriteByte("0123456789ABCDEF"[c&0xf])
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// longestRun returns the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	best, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			n++
			best = max(best, n)
		} else {
			n = 0
		}
	}
	return best
}

// appendCodeSpan appends s as an inline code span whose backtick string
// is longer than any run of backticks inside it. A space pads the content
// when it starts or ends with a backtick or is wrapped in spaces, because
// CommonMark strips one space from each side.
func appendCodeSpan(dst []byte, s string) []byte {
	s = strings.ReplaceAll(s, "\n", " ")
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	pad := strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") ||
		(len(s) >= 2 && s[0] == ' ' && s[len(s)-1] == ' ' && strings.Trim(s, " ") != "")
	dst = append(dst, fence...)
	if pad {
		dst = append(dst, ' ')
	}
	dst = append(dst, s...)
	if pad {
		dst = append(dst, ' ')
	}
	return append(dst, fence...)
}

// yamlQuote returns s as a double-quoted YAML scalar. Quoting every value
// avoids YAML's many implicit types ("no", "1e3", "null") and indicators
// (": ", " #", leading "-", "&", "*", "!").
func yamlQuote(s string) string {
	b := []byte{'"'}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b = append(b, "\uFFFD"...)
		case r == '"' || r == '\\':
			b = append(b, '\\', byte(r))
		case r == '\n':
			b = append(b, `\n`...)
		case r == '\t':
			b = append(b, `\t`...)
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			b = append(b, `\x`...)
			b = append(b, hexDigits[r>>4], hexDigits[r&0xf])
		case r == '\u2028':
			b = append(b, `\L`...)
		case r == '\u2029':
			b = append(b, `\P`...)
		case r == '\uFEFF':
			b = append(b, `\uFEFF`...)
		default:
			b = append(b, s[i:i+n]...)
		}
		i += n
	}
	return string(append(b, '"'))
}
