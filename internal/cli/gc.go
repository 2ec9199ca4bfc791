package cli

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"sync/atomic"
)

// tuneGC trades a little memory for speed. A page's tree is garbage as
// soon as its article is written, and live memory stays small (a few
// pages in flight), so the default collector, which runs whenever the
// heap doubles, spends much of a batch collecting and takes the second
// core from -j 2. A higher target with a soft memory limit that grows
// with the jobs keeps peak memory bounded: measured over the 780 segment
// pages on 2 cores, -j 1 went from 2.86 s to 2.41-2.50 s (peak RSS 34-38
// MB) and -j 2 from 2.08 s to 1.37-1.40 s. GOGC and GOMEMLIMIT in the
// environment win.
//
// The limit never stays below three times the live heap, though
// (followLive): a large page's tree alone outgrows it (a 20 MB page of a
// million <li> holds 370 MB), and a heap held at the limit is collected
// over and over with the collector's share of the CPU capped at half:
// that page took 13.9 s of CPU, 4.2 s with the limit lifted (2.0 GB peak
// RSS) and takes 4.8 s now (1.4 GB; twice the live heap: 5.7 s, 1.2 GB).
// The corpus pages leave at most 5 MB live, so their limit is the base.
func tuneGC(jobs int) {
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		base := int64(28+8*jobs) << 20
		liveLimit.base.Store(base)
		debug.SetMemoryLimit(base)
		liveLimit.once.Do(afterEachGC)
	}
}

// liveLimit is the memory limit pith sets: base, or three times the live
// heap when that is more.
var liveLimit struct {
	base atomic.Int64
	once sync.Once
}

// liveFactor is how many times the live heap the limit stays above.
const liveFactor = 3

// gcSentinel is freed by every collection, which runs its cleanup. It is
// too large for the tiny allocator, whose blocks may outlive it.
type gcSentinel [64]byte

// afterEachGC arranges for followLive to run after the next collection,
// and after each one after that.
func afterEachGC() {
	runtime.AddCleanup(new(gcSentinel), func(struct{}) {
		followLive()
		afterEachGC()
	}, struct{}{})
}

// followLive sets the limit to three times the live heap the last
// collection left, or to the base when that is more: a large page is
// collected as GOGC=200 would, the others under the tuned limit.
func followLive() {
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	want := max(liveLimit.base.Load(), liveFactor*int64(sample[0].Value.Uint64()))
	if cur := debug.SetMemoryLimit(-1); want < cur-cur/8 || want > cur+cur/8 {
		debug.SetMemoryLimit(want)
	}
}
