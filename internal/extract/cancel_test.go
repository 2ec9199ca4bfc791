package extract_test

import (
	"context"
	"errors"
	"strings"
	"sync/atomic"
	"testing"

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

// TestCancelStopsTheWork: a page abandoned during its extraction stops
// soon after, in CPU time: the stages check the context as they walk,
// and the parser reads through it. Counted in CPU time used, not in the
// wall clock, and against the whole extraction measured in the same run.
func TestCancelStopsTheWork(t *testing.T) {
	page := bigPage()
	t0 := cpuTime()
	if _, err := extract.FromBytesContext(context.Background(), page, extract.Options{}); err != nil {
		t.Fatalf("whole extraction: %v", err)
	}
	whole := cpuTime() - t0
	for _, tc := range []struct {
		name  string
		after int64 // the context's answers before it is done
	}{
		{"before the parse", 0},
		{"during the parse", 40},
		{"during the stages", 400},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := newAskedContext(tc.after)
			t0 := cpuTime()
			_, err := extract.FromBytesContext(ctx, page, extract.Options{})
			used := cpuTime() - t0
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("err = %v, want context.Canceled (asked %d times)", err, ctx.asked.Load())
			}
			// The work up to the cancelling answer is done either way;
			// what follows it must be short. Half of the whole run is a
			// bound loose enough for any machine and far below the
			// stages' full cost on this page.
			if used > whole/2 {
				t.Errorf("cancelled after %d answers, it used %v of CPU; the whole extraction takes %v", tc.after, used, whole)
			}
		})
	}
}
