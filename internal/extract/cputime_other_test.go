//go:build !unix

package extract_test

import "time"

var start = time.Now()

// cpuTime falls back on wall time where getrusage is not available.
func cpuTime() time.Duration { return time.Since(start) }
