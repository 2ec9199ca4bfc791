package cli

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestPageClockStartsWithTheFetch: an input queued for its host's slot
// (-j above --per-host) is not charged for the wait. Each response takes
// 0.6 of --page-timeout, so the second input, which waits for the first,
// would overrun it if its clock started when a worker took it.
func TestPageClockStartsWithTheFetch(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(600 * time.Millisecond)
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(articlePage(1)))
	}))
	defer srv.Close()
	code, stdout, stderr := run(t, context.Background(), Options{
		Args: []string{srv.URL + "/a", srv.URL + "/b"}, Format: "jsonl",
		Jobs: 2, PerHost: 1, PageTimeout: time.Second,
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
