package render

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestExt(t *testing.T) {
	for f, want := range map[string]string{
		"text": ".txt", "markdown": ".md", "md": ".md", "json": ".json",
		"jsonl": ".json", "html": ".html", "pdf": "",
	} {
		t.Run(f, func(t *testing.T) {
			if got := Ext(f); got != want {
				t.Errorf("Ext(%q) = %q, want %q", f, got, want)
			}
		})
	}
}

func TestRenderDispatch(t *testing.T) {
	a := fullArticle()
	for _, format := range formats {
		f := format.name
		t.Run(f, func(t *testing.T) {
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
		})
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
		t.Run(fmt.Sprintf("%+v", o), func(t *testing.T) {
			var b bytes.Buffer
			if err := JSON(&b, fullArticle(), o); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), base.Bytes()) {
				t.Errorf("options %+v changed the JSON", o)
			}
		})
	}
}
