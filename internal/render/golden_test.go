package render

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/pith-org/pith/internal/article"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// goldenCases lists, per golden file, the renderer and options it shows.
// Every fixture is rendered in every format with default options; the
// extra cases cover the options.
func goldenCases() map[string]func(*bytes.Buffer) error {
	cases := map[string]func(*bytes.Buffer) error{}
	for name, a := range fixtures() {
		cases[name+".txt"] = func(b *bytes.Buffer) error { return Text(b, a, Options{}) }
		cases[name+".md"] = func(b *bytes.Buffer) error { return Markdown(b, a, Options{}) }
		cases[name+".json"] = func(b *bytes.Buffer) error { return JSON(b, a, Options{}) }
		cases[name+".html"] = func(b *bytes.Buffer) error { return HTML(b, a, Options{}) }
	}
	full, cjk := fullArticle(), cjkArticle()
	cases["full-width40.txt"] = func(b *bytes.Buffer) error { return Text(b, full, Options{Width: 40}) }
	cases["full-bodyonly.txt"] = func(b *bytes.Buffer) error { return Text(b, full, Options{BodyOnly: true}) }
	cases["full-nolinks.md"] = func(b *bytes.Buffer) error { return Markdown(b, full, Options{NoLinks: true}) }
	cases["full-noimages.md"] = func(b *bytes.Buffer) error { return Markdown(b, full, Options{NoImages: true}) }
	cases["full-nolinks-noimages.html"] = func(b *bytes.Buffer) error {
		return HTML(b, full, Options{NoLinks: true, NoImages: true})
	}
	cases["full-pretty.json"] = func(b *bytes.Buffer) error { return JSON(b, full, Options{Pretty: true}) }
	cases["cjk-width20.txt"] = func(b *bytes.Buffer) error { return Text(b, cjk, Options{Width: 20}) }
	cases["error.json"] = func(b *bytes.Buffer) error {
		return JSONError(b, &article.Article{Source: "missing.html"}, errors.New("open missing.html:\nno such file"), Options{})
	}
	cases["error-record.json"] = func(b *bytes.Buffer) error {
		return JSONError(b, &article.Article{Source: "-", ID: "rec-7"}, errors.New("fetch: status 404"), Options{Pretty: true})
	}
	return cases
}

func TestGolden(t *testing.T) {
	for name, render := range goldenCases() {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := render(&b); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("output differs from %s (run go test -update after checking):\n--- got\n%s\n--- want\n%s", path, b.Bytes(), want)
			}
		})
	}
}
