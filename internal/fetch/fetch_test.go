package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const page = "<!DOCTYPE html><html><head><title>T</title></head><body><p>Hello</p></body></html>"

// fastOptions keep retry waits short so the suite stays quick.
func fastOptions() Options {
	return Options{MaxRetryWait: 20 * time.Millisecond, Timeout: 5 * time.Second}
}

func serve(t *testing.T, h http.HandlerFunc) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(h)
	t.Cleanup(srv.Close)
	return srv
}

func htmlHandler(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprint(w, page)
}

func gzipBytes(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestGetStatusAndContent(t *testing.T) {
	deflateRaw := func(b []byte) []byte {
		var buf bytes.Buffer
		fw, _ := flate.NewWriter(&buf, flate.DefaultCompression)
		fw.Write(b)
		fw.Close()
		return buf.Bytes()
	}
	deflateZlib := func(b []byte) []byte {
		var buf bytes.Buffer
		zw := zlib.NewWriter(&buf)
		zw.Write(b)
		zw.Close()
		return buf.Bytes()
	}
	tests := []struct {
		name      string
		handler   http.HandlerFunc
		opts      func(*Options)
		wantBody  string
		wantErr   string // exact Error() text; "" means success
		wantCalls int32  // 0 means do not check
	}{
		{name: "plain html", handler: htmlHandler, wantBody: page, wantCalls: 1},
		{name: "404 not retried", handler: func(w http.ResponseWriter, r *http.Request) {
			http.NotFound(w, r)
		}, wantErr: "HTTP 404 Not Found", wantCalls: 1},
		{name: "500 retried twice then fails", handler: func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(500)
		}, wantErr: "HTTP 500 Internal Server Error", wantCalls: 3},
		{name: "no retries when Retries < 0", handler: func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(503)
		}, opts: func(o *Options) { o.Retries = -1 }, wantErr: "HTTP 503 Service Unavailable", wantCalls: 1},
		{name: "custom status text kept", handler: func(w http.ResponseWriter, r *http.Request) {
			w.WriteHeader(599)
		}, opts: func(o *Options) { o.Retries = -1 }, wantErr: "HTTP 599", wantCalls: 1},
		{name: "429 with long Retry-After gives up at once", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(429)
		}, wantErr: "HTTP 429 Too Many Requests", wantCalls: 1},
		{name: "pdf refused", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/pdf")
			w.Write([]byte("%PDF-1.7"))
		}, wantErr: "not an HTML page (application/pdf)", wantCalls: 1},
		{name: "image refused", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "image/png")
		}, wantErr: "not an HTML page (image/png)"},
		{name: "xhtml accepted", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/xhtml+xml")
			fmt.Fprint(w, page)
		}, wantBody: page},
		{name: "missing type sniffed as html", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header()["Content-Type"] = nil
			fmt.Fprint(w, page)
		}, wantBody: page},
		{name: "octet-stream html accepted", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/octet-stream")
			fmt.Fprint(w, "\n  <html><body>x</body></html>")
		}, wantBody: "\n  <html><body>x</body></html>"},
		{name: "octet-stream pdf refused", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/octet-stream")
			fmt.Fprint(w, "%PDF-1.4 binary")
		}, wantErr: "not an HTML page (application/octet-stream)"},
		{name: "missing type pdf body refused", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header()["Content-Type"] = nil
			fmt.Fprint(w, "%PDF-1.4 binary")
		}, wantErr: "not an HTML page (application/pdf)"},
		{name: "text/plain with markup accepted", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain")
			fmt.Fprint(w, page)
		}, wantBody: page},
		{name: "text/plain prose refused", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			fmt.Fprint(w, "just words")
		}, wantErr: "not an HTML page (text/plain)"},
		{name: "gzip encoded", handler: func(w http.ResponseWriter, r *http.Request) {
			if !strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
				t.Errorf("Accept-Encoding = %q", r.Header.Get("Accept-Encoding"))
			}
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "gzip")
			w.Write(gzipBytes(t, []byte(page)))
		}, wantBody: page},
		{name: "deflate zlib encoded", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "deflate")
			w.Write(deflateZlib([]byte(page)))
		}, wantBody: page},
		{name: "deflate raw encoded", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "deflate")
			w.Write(deflateRaw([]byte(page)))
		}, wantBody: page},
		{name: "unknown encoding refused", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Encoding", "br")
			w.Write([]byte("\x1b\x00"))
		}, wantErr: `unsupported Content-Encoding "br"`, wantCalls: 1},
		{name: "oversized with length", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Header().Set("Content-Length", "5000")
			w.Write(bytes.Repeat([]byte("a"), 5000))
		}, opts: func(o *Options) { o.MaxBytes = 1000 }, wantErr: "page larger than 1000 bytes (--max-bytes)", wantCalls: 1},
		{name: "oversized chunked", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			for range 10 {
				w.Write(bytes.Repeat([]byte("a"), 1024))
				w.(http.Flusher).Flush()
			}
		}, opts: func(o *Options) { o.MaxBytes = 4 << 10 }, wantErr: "page larger than 4 KiB (--max-bytes)", wantCalls: 1},
		{name: "exactly at the limit", handler: func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.Write(bytes.Repeat([]byte("a"), 1000))
		}, opts: func(o *Options) { o.MaxBytes = 1000 }, wantBody: strings.Repeat("a", 1000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var calls atomic.Int32
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				tt.handler(w, r)
			})
			o := fastOptions()
			if tt.opts != nil {
				tt.opts(&o)
			}
			resp, err := New(o).Get(context.Background(), srv.URL+"/a")
			switch {
			case tt.wantErr != "":
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
			case err != nil:
				t.Fatalf("err = %v", err)
			case string(resp.Body) != tt.wantBody:
				t.Errorf("body = %q, want %q", resp.Body, tt.wantBody)
			}
			if tt.wantCalls != 0 && calls.Load() != tt.wantCalls {
				t.Errorf("calls = %d, want %d", calls.Load(), tt.wantCalls)
			}
		})
	}
}

func TestErrorTypes(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/404":
			w.WriteHeader(404)
		case "/pdf":
			w.Header().Set("Content-Type", "application/pdf")
		case "/big":
			w.Header().Set("Content-Type", "text/html")
			w.Write(make([]byte, 2048))
		}
	})
	c := New(Options{MaxBytes: 1024})
	var he *HTTPError
	if _, err := c.Get(context.Background(), srv.URL+"/404"); !errors.As(err, &he) || he.StatusCode != 404 {
		t.Errorf("404: err = %#v", err)
	}
	var nh *NotHTMLError
	if _, err := c.Get(context.Background(), srv.URL+"/pdf"); !errors.As(err, &nh) || nh.Type != "application/pdf" {
		t.Errorf("pdf: err = %#v", err)
	}
	var tl *TooLargeError
	if _, err := c.Get(context.Background(), srv.URL+"/big"); !errors.As(err, &tl) || tl.Limit != 1024 {
		t.Errorf("big: err = %#v", err)
	}
}

func TestGzipBombRefused(t *testing.T) {
	// 16 MiB of zeros compress to about 16 KiB; with a 1 MiB limit the
	// client must stop inflating just past the limit.
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zero := make([]byte, 1<<20)
	for range 16 {
		zw.Write(zero)
	}
	zw.Close()
	bomb := buf.Bytes()
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	})
	_, err := New(Options{MaxBytes: 1 << 20}).Get(context.Background(), srv.URL)
	var tl *TooLargeError
	if !errors.As(err, &tl) || err.Error() != "page larger than 1 MiB (--max-bytes)" {
		t.Fatalf("err = %v, want TooLargeError", err)
	}
}

func TestTruncatedGzipBody(t *testing.T) {
	gz := gzipBytes(t, []byte(strings.Repeat(page, 50)))
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(gz[:len(gz)/2])
	})
	_, err := New(Options{Retries: -1}).Get(context.Background(), srv.URL)
	if err == nil || !strings.Contains(err.Error(), "truncated gzip body") {
		t.Fatalf("err = %v, want truncated gzip body", err)
	}
}

func TestRedirects(t *testing.T) {
	var srv *httptest.Server
	srv = serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasPrefix(r.URL.Path, "/chain/"):
			var n int
			fmt.Sscanf(r.URL.Path, "/chain/%d", &n)
			if n == 0 {
				http.Redirect(w, r, "/final", http.StatusFound)
				return
			}
			http.Redirect(w, r, fmt.Sprintf("/chain/%d", n-1), http.StatusMovedPermanently)
		case r.URL.Path == "/loop":
			http.Redirect(w, r, "/loop", http.StatusFound)
		case r.URL.Path == "/final":
			htmlHandler(w, r)
		}
	})
	c := New(fastOptions())

	// 10 redirects in all (chain/9 … chain/0 → final) is the most allowed.
	resp, err := c.Get(context.Background(), srv.URL+"/chain/9")
	if err != nil {
		t.Fatalf("chain: %v", err)
	}
	if resp.URL != srv.URL+"/final" {
		t.Errorf("final URL = %q, want %q", resp.URL, srv.URL+"/final")
	}
	if _, err := c.Get(context.Background(), srv.URL+"/chain/10"); !errors.Is(err, ErrTooManyRedirects) {
		t.Errorf("11 redirects: err = %v", err)
	}
	_, err = c.Get(context.Background(), srv.URL+"/loop")
	if !errors.Is(err, ErrTooManyRedirects) || err.Error() != "too many redirects (10)" {
		t.Errorf("loop: err = %v", err)
	}
}

func TestRetryThenSuccess(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
		htmlHandler(w, r)
	})
	resp, err := New(fastOptions()).Get(context.Background(), srv.URL)
	if err != nil || string(resp.Body) != page {
		t.Fatalf("err = %v", err)
	}
	if calls.Load() != 2 {
		t.Errorf("calls = %d, want 2", calls.Load())
	}
}

func TestRetryAfterHonoured(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			w.Header().Set("Retry-After", "1")
			w.WriteHeader(http.StatusTooManyRequests)
			return
		}
		htmlHandler(w, r)
	})
	o := fastOptions()
	o.MaxRetryWait = 2 * time.Second
	start := time.Now()
	if _, err := New(o).Get(context.Background(), srv.URL); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 900*time.Millisecond {
		t.Errorf("retried after %v, want about 1s as the server asked", d)
	}
	if calls.Load() != 2 {
		t.Errorf("calls = %d, want 2", calls.Load())
	}
}

func TestConnectionErrorRetried(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			// Drop the connection without an answer.
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		htmlHandler(w, r)
	})
	if _, err := New(fastOptions()).Get(context.Background(), srv.URL); err != nil {
		t.Fatalf("err = %v", err)
	}
	if calls.Load() != 2 {
		t.Errorf("calls = %d, want 2", calls.Load())
	}
}

func TestTimeout(t *testing.T) {
	for _, stage := range []string{"headers", "body"} {
		t.Run(stage, func(t *testing.T) {
			var calls atomic.Int32
			srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
				calls.Add(1)
				if stage == "body" {
					w.Header().Set("Content-Type", "text/html")
					w.Write([]byte("<html>"))
					w.(http.Flusher).Flush()
				}
				<-r.Context().Done()
			})
			o := fastOptions()
			o.Timeout = 100 * time.Millisecond
			start := time.Now()
			_, err := New(o).Get(context.Background(), srv.URL)
			var te *TimeoutError
			if !errors.As(err, &te) || err.Error() != "timed out after 100ms (--timeout)" {
				t.Fatalf("err = %v, want timeout", err)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("took %v", d)
			}
			if calls.Load() != 1 {
				t.Errorf("calls = %d: a timeout must not be retried", calls.Load())
			}
		})
	}
}

func TestContextCancel(t *testing.T) {
	started := make(chan struct{}, 1)
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		started <- struct{}{}
		<-r.Context().Done()
	})
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		<-started
		cancel()
	}()
	_, err := New(fastOptions()).Get(ctx, srv.URL)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

func TestContextCancelDuringBackoff(t *testing.T) {
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(503) })
	// Cancelled, not timed out: a deadline shorter than the backoff
	// would end the fetch at once with the 503.
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	time.AfterFunc(50*time.Millisecond, cancel)
	o := fastOptions()
	o.MaxRetryWait = 10 * time.Second
	start := time.Now()
	_, err := New(o).Get(ctx, srv.URL)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v", err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("cancel ignored during backoff: %v", d)
	}
}

func TestHeaders(t *testing.T) {
	var got http.Header
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		got = r.Header.Clone()
		htmlHandler(w, r)
	})
	if _, err := New(fastOptions()).Get(context.Background(), srv.URL); err != nil {
		t.Fatal(err)
	}
	if ua := got.Get("User-Agent"); ua != DefaultUserAgent || !strings.Contains(ua, "pith") {
		t.Errorf("default User-Agent = %q", ua)
	}
	o := fastOptions()
	o.UserAgent = "custom/1"
	o.Header = http.Header{"Cookie": {"a=b"}, "Accept-Language": {"de"}}
	if _, err := New(o).Get(context.Background(), srv.URL); err != nil {
		t.Fatal(err)
	}
	if got.Get("User-Agent") != "custom/1" || got.Get("Cookie") != "a=b" || got.Get("Accept-Language") != "de" {
		t.Errorf("headers = %v", got)
	}
}

func TestBadURLs(t *testing.T) {
	c := New(fastOptions())
	for _, u := range []string{"ftp://example.invalid/x", "http://", "http://[::1", "not a url"} {
		t.Run(u, func(t *testing.T) {
			if _, err := c.Get(context.Background(), u); err == nil {
				t.Errorf("Get(%q) succeeded", u)
			}
		})
	}
}

// concurrencyServer records the most handlers running at once.
func concurrencyServer(t *testing.T, cur, peak *atomic.Int32) *httptest.Server {
	return serve(t, func(w http.ResponseWriter, r *http.Request) {
		n := cur.Add(1)
		for {
			p := peak.Load()
			if n <= p || peak.CompareAndSwap(p, n) {
				break
			}
		}
		time.Sleep(40 * time.Millisecond)
		cur.Add(-1)
		htmlHandler(w, r)
	})
}

func TestPerHostLimit(t *testing.T) {
	var cur, peak atomic.Int32
	srv := concurrencyServer(t, &cur, &peak)
	o := fastOptions()
	o.PerHost = 2
	c := New(o)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := c.Get(context.Background(), srv.URL); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p != 2 {
		t.Errorf("peak concurrency = %d, want 2", p)
	}
	if n := len(c.hosts.slots); n != 0 {
		t.Errorf("%d host slots left after the batch", n)
	}
}

func TestPerHostLimitIsPerHost(t *testing.T) {
	var cur, peak atomic.Int32
	a := concurrencyServer(t, &cur, &peak)
	b := concurrencyServer(t, &cur, &peak)
	o := fastOptions()
	o.PerHost = 1
	c := New(o)
	var wg sync.WaitGroup
	for _, u := range []string{a.URL, a.URL, b.URL, b.URL} {
		wg.Go(func() {
			if _, err := c.Get(context.Background(), u); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if p := peak.Load(); p != 2 {
		t.Errorf("peak concurrency over two hosts = %d, want 2 (one each)", p)
	}
}

func TestWaitingForSlotHonoursContext(t *testing.T) {
	release := make(chan struct{})
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		<-release
		htmlHandler(w, r)
	})
	o := fastOptions()
	o.PerHost = 1
	c := New(o)
	done := make(chan error, 1)
	go func() {
		_, err := c.Get(context.Background(), srv.URL)
		done <- err
	}()
	for len(c.slotsFor(srv.URL)) == 0 {
		time.Sleep(time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	if _, err := c.Get(ctx, srv.URL); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("queued Get: err = %v", err)
	}
	close(release)
	if err := <-done; err != nil {
		t.Errorf("first Get: %v", err)
	}
}

// slotsFor returns the semaphore of the host of u, or nil.
func (c *Client) slotsFor(u string) chan struct{} {
	host := strings.TrimPrefix(u, "http://")
	c.hosts.mu.Lock()
	defer c.hosts.mu.Unlock()
	if s := c.hosts.slots[host]; s != nil {
		return s.sem
	}
	return nil
}

// Get fetches rawURL, retrying transient failures, and returns the page or
// an error that reads well after "pith: URL: " (*HTTPError, *TooLargeError,
// *NotHTMLError, *TimeoutError, *PrivateRedirectError,
// ErrTooManyRedirects, or a network error). It waits for a per-host slot
// first; the wait does not count towards the timeout.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
	release, err := c.Slot(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	defer release()
	return c.Fetch(ctx, rawURL)
}
