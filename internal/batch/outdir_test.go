package batch

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
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
		t.Run(tc.want, func(t *testing.T) {
			got, _ := filepath.Rel(d.Root, d.Path(tc.t))
			got = filepath.ToSlash(got)
			if strings.HasSuffix(tc.want, "-") {
				if !strings.HasPrefix(got, tc.want) || !strings.HasSuffix(got, ".md") {
					t.Errorf("%+v -> %q, want %q<hash>.md", tc.t, got, tc.want)
				}
				return
			}
			if got != tc.want {
				t.Errorf("%+v -> %q, want %q", tc.t, got, tc.want)
			}
			if !filepath.IsLocal(got) {
				t.Errorf("%q escapes the output directory", got)
			}
		})
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
	if !Inside(d.Root, p) || Inside(d.Root, filepath.Join(root, "elsewhere.html")) {
		t.Error("Inside is wrong")
	}
	if !SameFile(p, p) || SameFile(p, filepath.Join(root, "x")) || SameFile(p, "-") {
		t.Error("SameFile is wrong")
	}
}

// TestOutDirRefusesSymlinkOut: a directory symlink inside the output
// directory that leads out of it is not written through.
func TestOutDirRefusesSymlinkOut(t *testing.T) {
	root := t.TempDir()
	outside := filepath.Join(root, "outside")
	os.MkdirAll(outside, 0o755)
	d, err := NewOutDir(filepath.Join(root, "out"), ".md", true)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(d.Root, "link")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := d.Write(d.Path(Target{Rel: "link/page.html"}), []byte("x")); err == nil {
		t.Error("wrote through a symlink out of the output directory")
	}
	if entries, _ := os.ReadDir(outside); len(entries) != 0 {
		t.Errorf("files outside the output directory: %v", entries)
	}
	// A link that stays inside is harmless.
	os.MkdirAll(filepath.Join(d.Root, "real"), 0o755)
	os.Symlink("real", filepath.Join(d.Root, "alias"))
	if err := d.Write(d.Path(Target{Rel: "alias/page.html"}), []byte("x")); err != nil {
		t.Errorf("link inside the output directory: %v", err)
	}
}

// TestOutDirLongNames: a name longer than the file system allows is
// shortened (with a hash of it, to stay unique), so it is written and
// leaves no empty directories behind.
func TestOutDirLongNames(t *testing.T) {
	d, err := NewOutDir(t.TempDir(), ".md", false)
	if err != nil {
		t.Fatal(err)
	}
	seg := strings.Repeat("s", 190)
	deep := "https://example.org/" + strings.Repeat(seg+"/", 40) + "page"
	for _, u := range []string{deep, deep + "2"} {
		p := d.Path(Target{URL: u})
		if err := d.Write(p, []byte("x")); err != nil {
			t.Fatalf("%d-byte path: %v", len(p), err)
		}
	}
	empty := 0
	filepath.WalkDir(d.Root, func(p string, e os.DirEntry, err error) error {
		if err == nil && e.IsDir() {
			if es, _ := os.ReadDir(p); len(es) == 0 {
				empty++
			}
		}
		return nil
	})
	if empty != 0 {
		t.Errorf("%d empty directories left", empty)
	}
}

func TestOutDirWindowsReservedNames(t *testing.T) {
	d, err := NewOutDir(t.TempDir(), ".md", false)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ rel, want string }{
		{"con.html", "_con.md"},
		{"NUL", "_NUL.md"},
		{"a/Com1.html", "a/_Com1.md"},
		{"lpt9.x.html", "_lpt9.x.md"},
		{"aux/page.html", "_aux/page.md"},
		{"console.html", "console.md"},
		{"com10.html", "com10.md"},
		{"dots./page.html", "dots_/page.md"},
		{"space /page.html", "space_/page.md"},
	}
	for _, tt := range tests {
		t.Run(tt.rel, func(t *testing.T) {
			got, _ := filepath.Rel(d.Root, d.Path(Target{Rel: tt.rel}))
			if filepath.ToSlash(got) != tt.want {
				t.Errorf("%q -> %q, want %q", tt.rel, got, tt.want)
			}
		})
	}
}

// TestOutDirRemovesStaleTemps: temporary files left by a killed run
// (their process is gone, or they predate process-tagged names) are
// removed when a run opens the same output directory; those of a live
// process and anything not pith's are kept.
func TestOutDirRemovesStaleTemps(t *testing.T) {
	root := t.TempDir()
	files := map[string]bool{ // name -> kept
		"a/.page.md.2147483646-77.pith-tmp":                       false, // no such process
		".old.md.123456789.pith-tmp":                              false, // made by os.CreateTemp before
		"b/.live.md." + strconv.Itoa(os.Getpid()) + "-1.pith-tmp": true,
		".hidden-note":    true,
		"notes.pith-tmp":  true, // not hidden: not pith's
		"a/page.md":       true,
		".git/x.pith-tmp": true, // not pith's pattern
	}
	for name := range files {
		p := filepath.Join(root, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, nil, 0o644)
	}
	if _, err := NewOutDir(root, ".md", false); err != nil {
		t.Fatal(err)
	}
	for name, kept := range files {
		_, err := os.Stat(filepath.Join(root, name))
		if (err == nil) != kept {
			t.Errorf("%s: kept %v, want %v", name, err == nil, kept)
		}
	}
}

// TestOutDirMemoryBounded: naming more outputs than nameWindow keeps a bounded
// memory of the names used, and a repeated name within it is numbered.
func TestOutDirMemoryBounded(t *testing.T) {
	d, err := NewOutDir(t.TempDir(), ".md", false)
	if err != nil {
		t.Fatal(err)
	}
	n := nameWindow + 5000
	for i := range n {
		name := "p" + strconv.Itoa(i) + ".html"
		if got := filepath.Base(d.Path(Target{Path: name})); got != "p"+strconv.Itoa(i)+".md" {
			t.Fatalf("%s -> %s", name, got)
		}
		if i%1000 == 0 {
			if got := filepath.Base(d.Path(Target{Path: name})); got != "p"+strconv.Itoa(i)+"-2.md" {
				t.Fatalf("repeat of %s -> %s", name, got)
			}
		}
	}
	if m := d.remembered(); m > 2*nameWindow {
		t.Errorf("%d names remembered after %d outputs, want at most %d", m, n, 2*nameWindow)
	}
}

// remembered is the number of names held, for tests.
func (d *OutDir) remembered() int {
	d.mu.Lock()
	defer d.mu.Unlock()
	return len(d.names.used) + len(d.names.next)
}
