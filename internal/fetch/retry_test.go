package fetch

import (
	"errors"
	"io"
	"net"
	"net/http"
	"syscall"
	"testing"
	"time"
)

func TestParseRetryAfter(t *testing.T) {
	now := time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"", 0},
		{"3", 3 * time.Second},
		{" 10 ", 10 * time.Second},
		{"0", 0},
		{"-5", 0},
		{"99999999999999999", 24 * time.Hour},
		{now.Add(7 * time.Second).Format(http.TimeFormat), 7 * time.Second},
		{now.Add(-time.Minute).Format(http.TimeFormat), 0},
		{"soon", 0},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := parseRetryAfter(tt.in, now); got != tt.want {
				t.Errorf("parseRetryAfter(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestRetryWait(t *testing.T) {
	c := New(Options{MaxRetryWait: 4 * time.Second})
	tests := []struct {
		name  string
		err   error
		try   int
		want  time.Duration
		again bool
	}{
		{"500 first backoff", &HTTPError{StatusCode: 500}, 0, 500 * time.Millisecond, true},
		{"502 second backoff", &HTTPError{StatusCode: 502}, 1, time.Second, true},
		{"backoff capped", &HTTPError{StatusCode: 503}, 10, 4 * time.Second, true},
		{"501 permanent", &HTTPError{StatusCode: 501}, 0, 0, false},
		{"404 permanent", &HTTPError{StatusCode: 404}, 0, 0, false},
		{"429 retry-after within bound", &HTTPError{StatusCode: 429, retryAfter: 3 * time.Second}, 0, 3 * time.Second, true},
		{"429 retry-after beyond bound", &HTTPError{StatusCode: 429, retryAfter: time.Minute}, 0, 0, false},
		{"connection reset", &net.OpError{Op: "read", Net: "tcp", Err: syscall.ECONNRESET}, 0, 500 * time.Millisecond, true},
		{"connection refused", &net.OpError{Op: "dial", Net: "tcp", Err: syscall.ECONNREFUSED}, 0, 500 * time.Millisecond, true},
		{"closed before answering", io.EOF, 0, 500 * time.Millisecond, true},
		{"body cut short", truncatedError("gzip"), 0, 500 * time.Millisecond, true},
		{"resolver failed", &net.DNSError{Err: "server misbehaving", IsTemporary: true}, 0, 500 * time.Millisecond, true},
		{"no such host", &net.DNSError{Err: "no such host", IsNotFound: true}, 0, 0, false},
		{"bad gzip", errors.New("bad gzip body: gzip: invalid header"), 0, 0, false},
		{"unsupported scheme", errors.New(`unsupported protocol scheme "ftp"`), 0, 0, false},
		{"private redirect", &PrivateRedirectError{Host: "10.0.0.1"}, 0, 0, false},
		{"too large", &TooLargeError{Limit: 1}, 0, 0, false},
		{"not html", &NotHTMLError{Type: "image/png"}, 0, 0, false},
		{"timeout", &TimeoutError{After: time.Second}, 0, 0, false},
		{"redirects", ErrTooManyRedirects, 0, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wait, again := c.retryWait(tt.err, tt.try)
			if again != tt.again || (again && wait != tt.want) {
				t.Errorf("%s: retryWait = %v, %v; want %v, %v", tt.name, wait, again, tt.want, tt.again)
			}
		})
	}
}
