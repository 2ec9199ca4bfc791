package source

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// TestOversizeMemory: refusing a page over --max-bytes costs no more than
// 1.5 times the limit in memory, whether it comes from a pipe, a file or
// a gzip file (io.ReadAll cost 2.2 times, and peak memory 2.3-3 times).
func TestOversizeMemory(t *testing.T) {
	const limit = 2 << 20
	dir := t.TempDir()
	plain := filepath.Join(dir, "big.html")
	if err := os.WriteFile(plain, bytes.Repeat([]byte("<p>x</p>\n"), 2*limit/9), 0o644); err != nil {
		t.Fatal(err)
	}
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	io.Copy(zw, io.LimitReader(zeros{}, 4*limit))
	zw.Close()
	gz := filepath.Join(dir, "bomb.html.gz")
	if err := os.WriteFile(gz, bomb.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		read func() ([]byte, error)
	}{
		{"stream", func() ([]byte, error) {
			return pageHTML(ReadPageFrom(io.MultiReader(bytes.NewReader([]byte("<p>")), zeros{}), limit))
		}},
		{"file", func() ([]byte, error) { return pageHTML(ReadPage(plain, limit)) }},
		{"gzip file", func() ([]byte, error) { return pageHTML(ReadPage(gz, limit)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var m0, m1 runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&m0)
			_, err := tc.read()
			runtime.ReadMemStats(&m1)
			if _, ok := err.(*TooLargeError); !ok {
				t.Fatalf("error %v, want TooLargeError", err)
			}
			if got := float64(m1.TotalAlloc-m0.TotalAlloc) / limit; got > 1.5 {
				t.Errorf("allocated %.2fx the limit", got)
			}
		})
	}
}
