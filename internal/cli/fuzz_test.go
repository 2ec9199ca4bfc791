package cli

import (
	"testing"
)

// FuzzParseSize checks --max-bytes parsing: no panic, never a negative
// size, and what formatSize prints parses back to the same value.
func FuzzParseSize(f *testing.F) {
	for _, s := range []string{"20MiB", "1.5k", "0", "  7 GB ", "1e3", "999999999999999999999", ".", "-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := parseSize(s)
		if err != nil {
			return
		}
		if n < 0 {
			t.Fatalf("parseSize(%q) = %d", s, n)
		}
		back, err := parseSize(formatSize(n))
		if err != nil || back != n {
			t.Fatalf("round trip of %d via %q gave %d, %v", n, formatSize(n), back, err)
		}
	})
}

// FuzzHeader checks --header parsing: no panic, and an accepted header
// never carries a line break (which would smuggle a second header).
func FuzzHeader(f *testing.F) {
	for _, s := range []string{"Accept-Language: de", "X: ", "no colon", ": empty name", "A: b\r\nC: d", "Cookie: a=b; c=d"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		o := Options{Headers: []string{s}}
		h, err := o.header()
		if err != nil {
			return
		}
		for k, vs := range h {
			for _, v := range append([]string{k}, vs...) {
				for _, c := range v {
					if c == '\r' || c == '\n' {
						t.Fatalf("%q accepted with a line break", s)
					}
				}
			}
		}
	})
}
