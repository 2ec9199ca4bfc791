package fetch

import (
	"context"
	"crypto/tls"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// backoffBase is the first wait between tries; it doubles each time and is
// capped by Options.MaxRetryWait.
const backoffBase = 500 * time.Millisecond

// parseRetryAfter reads a Retry-After value, either delay-seconds or an
// HTTP date; 0 when absent or unreadable.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		// Clamp before converting so a huge value cannot overflow.
		if secs > int64(24*time.Hour/time.Second) {
			secs = int64(24 * time.Hour / time.Second)
		}
		return time.Duration(secs) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}

// retryWait decides whether err after try number try (0-based) deserves
// another try and how long to wait first.
func (c *Client) retryWait(err error, try int) (time.Duration, bool) {
	backoff := min(backoffBase<<min(try, 20), c.o.MaxRetryWait)
	var he *HTTPError
	if errors.As(err, &he) {
		if he.StatusCode != http.StatusTooManyRequests && (he.StatusCode < 500 || he.StatusCode == http.StatusNotImplemented) {
			return 0, false
		}
		if he.retryAfter > 0 {
			// Waiting less than the server asked would just earn another
			// refusal; waiting longer than the bound stalls a batch.
			if he.retryAfter > c.o.MaxRetryWait {
				return 0, false
			}
			return he.retryAfter, true
		}
		return backoff, true
	}
	return backoff, isConnectionError(err)
}

// isConnectionError reports transient network failures (a refused or
// reset connection, a server closing mid-response, a resolver that did
// not answer) as opposed to answers that a new try cannot change: a
// malformed response, a bad encoding, an unsupported scheme, a refused
// certificate or address. Only the former are retried.
func isConnectionError(err error) bool {
	var (
		tooLarge *TooLargeError
		notHTML  *NotHTMLError
		timeout  *TimeoutError
		private  *PrivateRedirectError
		dnsErr   *net.DNSError
		opErr    *net.OpError
		certErr  *tls.CertificateVerificationError
	)
	switch {
	case errors.As(err, &tooLarge), errors.As(err, &notHTML), errors.As(err, &timeout),
		errors.As(err, &private), errors.As(err, &certErr),
		errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded),
		errors.Is(err, ErrTooManyRedirects), errors.Is(err, errUnsupportedEncoding):
		return false
	case errors.As(err, &dnsErr):
		return !dnsErr.IsNotFound
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF),
		errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.ECONNREFUSED),
		errors.Is(err, syscall.ECONNABORTED), errors.Is(err, syscall.EPIPE):
		return true
	}
	return errors.As(err, &opErr)
}

// sleep waits d or until ctx ends.
func sleep(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}
