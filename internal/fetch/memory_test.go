package fetch

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"runtime"
	"testing"
)

type zeros struct{}

func (zeros) Read(p []byte) (int, error) { clear(p); return len(p), nil }

// TestOversizeBodyMemory: refusing a body over --max-bytes costs no more
// than 1.5 times the limit in memory, with no length given or gzipped
// (io.ReadAll cost 2.2 times, and peak memory 2.3-3 times).
func TestOversizeBodyMemory(t *testing.T) {
	const limit = 2 << 20
	var bomb bytes.Buffer
	zw := gzip.NewWriter(&bomb)
	io.Copy(zw, io.LimitReader(zeros{}, 4*limit))
	zw.Close()
	for _, tc := range []struct {
		name, encoding string
		body           io.Reader
	}{
		{"chunked", "", zeros{}},
		{"gzip", "gzip", bytes.NewReader(bomb.Bytes())},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := &http.Response{Header: http.Header{}, ContentLength: -1, Body: io.NopCloser(tc.body)}
			if tc.encoding != "" {
				resp.Header.Set("Content-Encoding", tc.encoding)
			}
			var m0, m1 runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&m0)
			_, err := readBody(resp, limit)
			runtime.ReadMemStats(&m1)
			if _, ok := err.(*TooLargeError); !ok {
				t.Fatalf("error %v, want TooLargeError", err)
			}
			if got := float64(m1.TotalAlloc-m0.TotalAlloc) / limit; got > 1.5 {
				t.Errorf("allocated %.2fx the limit", got)
			}
		})
	}
}
