// Package bytesize reads and writes byte counts the way users type them
// in flags (20MiB, 1.5k, 5MB) and the way error messages show them.
package bytesize

import (
	"fmt"
	"strconv"
	"strings"
)

// Parse reads a size such as "20MiB", "20M", "5MB", "1.5k" or "1000".
// Binary units (k, KiB, M, MiB, G, GiB) are powers of 1024; KB, MB and GB
// are powers of 1000.
func Parse(s string) (int64, error) {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && (t[i] >= '0' && t[i] <= '9' || t[i] == '.') {
		i++
	}
	num, unit := t[:i], strings.ToLower(strings.TrimSpace(t[i:]))
	f, err := strconv.ParseFloat(num, 64)
	if err != nil || num == "" {
		return 0, fmt.Errorf("not a size: %q (try 20MiB or 1000000)", s)
	}
	mult := map[string]float64{
		"": 1, "b": 1,
		"k": 1 << 10, "kib": 1 << 10, "kb": 1e3,
		"m": 1 << 20, "mib": 1 << 20, "mb": 1e6,
		"g": 1 << 30, "gib": 1 << 30, "gb": 1e9,
	}[unit]
	if mult == 0 {
		return 0, fmt.Errorf("unknown size unit %q in %q", unit, s)
	}
	v := f * mult
	if v > 1<<62 {
		return 0, fmt.Errorf("size too large: %q", s)
	}
	return int64(v), nil
}

// Format writes n as a flag value that Parse reads back exactly
// ("20MiB", "1500").
func Format(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return strconv.FormatInt(n>>30, 10) + "GiB"
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.FormatInt(n>>20, 10) + "MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.FormatInt(n>>10, 10) + "KiB"
	}
	return strconv.FormatInt(n, 10)
}

// Human writes n for a message ("20 MiB", "1.5 MiB", "512 bytes").
func Human(n int64) string {
	const kib, mib, gib = 1 << 10, 1 << 20, 1 << 30
	switch {
	case n >= gib && n%gib == 0:
		return fmt.Sprintf("%d GiB", n/gib)
	case n >= mib && n%mib == 0:
		return fmt.Sprintf("%d MiB", n/mib)
	case n >= mib:
		return fmt.Sprintf("%.1f MiB", float64(n)/mib)
	case n >= kib && n%kib == 0:
		return fmt.Sprintf("%d KiB", n/kib)
	}
	return fmt.Sprintf("%d bytes", n)
}
