package siterules

import (
	"errors"
	"strings"
	"testing"
)

func TestParseFile(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		entries    int
		check      func(t *testing.T, es []entry)
	}{
		{name: "empty file", yaml: "", entries: 0},
		{name: "only comments", yaml: "# nothing yet\n", entries: 0},
		{name: "one entry, every key", entries: 1, yaml: `
- match: example.com
  body: article .entry
  drop: [.promo, aside.related]
  title: h1.headline
  byline: .author-name
  date: time.published@datetime
`, check: func(t *testing.T, es []entry) {
			e := es[0]
			if len(e.match) != 1 || e.match[0] != "example.com" {
				t.Errorf("match = %q", e.match)
			}
			if len(e.body) != 1 || e.body[0].label != "rules.yaml:3 body article .entry" {
				t.Errorf("body = %+v", e.body)
			}
			if len(e.drop) != 2 || e.drop[1].label != "rules.yaml:4 drop aside.related" {
				t.Errorf("drop = %+v", e.drop)
			}
			if e.date == nil || e.date.attr != "datetime" || e.date.label != "rules.yaml:7 date time.published@datetime" {
				t.Errorf("date = %+v", e.date)
			}
			if e.title == nil || e.title.attr != "" || e.byline == nil {
				t.Errorf("title %+v, byline %+v", e.title, e.byline)
			}
		}},
		{name: "match list, drop as one string", entries: 1, yaml: `
- match: [example.com, Example.ORG., bücher.example]
  drop: .promo
`, check: func(t *testing.T, es []entry) {
			want := []string{"example.com", "example.org", "xn--bcher-kva.example"}
			if strings.Join(es[0].match, " ") != strings.Join(want, " ") {
				t.Errorf("match = %q, want %q", es[0].match, want)
			}
			if len(es[0].drop) != 1 {
				t.Errorf("drop = %+v", es[0].drop)
			}
		}},
		{name: "block lists and two entries", entries: 2, yaml: `
- match: a.example
  drop:
    - .one
    - "#two"
- match:
    - b.example
  title: 'h1#main'
`, check: func(t *testing.T, es []entry) {
			if es[0].drop[1].label != "rules.yaml:5 drop #two" {
				t.Errorf("label = %q", es[0].drop[1].label)
			}
		}},
		{name: "anchors and aliases", entries: 2, yaml: `
- match: a.example
  drop: &common [.promo, .share]
- match: b.example
  drop: *common
`, check: func(t *testing.T, es []entry) {
			if len(es[1].drop) != 2 {
				t.Errorf("aliased drop = %+v", es[1].drop)
			}
		}},
		{name: "two YAML documents", entries: 2, yaml: "- match: a.example\n  drop: .x\n---\n- match: b.example\n  drop: .y\n"},
		{name: "an entry with no rule is allowed", entries: 1, yaml: "- match: a.example\n"},
		{name: "@ inside an attribute value is not an attribute", entries: 1, yaml: `
- match: a.example
  byline: a[href^="mailto:desk@paper.example"]
`, check: func(t *testing.T, es []entry) {
			if es[0].byline.attr != "" {
				t.Errorf("attr = %q", es[0].byline.attr)
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			es, err := parseFile("conf/rules.yaml", []byte(tc.yaml))
			if err != nil {
				t.Fatal(err)
			}
			if len(es) != tc.entries {
				t.Fatalf("%d entries, want %d", len(es), tc.entries)
			}
			if tc.check != nil {
				tc.check(t, es)
			}
		})
	}
}

// Every mistake names the file, the line, and the key or selector.
func TestParseFileErrors(t *testing.T) {
	for _, tc := range []struct {
		name, yaml string
		line       int
		msg        string
	}{
		{"unclosed list", "- match: a.example\n  drop: [.x\n", 2, "bad YAML: did not find expected ',' or ']'"},
		{"bad indentation", "- match: a.example\n  drop: .x\n - title: h1\n", 3, "bad YAML: did not find expected '-' indicator"},
		{"mapping after a list item", "x: 1\n- match: a\n", 2, "bad YAML: did not find expected key"},
		{"unclosed quote", "\n\n- match: a.example\n  drop: \"x\n", 4, "bad YAML"},
		{"tab indentation", "- match: a.example\n\tdrop: .x\n", 2, "bad YAML"},
		{"top level is a mapping", "match: a.example\n", 1, "want a list of site entries"},
		{"entry is a string", "- a.example\n", 1, "want a site entry (match: HOST"},
		{"unknown key", "- match: a.example\n  bdy: article\n", 2, `unknown key "bdy" (want match, body, drop, title, byline or date)`},
		{"key twice", "- match: a.example\n  drop: .x\n  drop: .y\n", 3, `key "drop" given twice`},
		{"no match", "- drop: .x\n", 1, "site entry without match"},
		{"match is a URL", "- match: https://a.example/\n", 1, `match "https://a.example/" is not a host`},
		{"match is a wildcard", "- match: '*.a.example'\n", 1, "is not a host"},
		{"match is a number", "- match: 42\n", 1, "match: want a string, not a number 42"},
		{"match is a mapping", "- match: {host: a.example}\n", 1, "match: want a string or a list of strings, not a mapping"},
		{"empty match list", "- match: []\n", 1, "match: empty list"},
		{"drop item is a list", "- match: a.example\n  drop:\n    - [.x]\n", 3, "drop: want a string, not a list"},
		{"drop is a boolean", "- match: a.example\n  drop: true\n", 2, "drop: want a string, not a boolean"},
		{"title is a list", "- match: a.example\n  title: [h1, h2]\n", 2, "title: want one selector, not a list"},
		{"unquoted id selector is a comment", "- match: a.example\n  title: #headline\n", 2, "title: empty value (quote a selector that starts with # or *"},
		{"invalid selector", "- match: a.example\n  drop:\n    - .ok\n    - 'div[class'\n", 4, `drop: invalid selector "div[class"`},
		{"invalid field selector", "- match: a.example\n  date: 'time..x@datetime'\n", 2, `date: invalid selector "time..x"`},
		{"pseudo-element", "- match: a.example\n  drop: 'p::before'\n", 2, `invalid selector "p::before"`},
		{"attribute alone", "- match: a.example\n  date: '@datetime'\n", 2, "date: empty selector"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseFile("conf/rules.yaml", []byte(tc.yaml))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("err = %v, want an *Error", err)
			}
			if e.File != "conf/rules.yaml" || e.Line != tc.line || !strings.Contains(e.Msg, tc.msg) {
				t.Errorf("got %q (line %d), want line %d and %q", err, e.Line, tc.line, tc.msg)
			}
			if !strings.HasPrefix(err.Error(), "conf/rules.yaml:") {
				t.Errorf("message %q does not start with the file", err)
			}
		})
	}
}

func TestSplitAttr(t *testing.T) {
	for _, tc := range []struct{ in, sel, attr string }{
		{"time.published@datetime", "time.published", "datetime"},
		{"meta[name=author] @content", "meta[name=author]", "content"},
		{"span@data-Date", "span", "data-date"},
		{"h1", "h1", ""},
		{`a[href$="@x"]`, `a[href$="@x"]`, ""},
		{"p@", "p@", ""},
	} {
		t.Run(tc.in, func(t *testing.T) {
			sel, attr := splitAttr(tc.in)
			if sel != tc.sel || attr != tc.attr {
				t.Errorf("splitAttr(%q) = %q, %q; want %q, %q", tc.in, sel, attr, tc.sel, tc.attr)
			}
		})
	}
}

// FuzzParseFile: any bytes give entries or an *Error naming the file,
// never a panic; a parsed file's rules all carry a compiled selector.
func FuzzParseFile(f *testing.F) {
	for _, s := range []string{
		"- match: example.com\n  drop: [.promo, aside]\n  body: article\n  date: time@datetime\n",
		"- match: [a.example, b.example]\n  title: 'h1#t'\n",
		"- match: a.example\n  drop: &x [.a]\n- match: b.example\n  drop: *x\n",
		"match: a\n",
		"- match: a.example\n  drop: [.x\n",
		"---\n- match: a.example\n---\n",
		"- {match: a.example, byline: '.by @rel'}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		es, err := parseFile("f.yaml", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.File != "f.yaml" || e.Msg == "" {
				t.Fatalf("error %v is not a file error", err)
			}
			return
		}
		for _, e := range es {
			if len(e.match) == 0 {
				t.Fatal("entry without match")
			}
			for _, rs := range [][]rule{e.body, e.drop} {
				for _, r := range rs {
					if r.sel == nil || r.label == "" {
						t.Fatalf("rule %+v not compiled", r)
					}
				}
			}
		}
	})
}
