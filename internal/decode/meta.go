package decode

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// prescanLimit bounds the meta prescan. WHATWG looks at 1024 bytes only,
// but saved pages routinely carry kilobytes of inline script, style and
// social tags before the charset declaration (about a fifth of the
// development corpus declares it past byte 1024), so the scan goes on
// until <body> or this limit.
const prescanLimit = 128 << 10

// metaCharset returns the charset label declared by the first <meta
// charset> or <meta http-equiv="Content-Type" content="…charset=…"> of the
// document head, or by an XML declaration; "" when there is none.
func metaCharset(raw []byte) string {
	if len(raw) > prescanLimit {
		raw = raw[:prescanLimit]
	}
	if label := xmlDeclEncoding(raw); label != "" {
		return label
	}
	if !hasCharsetText(raw) && !bytes.Contains(raw, []byte("&#")) {
		// Both declarations spell "charset" (in any case), unless a
		// content attribute hides it in character references: with
		// neither in the window there is nothing to find, and
		// tokenizing up to 128 KiB of head to learn so is most of this
		// stage's cost on such pages.
		return ""
	}
	// The tokenizer knows comments and raw-text elements (script, style,
	// title), so a "charset" inside them is not mistaken for a declaration.
	z := html.NewTokenizer(bytes.NewReader(raw))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				if !hasAttr {
					continue
				}
				if label := metaTagCharset(z); label != "" {
					return label
				}
			}
		}
	}
}

// hasCharsetText reports whether b contains "charset" in any ASCII case.
func hasCharsetText(b []byte) bool {
	const word = "charset"
	for i := 0; i+len(word) <= len(b); i++ {
		if b[i]|0x20 != 'c' {
			continue
		}
		j := 1
		for j < len(word) && b[i+j]|0x20 == word[j] {
			j++
		}
		if j == len(word) {
			return true
		}
	}
	return false
}

// metaTagCharset applies the WHATWG rule for one meta element: a charset
// attribute wins; a content attribute counts only together with
// http-equiv="content-type".
func metaTagCharset(z *html.Tokenizer) string {
	var charset, content string
	pragma := false
	seen := map[string]bool{}
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		key := string(k)
		if seen[key] {
			continue
		}
		seen[key] = true
		switch key {
		case "charset":
			charset = strings.TrimSpace(string(v))
		case "content":
			content = string(v)
		case "http-equiv":
			pragma = strings.EqualFold(strings.TrimSpace(string(v)), "content-type")
		}
	}
	if charset != "" {
		return charset
	}
	if pragma {
		return charsetFromContent(content)
	}
	return ""
}

// charsetFromContent extracts the value after "charset=" in a
// Content-Type-like string, following the WHATWG extraction algorithm
// (optional whitespace, optional quotes, value ends at ';' or space).
func charsetFromContent(s string) string {
	lower := asciiLower(s)
	for from := 0; ; {
		i := strings.Index(lower[from:], "charset")
		if i < 0 {
			return ""
		}
		pos := from + i + len("charset")
		rest := strings.TrimLeft(s[pos:], " \t\n\f\r")
		if !strings.HasPrefix(rest, "=") {
			from = pos
			continue
		}
		rest = strings.TrimLeft(rest[1:], " \t\n\f\r")
		if rest == "" {
			return ""
		}
		if q := rest[0]; q == '"' || q == '\'' {
			end := strings.IndexByte(rest[1:], q)
			if end < 0 {
				return ""
			}
			return rest[1 : 1+end]
		}
		end := strings.IndexAny(rest, " \t\n\f\r;")
		if end < 0 {
			end = len(rest)
		}
		return rest[:end]
	}
}

// xmlDeclEncoding returns the encoding pseudo-attribute of a leading XML
// declaration (<?xml version="1.0" encoding="…"?>), which is what an XHTML
// page saved from an application/xhtml+xml response relies on.
func xmlDeclEncoding(raw []byte) string {
	raw = bytes.TrimLeft(raw, " \t\r\n")
	if !bytes.HasPrefix(raw, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(raw, []byte("?>"))
	if end < 0 || end > 512 {
		return ""
	}
	decl := string(raw[:end])
	i := strings.Index(decl, "encoding")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	q := rest[0]
	j := strings.IndexByte(rest[1:], q)
	if j < 0 {
		return ""
	}
	return rest[1 : 1+j]
}

// asciiLower lowers ASCII letters only, so byte offsets stay valid in the
// original string (strings.ToLower may change the length of non-ASCII).
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
