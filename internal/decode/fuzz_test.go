package decode

import (
	"testing"
	"unicode/utf8"
)

// FuzzToUTF8 checks that no input or Content-Type makes ToUTF8 or
// CheckHTML panic, and that a successful decode is always valid UTF-8.
func FuzzToUTF8(f *testing.F) {
	f.Add([]byte(`<meta charset="shift_jis"><p>\x93\xfa\x96{</p>`), "")
	f.Add([]byte("<p>caf\xe9</p>"), "text/html; charset=utf-8")
	f.Add([]byte("\xff\xfe<\x00p\x00>\x00"), "")
	f.Add([]byte("\xfe\xff\x00<\xd8\x00"), "")
	f.Add([]byte(`<?xml version="1.0" encoding="gb18030"?><a>\x81\x30</a>`), "application/xhtml+xml")
	f.Add([]byte(`<meta http-equiv="content-type" content="charset='koi8-r">`), "text/html; charset=")
	f.Fuzz(func(t *testing.T, raw []byte, contentType string) {
		out, _, err := ToUTF8(raw, contentType)
		if err == nil && !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 output %q", out)
		}
		_ = CheckHTML(raw)
	})
}
