package cli

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"pith": func() { os.Exit(Execute(os.Args[1:], StdStreams())) },
	})
}

// testServer serves the pages the URL scripts fetch, on loopback.
func testServer() *httptest.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/news/barrier", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articlePage(7))
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/barrier", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/report.pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r)
	})
	return httptest.NewServer(mux)
}

func TestScripts(t *testing.T) {
	srv := testServer()
	t.Cleanup(srv.Close) // after the parallel scripts, not when Run returns
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(e *testscript.Env) error {
			e.Setenv("SERVER", srv.URL)
			e.Setenv("NO_COLOR", "1")
			// Each pith command is this test binary run anew; built with
			// -race it would sleep 1 s at exit (atexit_sleep_ms).
			e.Setenv("GORACE", strings.TrimSpace(os.Getenv("GORACE")+" atexit_sleep_ms=0"))
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"warc": cmdWARC, // warc FILE: a small crawl (warc_test.go)
			// gzip FILE: write FILE.gz next to FILE.
			"gzip": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 1 {
					ts.Fatalf("usage: gzip FILE")
				}
				var buf bytes.Buffer
				zw := gzip.NewWriter(&buf)
				zw.Write([]byte(ts.ReadFile(args[0])))
				zw.Close()
				ts.Check(os.WriteFile(ts.MkAbs(args[0]+".gz"), buf.Bytes(), 0o644))
			},
			// page N FILE: write a generated article page.
			"page": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) != 2 {
					ts.Fatalf("usage: page N FILE")
				}
				var n int
				fmt.Sscan(args[0], &n)
				ts.Check(os.MkdirAll(filepath.Dir(ts.MkAbs(args[1])), 0o755))
				ts.Check(os.WriteFile(ts.MkAbs(args[1]), []byte(articlePage(n)), 0o644))
			},
			// records FILE ID...: write JSON Lines records, one per id, each
			// a generated page with a url; the id BAD writes a broken line.
			"records": func(ts *testscript.TestScript, neg bool, args []string) {
				if len(args) < 2 {
					ts.Fatalf("usage: records FILE ID...")
				}
				var buf bytes.Buffer
				for i, id := range args[1:] {
					if id == "BAD" {
						buf.WriteString("{\"html\": \"<p>unterminated\n")
						continue
					}
					rec, _ := json.Marshal(map[string]string{
						"id": id, "url": "https://example.org/records/" + id, "html": articlePage(i),
					})
					buf.Write(rec)
					buf.WriteByte('\n')
				}
				ts.Check(os.WriteFile(ts.MkAbs(args[0]), buf.Bytes(), 0o644))
			},
		},
	})
}
