package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/pith-org/pith/internal/batch"
	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/fetch"
	"github.com/pith-org/pith/internal/render"
	"github.com/pith-org/pith/internal/siterules"
	"github.com/pith-org/pith/internal/source"
)

// Run does what o says, reading and writing only through s, and returns
// the exit status. Cancelling ctx (SIGINT, SIGTERM) stops it cleanly:
// inputs already being worked on finish and are written, files are never
// left half-written, the summary is printed and the status is 130.
func Run(ctx context.Context, o Options, s IOStreams) int {
	start := time.Now()
	if err := o.validate(); err != nil {
		return usage(s, err)
	}
	if o.ListRules {
		if err := listRules(s.Out); err != nil {
			return ExitFailed
		}
		return ExitOK
	}
	userRules, err := o.userRules(os.Getenv)
	if err != nil {
		return usage(s, err)
	}
	p, err := planInputs(&o, s)
	if err != nil {
		return usage(s, err)
	}
	w := newWorker(&o, s, p, userRules)
	if err := checkPaths(&o, p.args); err != nil {
		return usage(s, err)
	}

	ctx, stopInputs := context.WithCancel(ctx)
	defer stopInputs()
	c := &collector{s: s, o: &o, out: &writer{o: &o, w: bufio.NewWriterSize(s.Out, 64<<10), multi: p.multi}}
	inputs, err := newInputStream(ctx, p.args, &o, p.stdin, c.sum.NotPage)
	if err != nil {
		return usage(s, err)
	}
	if inputs.empty() && ctx.Err() == nil {
		if err := nothingToRead(&o, p.args); err != nil {
			return usage(s, err)
		}
	}
	if o.OutputDir != "" {
		d, err := batch.NewOutDir(o.OutputDir, render.Ext(o.Format), o.Force)
		if err != nil {
			return usage(s, usagef("%s: %v", o.OutputDir, err))
		}
		defer d.Close()
		w.outDir = d
	}
	if o.FailLog != "" {
		f, err := newFailLog(o.FailLog)
		if err != nil {
			return usage(s, usagef("--fail-log: %v", err))
		}
		defer f.Close()
		c.fails = f
	}
	c.prog = newProgress(ctx, &o, s, p)
	defer c.prog.Stop()

	jobs := feed(ctx, inputs, w.outDir, c.prog)
	if err := c.out.begin(); err != nil {
		return writeFailed(s, err)
	}
	runErr := batch.Run(ctx, o.Jobs, jobs, w.process, c.emit)
	stopInputs()
	return c.finish(runErr, p.multi, time.Since(start))
}

// inputPlan is what the command line asks to read.
type inputPlan struct {
	args  []string
	stdin *bufio.Reader
	dirs  bool // a directory or a crawl: the inputs are listed as the run goes
	multi bool // several inputs: framed output, a summary line
}

// planInputs reads the inputs off the command line and refuses the
// combinations that cannot work.
func planInputs(o *Options, s IOStreams) (*inputPlan, error) {
	args := o.Args
	if len(args) == 0 && o.InputFile == "" {
		if s.InTTY {
			return nil, usagef("nothing to read: give a file, a directory, a URL or -, or pipe a page in")
		}
		args = []string{"-"}
	}
	if o.InputFile == "-" && slices.Contains(args, "-") {
		return nil, usagef("standard input cannot hold both the --input-file list and a page")
	}
	if o.StdinFormat == "jsonl" && !slices.Contains(args, "-") {
		return nil, usagef("--stdin-format jsonl describes standard input, which is not read here: add - to the inputs")
	}
	if o.Jobs == 0 {
		o.Jobs = runtime.NumCPU()
	}
	p := &inputPlan{args: args, stdin: bufio.NewReaderSize(s.In, 64<<10)} // a WARC file on stdin is told by its start
	p.dirs = anyDir(args) || anyWARC(args, p.stdin, o)
	p.multi = len(args) > 1 || o.InputFile != "" || o.StdinFormat == "jsonl" || p.dirs
	if o.ExplainHTML != "" && p.multi {
		return nil, usagef("--explain-html reports on one page: give one file, URL or -")
	}
	return p, nil
}

// newWorker sets up what every input's processing shares: the mode, the
// rendering, the user's rules and the HTTP client.
func newWorker(o *Options, s IOStreams, p *inputPlan, userRules *siterules.Set) *worker {
	w := &worker{o: o, stdin: p.stdin, multi: p.multi, disabled: o.disabledRules(), rules: userRules}
	switch {
	case o.Precision:
		w.mode = extract.Precision
	case o.Recall:
		w.mode = extract.Recall
	}
	w.render = render.Options{
		Width: o.Width, BodyOnly: o.BodyOnly, NoLinks: o.NoLinks, NoImages: o.NoImages,
		Pretty: o.Format == "json" && s.OutTTY, NoFrontMatter: o.FrontMatter == "none",
	}
	header, _ := o.header() // validated by o.validate
	w.client = fetch.New(fetch.Options{
		Timeout: o.Timeout, MaxBytes: o.MaxBytes, UserAgent: o.UserAgent, Header: header, PerHost: o.PerHost,
		AllowPrivateRedirects: o.AllowPrivateRedirects,
	})
	return w
}

// newProgress returns the progress line of a batch on a terminal (or
// asked for), nil otherwise. Its total is counted ahead when the inputs
// are listed as the run goes.
func newProgress(ctx context.Context, o *Options, s IOStreams, p *inputPlan) *batch.Progress {
	if !o.Progress && (!p.multi || !s.ErrTTY || o.Quiet) {
		return nil
	}
	total := len(p.args)
	if p.dirs || o.InputFile != "" || o.StdinFormat == "jsonl" {
		total = -1 // counted ahead, or as the listing proceeds
	}
	prog := batch.NewProgress(s.Err, s.color(), total)
	if total < 0 {
		go func() {
			if n := countAhead(ctx, p.args, o); n >= 0 {
				prog.SetTotal(n)
			}
		}()
	}
	return prog
}

// feed turns the inputs into jobs, until they run out or ctx is done,
// and then gives the progress line its total.
func feed(ctx context.Context, inputs *inputStream, outDir *batch.OutDir, prog *batch.Progress) <-chan job {
	jobs := make(chan job)
	go func() {
		defer close(jobs)
		n := 0
		for in, ok := inputs.next(); ok; in, ok = inputs.next() {
			j := job{in: in}
			if outDir != nil {
				j.outPath = outDir.Path(batch.Target{Path: in.Path, Rel: in.Rel, URL: in.URL, ID: in.ID, Name: in.Name})
			}
			select {
			case jobs <- j:
				n++
			case <-ctx.Done():
				return
			}
		}
		prog.SetTotal(n)
	}()
	return jobs
}

// collector takes the results in input order: it counts them, reports
// failures and explanations on stderr, and writes the articles.
type collector struct {
	s     IOStreams
	o     *Options
	out   *writer
	sum   batch.Summary
	prog  *batch.Progress
	fails *failLog
}

func (c *collector) emit(j job, r result) error {
	switch {
	case r.canceled:
		return nil
	case r.skipped:
		c.sum.Skipped()
		c.prog.Add(false)
		return nil
	case r.err != nil:
		c.sum.Fail(classify(r.err))
		c.prog.Add(true)
		c.prog.Println(c.s.Err, "pith: "+oneLine(j.in.Name)+": "+reason(r.err))
		if err := c.fails.add(j.in, r.err); err != nil {
			return fmt.Errorf("--fail-log: %w", err)
		}
	default:
		c.sum.OK()
		c.prog.Add(false)
	}
	if len(r.explain) > 0 {
		c.prog.Println(c.s.Err, strings.TrimSuffix(string(r.explain), "\n"))
	}
	if c.o.OutputDir != "" || r.out == nil {
		return nil
	}
	return c.out.article(j.in.Name, r.out)
}

// finish closes the output, prints the summary line and returns the
// exit status.
func (c *collector) finish(runErr error, multi bool, elapsed time.Duration) int {
	interrupted := errors.Is(runErr, context.Canceled) || errors.Is(runErr, context.DeadlineExceeded)
	if runErr != nil && !interrupted {
		c.prog.Stop()
		return writeFailed(c.s, runErr)
	}
	if err := c.out.end(); err != nil {
		c.prog.Stop()
		return writeFailed(c.s, err)
	}
	c.prog.Stop()
	_, failed, _ := c.sum.Counts()
	if (multi || interrupted) && !c.o.Quiet {
		line := c.sum.Line(elapsed)
		if interrupted {
			line += " (interrupted)"
		}
		fmt.Fprintln(c.s.Err, line)
	}
	switch {
	case interrupted:
		return ExitInterrupted
	case failed > 0:
		return ExitFailed
	}
	return ExitOK
}

// anyDir reports whether an argument names a directory: then the run is a
// batch even when the directory holds one page.
func anyDir(args []string) bool {
	for _, a := range args {
		if a == "-" || source.IsURL(a) {
			continue
		}
		if fi, err := os.Stat(a); err == nil && fi.IsDir() {
			return true
		}
	}
	return false
}

func usage(s IOStreams, err error) int {
	fmt.Fprintf(s.Err, "pith: %s\nRun 'pith --help' for usage.\n", oneLine(err.Error()))
	return ExitUsage
}

func writeFailed(s IOStreams, err error) int {
	fmt.Fprintf(s.Err, "pith: %s\n", oneLine(err.Error()))
	return ExitFailed
}

// oneLine keeps a name or message on one line of stderr.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// writer frames the articles on stdout: a JSON array for several json
// results, `==> SOURCE <==` headers for several text, markdown or html
// articles, nothing else. It flushes after every article so pith works as
// a pipe filter that answers each record as soon as it is done.
type writer struct {
	o     *Options
	w     *bufio.Writer
	multi bool
	n     int
}

func (w *writer) array() bool { return w.multi && w.o.Format == "json" && w.o.OutputDir == "" }

func (w *writer) begin() error {
	if w.array() {
		_, err := w.w.WriteString("[")
		return err
	}
	return nil
}

func (w *writer) article(name string, body []byte) error {
	switch {
	case w.array():
		sep := ",\n"
		if w.n == 0 {
			sep = "\n"
		}
		w.w.WriteString(sep)
		w.w.Write(trimNewline(body))
	case w.multi && w.o.Format != "jsonl":
		if w.n > 0 {
			w.w.WriteByte('\n')
		}
		fmt.Fprintf(w.w, "==> %s <==\n", oneLine(name))
		w.w.Write(body)
		if len(body) > 0 && body[len(body)-1] != '\n' {
			w.w.WriteByte('\n')
		}
	default:
		w.w.Write(body)
	}
	w.n++
	return w.w.Flush()
}

func (w *writer) end() error {
	if w.array() {
		if w.n > 0 {
			w.w.WriteString("\n")
		}
		w.w.WriteString("]\n")
	}
	return w.w.Flush()
}

func trimNewline(b []byte) []byte {
	for len(b) > 0 && (b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}
