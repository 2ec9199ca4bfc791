// Package decode turns the raw bytes of a saved or fetched page into UTF-8.
//
// The encoding is chosen in the order a browser uses: a byte order mark,
// then the charset parameter of the HTTP Content-Type, then a <meta charset>
// or <meta http-equiv="Content-Type"> declaration (or an XML declaration),
// then content sniffing. Labels are resolved with the WHATWG table
// (golang.org/x/text/encoding/htmlindex), so ISO-8859-1 and US-ASCII mean
// windows-1252, GB2312 means GBK, and so on.
//
// Two corrections on top of the browser rules, because saved pages lie
// about their encoding more often than browsers admit:
//
//   - A page that claims (or is assumed to be) UTF-8 but whose invalid
//     byte sequences outnumber its valid multi-byte ones is really a legacy
//     single-byte page (almost always latin-1/windows-1252 text); it is
//     decoded as windows-1252. A mostly-UTF-8 page with a few stray bytes
//     stays UTF-8 and the stray bytes become U+FFFD.
//   - A page that declares a legacy encoding but is valid UTF-8
//     containing multi-byte sequences is decoded as UTF-8: legacy text
//     practically never forms valid UTF-8 sequences by accident (it would
//     need pairs such as "Ã©"), while CMSs that emit UTF-8 under an old
//     template's charset declaration are common.
package decode

import (
	"bytes"
	"fmt"
	"mime"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

const (
	nameUTF8    = "utf-8"
	nameUTF16LE = "utf-16le"
	nameUTF16BE = "utf-16be"
	name1252    = "windows-1252"
)

// ToUTF8 returns the page as valid UTF-8 and the name of the encoding used.
// A UTF-8 byte order mark is removed. The error is non-nil only when the
// chosen decoder itself fails, which the x/text decoders do not do on bad
// input (they substitute U+FFFD); it is kept so a future decoder cannot
// silently hand back garbage.
func ToUTF8(raw []byte, contentType string) (out []byte, encName string, err error) {
	if enc, name, n := sniffBOM(raw); enc != nil || name == nameUTF8 {
		return run(enc, name, raw[n:])
	}

	enc, name := lookup(httpCharset(contentType))
	if name == "" {
		enc, name = lookup(metaCharset(raw))
		// A declaration readable as ASCII cannot be truthful about UTF-16
		// (WHATWG: treat it as UTF-8); x-user-defined only exists for
		// binary XHR and means windows-1252 in a document.
		switch name {
		case nameUTF16LE, nameUTF16BE:
			enc, name = nil, nameUTF8
		case "x-user-defined":
			enc, name = charmap.Windows1252, name1252
		}
	}
	if name == "" {
		if e, n := sniffUTF16(raw); e != nil {
			return run(e, n, raw)
		}
		name = nameUTF8 // undeclared: assume UTF-8, corrected below
	}

	switch {
	case name == nameUTF8:
		// Most pages are valid UTF-8: one validation pass, not the two of
		// the checks below.
		if utf8.Valid(raw) {
			return raw, nameUTF8, nil
		}
		if mostlyInvalidUTF8(raw) {
			return run(charmap.Windows1252, name1252, raw)
		}
		return run(nil, nameUTF8, raw)
	case legacyUTF8(name, raw):
		return run(nil, nameUTF8, raw)
	}
	return run(enc, name, raw)
}

// run decodes b with enc (nil means UTF-8, only repaired) and guarantees
// valid UTF-8 output whatever the decoder did.
func run(enc encoding.Encoding, name string, b []byte) ([]byte, string, error) {
	if enc == nil || enc == encoding.Nop {
		if utf8.Valid(b) {
			return b, name, nil
		}
		return bytes.ToValidUTF8(b, []byte("\uFFFD")), name, nil
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, name, fmt.Errorf("decoding %s: %w", name, err)
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return out, name, nil
}

// lookup resolves a charset label with the WHATWG table. It returns a nil
// encoding with name "utf-8" for UTF-8 (decoded by run without a
// transformer), and (nil, "") for an empty, unknown or unusable label.
func lookup(label string) (encoding.Encoding, string) {
	label = strings.TrimSpace(label)
	if label == "" {
		return nil, ""
	}
	e, err := htmlindex.Get(label)
	if err != nil {
		return nil, ""
	}
	name, err := htmlindex.Name(e)
	if err != nil {
		return nil, ""
	}
	switch name = strings.ToLower(name); name {
	case nameUTF8:
		return nil, nameUTF8
	case "replacement":
		// WHATWG maps ISO-2022-KR, HZ and the like to a decoder that
		// yields a single U+FFFD, which would lose the whole article;
		// an extractor is better served by ignoring the label and
		// sniffing.
		return nil, ""
	}
	return e, name
}

// httpCharset returns the charset parameter of a Content-Type value.
func httpCharset(contentType string) string {
	if contentType == "" {
		return ""
	}
	_, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		// Servers send things like "text/html; charset=utf-8;" or with
		// duplicated parameters that mime rejects; fall back to a plain
		// search rather than ignore the declaration.
		return charsetFromContent(contentType)
	}
	return params["charset"]
}

var boms = []struct {
	mark []byte
	name string
	enc  encoding.Encoding
}{
	{[]byte{0xEF, 0xBB, 0xBF}, nameUTF8, nil},
	{[]byte{0xFF, 0xFE}, nameUTF16LE, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
	{[]byte{0xFE, 0xFF}, nameUTF16BE, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
}

// sniffBOM returns the encoding announced by a byte order mark and the
// mark's length; name is "" when there is none.
func sniffBOM(raw []byte) (encoding.Encoding, string, int) {
	for _, b := range boms {
		if bytes.HasPrefix(raw, b.mark) {
			return b.enc, b.name, len(b.mark)
		}
	}
	return nil, "", 0
}

// sniffUTF16 recognises BOM-less UTF-16 by the zero bytes that ASCII markup
// leaves in every other position, e.g. "<\x00h\x00" for little endian.
func sniffUTF16(raw []byte) (encoding.Encoding, string) {
	n := min(len(raw), 512) &^ 1
	if n < 8 {
		return nil, ""
	}
	var evenZero, oddZero int
	for i := 0; i < n; i += 2 {
		if raw[i] == 0 {
			evenZero++
		}
		if raw[i+1] == 0 {
			oddZero++
		}
	}
	pairs := n / 2
	switch {
	case oddZero*10 >= pairs*9 && evenZero*10 < pairs:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), nameUTF16LE
	case evenZero*10 >= pairs*9 && oddZero*10 < pairs:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), nameUTF16BE
	}
	return nil, ""
}

// legacyUTF8 reports a page declared in a legacy encoding whose bytes
// are valid UTF-8 with multi-byte sequences. For single-byte encodings
// one such sequence is evidence enough; text in a multi-byte legacy
// encoding (GBK, Shift_JIS, Big5, EUC-*) forms valid UTF-8 by accident
// over a few characters, never over a page, so it takes several.
func legacyUTF8(name string, raw []byte) bool {
	if !looksLikeUTF8(raw) {
		return false
	}
	if singleByte[name] {
		return true
	}
	multi, _ := utf8Stats(raw)
	return multi >= 16
}

// singleByte lists the WHATWG single-byte encodings: for them a valid
// UTF-8 body is strong evidence that the declaration is wrong.
var singleByte = map[string]bool{
	"ibm866": true, "iso-8859-2": true, "iso-8859-3": true, "iso-8859-4": true,
	"iso-8859-5": true, "iso-8859-6": true, "iso-8859-7": true, "iso-8859-8": true,
	"iso-8859-8-i": true, "iso-8859-10": true, "iso-8859-13": true, "iso-8859-14": true,
	"iso-8859-15": true, "iso-8859-16": true, "koi8-r": true, "koi8-u": true,
	"macintosh": true, "windows-874": true, "windows-1250": true, "windows-1251": true,
	"windows-1252": true, "windows-1253": true, "windows-1254": true, "windows-1255": true,
	"windows-1256": true, "windows-1257": true, "windows-1258": true, "x-mac-cyrillic": true,
}

// utf8Stats counts valid multi-byte sequences and invalid bytes.
func utf8Stats(b []byte) (multi, invalid int) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			invalid++
		} else {
			multi++
		}
		i += size
	}
	return multi, invalid
}

// mostlyInvalidUTF8 reports whether text taken for UTF-8 is more likely a
// legacy single-byte page: more invalid bytes than valid multi-byte
// sequences. Latin-1 letters followed by ASCII are always invalid UTF-8,
// so a latin-1 page scores almost only invalid bytes, whereas a UTF-8 page
// with a pasted stray byte keeps a large valid majority.
func mostlyInvalidUTF8(b []byte) bool {
	if utf8.Valid(b) {
		return false
	}
	multi, invalid := utf8Stats(b)
	return invalid > multi
}

// looksLikeUTF8 reports whether b is valid UTF-8 with at least one
// multi-byte sequence.
func looksLikeUTF8(b []byte) bool {
	if !utf8.Valid(b) {
		return false
	}
	for _, c := range b {
		if c >= utf8.RuneSelf {
			return true
		}
	}
	return false
}
