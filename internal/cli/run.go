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
	args := o.Args
	if len(args) == 0 && o.InputFile == "" {
		if s.InTTY {
			return usage(s, usagef("nothing to read: give a file, a directory, a URL or -, or pipe a page in"))
		}
		args = []string{"-"}
	}
	if o.InputFile == "-" && slices.Contains(args, "-") {
		return usage(s, usagef("standard input cannot hold both the --input-file list and a page"))
	}
	if o.StdinFormat == "jsonl" && !slices.Contains(args, "-") {
		return usage(s, usagef("--stdin-format jsonl describes standard input, which is not read here: add - to the inputs"))
	}
	if o.Jobs == 0 {
		o.Jobs = runtime.NumCPU()
	}
	stdin := bufio.NewReaderSize(s.In, 64<<10) // a WARC file on stdin is told by its start
	dirs := anyDir(args) || anyWARC(args, stdin, &o)
	multi := len(args) > 1 || o.InputFile != "" || o.StdinFormat == "jsonl" || dirs
	if o.ExplainHTML != "" && multi {
		return usage(s, usagef("--explain-html reports on one page: give one file, URL or -"))
	}

	w := &worker{o: &o, stdin: stdin, multi: multi, disabled: o.disabledRules(), rules: userRules}
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
	header, _ := o.header() // validated above
	w.client = fetch.New(fetch.Options{
		Timeout: o.Timeout, MaxBytes: o.MaxBytes, UserAgent: o.UserAgent, Header: header, PerHost: o.PerHost,
		AllowPrivateRedirects: o.AllowPrivateRedirects,
	})
	if err := checkPaths(&o, args); err != nil {
		return usage(s, err)
	}

	ctx, stopInputs := context.WithCancel(ctx)
	defer stopInputs()
	var sum batch.Summary
	inputs, err := newInputStream(ctx, args, &o, stdin, sum.NotPage)
	if err != nil {
		return usage(s, err)
	}
	if inputs.empty() && ctx.Err() == nil {
		if err := nothingToRead(&o, args); err != nil {
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
	var fails *failLog
	if o.FailLog != "" {
		f, err := newFailLog(o.FailLog)
		if err != nil {
			return usage(s, usagef("--fail-log: %v", err))
		}
		defer f.Close()
		fails = f
	}

	var prog *batch.Progress
	if o.Progress || (multi && s.ErrTTY && !o.Quiet) {
		total := len(args)
		if dirs || o.InputFile != "" || o.StdinFormat == "jsonl" {
			total = -1 // counted ahead, or as the listing proceeds
		}
		prog = batch.NewProgress(s.Err, s.color(), total)
		if total < 0 {
			go func() {
				if n := countAhead(ctx, args, &o); n >= 0 {
					prog.SetTotal(n)
				}
			}()
		}
	}
	defer prog.Stop()

	jobs := make(chan job)
	go func() {
		defer close(jobs)
		n := 0
		for in, ok := inputs.next(); ok; in, ok = inputs.next() {
			j := job{in: in}
			if w.outDir != nil {
				j.outPath = w.outDir.Path(batch.Target{Path: in.Path, Rel: in.Rel, URL: in.URL, ID: in.ID, Name: in.Name})
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

	out := &writer{o: &o, w: bufio.NewWriterSize(s.Out, 64<<10), multi: multi}
	emit := func(j job, r result) error {
		switch {
		case r.canceled:
			return nil
		case r.skipped:
			sum.Skipped()
			prog.Add(false)
			return nil
		case r.err != nil:
			sum.Fail(classify(r.err))
			prog.Add(true)
			prog.Println(s.Err, "pith: "+oneLine(j.in.Name)+": "+reason(r.err))
			if err := fails.add(j.in, r.err); err != nil {
				return fmt.Errorf("--fail-log: %w", err)
			}
		default:
			sum.OK()
			prog.Add(false)
		}
		if len(r.explain) > 0 {
			prog.Println(s.Err, strings.TrimSuffix(string(r.explain), "\n"))
		}
		if w.outDir != nil || r.out == nil {
			return nil
		}
		return out.article(j.in.Name, r.out)
	}
	if err := out.begin(); err != nil {
		return writeFailed(s, err)
	}
	runErr := batch.Run(ctx, o.Jobs, jobs, w.process, emit)
	stopInputs()
	interrupted := errors.Is(runErr, context.Canceled) || errors.Is(runErr, context.DeadlineExceeded)
	if runErr != nil && !interrupted {
		prog.Stop()
		return writeFailed(s, runErr)
	}
	if err := out.end(); err != nil {
		prog.Stop()
		return writeFailed(s, err)
	}
	prog.Stop()
	_, failed, _ := sum.Counts()
	if (multi || interrupted) && !o.Quiet {
		line := sum.Line(time.Since(start))
		if interrupted {
			line += " (interrupted)"
		}
		fmt.Fprintln(s.Err, line)
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
