package render

import (
	"io"
	"unicode"
	"unicode/utf8"
)

// writeClean writes buf with invalid UTF-8 replaced by U+FFFD and control
// characters other than tab and newline removed. Text, Markdown and HTML
// output go to terminals and editors: a page must not be able to smuggle
// escape sequences or stray carriage returns into them.
func writeClean(w io.Writer, buf []byte) error {
	if isClean(buf) {
		_, err := w.Write(buf)
		return err
	}
	out := make([]byte, 0, len(buf))
	for i := 0; i < len(buf); {
		c := buf[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7f || c == '\n' || c == '\t' {
				out = append(out, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(buf[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			out = append(out, "\uFFFD"...)
		case r >= 0x80 && r < 0xa0: // C1 controls
		default:
			out = append(out, buf[i:i+n]...)
		}
		i += n
	}
	_, err := w.Write(out)
	return err
}

func isClean(buf []byte) bool {
	for i := 0; i < len(buf); {
		c := buf[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(buf[i:])
		if (r == utf8.RuneError && n == 1) || (r >= 0x80 && r < 0xa0) {
			return false
		}
		i += n
	}
	return true
}

// blank reports whether s shows nothing: only whitespace and control
// characters, which writeClean removes anyway. Layout decisions use it so
// that such text cannot leave an empty line or block behind.
func blank(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) && !unicode.IsControl(r) {
			return false
		}
	}
	return true
}
