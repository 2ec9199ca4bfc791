package warc

import (
	"bytes"
	"errors"
	"io"
	"testing"

	"github.com/pith-org/pith/internal/warc/warctest"
)

// FuzzReader feeds arbitrary bytes, often damaged WARC files, to the
// reader and ReadPage: no panic, the stream always ends, offsets never go
// backwards, pages stay within the limit.
func FuzzReader(f *testing.F) {
	recs := crawl()
	f.Add(warctest.File(false, recs...))
	f.Add(warctest.File(true, recs[:3]...))
	f.Add([]byte("WARC/1.0\r\nContent-Length: 5\r\n\r\nabc"))
	f.Add([]byte("WARC/1.1\nWARC-Type: response\nContent-Type: application/http\nContent-Length: 40\n\nHTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nzz"))
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		const limit = 1 << 10
		r := NewReader(bytes.NewReader(data))
		last := int64(-1)
		for i := 0; ; i++ {
			if i > len(data)+2 {
				t.Fatalf("more records than bytes: the reader does not move on")
			}
			rec, err := r.Next()
			if err == io.EOF {
				return
			}
			var re *RecordError
			if errors.As(err, &re) {
				if re.Offset < last {
					t.Fatalf("offset went back from %d to %d", last, re.Offset)
				}
				last = re.Offset
				continue
			}
			if err != nil {
				t.Fatalf("a bytes.Reader cannot fail: %v", err)
			}
			if rec.Offset < last {
				t.Fatalf("offset went back from %d to %d", last, rec.Offset)
			}
			last = rec.Offset
			if p, err := ReadPage(rec, limit); err == nil && len(p.Body) > limit {
				t.Fatalf("page of %d bytes over the %d limit", len(p.Body), limit)
			}
		}
	})
}
