package fetch

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		addr   string
		public bool
	}{
		{"8.8.8.8", true},
		{"93.184.216.34", true},
		{"2001:4860:4860::8888", true},
		{"169.254.169.254", false}, // cloud metadata
		{"127.0.0.1", false},
		{"127.8.9.10", false},
		{"10.1.2.3", false},
		{"172.16.0.1", false},
		{"172.31.255.255", false},
		{"172.32.0.1", true},
		{"192.168.1.1", false},
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"::", false},
		{"::1", false},
		{"fe80::1", false},
		{"fd00:ec2::254", false}, // AWS metadata over IPv6
		{"::ffff:169.254.169.254", false},
		{"::ffff:8.8.8.8", true},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			if got := publicAddr(netip.MustParseAddr(tt.addr)); got != tt.public {
				t.Errorf("publicAddr(%s) = %v, want %v", tt.addr, got, tt.public)
			}
		})
	}
}

// guardServers starts an "internal" server, which the client is made to
// see as a private address by its port, and a "public" one that
// redirects to it. Both listen on loopback: the test never leaves the
// machine.
func guardServers(t *testing.T) (c func(Options) *Client, public, internal *httptest.Server, hits *atomic.Int32) {
	hits = new(atomic.Int32)
	internal = serve(t, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/hop" {
			http.Redirect(w, r, "/secret", http.StatusFound)
			return
		}
		hits.Add(1)
		htmlHandler(w, r)
	})
	public = serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/to-internal":
			http.Redirect(w, r, internal.URL+"/secret", http.StatusFound)
		case "/to-localhost":
			http.Redirect(w, r, strings.Replace(internal.URL, "127.0.0.1", "localhost", 1)+"/secret", http.StatusFound)
		default:
			htmlHandler(w, r)
		}
	})
	iport := mustPort(t, internal.URL)
	c = func(o Options) *Client {
		cl := New(o)
		cl.private = func(a netip.AddrPort) bool { return a.Port() == iport }
		return cl
	}
	return c, public, internal, hits
}

func mustPort(t *testing.T, raw string) uint16 {
	t.Helper()
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	ap, err := netip.ParseAddrPort(u.Host)
	if err != nil {
		t.Fatal(err)
	}
	return ap.Port()
}

func TestRedirectToPrivateAddressRefused(t *testing.T) {
	newClient, public, internal, hits := guardServers(t)
	c := newClient(fastOptions())
	ctx := context.Background()

	// The user's own private URL is fetched, and so are its redirects
	// within private space; this also leaves a pooled connection to the
	// internal server that the refused redirects below must not reuse.
	if _, err := c.Get(ctx, internal.URL+"/secret"); err != nil {
		t.Fatalf("typed private URL: %v", err)
	}
	if resp, err := c.Get(ctx, internal.URL+"/hop"); err != nil || resp.URL != internal.URL+"/secret" {
		t.Fatalf("private to private redirect: %v", err)
	}
	if hits.Load() != 2 {
		t.Fatalf("internal hits = %d, want 2", hits.Load())
	}
	if _, err := c.Get(ctx, public.URL+"/page"); err != nil {
		t.Fatalf("public page: %v", err)
	}

	for _, path := range []string{"/to-internal", "/to-localhost"} {
		t.Run(path, func(t *testing.T) {
			_, err := c.Get(ctx, public.URL+path)
			var pe *PrivateRedirectError
			if !errors.As(err, &pe) || !strings.Contains(err.Error(), "redirect to private address 127.0.0.1 refused") {
				t.Errorf("%s: err = %v, want the redirect refused", path, err)
			}
		})
	}
	if hits.Load() != 2 {
		t.Errorf("internal hits = %d after refused redirects, want 2", hits.Load())
	}

	o := fastOptions()
	o.AllowPrivateRedirects = true
	if _, err := newClient(o).Get(ctx, public.URL+"/to-internal"); err != nil {
		t.Errorf("with AllowPrivateRedirects: %v", err)
	}
}

func TestHeadersNotForwardedToAnotherHost(t *testing.T) {
	type seen struct{ key, cookie, ua string }
	got := make(chan seen, 4)
	record := func(w http.ResponseWriter, r *http.Request) {
		got <- seen{r.Header.Get("X-Api-Key"), r.Header.Get("Cookie"), r.Header.Get("User-Agent")}
		htmlHandler(w, r)
	}
	other := serve(t, record)
	origin := serve(t, func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/away":
			http.Redirect(w, r, other.URL+"/page", http.StatusFound)
		case "/here":
			http.Redirect(w, r, "/page", http.StatusFound)
		default:
			record(w, r)
		}
	})
	o := fastOptions()
	o.Header = http.Header{"X-Api-Key": {"s3cret"}, "Cookie": {"session=1"}, "User-Agent": {"custom/2"}}
	c := New(o)
	if _, err := c.Get(context.Background(), origin.URL+"/here"); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != (seen{"s3cret", "session=1", "custom/2"}) {
		t.Errorf("same-host redirect: got %+v, want every header", s)
	}
	if _, err := c.Get(context.Background(), origin.URL+"/away"); err != nil {
		t.Fatal(err)
	}
	if s := <-got; s != (seen{"", "", DefaultUserAgent}) {
		t.Errorf("redirect to another host: got %+v, want no custom header and the default User-Agent", s)
	}
}

// rawServer answers every connection with resp and counts connections.
func rawServer(t *testing.T, resp string) (string, *atomic.Int32) {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	var n atomic.Int32
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			n.Add(1)
			go func() {
				defer conn.Close()
				br := bufio.NewReader(conn)
				for { // the request head
					l, err := br.ReadString('\n')
					if err != nil || l == "\r\n" {
						break
					}
				}
				fmt.Fprint(conn, resp)
			}()
		}
	}()
	return "http://" + ln.Addr().String() + "/", &n
}

func TestPermanentErrorsNotRetried(t *testing.T) {
	badGzip, gzCalls := rawServer(t, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: 11\r\nConnection: close\r\n\r\nnot gzipped")
	badHeader, hdrCalls := rawServer(t, "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nthis is not a header\r\n\r\n<p>x</p>")
	ftp, ftpCalls := rawServer(t, "HTTP/1.1 302 Found\r\nLocation: ftp://example.invalid/file\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
	tests := []struct {
		name  string
		url   string
		calls *atomic.Int32
		err   string
	}{
		{"bad gzip", badGzip, gzCalls, "bad gzip body"},
		{"malformed header", badHeader, hdrCalls, "malformed"},
		{"unsupported scheme after a redirect", ftp, ftpCalls, "unsupported protocol scheme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(fastOptions()).Get(context.Background(), tt.url)
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("err = %v, want one mentioning %q", err, tt.err)
			}
			if n := tt.calls.Load(); n != 1 {
				t.Errorf("%d connections, want 1: no retry can fix this", n)
			}
		})
	}
}

// TestTimeoutCoversRetries: --timeout bounds the whole fetch, retries and
// the waits between them included, so a retry that could not finish in
// it is not made.
func TestTimeoutCoversRetries(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.WriteHeader(http.StatusServiceUnavailable)
	})
	o := fastOptions()
	o.Timeout = 300 * time.Millisecond
	o.MaxRetryWait = 200 * time.Millisecond // the second wait would end at 400 ms
	_, err := New(o).Get(context.Background(), srv.URL)
	var he *HTTPError
	if !errors.As(err, &he) || he.StatusCode != 503 {
		t.Errorf("err = %v, want the 503", err)
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("%d requests, want 2: the third would start after --timeout", n)
	}
}

// TestNoRetryPastTheCallersDeadline: a retry whose wait ends after the
// caller's deadline (--page-timeout) is not made: the input fails at once
// with the server's answer instead of sleeping into its deadline.
func TestNoRetryPastTheCallersDeadline(t *testing.T) {
	var calls atomic.Int32
	srv := serve(t, func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	o := fastOptions()
	o.MaxRetryWait = 5 * time.Second
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, err := New(o).Get(ctx, srv.URL)
	var he *HTTPError
	if !errors.As(err, &he) || he.StatusCode != 429 {
		t.Errorf("err = %v, want the 429 at once", err)
	}
	if n := calls.Load(); n != 1 {
		t.Errorf("%d requests, want 1", n)
	}
}
