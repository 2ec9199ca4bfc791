package siterules

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"github.com/andybalholm/cascadia"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/idna"
)

// A rules file is a YAML list of site entries:
//
//	- match: example.com            # a host, or a list of hosts
//	  drop: [.promo, aside.related] # removed before extraction
//	  body: article .post-body      # the body is exactly these elements
//	  title: h1.headline            # first match's text wins
//	  byline: .author-name
//	  date: time.published@datetime # selector@attribute reads an attribute
//
// An entry applies to a page whose host is one of its match hosts or ends
// with "." and one of them: example.com matches www.example.com.

// entry is one site entry, compiled.
type entry struct {
	match               []string // hosts, lower-case ASCII (punycode)
	body                []rule   // union of their matches, like --keep
	drop                []rule
	title, byline, date *rule
}

// rule is one compiled selector with the label --explain shows for it.
type rule struct {
	label string // "rules.yaml:12 drop .promo", "--drop .promo"
	sel   cascadia.Selector
	first goquery.Matcher // sel, stopping at the first match
	attr  string          // title/byline/date: read this attribute, not the text
}

// Error is a mistake in a rules file: where it is and what is wrong.
type Error struct {
	File string // the path as given
	Line int    // 0 when the YAML parser gave none
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

var keys = "match, body, drop, title, byline or date"

// parseFile reads the entries of one rules file. path names the file in
// errors; its base name labels the rules in --explain.
func parseFile(path string, data []byte) ([]entry, error) {
	p := parser{path: path, name: filepath.Base(path)}
	dec := yaml.NewDecoder(strings.NewReader(string(data)))
	var out []entry
	for {
		var doc yaml.Node
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, p.yamlError(err)
		}
		es, err := p.document(&doc)
		if err != nil {
			return nil, err
		}
		out = append(out, es...)
	}
	return out, nil
}

type parser struct {
	path string // for errors
	name string // for labels
}

func (p *parser) errorf(n *yaml.Node, format string, a ...any) error {
	return &Error{File: p.path, Line: n.Line, Msg: fmt.Sprintf(format, a...)}
}

// yamlLine finds the line number the YAML library writes into its
// messages ("yaml: line 3: did not find expected key").
var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): `)

func (p *parser) yamlError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if m := yamlLine.FindStringSubmatch(err.Error()); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = err.Error()[len(m[0]):]
		// The library counts lines from 0 in its parser's errors (only
		// its scanner's are counted from 1); they all read "did not
		// find expected …".
		if strings.HasPrefix(msg, "did not find expected") {
			line++
		}
	}
	return &Error{File: p.path, Line: line, Msg: "bad YAML: " + msg}
}

func (p *parser) document(doc *yaml.Node) ([]entry, error) {
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil
	}
	top := deref(doc.Content[0])
	if top.Kind == yaml.ScalarNode && top.Tag == "!!null" {
		return nil, nil // a file of comments
	}
	if top.Kind != yaml.SequenceNode {
		return nil, p.errorf(top, "want a list of site entries (- match: example.com), not %s", kindName(top))
	}
	out := make([]entry, 0, len(top.Content))
	for _, n := range top.Content {
		e, err := p.entry(deref(n))
		if err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, nil
}

func (p *parser) entry(n *yaml.Node) (entry, error) {
	var e entry
	if n.Kind != yaml.MappingNode {
		return e, p.errorf(n, "want a site entry (match: HOST with %s), not %s", keys, kindName(n))
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], deref(n.Content[i+1])
		if k.Kind != yaml.ScalarNode {
			return e, p.errorf(k, "want a key (%s), not %s", keys, kindName(k))
		}
		if seen[k.Value] {
			return e, p.errorf(k, "key %q given twice in one entry", k.Value)
		}
		seen[k.Value] = true
		var err error
		switch k.Value {
		case "match":
			e.match, err = p.hosts(k.Value, v)
		case "body":
			e.body, err = p.rules(k.Value, v)
		case "drop":
			e.drop, err = p.rules(k.Value, v)
		case "title":
			e.title, err = p.field(k.Value, v)
		case "byline":
			e.byline, err = p.field(k.Value, v)
		case "date":
			e.date, err = p.field(k.Value, v)
		default:
			err = p.errorf(k, "unknown key %q (want %s)", k.Value, keys)
		}
		if err != nil {
			return e, err
		}
	}
	if !seen["match"] {
		return e, p.errorf(n, "site entry without match (the host it is for, e.g. match: example.com)")
	}
	return e, nil
}

// list returns the value of key as a list: one string, or a list of
// strings. Each comes with its node, for its line.
func (p *parser) list(key string, v *yaml.Node) ([]*yaml.Node, error) {
	switch v.Kind {
	case yaml.ScalarNode:
		if err := p.str(key, v); err != nil {
			return nil, err
		}
		return []*yaml.Node{v}, nil
	case yaml.SequenceNode:
		if len(v.Content) == 0 {
			return nil, p.errorf(v, "%s: empty list", key)
		}
		out := make([]*yaml.Node, 0, len(v.Content))
		for _, c := range v.Content {
			c = deref(c)
			if c.Kind != yaml.ScalarNode {
				return nil, p.errorf(c, "%s: want a string, not %s", key, kindName(c))
			}
			if err := p.str(key, c); err != nil {
				return nil, err
			}
			out = append(out, c)
		}
		return out, nil
	}
	return nil, p.errorf(v, "%s: want a string or a list of strings, not %s", key, kindName(v))
}

// str checks that a scalar is a non-empty string. YAML reads an unquoted
// '#' as a comment and '*' as an alias, and CSS ids start with '#':
// an empty value gets a hint.
func (p *parser) str(key string, v *yaml.Node) error {
	switch {
	case v.Tag == "!!null" || v.Tag == "!!str" && strings.TrimSpace(v.Value) == "":
		return p.errorf(v, "%s: empty value (quote a selector that starts with # or *: %s: '#main')", key, key)
	case v.Tag != "!!str":
		return p.errorf(v, "%s: want a string, not %s %s", key, kindName(v), v.Value)
	}
	return nil
}

func (p *parser) hosts(key string, v *yaml.Node) ([]string, error) {
	return each(p, key, v, func(n *yaml.Node) (string, error) {
		h, ok := normHost(n.Value)
		if !ok {
			return "", p.errorf(n, "match %q is not a host (want e.g. example.com)", n.Value)
		}
		return h, nil
	})
}

func (p *parser) rules(key string, v *yaml.Node) ([]rule, error) {
	return each(p, key, v, func(n *yaml.Node) (rule, error) { return p.compile(key, n, false) })
}

// each converts every string of key's value (one, or a list).
func each[T any](p *parser, key string, v *yaml.Node, conv func(*yaml.Node) (T, error)) ([]T, error) {
	ns, err := p.list(key, v)
	if err != nil {
		return nil, err
	}
	out := make([]T, 0, len(ns))
	for _, n := range ns {
		x, err := conv(n)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, nil
}

func (p *parser) field(key string, v *yaml.Node) (*rule, error) {
	if v.Kind != yaml.ScalarNode {
		return nil, p.errorf(v, "%s: want one selector, not %s", key, kindName(v))
	}
	if err := p.str(key, v); err != nil {
		return nil, err
	}
	r, err := p.compile(key, v, true)
	if err != nil {
		return nil, err
	}
	return &r, nil
}

// compile compiles the selector n holds, an error pointing at n.
func (p *parser) compile(key string, n *yaml.Node, field bool) (rule, error) {
	r, err := compile(p.label(key, n), n.Value, field)
	if err != nil {
		return r, p.errorf(n, "%s: %v", key, err)
	}
	return r, nil
}

func (p *parser) label(key string, n *yaml.Node) string {
	return p.name + ":" + strconv.Itoa(n.Line) + " " + key + " " + strings.TrimSpace(n.Value)
}

// deref follows a YAML alias to the node it names.
func deref(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		switch n.Tag {
		case "!!str":
			return "a string"
		case "!!int", "!!float":
			return "a number"
		case "!!bool":
			return "a boolean"
		case "!!null":
			return "nothing"
		}
		return "a " + strings.TrimPrefix(n.Tag, "!!")
	}
	return "an alias"
}

// compile parses one selector. With field set, a trailing @name (outside
// brackets and quotes) names the attribute to read.
func compile(label, s string, field bool) (rule, error) {
	s = strings.TrimSpace(s)
	r := rule{label: label}
	if field {
		s, r.attr = splitAttr(s)
	}
	if s == "" {
		return r, errors.New("empty selector")
	}
	sel, err := cascadia.Compile(s)
	if err != nil {
		return r, fmt.Errorf("invalid selector %q: %v", s, err)
	}
	r.sel, r.first = sel, goquery.SingleMatcher(sel)
	return r, nil
}

// attrName is what may follow the @ of selector@attribute.
var attrName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_:.-]*$`)

// splitAttr splits "time.published@datetime" into the selector and the
// attribute. An @ inside an attribute value ("a[href^='mailto:x@y']") is
// followed by a quote or bracket, so it is not taken for one.
func splitAttr(s string) (sel, attr string) {
	i := strings.LastIndexByte(s, '@')
	if i < 0 || !attrName.MatchString(s[i+1:]) {
		return s, ""
	}
	return strings.TrimSpace(s[:i]), strings.ToLower(s[i+1:])
}

// normHost lower-cases a host and turns an internationalised one into
// the ASCII form URLs carry. ok is false for what is not a host (a URL,
// a path, a wildcard).
func normHost(s string) (string, bool) {
	s = strings.TrimPrefix(strings.TrimSuffix(strings.ToLower(strings.TrimSpace(s)), "."), ".")
	if s == "" || strings.ContainsAny(s, "/:@*?#[] \t") {
		return "", false
	}
	a, err := idna.Lookup.ToASCII(s)
	if err != nil || a == "" {
		return "", false
	}
	return a, true
}
