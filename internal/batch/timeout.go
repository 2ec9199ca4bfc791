package batch

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"
)

// ErrTimeout is returned by WithTimeout when the function did not finish
// within its budget.
var ErrTimeout = errors.New("timed out")

// PanicError carries a panic recovered from one input's work, so that a bug
// triggered by one hostile page becomes that page's error instead of
// ending the whole batch.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprintf("internal error: %v", e.Value) }

// WithTimeout runs f in its own goroutine and returns its result, or
// ErrTimeout when d passes first, or ctx.Err() when ctx is cancelled first.
// A panic in f is returned as a *PanicError.
//
// f gets a context that carries the deadline, so that f can tell whether
// something (a retry after a wait) still fits in it, and that ends when
// WithTimeout returns, so code that watches it (an HTTP request) stops.
// Code that does not (a parser in a tight loop) keeps running in the
// abandoned goroutine until it ends by itself, holding its memory until
// then: Go cannot kill a goroutine, and never letting one page hang a
// batch is worth that. d <= 0 means no budget.
func WithTimeout[T any](ctx context.Context, d time.Duration, f func(context.Context) (T, error)) (T, error) {
	var fctx context.Context
	var cancel context.CancelFunc
	if d > 0 {
		fctx, cancel = context.WithTimeout(ctx, d)
	} else {
		fctx, cancel = context.WithCancel(ctx)
	}
	defer cancel()
	type res struct {
		v   T
		err error
	}
	done := make(chan res, 1) // buffered: an abandoned f must not block forever
	go func() {
		defer func() {
			if p := recover(); p != nil {
				done <- res{err: &PanicError{Value: p, Stack: debug.Stack()}}
			}
		}()
		v, err := f(fctx)
		done <- res{v, err}
	}()
	var zero T
	select {
	case r := <-done:
		if errors.Is(r.err, context.DeadlineExceeded) && fctx.Err() != nil && ctx.Err() == nil {
			return zero, ErrTimeout // f saw the deadline before we did
		}
		return r.v, r.err
	case <-fctx.Done():
		if err := ctx.Err(); err != nil {
			return zero, err
		}
		return zero, ErrTimeout
	}
}
