package batch

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

type syncBuf struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuf) Write(p []byte) (int, error) { s.mu.Lock(); defer s.mu.Unlock(); return s.b.Write(p) }
func (s *syncBuf) String() string              { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

func TestOutDirNames(t *testing.T) {
	d, err := NewOutDir(t.TempDir(), ".md", false)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		t    Target
		want string
	}{
		{Target{Path: "site/a/page.html", Rel: "a/page.html"}, "a/page.md"},
		{Target{Path: "site/b/x.html.gz", Rel: "b/x.html.gz"}, "b/x.md"},
		{Target{Path: "docs/readme.htm"}, "readme.md"},
		{Target{Path: "other/readme.htm"}, "readme-2.md"},
		{Target{Path: "third/readme.html"}, "readme-3.md"},
		{Target{URL: "https://example.org/news/story.html"}, "example.org/news/story.md"},
		{Target{URL: "https://example.org/"}, "example.org/index.md"},
		{Target{URL: "https://example.org"}, "example.org/index-2.md"},
		{Target{URL: "http://localhost:8080/a/b/"}, "localhost_8080/a/b/index.md"},
		{Target{URL: "https://example.org/../../etc/passwd"}, "example.org/_/_/etc/passwd.md"},
		{Target{URL: "https://example.org/q?id=1"}, "example.org/q-"},
		{Target{Path: "-"}, "stdin.md"},
		{Target{ID: "../../x:y", URL: "https://example.org/r"}, "_/_/x_y.md"},
		{Target{Name: ".hidden"}, "_hidden.md"},
		{Target{}, "page.md"},
	}
	for _, tc := range tests {
		got, _ := filepath.Rel(d.Root, d.Path(tc.t))
		got = filepath.ToSlash(got)
		if strings.HasSuffix(tc.want, "-") {
			if !strings.HasPrefix(got, tc.want) || !strings.HasSuffix(got, ".md") {
				t.Errorf("%+v -> %q, want %q<hash>.md", tc.t, got, tc.want)
			}
			continue
		}
		if got != tc.want {
			t.Errorf("%+v -> %q, want %q", tc.t, got, tc.want)
		}
		if !filepath.IsLocal(got) {
			t.Errorf("%q escapes the output directory", got)
		}
	}
}

func TestOutDirWrite(t *testing.T) {
	root := t.TempDir()
	d, err := NewOutDir(filepath.Join(root, "out"), ".txt", false)
	if err != nil {
		t.Fatal(err)
	}
	p := d.Path(Target{Rel: "deep/er/page.html"})
	if Exists(p) {
		t.Fatal("exists before writing")
	}
	if err := d.Write(p, []byte("one")); err != nil {
		t.Fatal(err)
	}
	if !Exists(p) {
		t.Fatal("not written")
	}
	if err := d.Write(p, []byte("two")); !errors.Is(err, ErrExists) {
		t.Fatalf("second write without force: %v", err)
	}
	d.Force = true
	if err := d.Write(p, []byte("two")); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "two" {
		t.Fatalf("content %q", b)
	}
	entries, _ := os.ReadDir(filepath.Dir(p))
	if len(entries) != 1 {
		t.Fatalf("temporary files left behind: %v", entries)
	}
	if !d.Contains(p) || d.Contains(filepath.Join(root, "elsewhere.html")) {
		t.Error("Contains is wrong")
	}
	if !SameFile(p, p) || SameFile(p, filepath.Join(root, "x")) || SameFile(p, "-") {
		t.Error("SameFile is wrong")
	}
}
