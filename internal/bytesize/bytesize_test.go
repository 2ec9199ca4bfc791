package bytesize

import (
	"fmt"
	"testing"
)

func TestParse(t *testing.T) {
	for in, want := range map[string]int64{"0": 0, "1000": 1000, "20MiB": 20 << 20, "20M": 20 << 20, "5MB": 5e6, "1.5k": 1536, "2 GiB": 2 << 30} {
		t.Run(in, func(t *testing.T) {
			got, err := Parse(in)
			if err != nil || got != want {
				t.Errorf("Parse(%q) = %d, %v; want %d", in, got, err, want)
			}
		})
	}
	for _, bad := range []string{"", "MiB", "12 parsecs", "-3", "1e99G"} {
		t.Run(bad, func(t *testing.T) {
			if _, err := Parse(bad); err == nil {
				t.Errorf("Parse(%q) accepted", bad)
			}
		})
	}
}

func TestFormatAndHuman(t *testing.T) {
	if Format(20<<20) != "20MiB" || Format(1500) != "1500" {
		t.Error("Format")
	}
	for n, want := range map[int64]string{20 << 20: "20 MiB", 3 << 19: "1.5 MiB", 4096: "4 KiB", 512: "512 bytes", 2 << 30: "2 GiB"} {
		t.Run(fmt.Sprint(n), func(t *testing.T) {
			if got := Human(n); got != want {
				t.Errorf("Human(%d) = %q, want %q", n, got, want)
			}
		})
	}
}

// FuzzParse checks --max-bytes parsing: no panic, never a negative size,
// and what Format prints parses back to the same value.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"20MiB", "1.5k", "0", "  7 GB ", "1e3", "999999999999999999999", ".", "-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := Parse(s)
		if err != nil {
			return
		}
		if n < 0 {
			t.Fatalf("Parse(%q) = %d", s, n)
		}
		back, err := Parse(Format(n))
		if err != nil || back != n {
			t.Fatalf("round trip of %d via %q gave %d, %v", n, Format(n), back, err)
		}
	})
}
