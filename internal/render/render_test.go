package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestFormatsAndExt(t *testing.T) {
	want := map[string]string{
		"text": ".txt", "markdown": ".md", "md": ".md", "json": ".json",
		"jsonl": ".json", "html": ".html",
	}
	got := Formats()
	if len(got) != len(want) || got[0] != "text" {
		t.Errorf("Formats() = %v", got)
	}
	for _, f := range got {
		if Ext(f) != want[f] {
			t.Errorf("Ext(%q) = %q, want %q", f, Ext(f), want[f])
		}
	}
	if Ext("pdf") != "" {
		t.Error("Ext of an unknown format is not empty")
	}
}

func TestRenderDispatch(t *testing.T) {
	a := fullArticle()
	for _, f := range Formats() {
		var b bytes.Buffer
		if err := Render(&b, f, a, Options{Pretty: true}); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out := b.String()
		switch f {
		case "json":
			if !strings.HasPrefix(out, "{\n  ") {
				t.Errorf("json not pretty: %.30q", out)
			}
		case "jsonl":
			if strings.Count(out, "\n") != 1 || !json.Valid(b.Bytes()) {
				t.Errorf("jsonl not one compact line")
			}
		case "markdown", "md":
			if !strings.HasPrefix(out, "---\ntitle: ") {
				t.Errorf("%s: %.30q", f, out)
			}
		case "html":
			if !strings.HasPrefix(out, "<!DOCTYPE html>") {
				t.Errorf("html: %.30q", out)
			}
		case "text":
			if !strings.HasPrefix(out, a.Title+"\n") {
				t.Errorf("text: %.30q", out)
			}
		}
	}
	if err := Render(&bytes.Buffer{}, "pdf", a, Options{}); err == nil {
		t.Error("unknown format accepted")
	}
}

// TestOptionsKeepContent checks that presentation options change no
// extracted content: the JSON is identical whatever the options.
func TestOptionsKeepContent(t *testing.T) {
	var base bytes.Buffer
	if err := JSON(&base, fullArticle(), Options{}); err != nil {
		t.Fatal(err)
	}
	for _, o := range []Options{{NoLinks: true}, {NoImages: true}, {Width: 20}, {BodyOnly: true}} {
		var b bytes.Buffer
		if err := JSON(&b, fullArticle(), o); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b.Bytes(), base.Bytes()) {
			t.Errorf("options %+v changed the JSON", o)
		}
	}
}

// Formats lists the valid format names, the default ("text") first.
func Formats() []string {
	out := make([]string, len(formats))
	for i, f := range formats {
		out[i] = f.name
	}
	return out
}
