package cli

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pith-org/pith/internal/batch"
)

// TestBatch2000 runs a batch of 2,000 generated pages (500 under -race) with -j 4 and checks
// order and completeness on stdout, then interrupts an --output-dir run
// part way (as SIGINT does: the context is cancelled) and checks that a
// rerun with --skip-existing completes it without losing or redoing any
// page, and that no partial file is ever visible.
func TestBatch2000(t *testing.T) {
	n := 2000
	if raceEnabled {
		// The race detector makes each page about ten times dearer; 500
		// pages still cycle the reorder window (2×jobs) sixty times.
		n = 500
	}
	root := t.TempDir()
	site := filepath.Join(root, "site")
	var want []string
	for i := range n {
		rel := filepath.Join("s"+pad(i/100), "p"+pad(i)+".html")
		p := filepath.Join(site, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(articlePage(i)), 0o644); err != nil {
			t.Fatal(err)
		}
		want = append(want, p)
	}

	code, stdout, stderr := run(t, context.Background(), Options{Args: []string{site}, Format: "jsonl", Jobs: 4}, "", false)
	if code != ExitOK {
		t.Fatalf("exit %d: %s", code, tail(stderr))
	}
	lines := strings.Split(strings.TrimSuffix(stdout, "\n"), "\n")
	if len(lines) != n {
		t.Fatalf("%d output lines for %d inputs", len(lines), n)
	}
	for i, l := range lines {
		var rec struct{ Source, Title, Error string }
		if err := json.Unmarshal([]byte(l), &rec); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if rec.Source != want[i] || rec.Error != "" {
			t.Fatalf("line %d: source %q error %q, want %q", i+1, rec.Source, rec.Error, want[i])
		}
	}
	if !strings.Contains(stderr, "pith: "+batch.Thousands(n)+" articles, 0 failed") {
		t.Errorf("summary: %s", tail(stderr))
	}

	// Interrupt an --output-dir run once some files are written.
	out := filepath.Join(root, "out")
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		for ctx.Err() == nil {
			if countFiles(t, out) >= n*3/20 {
				cancel()
				return
			}
			time.Sleep(2 * time.Millisecond)
		}
	}()
	code, _, stderr = run(t, ctx, Options{Args: []string{site}, Format: "json", Jobs: 4, OutputDir: out}, "", false)
	cancel()
	first := countFiles(t, out)
	t.Logf("interrupted run: exit %d, %d of %d files written", code, first, n)
	if code == ExitInterrupted {
		if first >= n || !strings.Contains(stderr, "(interrupted)") {
			t.Fatalf("interrupted with %d files written; stderr %s", first, tail(stderr))
		}
	} else if code != ExitOK {
		t.Fatalf("first run: exit %d: %s", code, tail(stderr))
	}
	checkOutputs(t, out, site, first)

	code, _, stderr = run(t, context.Background(), Options{Args: []string{site}, Format: "json", Jobs: 4, OutputDir: out, SkipExisting: true}, "", false)
	if code != ExitOK {
		t.Fatalf("resume: exit %d: %s", code, tail(stderr))
	}
	if first > 0 && !strings.Contains(stderr, batch.Thousands(first)+" skipped") {
		t.Errorf("resume did not skip the %d done files: %s", first, tail(stderr))
	}
	checkOutputs(t, out, site, n)
}

func tail(s string) string {
	if len(s) > 2000 {
		return "…" + s[len(s)-2000:]
	}
	return s
}

func countFiles(t *testing.T, dir string) int {
	n := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json") {
			n++
		}
		return nil
	})
	return n
}

// checkOutputs verifies that dir holds exactly want complete outputs, each
// the JSON of the page it mirrors, and no temporary file.
func checkOutputs(t *testing.T, dir, site string, want int) {
	t.Helper()
	got := 0
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if !strings.HasSuffix(p, ".json") {
			t.Errorf("stray file %s", p)
			return nil
		}
		got++
		b, err := os.ReadFile(p)
		if err != nil {
			t.Error(err)
			return nil
		}
		var rec struct{ Source, Text string }
		if err := json.Unmarshal(b, &rec); err != nil {
			t.Errorf("%s is not complete JSON: %v", p, err)
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		if wantSrc := filepath.Join(site, strings.TrimSuffix(rel, ".json")+".html"); rec.Source != wantSrc || rec.Text == "" {
			t.Errorf("%s holds source %q, want %q with text", p, rec.Source, wantSrc)
		}
		return nil
	})
	if got != want {
		t.Errorf("%d output files, want %d", got, want)
	}
}
