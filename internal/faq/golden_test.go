package faq

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// golden is what a test page is expected to give: the entries, and the
// start of the text of each detached node.
type golden struct {
	Entries  []article.QA `json:"entries"`
	Detached []string     `json:"detached"`
}

func TestGoldenPages(t *testing.T) {
	pages, err := filepath.Glob("testdata/*.html")
	if err != nil || len(pages) == 0 {
		t.Fatal("no test pages under testdata")
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			r := Find(parse(t, string(src)), nil)
			got := golden{Entries: r.Entries, Detached: []string{}}
			if got.Entries == nil {
				got.Entries = []article.QA{}
			}
			for _, n := range r.Nodes {
				s := []rune(nodeText(n))
				if len(s) > 60 {
					s = s[:60]
				}
				got.Detached = append(got.Detached, string(s))
			}
			out, err := json.MarshalIndent(got, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, '\n')
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(path, out, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(out, want) {
				t.Errorf("%s differs from golden:\n got %s\nwant %s", name, out, want)
			}
		})
	}
}
