package extract_test

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"golang.org/x/net/html"

	"github.com/pith-org/pith/internal/extract"
)

// askedContext is a context that is done once it has been asked for its
// error more than after times: a cancellation at a chosen point of the
// work, the same on every machine.
type askedContext struct {
	context.Context
	after int64
	asked atomic.Int64
	done  chan struct{}
}

func newAskedContext(after int64) *askedContext {
	return &askedContext{Context: context.Background(), after: after, done: make(chan struct{})}
}

func (c *askedContext) Done() <-chan struct{} { return c.done }

func (c *askedContext) Err() error {
	if c.asked.Add(1) > c.after {
		return context.Canceled
	}
	return nil
}

// bigPage is an article in a page heavy enough that its extraction takes
// a good share of a second: thousands of paragraphs in many sections.
func bigPage() []byte {
	var b strings.Builder
	b.WriteString("<html><head><title>Harbour works reopen</title></head><body><article><h1>Harbour works reopen</h1>")
	for i := 0; i < 3000; i++ {
		b.WriteString(`<section class="part"><h2>Part</h2><p>` + s1 + ` ` + s2 + `</p><ul><li><a href="/a">one</a></li><li><a href="/b">two</a></li></ul><p>` + s3 + `</p></section>`)
	}
	b.WriteString("</article></body></html>")
	return []byte(b.String())
}

// minCPU runs f three times and returns the least CPU time one run
// used: the run least disturbed by the rest of the machine.
func minCPU(f func()) time.Duration {
	best := time.Duration(-1)
	for range 3 {
		t0 := cpuTime()
		f()
		if d := cpuTime() - t0; best < 0 || d < best {
			best = d
		}
	}
	return best
}

// TestCancelStopsTheWork: a page abandoned during its extraction stops
// soon after, in CPU time: the stages check the context as they walk,
// and the parser reads through it. Counted in CPU time used, not in the
// wall clock, against the parse and the whole extraction measured in
// the same run: cancelled anywhere, the work after the parse must take
// less than half of what the stages take in full.
func TestCancelStopsTheWork(t *testing.T) {
	page := bigPage()
	whole := minCPU(func() {
		if _, err := extract.FromBytesContext(context.Background(), page, extract.Options{}); err != nil {
			t.Fatalf("whole extraction: %v", err)
		}
	})
	parse := minCPU(func() {
		if _, err := html.Parse(bytes.NewReader(page)); err != nil {
			t.Fatal(err)
		}
	})
	stages := whole - parse
	for _, tc := range []struct {
		name  string
		after int64 // the context's answers before it is done
	}{
		{"before the parse", 0},
		{"during the parse", 40},
		{"during the stages", 400},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var err error
			var asked int64
			used := minCPU(func() {
				ctx := newAskedContext(tc.after)
				_, err = extract.FromBytesContext(ctx, page, extract.Options{})
				asked = ctx.asked.Load()
			})
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("err = %v, want context.Canceled (asked %d times)", err, asked)
			}
			if used > parse+stages/2 {
				t.Errorf("cancelled after %d answers, it used %v of CPU; parsing takes %v, the whole extraction %v", tc.after, used, parse, whole)
			}
		})
	}
}
