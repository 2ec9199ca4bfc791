package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	"github.com/pith-org/pith/internal/bytesize"
)

// HTTPError is a final response whose status is not 2xx.
type HTTPError struct {
	StatusCode int
	Status     string // "404 Not Found"

	retryAfter time.Duration // from a Retry-After header; 0 when absent
}

func (e *HTTPError) Error() string { return "HTTP " + e.Status }

func newHTTPError(resp *http.Response) *HTTPError {
	code := fmt.Sprint(resp.StatusCode)
	text := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(resp.Status), code))
	// Some servers send a bare code, and Go's own placeholder for unknown
	// codes is "status code N"; name the status the standard way then.
	if text == "" || text == "status code "+code {
		text = http.StatusText(resp.StatusCode)
	}
	status := strings.TrimSpace(code + " " + text)
	return &HTTPError{StatusCode: resp.StatusCode, Status: status, retryAfter: parseRetryAfter(resp.Header.Get("Retry-After"), time.Now())}
}

// TooLargeError means the (decompressed) body exceeds the byte limit. The
// page is refused rather than truncated: half an article is worse than a
// clear error.
type TooLargeError struct{ Limit int64 }

func (e *TooLargeError) Error() string {
	return "page larger than " + bytesize.Human(e.Limit) + " (--max-bytes)"
}

// NotHTMLError refuses a response whose content is not a web page.
type NotHTMLError struct{ Type string }

func (e *NotHTMLError) Error() string { return "not an HTML page (" + e.Type + ")" }

// TimeoutError means fetching one URL, retries and bodies included, took
// longer than Options.Timeout.
type TimeoutError struct{ After time.Duration }

func (e *TimeoutError) Error() string { return "timed out after " + e.After.String() + " (--timeout)" }

// Timeout marks the error as a timeout for callers that sort errors by
// kind (net.Error's method).
func (e *TimeoutError) Timeout() bool { return true }

// ErrTooManyRedirects is returned when a redirect chain is longer than
// MaxRedirects or loops.
var ErrTooManyRedirects = fmt.Errorf("too many redirects (%d)", MaxRedirects)

// errUnsupportedEncoding marks a Content-Encoding we cannot undo; retrying
// would not help.
var errUnsupportedEncoding = errors.New("unsupported Content-Encoding")
