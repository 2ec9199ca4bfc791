// Package fetch downloads web pages over HTTP(S). It knows nothing of
// HTML beyond refusing responses that are not pages: the caller decodes
// and parses the body.
//
// One Client is meant to serve a whole batch: it is safe for concurrent
// use and limits the number of simultaneous requests to each host.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"time"
)

// Defaults for zero Options fields.
const (
	DefaultTimeout      = 30 * time.Second
	DefaultMaxBytes     = 20 << 20
	DefaultRetries      = 2
	DefaultMaxRetryWait = 10 * time.Second
	DefaultPerHost      = 2
	MaxRedirects        = 10
)

// DefaultUserAgent looks like a current desktop browser, because many
// sites serve bots a consent wall or nothing, and names pith so that site
// operators can tell who is asking.
const DefaultUserAgent = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0 pith/1.0"

// Options configure a Client. Zero values mean the defaults above.
type Options struct {
	Timeout      time.Duration // one URL: every try, the waits between tries, the bodies; default 30s
	MaxBytes     int64         // decompressed body limit; default 20 MiB
	UserAgent    string        // default DefaultUserAgent
	Header       http.Header   // extra request headers, sent to the URL's host only; they override the defaults
	Retries      int           // extra tries; 0 means DefaultRetries, negative means none
	MaxRetryWait time.Duration // bound on one wait between tries; default 10s
	PerHost      int           // concurrent requests per host; default 2

	// AllowPrivateRedirects lets a public URL redirect to a loopback,
	// private, link-local or unspecified address (refused by default).
	AllowPrivateRedirects bool
}

// Response is a fetched page.
type Response struct {
	URL         string // final URL after redirects
	ContentType string // the Content-Type header as sent, charset included
	Body        []byte // content-decoded (gzip/deflate), still in its charset
}

// Client fetches pages. Use New.
type Client struct {
	o Options
	// guarded connects only to public addresses, open anywhere. Apart,
	// their pools stay apart: a connection to a private server opened for
	// the user's own private URL is never reused for a redirect from a
	// public page.
	guarded, open http.RoundTripper
	proxied       bool // HTTP_PROXY or HTTPS_PROXY is set
	hosts         *hostLimiter
	private       func(netip.AddrPort) bool // the guard's test; tests replace it
}

// New returns a Client with defaults filled in.
func New(o Options) *Client {
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	switch {
	case o.Retries == 0:
		o.Retries = DefaultRetries
	case o.Retries < 0:
		o.Retries = 0
	}
	if o.MaxRetryWait <= 0 {
		o.MaxRetryWait = DefaultMaxRetryWait
	}
	if o.PerHost <= 0 {
		o.PerHost = DefaultPerHost
	}
	c := &Client{o: o, hosts: newHostLimiter(o.PerHost), private: privateAddrPort, proxied: len(envProxies()) > 0}
	transport := func() *http.Transport {
		t := http.DefaultTransport.(*http.Transport).Clone()
		// Compression is negotiated and undone here, so that the size
		// limit applies to the inflated body for every encoding.
		t.DisableCompression = true
		t.MaxIdleConnsPerHost = o.PerHost
		return t
	}
	c.open = transport()
	c.guarded = c.open
	if !o.AllowPrivateRedirects {
		g := transport()
		g.DialContext = c.guardedDial()
		c.guarded = g
	}
	return c
}

// Slot waits for one of the per-host slots of rawURL's host, so that a
// caller can start its own clock once the wait is over, then Fetch.
// release must be called when the fetch is done; calling it again does
// nothing.
func (c *Client) Slot(ctx context.Context, rawURL string) (release func(), err error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	return c.hosts.acquire(ctx, strings.ToLower(u.Host))
}

// Fetch is Get for a caller that holds the host's slot.
//
// Options.Timeout bounds the whole fetch, and a retry is made only when
// its wait ends within both that bound and ctx's deadline: no request is
// sent after the caller's deadline, and rather than sleep into it the
// server's answer is returned at once.
func (c *Client) Fetch(ctx context.Context, rawURL string) (*Response, error) {
	u, err := parseURL(rawURL)
	if err != nil {
		return nil, err
	}
	deadline := time.Now().Add(c.o.Timeout)
	tr := c.guarded
	for try := 0; ; {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		resp, err := c.once(ctx, u.String(), deadline, tr)
		if err == nil {
			return resp, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if errors.Is(err, errOwnURLPrivate) {
			// The user asked for a private address: it and its redirects
			// are theirs to fetch. Not a retry.
			tr = c.open
			continue
		}
		wait, again := c.retryWait(err, try)
		if !again || try >= c.o.Retries || !fits(ctx, deadline, wait) {
			return nil, err
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
		try++
	}
}

// fits reports whether a wait of d ends before deadline and before ctx's
// own deadline, so that a request can still follow it.
func fits(ctx context.Context, deadline time.Time, d time.Duration) bool {
	end := time.Now().Add(d)
	if dl, ok := ctx.Deadline(); ok && !end.Before(dl) {
		return false
	}
	return end.Before(deadline)
}

func parseURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("invalid URL: %w", errors.Unwrap(err))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("unsupported URL scheme %q", u.Scheme)
	}
	if u.Host == "" {
		return nil, errors.New("URL has no host")
	}
	return u, nil
}

// errOwnURLPrivate: the guarded transport refused the first hop, the URL
// the user gave.
var errOwnURLPrivate = errors.New("the URL itself is private")

// once makes one request and reads its body, both before deadline.
func (c *Client) once(ctx context.Context, target string, deadline time.Time, tr http.RoundTripper) (*Response, error) {
	tctx, cancel := context.WithDeadline(ctx, deadline)
	defer cancel()
	resp, err := c.do(tctx, target, tr)
	if err != nil && ctx.Err() == nil && errors.Is(tctx.Err(), context.DeadlineExceeded) {
		return nil, &TimeoutError{After: c.o.Timeout}
	}
	return resp, err
}

func (c *Client) do(ctx context.Context, target string, tr http.RoundTripper) (*Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return nil, err
	}
	c.setHeaders(req.Header, true)
	origin := strings.ToLower(req.URL.Host)
	hops := 0
	hc := &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return ErrTooManyRedirects
			}
			hops = len(via)
			if tr == c.guarded && c.proxied && privateHost(req.URL) {
				return &PrivateRedirectError{Host: req.URL.Hostname()}
			}
			// net/http passes every header on to the next hop but
			// Authorization and cookies, and those across ports: a value
			// the user meant for one server goes to that server only.
			c.setHeaders(req.Header, strings.ToLower(req.URL.Host) == origin)
			return nil
		},
	}
	resp, err := hc.Do(req)
	if err != nil {
		var pd *privateDial
		if errors.As(err, &pd) {
			if hops == 0 && tr != c.open {
				return nil, errOwnURLPrivate
			}
			return nil, &PrivateRedirectError{Host: pd.addr.String()}
		}
		return nil, unwrapURLError(err)
	}
	defer resp.Body.Close()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		// Drain a little so the connection can be reused for the retry.
		io.CopyN(io.Discard, resp.Body, 64<<10)
		return nil, newHTTPError(resp)
	}
	ct := resp.Header.Get("Content-Type")
	v, mt := classify(ct)
	if v == refuse {
		// Refuse before downloading: a PDF can be far bigger than a page.
		return nil, &NotHTMLError{Type: mt}
	}
	body, err := readBody(resp, c.o.MaxBytes)
	if err != nil {
		return nil, unwrapURLError(err)
	}
	if v == sniff {
		if ok, detected := sniffsAsHTML(body); !ok {
			if mt == "" {
				mt = detected
			}
			return nil, &NotHTMLError{Type: mt}
		}
	}
	return &Response{URL: resp.Request.URL.String(), ContentType: ct, Body: body}, nil
}

// unwrapURLError drops the `Get "URL": ` prefix of net/http errors: the
// caller already names the URL.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// setHeaders sets pith's request headers on h and, when custom is true,
// the user's own (Options.Header), which override pith's.
func (c *Client) setHeaders(h http.Header, custom bool) {
	for k := range c.o.Header {
		h.Del(k)
	}
	h.Set("User-Agent", c.o.UserAgent)
	h.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	h.Set("Accept-Encoding", "gzip, deflate")
	if !custom {
		return
	}
	for k, vs := range c.o.Header {
		h.Del(k)
		for _, v := range vs {
			h.Add(k, v)
		}
	}
}
