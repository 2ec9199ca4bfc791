package cli

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

// TestPageClockStartsWithTheFetch: an input queued for its host's slot
// (-j above --per-host) is not charged for the wait. Each response takes
// 0.55 of --page-timeout, so the second input, which waits for the first,
// would overrun it if its clock started when a worker took it; each page
// still has 0.9 s to spare for its extraction on a loaded machine.
func TestPageClockStartsWithTheFetch(t *testing.T) {
	t.Parallel() // mostly sleeping
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(1100 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(articlePage(1)))
	}))
	defer srv.Close()
	code, stdout, stderr := run(t, context.Background(), Options{
		Args: []string{srv.URL + "/a", srv.URL + "/b"}, Format: "jsonl",
		Jobs: 2, PerHost: 1, PageTimeout: 2 * time.Second,
	}, "", false)
	if code != ExitOK || strings.Contains(stdout, `"error"`) {
		t.Fatalf("exit %d\nstdout %.300s\nstderr %s", code, stdout, stderr)
	}
}

// TestTimeoutNamedInSummary: a URL over --timeout counts as a timeout in
// the summary, not as an "other error".
func TestTimeoutNamedInSummary(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	code, _, stderr := run(t, context.Background(), Options{
		Args: []string{srv.URL + "/stall", srv.URL + "/stall2"}, Format: "jsonl", Timeout: 100 * time.Millisecond,
	}, "", false)
	if code != ExitFailed || !strings.Contains(stderr, "2 failed (2 timeouts)") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}

// TestProgressTotalFromTheStart: a walk or a list is counted ahead, so the
// progress line shows done/total while the first inputs are still being
// worked on (the total used to come only once the last input was handed
// out).
func TestProgressTotalFromTheStart(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-release
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(articlePage(1)))
	}))
	defer srv.Close()
	dir := t.TempDir()
	list := dir + "/list.txt"
	var urls []string
	for _, p := range []string{"/a", "/b", "/c", "/d", "/e", "/f"} {
		urls = append(urls, srv.URL+p)
	}
	if err := os.WriteFile(list, []byte(strings.Join(urls, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb lockedBuffer
	done := make(chan int)
	go func() {
		done <- Run(context.Background(), Options{InputFile: list, Format: "jsonl", Jobs: 1, Progress: true}, IOStreams{
			In: strings.NewReader(""), Out: &out, Err: &errb, Getenv: func(string) string { return "" },
		})
	}()
	// With one job the window holds two inputs: the other four are not
	// handed out until the first is released.
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(errb.String(), "0/6 done") && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	close(release)
	if code := <-done; code != ExitOK {
		t.Fatalf("exit %d: %s", code, errb.String())
	}
	if !strings.Contains(errb.String(), "0/6 done") {
		t.Errorf("no total while the first input was worked on: %q", errb.String())
	}
}

// TestFailLogOddNames: a file name with a newline, a leading '#' or
// surrounding spaces is written to the fail log so that -i reads back
// that very name, and the log keeps one entry a line.
func TestFailLogOddNames(t *testing.T) {
	dir := t.TempDir()
	names := []string{"line\nbreak.html", "# hash.html", " spaced.html ", `"quoted".html`}
	var args []string
	for _, n := range names {
		p := dir + "/" + n
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Skip("file system refuses the name:", err)
		}
		args = append(args, p)
	}
	log := dir + "/failed.txt"
	if code, _, _ := run(t, context.Background(), Options{Args: args, Format: "jsonl", FailLog: log}, "", false); code != ExitFailed {
		t.Fatalf("exit %d", code)
	}
	b, _ := os.ReadFile(log)
	if n := strings.Count(string(b), "\n"); n != 1+2*len(names) {
		t.Errorf("%d lines in the fail log, want %d:\n%s", n, 1+2*len(names), b)
	}
	_, stdout, stderr := run(t, context.Background(), Options{InputFile: log, Format: "jsonl"}, "", false)
	if got := strings.Count(stdout, "no article found"); got != len(names) {
		t.Errorf("rerun: %d answers for %d failures:\n%s", got, len(names), stderr)
	}
}
