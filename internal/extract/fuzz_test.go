package extract_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"testing"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/render"
)

// FuzzExtract runs the whole pipeline on arbitrary bytes: it must not
// panic, and whatever article it returns must render as valid JSON in
// valid UTF-8. The flags byte picks the mode and the NoFAQ and Explain
// options, so every path of the pipeline is fuzzed.
func FuzzExtract(f *testing.F) {
	f.Add([]byte(`<html><body><article><h1>T</h1><p>Some text, with a clause.</p></article></body></html>`), uint8(0))
	f.Add([]byte("<p>caf\xe9 \xff\xfe</p><script>x</script>"), uint8(5))
	f.Fuzz(func(t *testing.T, data []byte, flags uint8) {
		o := extract.Options{
			Mode:    extract.Mode(flags % 3),
			NoFAQ:   flags&4 != 0,
			Explain: flags&8 != 0,
		}
		if flags&16 != 0 {
			o.URL = "https://example.org/a/b.html"
			o.ContentType = "text/html; charset=iso-8859-1"
		}
		a, err := extract.FromBytes(data, o)
		if err != nil && a == nil {
			return
		}
		if a == nil {
			t.Fatal("nil article without an error")
		}
		if err != nil && !errors.Is(err, extract.ErrNoArticle) {
			t.Fatalf("article returned with error %v", err)
		}
		var buf bytes.Buffer
		if err := render.JSON(&buf, a, render.Options{}); err != nil {
			t.Fatalf("render: %v", err)
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Fatalf("JSON output is not valid UTF-8: %q", buf.Bytes())
		}
		if !json.Valid(buf.Bytes()) {
			t.Fatalf("JSON output is not valid JSON: %s", buf.Bytes())
		}
		if !o.Explain && a.Explain != nil {
			t.Fatal("Explain filled without the option")
		}
	})
}
