package cli

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// lockedBuffer is a bytes.Buffer safe for the progress goroutine.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}
func (l *lockedBuffer) String() string { l.mu.Lock(); defer l.mu.Unlock(); return l.b.String() }

// run calls Run with in-memory streams.
func run(t *testing.T, ctx context.Context, o Options, stdin string, tty bool) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb lockedBuffer
	s := IOStreams{
		In: strings.NewReader(stdin), Out: &out, Err: &errb,
		InTTY: tty, OutTTY: tty, ErrTTY: tty,
		Getenv: func(string) string { return "" },
	}
	code = Run(ctx, o, s)
	return code, out.String(), errb.String()
}

func writePages(t *testing.T, dir string, n int) []string {
	t.Helper()
	var paths []string
	for i := range n {
		p := filepath.Join(dir, "p"+pad(i)+".html")
		if err := os.WriteFile(p, []byte(articlePage(i)), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

func pad(i int) string { return fmt.Sprintf("%04d", i) }

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		name string
		o    Options
		tty  bool
		want string
	}{
		{"nothing to read on a terminal", Options{}, true, "nothing to read"},
		{"bad format", Options{Format: "pdf", Args: []string{"x"}}, false, `unknown --format "pdf"`},
		{"precision and recall", Options{Precision: true, Recall: true, Args: []string{"x"}}, false, "--precision and --recall"},
		{"force without output dir", Options{Force: true, Args: []string{"x"}}, false, "--force needs --output-dir"},
		{"bad header", Options{Headers: []string{"X-Token"}, Args: []string{"x"}}, false, "--header wants"},
		{"bad base url", Options{BaseURL: "example.org/a", Args: []string{"x"}}, false, "--base-url"},
		{"negative width", Options{Width: -1, Args: []string{"x"}}, false, "--width"},
		{"stdin twice", Options{InputFile: "-", Args: []string{"-"}}, false, "standard input"},
		{"unreadable input file", Options{InputFile: "/nonexistent/list.txt"}, false, "list.txt"},
		{"quiet and progress", Options{Quiet: true, Progress: true, Args: []string{"x"}}, false, "--quiet and --progress"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			code, stdout, stderr := run(t, context.Background(), tc.o, "", tc.tty)
			if code != ExitUsage {
				t.Errorf("exit %d, want %d", code, ExitUsage)
			}
			if stdout != "" {
				t.Errorf("stdout %q", stdout)
			}
			if !strings.HasPrefix(stderr, "pith: ") || !strings.Contains(stderr, tc.want) {
				t.Errorf("stderr %q lacks %q", stderr, tc.want)
			}
		})
	}
}

func TestExecuteFlags(t *testing.T) {
	dir := t.TempDir()
	p := writePages(t, dir, 1)[0]
	var out, errb bytes.Buffer
	s := IOStreams{In: strings.NewReader(""), Out: &out, Err: &errb}
	code := execute(context.Background(), []string{"-f", "jsonl", "--max-bytes", "1MiB", "-j", "2", p}, s)
	if code != ExitOK || !strings.HasPrefix(out.String(), `{"source":"`+p+`"`) {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out.String(), errb.String())
	}
	out.Reset()
	errb.Reset()
	if code := execute(context.Background(), []string{"--max-bytes", "12 parsecs", p}, s); code != ExitUsage {
		t.Fatalf("bad size: exit %d", code)
	}
	if !strings.Contains(errb.String(), "max-bytes") {
		t.Errorf("stderr %q", errb.String())
	}
}

func TestProgressOnTerminalOnly(t *testing.T) {
	dir := t.TempDir()
	writePages(t, dir, 3)
	_, _, stderr := run(t, context.Background(), Options{Args: []string{dir}, Format: "jsonl"}, "", true)
	if !strings.Contains(stderr, "\r\x1b[K") {
		t.Errorf("no progress line on a terminal: %q", stderr)
	}
	_, _, stderr = run(t, context.Background(), Options{Args: []string{dir}, Format: "jsonl", Quiet: true}, "", true)
	if strings.Contains(stderr, "\r") {
		t.Errorf("--quiet still drew progress: %q", stderr)
	}
	_, _, stderr = run(t, context.Background(), Options{Args: []string{dir}, Format: "jsonl"}, "", false)
	if strings.Contains(stderr, "\r") {
		t.Errorf("progress on a non-terminal: %q", stderr)
	}
	_, _, stderr = run(t, context.Background(), Options{Args: []string{dir}, Format: "jsonl", Progress: true}, "", false)
	if !strings.Contains(stderr, "\r\x1b[K") {
		t.Errorf("--progress did not force it: %q", stderr)
	}
	if !strings.Contains(stderr, "pith: 3 articles, 0 failed") {
		t.Errorf("no summary: %q", stderr)
	}
}

func TestPageTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	start := time.Now()
	code, stdout, stderr := run(t, context.Background(), Options{
		Args: []string{srv.URL + "/slow"}, Format: "jsonl", PageTimeout: 150 * time.Millisecond, Timeout: time.Minute,
	}, "", false)
	if code != ExitFailed || time.Since(start) > 5*time.Second {
		t.Fatalf("exit %d after %v", code, time.Since(start))
	}
	if !strings.Contains(stderr, "timed out after 150ms (--page-timeout)") || !strings.Contains(stdout, `"error":"timed out`) {
		t.Fatalf("stdout %q\nstderr %q", stdout, stderr)
	}
}

func TestInterruptedExit130(t *testing.T) {
	dir := t.TempDir()
	writePages(t, dir, 300)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	code, _, stderr := run(t, ctx, Options{Args: []string{dir}, Format: "jsonl"}, "", false)
	if code != ExitInterrupted || !strings.Contains(stderr, "(interrupted)") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

func TestExplainOnStderrForText(t *testing.T) {
	dir := t.TempDir()
	p := writePages(t, dir, 1)[0]
	code, stdout, stderr := run(t, context.Background(), Options{Args: []string{p}, Explain: true}, "", false)
	if code != ExitOK || !strings.Contains(stdout, "tide barrier") {
		t.Fatalf("exit %d stdout %q", code, stdout)
	}
	if strings.Contains(stdout, "explain") {
		t.Errorf("explanation leaked into stdout")
	}
	if stderr != "" && !strings.Contains(stderr, ": explain: ") {
		t.Errorf("stderr %q", stderr)
	}
	_, stdout, _ = run(t, context.Background(), Options{Args: []string{p}, Explain: true, Format: "jsonl"}, "", false)
	if strings.Contains(stderr, "explain: ") && !strings.Contains(stdout, `"explain":`) {
		t.Errorf("json lacks the explain field: %q", stdout)
	}
}
