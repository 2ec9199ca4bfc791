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
	Timeout      time.Duration // one request including its body; default 30s
	MaxBytes     int64         // decompressed body limit; default 20 MiB
	UserAgent    string        // default DefaultUserAgent
	Header       http.Header   // extra request headers; they override the defaults
	Retries      int           // extra tries; 0 means DefaultRetries, negative means none
	MaxRetryWait time.Duration // bound on one wait between tries; default 10s
	PerHost      int           // concurrent requests per host; default 2
	Transport    http.RoundTripper
}

// Response is a fetched page.
type Response struct {
	URL         string // final URL after redirects
	ContentType string // the Content-Type header as sent, charset included
	Body        []byte // content-decoded (gzip/deflate), still in its charset
}

// Client fetches pages. Use New.
type Client struct {
	o     Options
	hc    *http.Client
	hosts *hostLimiter
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
	tr := o.Transport
	if tr == nil {
		t := http.DefaultTransport.(*http.Transport).Clone()
		// Compression is negotiated and undone here, so that the size
		// limit applies to the inflated body for every encoding.
		t.DisableCompression = true
		t.MaxIdleConnsPerHost = o.PerHost
		tr = t
	}
	hc := &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects {
				return ErrTooManyRedirects
			}
			return nil
		},
	}
	return &Client{o: o, hc: hc, hosts: newHostLimiter(o.PerHost)}
}

// Get fetches rawURL, retrying transient failures, and returns the page or
// an error that reads well after "pith: URL: " (*HTTPError, *TooLargeError,
// *NotHTMLError, *TimeoutError, ErrTooManyRedirects, or a network error).
// Waiting for a per-host slot does not count towards the timeout.
func (c *Client) Get(ctx context.Context, rawURL string) (*Response, error) {
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
	release, err := c.hosts.acquire(ctx, strings.ToLower(u.Host))
	if err != nil {
		return nil, err
	}
	defer release()

	for try := 0; ; try++ {
		resp, err := c.once(ctx, u.String())
		if err == nil {
			return resp, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		wait, again := c.retryWait(err, try)
		if !again || try >= c.o.Retries {
			return nil, err
		}
		if err := sleep(ctx, wait); err != nil {
			return nil, err
		}
	}
}

// once makes one request and reads its body under a single deadline.
func (c *Client) once(ctx context.Context, target string) (*Response, error) {
	tctx, cancel := context.WithTimeout(ctx, c.o.Timeout)
	defer cancel()
	resp, err := c.do(tctx, target)
	if err != nil && ctx.Err() == nil && errors.Is(tctx.Err(), context.DeadlineExceeded) {
		return nil, &TimeoutError{After: c.o.Timeout}
	}
	return resp, err
}

func (c *Client) do(ctx context.Context, target string) (*Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.o.UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
	req.Header.Set("Accept-Encoding", "gzip, deflate")
	for k, vs := range c.o.Header {
		req.Header.Del(k)
		for _, v := range vs {
			req.Header.Add(k, v)
		}
	}

	resp, err := c.hc.Do(req)
	if err != nil {
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
