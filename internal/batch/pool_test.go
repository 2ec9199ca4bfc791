package batch

import (
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"sync/atomic"
	"testing"
	"time"
)

func feed(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range n {
			ch <- i
		}
	}()
	return ch
}

func TestRunKeepsOrderAndBoundsWindow(t *testing.T) {
	for _, jobs := range []int{1, 3, 8} {
		t.Run(fmt.Sprintf("jobs=%d", jobs), func(t *testing.T) {
			var started, emitted, maxAhead atomic.Int64
			work := func(_ context.Context, i int) int {
				ahead := started.Add(1) - emitted.Load()
				for {
					m := maxAhead.Load()
					if ahead <= m || maxAhead.CompareAndSwap(m, ahead) {
						break
					}
				}
				time.Sleep(time.Duration(rand.IntN(300)) * time.Microsecond)
				return i * 2
			}
			var got []int
			err := Run(context.Background(), jobs, feed(500), work, func(i, o int) error {
				if o != i*2 {
					t.Fatalf("item %d got result %d", i, o)
				}
				got = append(got, i)
				emitted.Add(1)
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 500 {
				t.Fatalf("jobs=%d: %d results, want 500", jobs, len(got))
			}
			for i, v := range got {
				if v != i {
					t.Fatalf("jobs=%d: position %d holds %d", jobs, i, v)
				}
			}
			if w := int64(jobs * WindowFactor); maxAhead.Load() > w {
				t.Errorf("jobs=%d: a worker ran %d items ahead of the writer, window is %d", jobs, maxAhead.Load(), w)
			}
		})
	}
}

func TestRunSlowFirstItemDoesNotLoseOthers(t *testing.T) {
	var got []int
	err := Run(context.Background(), 4, feed(50), func(_ context.Context, i int) int {
		if i == 0 {
			time.Sleep(30 * time.Millisecond)
		}
		return i
	}, func(i, _ int) error { got = append(got, i); return nil })
	if err != nil || len(got) != 50 || got[0] != 0 || got[49] != 49 {
		t.Fatalf("err=%v got=%v", err, got)
	}
}

func TestRunCancelEmitsPrefix(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	in := make(chan int)
	go func() { // an endless producer that honours ctx
		defer close(in)
		for i := 0; ; i++ {
			select {
			case in <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	var got []int
	err := Run(ctx, 4, in, func(_ context.Context, i int) int { return i }, func(i, _ int) error {
		got = append(got, i)
		if i == 100 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	for i, v := range got {
		if v != i {
			t.Fatalf("hole in output at %d: %v", i, got[:i+1])
		}
	}
	if len(got) < 101 || len(got) > 101+4*WindowFactor {
		t.Fatalf("emitted %d items after cancelling at 100", len(got))
	}
}

func TestRunEmitErrorStops(t *testing.T) {
	boom := errors.New("broken pipe")
	n := 0
	err := Run(context.Background(), 2, feed(1000), func(_ context.Context, i int) int { return i }, func(int, int) error {
		n++
		if n == 10 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || n != 10 {
		t.Fatalf("err=%v after %d emits", err, n)
	}
}

func TestWithTimeout(t *testing.T) {
	ctx := context.Background()
	v, err := WithTimeout(ctx, time.Second, func(context.Context) (int, error) { return 7, nil })
	if v != 7 || err != nil {
		t.Fatalf("got %d, %v", v, err)
	}
	release := make(chan struct{})
	defer close(release)
	start := time.Now()
	_, err = WithTimeout(ctx, 20*time.Millisecond, func(context.Context) (int, error) { <-release; return 1, nil })
	if !errors.Is(err, ErrTimeout) || time.Since(start) > time.Second {
		t.Fatalf("err=%v after %v", err, time.Since(start))
	}
	_, err = WithTimeout(ctx, 0, func(context.Context) (int, error) { panic("bad page") })
	var pe *PanicError
	if !errors.As(err, &pe) || pe.Value != "bad page" {
		t.Fatalf("panic not turned into an error: %v", err)
	}
	cctx, cancel := context.WithCancel(ctx)
	cancel()
	_, err = WithTimeout(cctx, time.Second, func(c context.Context) (int, error) { <-c.Done(); return 0, c.Err() })
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err=%v, want Canceled", err)
	}
	// f sees its deadline (a fetch decides from it whether a retry still
	// fits), and its own deadline error is the budget's timeout.
	_, err = WithTimeout(ctx, time.Minute, func(c context.Context) (int, error) {
		if dl, ok := c.Deadline(); !ok || time.Until(dl) > time.Minute {
			t.Errorf("deadline %v, %v", dl, ok)
		}
		return 0, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	_, err = WithTimeout(ctx, 20*time.Millisecond, func(c context.Context) (int, error) { <-c.Done(); return 0, c.Err() })
	if !errors.Is(err, ErrTimeout) {
		t.Fatalf("err=%v, want ErrTimeout", err)
	}
}
