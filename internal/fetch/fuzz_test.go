package fetch

import (
	"testing"
	"time"
)

// FuzzHeaders feeds arbitrary Content-Type and Retry-After values to the
// header readers: they must not panic, and a Retry-After wait is never
// negative.
func FuzzHeaders(f *testing.F) {
	f.Add("text/html; charset=utf-8", "120")
	f.Add("application/pdf", "Wed, 21 Oct 2015 07:28:00 GMT")
	f.Add("text/html;;charset=", "-1")
	f.Add("", "99999999999999999999")
	f.Fuzz(func(t *testing.T, contentType, retryAfter string) {
		v, _ := classify(contentType)
		if v != accept && v != sniff && v != refuse {
			t.Fatalf("classify(%q) = %d", contentType, v)
		}
		if d := parseRetryAfter(retryAfter, time.Now()); d < 0 {
			t.Fatalf("parseRetryAfter(%q) = %v", retryAfter, d)
		}
		sniffsAsHTML([]byte(contentType))
	})
}
