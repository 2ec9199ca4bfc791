package cancel

import (
	"context"
	"errors"
	"testing"
)

func TestNilPointNeverStops(t *testing.T) {
	for _, tc := range []struct {
		name string
		ctx  context.Context
	}{
		{"nil context", nil},
		{"background", context.Background()},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := New(tc.ctx)
			if p != nil {
				t.Fatalf("New(%s) = %v, want nil", tc.name, p)
			}
			for i := 0; i < 3*interval; i++ {
				p.Check()
			}
			p.Now()
			if p.Err() != nil {
				t.Errorf("Err() = %v", p.Err())
			}
		})
	}
}

func run(p *Point, calls int) (n int, err error) {
	defer Recover(&err)
	for n = 0; n < calls; n++ {
		p.Check()
	}
	return n, nil
}

func TestCheckStopsWithinAnInterval(t *testing.T) {
	ctx, stop := context.WithCancel(context.Background())
	p := New(ctx)
	if n, err := run(p, 5*interval); err != nil || n != 5*interval {
		t.Fatalf("live context: %d calls, err %v", n, err)
	}
	stop()
	n, err := run(p, 5*interval)
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if n >= interval {
		t.Errorf("stopped after %d calls, want fewer than %d", n, interval)
	}
}

func TestRecoverPassesOtherPanics(t *testing.T) {
	defer func() {
		if r := recover(); r != "boom" {
			t.Errorf("recover() = %v, want the original panic", r)
		}
	}()
	var err error
	func() {
		defer Recover(&err)
		panic("boom")
	}()
	t.Error("the panic was swallowed")
}

// Err returns the context's error, without stopping.
func (p *Point) Err() error {
	if p == nil {
		return nil
	}
	return p.ctx.Err()
}
