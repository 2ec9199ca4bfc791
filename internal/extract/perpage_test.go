package extract_test

import (
	"bytes"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"time"

	"github.com/pith-org/pith/internal/extract"
	"golang.org/x/net/html"
)

// -perpage turns on TestPerPageCost, which times every corpus page alone:
// it takes minutes and needs a quiet machine, so it is not part of the
// normal test run. scripts/bench.sh runs it with BENCH_PAGES=1.
var perPageFlag = flag.Bool("perpage", false, "time each corpus page (TestPerPageCost)")

// maxPageRatio bounds the extract/parse time of any single page. The goal
// is about 2x on the whole corpus; a page far beyond that means some stage
// is not linear in the size of the page.
const maxPageRatio = 12

type pageCost struct {
	name           string
	size           int
	parse, extract time.Duration
}

// bestOf returns the fastest of n runs of fn: the other runs measure
// whatever else the machine was doing.
func bestOf(n int, fn func()) time.Duration {
	best := time.Duration(math.MaxInt64)
	for range n {
		t0 := time.Now()
		fn()
		if d := time.Since(t0); d < best {
			best = d
		}
	}
	return best
}

// TestPerPageCost checks that the pipeline cost is linear in page size:
// it prints time per MB by size quintile and the five slowest pages per
// MB, and fails when one page costs more than maxPageRatio times its parse.
func TestPerPageCost(t *testing.T) {
	if !*perPageFlag {
		t.Skip("timing run; enable with -perpage")
	}
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skip("development corpus not found at " + corpusDir)
	}
	pages := loadPages(t,
		filepath.Join(corpusDir, "segments", "html", "*"),
		filepath.Join(corpusDir, "readability", "*", "source.html"))
	costs := make([]pageCost, 0, len(pages))
	for _, p := range pages {
		c := pageCost{name: p.name, size: len(p.raw)}
		c.parse = bestOf(3, func() { _, _ = html.Parse(bytes.NewReader(p.decoded)) })
		c.extract = bestOf(3, func() { _, _ = extract.FromBytes(p.raw, extract.Options{}) })
		costs = append(costs, c)
	}
	perMB := func(d time.Duration, size int) float64 { return d.Seconds() * 1e3 / (float64(size) / 1e6) }

	sort.Slice(costs, func(i, j int) bool { return costs[i].size < costs[j].size })
	for q := range 5 {
		part := costs[q*len(costs)/5 : (q+1)*len(costs)/5]
		var size int
		var pt, et time.Duration
		for _, c := range part {
			size += c.size
			pt += c.parse
			et += c.extract
		}
		t.Logf("size quintile %d (%4d-%5d KB): extract %5.1f ms/MB, parse %5.1f ms/MB, ratio %.2fx",
			q+1, part[0].size>>10, part[len(part)-1].size>>10, perMB(et, size), perMB(pt, size), float64(et)/float64(pt))
	}

	sort.Slice(costs, func(i, j int) bool {
		return perMB(costs[i].extract, costs[i].size) > perMB(costs[j].extract, costs[j].size)
	})
	for _, c := range costs[:min(5, len(costs))] {
		t.Logf("slow: %6.1f ms/MB  %5d KB  extract %6.2f ms  parse %5.2f ms  (%.1fx)  %s",
			perMB(c.extract, c.size), c.size>>10, c.extract.Seconds()*1e3, c.parse.Seconds()*1e3,
			float64(c.extract)/float64(c.parse), filepath.Base(filepath.Dir(c.name))+"/"+filepath.Base(c.name))
	}
	for _, c := range costs {
		if r := float64(c.extract) / float64(c.parse); r > maxPageRatio {
			t.Errorf("%s: extract %v is %.1fx its parse %v", c.name, c.extract, r, c.parse)
		}
	}
	fmt.Fprintln(os.Stderr) // keep the log block apart from go test's summary
}
