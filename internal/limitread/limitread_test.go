package limitread

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"testing"
	"testing/iotest"
)

// body is n bytes of page-like text.
func body(n int) []byte {
	return bytes.Repeat([]byte("<p>text</p>\n"), n/12+1)[:n]
}

func TestRead(t *testing.T) {
	const limit = 200_000
	readers := map[string]func([]byte) io.Reader{
		"whole":    func(b []byte) io.Reader { return bytes.NewReader(b) },
		"one byte": func(b []byte) io.Reader { return iotest.OneByteReader(bytes.NewReader(b)) },
		"halves":   func(b []byte) io.Reader { return iotest.HalfReader(bytes.NewReader(b)) },
	}
	for _, size := range []int{0, 1, 5000, firstChunk, firstChunk + 1, limit - 1, limit, limit + 1, 3 * limit} {
		for _, hint := range []int64{0, int64(size), int64(size) / 2, int64(size) + 100, 10 * limit} {
			for rname, mk := range readers {
				t.Run(fmt.Sprintf("size=%d/hint=%d/%s", size, hint, rname), func(t *testing.T) {
					if rname == "one byte" && size > firstChunk+1 {
						return // slow, and nothing new
					}
					in := body(size)
					data, over, err := Read(mk(in), limit, hint)
					if err != nil {
						t.Fatalf("size %d hint %d %s: %v", size, hint, rname, err)
					}
					if wantOver := size > limit; over != wantOver {
						t.Fatalf("size %d hint %d %s: over %v", size, hint, rname, over)
					}
					if !over && (!bytes.Equal(data, in) || data == nil) {
						t.Fatalf("size %d hint %d %s: %d bytes back", size, hint, rname, len(data))
					}
				})
			}
		}
	}
}

func TestReadErrors(t *testing.T) {
	boom := errors.New("boom")
	for _, tc := range []struct {
		name string
		r    io.Reader
		want error
	}{
		{"error after data", io.MultiReader(bytes.NewReader(body(100)), iotest.ErrReader(boom)), boom},
		{"the reader's unexpected EOF", io.MultiReader(bytes.NewReader(body(100)), iotest.ErrReader(io.ErrUnexpectedEOF)), io.ErrUnexpectedEOF},
		{"timeout", iotest.TimeoutReader(bytes.NewReader(body(100))), iotest.ErrTimeout},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, _, err := Read(tc.r, 1000, 0); !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
}

// allocated is the number of bytes fn allocates.
func allocated(fn func()) uint64 {
	var m0, m1 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	fn()
	runtime.ReadMemStats(&m1)
	return m1.TotalAlloc - m0.TotalAlloc
}

// zeros is an endless body with no size to go by.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// TestReadMemory bounds what a body costs in memory against the limit:
// an endless one at most 1.5 times it, one of the limit's size at most
// twice (the final copy), one of a known size once.
func TestReadMemory(t *testing.T) {
	const limit = 16 << 20
	old := allocated(func() { io.ReadAll(io.LimitReader(zeros{}, limit+1)) })
	for _, tc := range []struct {
		name   string
		r      func() io.Reader
		hint   int64
		bound  float64
		wantOv bool
	}{
		{"over the limit", func() io.Reader { return zeros{} }, 0, 1.5, true},
		{"over, with a hint under it", func() io.Reader { return zeros{} }, limit / 2, 1.5, true},
		{"at the limit, size unknown", func() io.Reader { return io.LimitReader(zeros{}, limit) }, 0, 2.1, false},
		{"at the limit, size known", func() io.Reader { return io.LimitReader(zeros{}, limit) }, limit, 1.01, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var over bool
			got := allocated(func() { _, over, _ = Read(tc.r(), limit, tc.hint) })
			if over != tc.wantOv {
				t.Fatalf("over %v", over)
			}
			t.Logf("%.2fx the limit (io.ReadAll: %.2fx)", float64(got)/limit, float64(old)/limit)
			if float64(got) > tc.bound*limit {
				t.Errorf("allocated %.2fx the limit, want at most %.2fx", float64(got)/limit, tc.bound)
			}
		})
	}
}
