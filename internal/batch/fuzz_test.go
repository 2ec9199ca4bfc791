package batch

import (
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzOutDirPath checks that no input name, relative path, URL or record
// id can make an output path escape the output directory, land on a
// hidden (temporary-looking) name, or panic.
func FuzzOutDirPath(f *testing.F) {
	f.Add("site/a/page.html", "", "", "")
	f.Add("", "https://example.org/news/../../x?y=1", "", "")
	f.Add("", "", "../../etc/passwd", "")
	f.Add("", "", "", "/abs/.hidden.html.gz")
	f.Add("a/./../..//b", "http://[::1]:80/%2e%2e/", "\x00id", "-")
	root := f.TempDir()
	f.Fuzz(func(t *testing.T, rel, url, id, path string) {
		d := &OutDir{Root: root, Ext: ".md"}
		d.names.unique("x", ".md")
		p := d.Path(Target{Rel: rel, URL: url, ID: id, Path: path, Name: rel + url})
		r, err := filepath.Rel(root, p)
		if err != nil || !filepath.IsLocal(r) {
			t.Fatalf("%q escapes %q", p, root)
		}
		if !strings.HasSuffix(p, ".md") {
			t.Fatalf("%q lacks the extension", p)
		}
		for _, seg := range strings.Split(filepath.ToSlash(r), "/") {
			if seg == "" || strings.HasPrefix(seg, ".") {
				t.Fatalf("%q has segment %q", r, seg)
			}
		}
		if utf8.ValidString(rel+url+id+path) && !utf8.ValidString(r) {
			t.Fatalf("valid input gave invalid UTF-8 name %q", r)
		}
	})
}
