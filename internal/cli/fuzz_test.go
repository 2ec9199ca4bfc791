package cli

import (
	"testing"
)

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
