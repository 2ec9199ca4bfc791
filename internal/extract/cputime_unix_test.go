//go:build unix

package extract_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time the process has used, user and system. On a
// machine shared with other work it measures this process's work where
// wall time also counts the time others held the cores.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
