// Package cancel stops a page's extraction when its input is abandoned
// (--page-timeout, Ctrl-C). Go cannot kill a goroutine, so the stages
// must stop of themselves: the long walks call Check on every element,
// and every 1024th call looks at the context. An abandoned page thus
// gives its worker's CPU back within a few thousand elements of work.
//
// Check stops by panicking with a private value that only Recover, in
// the pipeline's entry point, catches: the walks are deep recursions
// in a dozen packages, and threading an error out of each would
// obscure every one of them for a case that ends the page anyway.
package cancel

import "context"

// Point is one page's cancellation check. A nil *Point never stops.
type Point struct {
	ctx context.Context
	n   uint32
}

// New returns the check for ctx, or nil when ctx can never be done.
func New(ctx context.Context) *Point {
	if ctx == nil || ctx.Done() == nil {
		return nil
	}
	return &Point{ctx: ctx}
}

// interval is how many calls of Check pass between looks at the
// context: a look takes a lock, an element of work well under a
// microsecond.
const interval = 1024

type stopped struct{ err error }

// Check stops the page (see Recover) once its context is done.
func (p *Point) Check() {
	if p == nil {
		return
	}
	p.n++
	if p.n%interval != 0 {
		return
	}
	p.Now()
}

// Now looks at the context at once: for the boundaries between stages.
func (p *Point) Now() {
	if p == nil {
		return
	}
	if err := p.ctx.Err(); err != nil {
		panic(stopped{err})
	}
}

// Recover turns a stop raised by Check into *err; other panics go on.
// Call it deferred in the function that started the page's work.
func Recover(err *error) {
	r := recover()
	if r == nil {
		return
	}
	if s, ok := r.(stopped); ok {
		*err = s.err
		return
	}
	panic(r)
}
