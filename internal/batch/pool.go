// Package batch runs pith's per-input work in parallel while keeping the
// output in input order, with bounded memory: at most a fixed window of
// inputs is in flight or waiting to be written at any time, however many
// inputs the stream holds. It also keeps the progress line, the failure
// summary and the atomic, resumable --output-dir writer.
package batch

import (
	"context"
	"sync"
)

// WindowFactor sets the reorder window as a multiple of the worker count.
// A window of 2×jobs lets fast pages overtake one slow page without
// stalling the pool, while still capping memory at a small multiple of
// the pages being worked on.
const WindowFactor = 2

// Run reads items from in, calls work on each with up to jobs goroutines,
// and calls emit for every item in the order it arrived, from the calling
// goroutine only (emit need not be safe for concurrent use).
//
// A worker may run at most jobs×WindowFactor items ahead of emit: the item
// that would exceed the window waits until emit catches up. So memory is
// bounded by the window, not by the number of items.
//
// When ctx is cancelled Run stops taking new items, lets the items already
// handed to workers finish (work receives ctx and should return promptly),
// emits them in order, and returns ctx.Err(). When emit returns an error,
// Run stops in the same way and returns that error. Items left unread in
// in are not drained: the producer must watch ctx itself.
func Run[I, O any](ctx context.Context, jobs int, in <-chan I, work func(context.Context, I) O, emit func(I, O) error) error {
	if jobs < 1 {
		jobs = 1
	}
	window := jobs * WindowFactor

	// stop is closed when emit fails, so the feeder stops without
	// cancelling the work already running (its results are still wanted
	// for ordering, even if they are then discarded).
	stop := make(chan struct{})
	var stopOnce sync.Once
	halt := func() { stopOnce.Do(func() { close(stop) }) }

	type job struct {
		seq  int
		item I
	}
	type result struct {
		seq  int
		item I
		out  O
	}

	slots := make(chan struct{}, window) // one token per item in flight or pending
	jobsCh := make(chan job)
	results := make(chan result, window)

	go func() { // feeder: numbers the items and respects the window
		defer close(jobsCh)
		seq := 0
		for {
			select {
			case <-ctx.Done():
				return
			case <-stop:
				return
			case slots <- struct{}{}:
			}
			var item I
			var ok bool
			select {
			case <-ctx.Done():
				return
			case <-stop:
				return
			case item, ok = <-in:
			}
			if !ok {
				return
			}
			// jobsCh is unbuffered but a worker is always free or about
			// to be: the window guarantees the results channel has room,
			// so workers never block for long.
			jobsCh <- job{seq, item}
			seq++
		}
	}()

	var wg sync.WaitGroup
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobsCh {
				results <- result{j.seq, j.item, work(ctx, j.item)}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()

	pending := make(map[int]result, window)
	next := 0
	var emitErr error
	for r := range results {
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if emitErr == nil {
				if err := emit(p.item, p.out); err != nil {
					emitErr = err
					halt()
				}
			}
			<-slots
		}
	}
	if emitErr != nil {
		return emitErr
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	return nil
}
