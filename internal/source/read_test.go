package source

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func gz(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestReadPage(t *testing.T) {
	dir := t.TempDir()
	page := []byte("<html><body><p>Grüße</p></body></html>")
	compressed := gz(t, page)
	corrupt := bytes.Clone(compressed)
	corrupt[len(corrupt)-8] ^= 0xff // CRC-32 of the trailer
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	zero := make([]byte, 1<<20)
	for range 8 {
		zw.Write(zero)
	}
	zw.Close()

	tests := []struct {
		name    string
		file    string
		content []byte
		max     int64
		want    []byte
		wantErr string
	}{
		{"plain", "a.html", page, 0, page, ""},
		{"any name", "notes", page, 0, page, ""},
		{"gzip by extension", "a.html.gz", compressed, 0, page, ""},
		{"gzip by magic only", "a.html", compressed, 0, page, ""},
		{"gz name but plain content", "a.html.gz", page, 0, page, ""},
		{"empty plain file", "empty.html", nil, 0, []byte{}, ""},
		{"empty gzip file", "empty.html.gz", nil, 0, nil, "empty gzip file"},
		{"truncated gzip", "t.html.gz", compressed[:len(compressed)/2], 0, nil, "truncated gzip data"},
		{"gzip header only", "h.html.gz", compressed[:5], 0, nil, "truncated gzip data"},
		{"corrupt gzip", "c.html.gz", corrupt, 0, nil, "corrupt gzip data (checksum mismatch)"},
		{"gzip bomb", "bomb.html.gz", bomb.Bytes(), 1 << 20, nil, "page larger than 1 MiB (--max-bytes)"},
		{"too large plain", "big.html", bytes.Repeat([]byte("a"), 2000), 1000, nil, "page larger than 1000 bytes (--max-bytes)"},
		{"exactly at limit", "edge.html", bytes.Repeat([]byte("a"), 1000), 1000, bytes.Repeat([]byte("a"), 1000), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name, tt.file)
			write(t, path, string(tt.content))
			got, err := pageHTML(ReadPage(path, tt.max))
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadPageErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := pageHTML(ReadPage(filepath.Join(dir, "none.html"), 0)); !errors.Is(err, fs.ErrNotExist) || err.Error() != "no such file or directory" {
		t.Errorf("missing: err = %v", err)
	}
	if _, err := pageHTML(ReadPage(dir, 0)); err == nil || err.Error() != "is a directory" {
		t.Errorf("directory: err = %v", err)
	}
}

func TestDeletedBetweenListingAndReading(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.html"), "<p>a</p>")
	write(t, filepath.Join(dir, "b.html"), "<p>b</p>")
	ch, err := Expand(context.Background(), []string{dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := collect(t, ch)
	if len(got) != 2 {
		t.Fatalf("listed %d files", len(got))
	}
	if err := os.Remove(got[1].Path); err != nil {
		t.Fatal(err)
	}
	if _, err := pageHTML(ReadPage(got[0].Path, 0)); err != nil {
		t.Errorf("a.html: %v", err)
	}
	if _, err := pageHTML(ReadPage(got[1].Path, 0)); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("deleted b.html: err = %v, want not-exist", err)
	}
}

func TestReadPageFrom(t *testing.T) {
	page := []byte("<p>stdin</p>")
	for _, tt := range []struct {
		name string
		in   []byte
	}{{"plain", page}, {"gzip", gz(t, page)}} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := pageHTML(ReadPageFrom(bytes.NewReader(tt.in), 0))
			if err != nil || !bytes.Equal(got, page) {
				t.Errorf("%s: got %q, %v", tt.name, got, err)
			}
		})
	}
	var tl *TooLargeError
	if _, err := pageHTML(ReadPageFrom(strings.NewReader(strings.Repeat("x", 11)), 10)); !errors.As(err, &tl) {
		t.Errorf("too large: err = %v", err)
	}
	got, err := pageHTML(ReadPageFrom(strings.NewReader(""), 10))
	if err != nil || len(got) != 0 {
		t.Errorf("empty stdin: %q, %v", got, err)
	}
}

// Permission checks do not apply to root, and the tests usually run as
// root (CI does). So when root, the permission tests re-run this test
// binary as the unprivileged user "nobody" (uid/gid 65534) against files
// prepared here; as another user they run directly.
const unreadableEnv = "PITH_SOURCE_UNREADABLE"

func TestPermissionDenied(t *testing.T) {
	if dir := os.Getenv(unreadableEnv); dir != "" {
		checkPermissionDenied(t, dir)
		return
	}
	dir := t.TempDir()
	write(t, filepath.Join(dir, "secret.html"), "<p>x</p>")
	write(t, filepath.Join(dir, "locked", "inner.html"), "<p>y</p>")
	write(t, filepath.Join(dir, "open.html"), "<p>z</p>")
	if err := os.Chmod(filepath.Join(dir, "secret.html"), 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, "locked"), 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	if os.Geteuid() != 0 {
		checkPermissionDenied(t, dir)
		return
	}
	// Let "nobody" reach the directory and run a copy of the binary.
	for p := dir; p != filepath.Dir(p) && p != os.TempDir(); p = filepath.Dir(p) {
		os.Chmod(p, 0o755)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin, err := os.ReadFile(exe)
	if err != nil {
		t.Fatal(err)
	}
	copyPath := filepath.Join(dir, "source.test")
	if err := os.WriteFile(copyPath, bin, 0o755); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(copyPath, "-test.run=^TestPermissionDenied$", "-test.v")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), unreadableEnv+"="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("run as nobody: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "--- PASS: TestPermissionDenied") {
		t.Fatalf("the unprivileged run did not pass:\n%s", out)
	}
}

func checkPermissionDenied(t *testing.T, dir string) {
	_, err := pageHTML(ReadPage(filepath.Join(dir, "secret.html"), 0))
	if !errors.Is(err, fs.ErrPermission) || err.Error() != "permission denied" {
		t.Errorf("unreadable file: err = %v, want permission denied", err)
	}
	ch, err := Expand(context.Background(), []string{filepath.Join(dir, "locked"), dir}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for in := range ch {
		names = append(names, filepath.Base(in.Name))
		if filepath.Base(in.Name) == "locked" && !errors.Is(in.Err, fs.ErrPermission) {
			t.Errorf("locked dir: err = %v, want permission denied", in.Err)
		}
	}
	// The locked directory fails (as an argument and inside the walk), the
	// rest of the batch goes on.
	if got := strings.Join(names, ","); got != "locked,locked,open.html,secret.html" {
		t.Errorf("inputs = %s", got)
	}
}

// pageHTML is the HTML of a page read, for the tests that check bytes.
func pageHTML(p Page, err error) ([]byte, error) { return p.HTML, err }
