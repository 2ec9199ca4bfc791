// Package jsonld reads the schema.org JSON-LD blocks of a page. Real pages
// carry broken JSON-LD often enough (trailing commas, comments, HTML
// entities, raw newlines inside strings, several objects in one script),
// so parsing is tolerant: a strict parse first, then a repaired one.
package jsonld

import (
	"bytes"
	"encoding/json"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Object is one JSON-LD node as decoded by encoding/json.
type Object = map[string]any

// Scripts returns the raw contents of every <script type="application/ld+json">
// in the document, in document order.
func Scripts(doc *html.Node) []string {
	return AppendScripts(nil, doc)
}

// AppendScripts appends the contents of the JSON-LD scripts in the
// subtree of n (n included), in document order. A stage that walks the
// page anyway collects them on its way with it, at the script elements
// and the subtrees it does not enter, instead of walking the page again.
func AppendScripts(out []string, n *html.Node) []string {
	if n.Type == html.ElementNode && n.DataAtom == atom.Script {
		for _, a := range n.Attr {
			if a.Key == "type" && strings.Contains(strings.ToLower(a.Val), "ld+json") {
				var b strings.Builder
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.TextNode {
						b.WriteString(c.Data)
					}
				}
				return append(out, b.String())
			}
		}
		return out
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		out = AppendScripts(out, c)
	}
	return out
}

// Objects returns every JSON-LD object of the page, flattened: top-level
// arrays and @graph members are listed as objects of their own (the
// containing object is listed too, before its members). Scripts that
// cannot be repaired are skipped.
func Objects(doc *html.Node) []Object {
	var out []Object
	for _, s := range Scripts(doc) {
		out = AppendObjects(out, s)
	}
	return out
}

// AppendObjects decodes one script's text and appends its objects,
// flattened as Objects does.
func AppendObjects(out []Object, script string) []Object {
	for _, v := range Decode(script) {
		out = flatten(out, v)
	}
	return out
}

func flatten(out []Object, v any) []Object {
	switch t := v.(type) {
	case []any:
		for _, e := range t {
			out = flatten(out, e)
		}
	case map[string]any:
		out = append(out, t)
		if g, ok := t["@graph"]; ok {
			out = flatten(out, g)
		}
	}
	return out
}

// Decode parses one script's text into JSON values. It returns nil when
// nothing usable can be recovered.
func Decode(s string) []any {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimPrefix(strings.TrimSpace(s), "<![CDATA[")
	s = strings.TrimSuffix(strings.TrimSpace(s), "]]>")
	if vs, ok := decodeAll([]byte(s)); ok {
		return vs
	}
	fixed := repair(s)
	if vs, ok := decodeAll(fixed); ok {
		return vs
	}
	if strings.Contains(s, "&") {
		if vs, ok := decodeAll(repair(html.UnescapeString(s))); ok {
			return vs
		}
	}
	return nil
}

// decodeAll decodes a sequence of JSON values (some pages put several
// objects one after the other in one script).
func decodeAll(b []byte) ([]any, bool) {
	dec := json.NewDecoder(bytes.NewReader(b))
	var out []any
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			if err.Error() == "EOF" && len(out) > 0 {
				return out, true
			}
			return out, len(out) > 0 && strings.TrimSpace(string(b[dec.InputOffset():])) == ""
		}
		out = append(out, v)
	}
}

// repair removes comments and trailing commas outside strings, escapes
// raw control characters inside strings and drops a trailing semicolon.
func repair(s string) []byte {
	out := make([]byte, 0, len(s))
	inStr := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			switch {
			case c == '\\' && i+1 < len(s):
				out = append(out, c, s[i+1])
				i++
			case c == '"':
				inStr = false
				out = append(out, c)
			case c == '\n':
				out = append(out, '\\', 'n')
			case c == '\r':
			case c == '\t':
				out = append(out, '\\', 't')
			case c < 0x20:
			default:
				out = append(out, c)
			}
			continue
		}
		switch {
		case c == '"':
			inStr = true
			out = append(out, c)
		case c == '/' && i+1 < len(s) && s[i+1] == '/':
			for i < len(s) && s[i] != '\n' {
				i++
			}
		case c == '/' && i+1 < len(s) && s[i+1] == '*':
			end := strings.Index(s[i+2:], "*/")
			if end < 0 {
				i = len(s)
			} else {
				i += end + 3
			}
		case c == ',':
			j := i + 1
			for j < len(s) && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t') {
				j++
			}
			if j < len(s) && (s[j] == '}' || s[j] == ']') {
				continue
			}
			out = append(out, c)
		default:
			out = append(out, c)
		}
	}
	out = bytes.TrimRight(bytes.TrimSpace(out), ";")
	return out
}

// Types returns the @type values of o (a string or a list of strings),
// without any "schema:" or URL prefix.
func Types(o Object) []string {
	var out []string
	add := func(s string) {
		if i := strings.LastIndexAny(s, "/:#"); i >= 0 {
			s = s[i+1:]
		}
		if s != "" {
			out = append(out, s)
		}
	}
	switch t := o["@type"].(type) {
	case string:
		add(t)
	case []any:
		for _, e := range t {
			if s, ok := e.(string); ok {
				add(s)
			}
		}
	}
	return out
}

// HasType reports whether o has one of the given @type names
// (case-insensitive).
func HasType(o Object, names ...string) bool {
	for _, t := range Types(o) {
		for _, n := range names {
			if strings.EqualFold(t, n) {
				return true
			}
		}
	}
	return false
}

// String returns o[key] as a string when it is one (or the first string
// of a list, or the "@value"/"name" of an object), else "".
func String(o Object, key string) string {
	return AsString(o[key])
}

// AsString converts a JSON-LD value to a string as String does.
func AsString(v any) string {
	switch t := v.(type) {
	case string:
		return t
	case float64:
		return strings.TrimSuffix(strings.TrimRight(json.Number(fmtFloat(t)).String(), "0"), ".")
	case []any:
		for _, e := range t {
			if s := AsString(e); s != "" {
				return s
			}
		}
	case map[string]any:
		if s, ok := t["@value"].(string); ok {
			return s
		}
		if s, ok := t["name"].(string); ok {
			return s
		}
	}
	return ""
}

func fmtFloat(f float64) string {
	b, _ := json.Marshal(f)
	return string(b)
}

// List returns a JSON-LD value as a slice: an array as it is, a single
// value alone, nothing for nil (schema.org allows one or many anywhere).
func List(v any) []any {
	switch t := v.(type) {
	case nil:
		return nil
	case []any:
		return t
	default:
		return []any{t}
	}
}
