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
// f gets a context that is cancelled when WithTimeout returns, so code that
// watches it (an HTTP request) stops. Code that does not (a parser in a
// tight loop) keeps running in the abandoned goroutine until it ends by
// itself, holding its memory until then: Go cannot kill a goroutine, and
// never letting one page hang a batch is worth that. d <= 0 means no
// budget.
func WithTimeout[T any](ctx context.Context, d time.Duration, f func(context.Context) (T, error)) (T, error) {
	ctx, cancel := context.WithCancel(ctx)
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
		v, err := f(ctx)
		done <- res{v, err}
	}()
	var expired <-chan time.Time
	if d > 0 {
		t := time.NewTimer(d)
		defer t.Stop()
		expired = t.C
	}
	var zero T
	select {
	case r := <-done:
		return r.v, r.err
	case <-expired:
		return zero, ErrTimeout
	case <-ctx.Done():
		return zero, ctx.Err()
	}
}
