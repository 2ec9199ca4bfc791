package fetch

import (
	"context"
	"sync"
)

// hostLimiter bounds concurrent requests per host. Slots are created on
// first use and dropped when no request holds or waits for them, so a
// batch over many hosts does not accumulate state.
type hostLimiter struct {
	per   int
	mu    sync.Mutex
	slots map[string]*hostSlot
}

type hostSlot struct {
	sem   chan struct{}
	users int // holders plus waiters
}

func newHostLimiter(per int) *hostLimiter {
	return &hostLimiter{per: per, slots: map[string]*hostSlot{}}
}

// acquire waits for a slot for host; the returned release must be called
// exactly once when err is nil.
func (l *hostLimiter) acquire(ctx context.Context, host string) (release func(), err error) {
	l.mu.Lock()
	s := l.slots[host]
	if s == nil {
		s = &hostSlot{sem: make(chan struct{}, l.per)}
		l.slots[host] = s
	}
	s.users++
	l.mu.Unlock()

	done := func() {
		l.mu.Lock()
		s.users--
		if s.users == 0 {
			delete(l.slots, host)
		}
		l.mu.Unlock()
	}
	select {
	case s.sem <- struct{}{}:
		var once sync.Once
		return func() {
			once.Do(func() {
				<-s.sem
				done()
			})
		}, nil
	case <-ctx.Done():
		done()
		return nil, ctx.Err()
	}
}
