package extract_test

// Pipeline cost against the cost of parsing alone.
//
// BenchmarkParseOnly and BenchmarkExtract read the same pages, so the
// ratio of their ns/page (and B/page) taken from one `go test -bench` run
// is the figure the performance target is stated in; scripts/bench.sh
// (`make bench`) prints it.
//
// The floor is html.Parse alone on the already decoded bytes: decoding is
// part of the work pith adds to a bare parser, so BenchmarkExtract pays for
// it (extract.FromBytes decodes, parses, extracts) and BenchmarkParseOnly
// does not. Rendering the JSON record is included on the pipeline side
// too, into a buffer reused across pages as the CLI's writer would be.
//
// One b.N iteration is the whole page set, so b.N stays small and the
// per-page figures are reported as custom metrics (ns/page, B/page,
// allocs/page). Files are read and decoded once, outside the timer.

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/render"
	"github.com/pith-org/pith/internal/siterules"
	"golang.org/x/net/html"
)

// corpusDir is the development corpus, a sibling of the repository; users
// do not have it and the corpus benchmarks skip without it.
const corpusDir = "../../../shared/corpus"

type page struct {
	name    string
	raw     []byte // as stored: what the pipeline starts from
	decoded []byte // UTF-8: what the parse-only floor starts from
}

// loadPages reads the files matched by the glob patterns (relative to the
// package directory), sorted by name so every run sees the same order.
func loadPages(tb testing.TB, patterns ...string) []page {
	tb.Helper()
	var names []string
	for _, p := range patterns {
		m, err := filepath.Glob(p)
		if err != nil {
			tb.Fatal(err)
		}
		names = append(names, m...)
	}
	sort.Strings(names)
	pages := make([]page, 0, len(names))
	for _, name := range names {
		raw, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		if decode.CheckHTML(raw) != nil {
			continue // the pipeline refuses it before parsing; so does the floor
		}
		text, _, err := decode.ToUTF8(raw, "")
		if err != nil {
			tb.Fatal(err)
		}
		pages = append(pages, page{name: name, raw: raw, decoded: text})
	}
	return pages
}

// -pages narrows the corpus benchmarks to the files whose path contains
// the given text, for profiling one slow page.
var pagesFlag = flag.String("pages", "", "corpus benchmarks: only files whose path contains this")

func corpusPages(b *testing.B) []page {
	b.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		b.Skip("development corpus not found at " + corpusDir)
	}
	pages := loadPages(b,
		filepath.Join(corpusDir, "segments", "html", "*"),
		filepath.Join(corpusDir, "readability", "*", "source.html"))
	if *pagesFlag != "" {
		kept := pages[:0]
		for _, p := range pages {
			if strings.Contains(p.name, *pagesFlag) {
				kept = append(kept, p)
			}
		}
		pages = kept
	}
	if len(pages) == 0 {
		b.Skip("no corpus page selected")
	}
	return pages
}

func samplePages(b *testing.B) []page {
	b.Helper()
	pages := loadPages(b, filepath.Join("..", "..", "testdata", "sample", "*.html"))
	if len(pages) == 0 {
		b.Fatal("no pages in testdata/sample")
	}
	return pages
}

// perPage turns the whole-set totals into per-page metrics. The standard
// ns/op and B/op remain, per whole set.
func perPage(b *testing.B, pages []page, mallocsBefore, bytesBefore uint64) {
	var ms runtimeMem
	ms.read()
	n := float64(b.N) * float64(len(pages))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/page")
	b.ReportMetric(float64(ms.bytes-bytesBefore)/n, "B/page")
	b.ReportMetric(float64(ms.mallocs-mallocsBefore)/n, "allocs/page")
	b.ReportMetric(float64(len(pages)), "pages")
}

// runtimeMem samples the cumulative allocation counters. ReadMemStats
// stops the world, so it is only called outside the timed loop.
type runtimeMem struct{ mallocs, bytes uint64 }

func (m *runtimeMem) read() {
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	m.mallocs, m.bytes = ms.Mallocs, ms.TotalAlloc
}

func benchParse(b *testing.B, pages []page) {
	var size int64
	for i := range pages {
		size += int64(len(pages[i].decoded))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	var ms runtimeMem
	ms.read()
	b.ResetTimer()
	for b.Loop() {
		for i := range pages {
			if _, err := html.Parse(bytes.NewReader(pages[i].decoded)); err != nil {
				b.Fatalf("%s: %v", pages[i].name, err)
			}
		}
	}
	b.StopTimer()
	perPage(b, pages, ms.mallocs, ms.bytes)
}

func benchExtract(b *testing.B, pages []page) {
	var size int64
	for i := range pages {
		size += int64(len(pages[i].raw))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	var out bytes.Buffer
	failed := 0
	var ms runtimeMem
	ms.read()
	b.ResetTimer()
	for b.Loop() {
		failed = 0
		for i := range pages {
			a, err := extract.FromBytes(pages[i].raw, extract.Options{})
			if a == nil {
				// No article at all (empty or not a page): the CLI writes an
				// error record, which costs nothing worth measuring.
				failed++
				continue
			}
			_ = err // ErrNoArticle still comes with the metadata found
			a.Source = pages[i].name
			out.Reset()
			if err := render.JSON(&out, a, render.Options{}); err != nil {
				b.Fatalf("%s: %v", pages[i].name, err)
			}
		}
	}
	b.StopTimer()
	perPage(b, pages, ms.mallocs, ms.bytes)
	if failed == len(pages) {
		b.Fatal("no page gave an article")
	}
}

// BenchmarkParseOnly is the floor: html.Parse on each decoded corpus page.
func BenchmarkParseOnly(b *testing.B) { benchParse(b, corpusPages(b)) }

// BenchmarkExtract is the whole pipeline on the same pages: decode, parse,
// metadata, FAQ, clean, select, blocks, JSON.
func BenchmarkExtract(b *testing.B) { benchExtract(b, corpusPages(b)) }

// BenchmarkRulesCost is the cost of a few user rules, as a user fixing
// a site or two would give: three --drop selectors that every page is
// searched for, and a rules file whose entries are for other hosts, so
// every page's host is looked up too. Each page is extracted with and
// without them in turn (the order alternating), so both sides see the
// same load on a shared machine, and the ratio of the two times is
// reported as rules/none (BENCH_RULES=1 make bench prints its median).
func BenchmarkRulesCost(b *testing.B) {
	rules, err := siterules.Build([]siterules.File{{Path: "rules.yaml", Data: []byte(`
- match: news.example
  drop: [.promo, aside.related]
  title: h1.headline
  date: time.published@datetime
- match: [blog.example, shop.example]
  body: article .entry-content
`)}}, []string{".newsletter", "[class*=promo]", "aside .related"}, nil)
	if err != nil {
		b.Fatal(err)
	}
	pages := corpusPages(b)
	opts := [2]extract.Options{{}, {Rules: rules}}
	var took [2]time.Duration
	for b.Loop() {
		for i := range pages {
			// The fastest of three runs a side: a run the scheduler
			// interrupted says nothing about the rules.
			var best [2]time.Duration
			for k := range 6 {
				side := (i + k) % 2
				start := time.Now()
				extract.FromBytes(pages[i].raw, opts[side])
				if d := time.Since(start); best[side] == 0 || d < best[side] {
					best[side] = d
				}
			}
			took[0] += best[0]
			took[1] += best[1]
		}
	}
	b.ReportMetric(float64(took[1])/float64(took[0]), "rules/none")
}

// BenchmarkParseOnlySample and BenchmarkExtractSample run on the pages
// committed under testdata/sample, so the pair works without the corpus.
func BenchmarkParseOnlySample(b *testing.B) { benchParse(b, samplePages(b)) }

func BenchmarkExtractSample(b *testing.B) { benchExtract(b, samplePages(b)) }

// TestSamplePagesExtract keeps the sample benchmark honest: the sample
// pages must give an article, or BenchmarkExtractSample would time the
// early return of an error path.
func TestSamplePagesExtract(t *testing.T) {
	pages := loadPages(t, filepath.Join("..", "..", "testdata", "sample", "*.html"))
	if len(pages) == 0 {
		t.Fatal("no pages in testdata/sample")
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			a, err := extract.FromBytes(p.raw, extract.Options{})
			if err != nil {
				t.Errorf("%s: %v", p.name, err)
				return
			}
			if len(a.Blocks) == 0 || a.Title == "" {
				t.Errorf("%s: title %q, %d blocks", p.name, a.Title, len(a.Blocks))
			}
		})
	}
}
