package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/article"
)

// alwaysFields are the members every JSON object carries, with the JSON
// type each must have.
var alwaysFields = map[string]string{
	"source": "string", "url": "string", "title": "string", "byline": "string",
	"authors": "array", "date": "string", "date_modified": "string",
	"site_name": "string", "lang": "string", "description": "string",
	"image": "string", "tags": "array", "text": "string", "blocks": "array",
	"faq": "array", "word_count": "number",
}

func jsonType(v any) string {
	switch v.(type) {
	case string:
		return "string"
	case []any:
		return "array"
	case float64:
		return "number"
	case bool:
		return "bool"
	case map[string]any:
		return "object"
	}
	return "null"
}

func decodeObject(t *testing.T, out []byte) map[string]any {
	t.Helper()
	if !utf8.Valid(out) {
		t.Fatalf("output is not valid UTF-8: %q", out)
	}
	var m map[string]any
	if err := json.Unmarshal(out, &m); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	for k, typ := range alwaysFields {
		v, ok := m[k]
		if !ok {
			t.Errorf("field %q missing", k)
			continue
		}
		if got := jsonType(v); got != typ {
			t.Errorf("field %q is %s, want %s", k, got, typ)
		}
	}
	return m
}

func TestJSONFieldsAndShape(t *testing.T) {
	for name, a := range fixtures() {
		t.Run(name, func(t *testing.T) {
			for _, pretty := range []bool{false, true} {
				t.Run(fmt.Sprintf("pretty=%v", pretty), func(t *testing.T) {
					var b bytes.Buffer
					if err := JSON(&b, a, Options{Pretty: pretty}); err != nil {
						t.Fatal(err)
					}
					out := b.Bytes()
					if !pretty && bytes.Count(out, []byte("\n")) != 1 {
						t.Errorf("%s: compact output is not one line", name)
					}
					m := decodeObject(t, out)
					if _, ok := m["id"]; ok != (a.ID != "") {
						t.Errorf("%s: id present = %v, want %v", name, ok, a.ID != "")
					}
					if _, ok := m["explain"]; ok != (len(a.Explain) > 0) {
						t.Errorf("%s: explain present = %v", name, ok)
					}
					if _, ok := m["error"]; ok {
						t.Errorf("%s: error present on success", name)
					}
					if m["text"] != a.PlainText() {
						t.Errorf("%s: text differs from PlainText", name)
					}
					if int(m["word_count"].(float64)) != WordCount(a.PlainText()) {
						t.Errorf("%s: word_count %v", name, m["word_count"])
					}
					if len(m["blocks"].([]any)) != len(a.Blocks) {
						t.Errorf("%s: %d blocks, want %d", name, len(m["blocks"].([]any)), len(a.Blocks))
					}
				})
			}
		})
	}
}

func TestJSONIDFollowsSource(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, recordArticle(), Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), `{"source":"-","id":"rec-42","url"`) {
		t.Errorf("id is not right after source: %s", b.String())
	}
}

func TestJSONBlocks(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, fullArticle(), Options{}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Blocks []struct {
			Type       string     `json:"type"`
			Level      int        `json:"level"`
			Text       string     `json:"text"`
			Lang       string     `json:"lang"`
			Ordered    *bool      `json:"ordered"`
			HeaderRows int        `json:"header_rows"`
			Rows       [][]string `json:"rows"`
			Src        string     `json:"src"`
			Alt        string     `json:"alt"`
			Caption    string     `json:"caption"`
			Items      []struct {
				Text     string            `json:"text"`
				Children []json.RawMessage `json:"children"`
			} `json:"items"`
		} `json:"blocks"`
		FAQ []article.QA `json:"faq"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := fullArticle()
	if len(got.Blocks) != len(want.Blocks) {
		t.Fatalf("%d blocks, want %d", len(got.Blocks), len(want.Blocks))
	}
	for i, g := range got.Blocks {
		w := want.Blocks[i]
		if g.Type != string(w.Kind) {
			t.Errorf("block %d: type %q, want %q", i, g.Type, w.Kind)
		}
		switch w.Kind {
		case article.Heading:
			if g.Level != w.Level || g.Text != w.Text {
				t.Errorf("heading %d: %+v", i, g)
			}
		case article.List:
			if g.Ordered == nil || *g.Ordered != w.Ordered || len(g.Items) != len(w.Items) {
				t.Fatalf("list %d: %+v", i, g)
			}
			for j, it := range g.Items {
				if it.Text != w.Items[j].Text || it.Children == nil || len(it.Children) != len(w.Items[j].Children) {
					t.Errorf("list %d item %d: %+v", i, j, it)
				}
			}
		case article.Code:
			if g.Lang != w.Lang || g.Text != w.Text {
				t.Errorf("code %d: %+v", i, g)
			}
		case article.Table:
			if g.HeaderRows != w.HeaderRows || len(g.Rows) != len(w.Rows) || g.Rows[1][2] != w.Rows[1][2] {
				t.Errorf("table %d: %+v", i, g)
			}
		case article.Figure:
			if g.Src != w.Src || g.Alt != w.Alt || g.Caption != w.Caption {
				t.Errorf("figure %d: %+v", i, g)
			}
		default:
			if g.Text != w.Text {
				t.Errorf("block %d: text %q, want %q", i, g.Text, w.Text)
			}
		}
	}
	if len(got.FAQ) != 2 || got.FAQ[1] != want.FAQ[1] {
		t.Errorf("faq: %+v", got.FAQ)
	}
}

func TestJSONStringEscaping(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", `"plain"`},
		{`<a href="x">&</a>`, `"<a href=\"x\">&</a>"`},
		{"tab\tnl\ncr\rbs\\", `"tab\tnl\ncr\rbs\\"`},
		{"\x00\x01\x1f\b\f", `"\u0000\u0001\u001f\b\f"`},
		{"ls\u2028ps\u2029", `"ls\u2028ps\u2029"`},
		{"bad\xff\xfe end", "\"bad\uFFFD\uFFFD end\""},
		{"ü€😀", `"ü€😀"`},
		{"", `""`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := string(appendJSONString(nil, tt.in))
			if got != tt.want {
				t.Errorf("appendJSONString(%q) = %s, want %s", tt.in, got, tt.want)
			}
			var back string
			if err := json.Unmarshal([]byte(got), &back); err != nil {
				t.Errorf("%s does not decode: %v", got, err)
			}
		})
	}
}

func TestJSONError(t *testing.T) {
	var b bytes.Buffer
	err := JSONError(&b, &article.Article{Source: "a.html"}, errors.New("read a.html:\n  permission denied"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := decodeObject(t, b.Bytes())
	if m["error"] != "read a.html: permission denied" {
		t.Errorf("error = %q", m["error"])
	}
	if m["source"] != "a.html" || m["text"] != "" || m["word_count"].(float64) != 0 {
		t.Errorf("content fields not empty: %v", m)
	}
	if _, ok := m["id"]; ok {
		t.Error("id present without an id")
	}
	b.Reset()
	if err := JSONError(&b, &article.Article{Source: "-", ID: "r1"}, nil, Options{}); err != nil {
		t.Fatal(err)
	}
	m = decodeObject(t, b.Bytes())
	if m["id"] != "r1" || m["error"] == "" {
		t.Errorf("record error: %v", m)
	}
}

// A page with no article keeps the metadata that was found; its body
// fields stay empty whatever the article held.
func TestJSONErrorKeepsMetadata(t *testing.T) {
	a := &article.Article{
		Source: "p.html", Title: "Opening hours", Byline: "Ann Lee", Authors: []string{"Ann Lee"},
		Date: "2024-05-01", SiteName: "Town Hall",
		Blocks:  []article.Block{{Kind: article.Paragraph, Text: "stray words"}},
		FAQ:     []article.QA{{Question: "Q?", Answer: "A."}},
		Explain: []article.Decision{{Region: "nav", Rule: "boilerplate"}},
	}
	var b bytes.Buffer
	if err := JSONError(&b, a, errors.New("no article found"), Options{}); err != nil {
		t.Fatal(err)
	}
	m := decodeObject(t, b.Bytes())
	for k, want := range map[string]string{"title": "Opening hours", "byline": "Ann Lee", "date": "2024-05-01", "site_name": "Town Hall", "error": "no article found", "text": ""} {
		if m[k] != want {
			t.Errorf("%s = %v, want %q", k, m[k], want)
		}
	}
	if len(m["blocks"].([]any)) != 0 || len(m["faq"].([]any)) != 0 || m["word_count"].(float64) != 0 {
		t.Errorf("body fields not empty: %v", m)
	}
	if _, ok := m["explain"]; ok {
		t.Error("explain written in an error object")
	}
	if len(a.Blocks) != 1 {
		t.Error("JSONError changed its argument")
	}
}

func TestRecordIDEchoedAsItCame(t *testing.T) {
	tests := []struct{ id, want string }{
		{`"r1"`, `"id":"r1"`},
		{`42`, `"id":42`},
		{`-1.5e3`, `"id":-1.5e3`},
		{`"caf\u00e9"`, `"id":"caf\u00e9"`},
		{`plain`, `"id":"plain"`},                 // not JSON text: written as a string
		{`"open`, `"id":"\"open"`},                // not valid JSON either
		{`1 2`, `"id":"1 2"`},                     // two values
		{"\"\xff\"", "\"id\":\"\\\"\ufffd\\\"\""}, // invalid UTF-8 never reaches the output
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			var b bytes.Buffer
			if err := JSON(&b, &article.Article{Source: "s", ID: tt.id}, Options{}); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(b.String(), tt.want) || !json.Valid(b.Bytes()) {
				t.Errorf("got %s, want %s in valid JSON", b.String(), tt.want)
			}
		})
	}
}
