package batch

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Progress keeps one updating status line on a terminal: done/total, rate,
// failures, elapsed time and ETA. A nil *Progress is valid and does
// nothing, so callers need not test whether progress is on.
//
// Other writes to the same terminal (error lines) must go through Println,
// which clears the status line first and redraws it after, so the two
// never interleave mid-line.
type Progress struct {
	w     io.Writer
	color bool
	start time.Time
	every time.Duration

	mu         sync.Mutex
	done       int
	failed     int
	total      int // -1 while unknown
	shown      bool
	stopped    bool
	stop       chan struct{}
	tickerDone chan struct{}
}

// NewProgress starts a progress line on w, redrawn a few times a second.
// total is the number of inputs, or -1 while it is not known yet (a
// directory still being listed). color adds colour to the failure count;
// the caller decides it (terminal, NO_COLOR).
func NewProgress(w io.Writer, color bool, total int) *Progress {
	p := &Progress{
		w: w, color: color, start: time.Now(), every: 200 * time.Millisecond,
		total: total, stop: make(chan struct{}), tickerDone: make(chan struct{}),
	}
	p.mu.Lock()
	p.draw() // at once: a short batch should still show it was seen
	p.mu.Unlock()
	go p.loop()
	return p
}

func (p *Progress) loop() {
	defer close(p.tickerDone)
	t := time.NewTicker(p.every)
	defer t.Stop()
	for {
		select {
		case <-p.stop:
			return
		case <-t.C:
			p.mu.Lock()
			p.draw()
			p.mu.Unlock()
		}
	}
}

// Add records one finished input.
func (p *Progress) Add(failed bool) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.done++
	if failed {
		p.failed++
	}
	p.mu.Unlock()
}

// SetTotal sets the number of inputs once it is known.
func (p *Progress) SetTotal(n int) {
	if p == nil {
		return
	}
	p.mu.Lock()
	p.total = n
	p.mu.Unlock()
}

// Println writes one line (a newline is added) above the status line.
func (p *Progress) Println(w io.Writer, line string) {
	if p == nil {
		fmt.Fprintln(w, line)
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.clear()
	fmt.Fprintln(w, line)
	p.draw()
}

// Stop removes the status line for good. It is safe to call twice.
func (p *Progress) Stop() {
	if p == nil {
		return
	}
	p.mu.Lock()
	if p.stopped {
		p.mu.Unlock()
		return
	}
	p.stopped = true
	close(p.stop)
	p.mu.Unlock()
	<-p.tickerDone
	p.mu.Lock()
	p.clear()
	p.mu.Unlock()
}

func (p *Progress) clear() {
	if p.shown {
		io.WriteString(p.w, "\r\x1b[K")
		p.shown = false
	}
}

func (p *Progress) draw() {
	if p.stopped {
		return
	}
	io.WriteString(p.w, "\r\x1b[K"+p.line(time.Since(p.start)))
	p.shown = true
}

// line renders the status text for the given elapsed time; p.mu is held.
func (p *Progress) line(elapsed time.Duration) string {
	var b strings.Builder
	b.WriteString("pith: ")
	b.WriteString(Thousands(p.done))
	if p.total >= 0 {
		b.WriteByte('/')
		b.WriteString(Thousands(p.total))
	}
	b.WriteString(" done")
	secs := elapsed.Seconds()
	if secs > 0 && p.done > 0 {
		fmt.Fprintf(&b, ", %.1f/s", float64(p.done)/secs)
	}
	if p.failed > 0 {
		f := Thousands(p.failed) + " failed"
		if p.color {
			f = "\x1b[31m" + f + "\x1b[0m"
		}
		b.WriteString(", ")
		b.WriteString(f)
	}
	b.WriteString(", ")
	b.WriteString(clock(elapsed))
	if p.total > 0 && p.done > 0 && p.done < p.total && secs > 0 {
		left := time.Duration(float64(p.total-p.done) / (float64(p.done) / secs) * float64(time.Second))
		b.WriteString(", ETA ")
		b.WriteString(clock(left))
	}
	return b.String()
}

// clock formats a duration as m:ss or h:mm:ss.
func clock(d time.Duration) string {
	d = d.Round(time.Second)
	h := int(d / time.Hour)
	m := int(d % time.Hour / time.Minute)
	s := int(d % time.Minute / time.Second)
	if h > 0 {
		return fmt.Sprintf("%d:%02d:%02d", h, m, s)
	}
	return fmt.Sprintf("%d:%02d", m, s)
}
