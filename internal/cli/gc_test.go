package cli

import (
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// TestMemoryLimitFollowsLiveHeap: with a live heap larger than the
// limit pith sets, the limit rises to liveFactor times it after a
// collection (held at the limit, a large page was collected over and
// over: 3-4x slower), and comes back down once the heap is freed.
func TestMemoryLimitFollowsLiveHeap(t *testing.T) {
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	oldPercent := debug.SetGCPercent(100)
	oldLimit := debug.SetMemoryLimit(-1)
	defer func() {
		liveLimit.base.Store(oldLimit)
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}()
	tuneGC(1)
	base := debug.SetMemoryLimit(-1)

	// waitLimit collects until the limit satisfies ok: the limit is set
	// after a collection, by a cleanup the runtime runs when it can.
	waitLimit := func(ok func(int64) bool) int64 {
		for range 200 {
			runtime.GC()
			time.Sleep(5 * time.Millisecond)
			if l := debug.SetMemoryLimit(-1); ok(l) {
				return l
			}
		}
		return debug.SetMemoryLimit(-1)
	}
	live := make([][]byte, 0, 64)
	for range 64 {
		live = append(live, make([]byte, 1<<20))
	}
	want := int64(liveFactor * 64 << 20)
	if got := waitLimit(func(l int64) bool { return l >= want }); got < want {
		t.Errorf("limit %d MiB with 64 MiB live, want at least %d MiB", got>>20, want>>20)
	}
	runtime.KeepAlive(live)
	live = nil
	if got := waitLimit(func(l int64) bool { return l == base }); got != base {
		t.Errorf("limit %d MiB once freed, want the base %d MiB", got>>20, base>>20)
	}
}
