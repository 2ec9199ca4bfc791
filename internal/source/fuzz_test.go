package source

import (
	"bytes"
	"testing"
)

// FuzzReadPageFrom feeds arbitrary (often gzip-looking) bytes to the
// reader: it must not panic and never return more than the limit.
func FuzzReadPageFrom(f *testing.F) {
	f.Add([]byte("<p>x</p>"))
	f.Add([]byte{0x1f, 0x8b})
	f.Add([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xb3, 0x29, 0xb0, 0xab, 0xb0, 0xd1, 0x2f, 0xb0, 3, 0, 0x6f, 0x3f, 0xdd, 0x5c, 8, 0, 0, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		const limit = 4096
		out, err := pageHTML(ReadPageFrom(bytes.NewReader(data), limit))
		if err == nil && len(out) > limit {
			t.Fatalf("returned %d bytes over the %d limit", len(out), limit)
		}
	})
}

// FuzzRecord checks that any JSON line becomes an Input with a name, and
// that accepted records have HTML within the limit.
func FuzzRecord(f *testing.F) {
	f.Add([]byte(`{"html":"<p>x</p>","url":"https://example.com","id":"a"}`))
	f.Add([]byte(`{"html":null,"id":1e400}`))
	f.Add([]byte(`{"html":"\ud800","id":[]}`))
	f.Fuzz(func(t *testing.T, line []byte) {
		in := parseRecord(line, 7, 64)
		if in.Name == "" || in.Kind != Record {
			t.Fatalf("input without name or kind: %+v", in)
		}
		if in.Err == nil && len(in.HTML) > 64 {
			t.Fatalf("accepted %d bytes of html over the limit", len(in.HTML))
		}
	})
}
