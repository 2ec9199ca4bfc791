package cli

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/pith-org/pith/internal/batch"
	"github.com/pith-org/pith/internal/source"
)

// checkPaths refuses, before any work, an output that would hide or
// destroy the inputs: an output directory holding an input directory
// (each page would be skipped as one of pith's own outputs), a fail log
// that is the input list (emptied before it is read) or an input.
func checkPaths(o *Options, args []string) error {
	if o.OutputDir != "" {
		out := realPath(o.OutputDir)
		for _, a := range args {
			if a == "-" || source.IsURL(a) {
				continue
			}
			if fi, err := os.Stat(a); err == nil && fi.IsDir() && batch.Inside(out, realPath(a)) {
				return usagef("--output-dir %s holds the input directory %s: choose one that does not contain it (beside it or inside it)", o.OutputDir, a)
			}
		}
	}
	if o.FailLog != "" {
		if o.InputFile != "" && o.InputFile != "-" && batch.SameFile(o.FailLog, o.InputFile) {
			return usagef("--fail-log %s is the --input-file: it would be emptied before it is read", o.FailLog)
		}
		for _, a := range args {
			if a != "-" && !source.IsURL(a) && batch.SameFile(o.FailLog, a) {
				return usagef("--fail-log %s is one of the inputs", o.FailLog)
			}
		}
	}
	return nil
}

// realPath is p absolute with symbolic links resolved, as far as it
// exists.
func realPath(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if r, err := filepath.EvalSymlinks(abs); err == nil {
		return r
	}
	return abs
}

// inputStream is the stream of inputs that become jobs: a walk does not
// read back pith's own outputs (a rerun of -f html -o out . would
// otherwise take them for pages).
type inputStream struct {
	ch      <-chan source.Input
	outRoot string // absolute --output-dir, "" without one
	peeked  *source.Input
}

func newInputStream(ctx context.Context, args []string, o *Options, stdin io.Reader, onSkip func()) (*inputStream, error) {
	ch, err := source.Expand(ctx, args, source.Options{
		InputFile: o.InputFile, StdinJSONL: o.StdinFormat == "jsonl", Stdin: stdin, MaxBytes: o.MaxBytes,
		OnSkip: onSkip,
	})
	if err != nil {
		return nil, err
	}
	st := &inputStream{ch: ch}
	if o.OutputDir != "" {
		st.outRoot, _ = filepath.Abs(o.OutputDir)
	}
	return st, nil
}

func (st *inputStream) next() (source.Input, bool) {
	if p := st.peeked; p != nil {
		st.peeked = nil
		return *p, true
	}
	for in := range st.ch {
		if st.outRoot != "" && in.Rel != "" && batch.Inside(st.outRoot, in.Path) {
			continue
		}
		return in, true
	}
	return source.Input{}, false
}

// empty reports whether the stream holds no input at all, keeping the
// first one for next.
func (st *inputStream) empty() bool {
	in, ok := st.next()
	if ok {
		st.peeked = &in
	}
	return !ok
}

// nothingToRead is the usage error of a command line whose directories
// hold no page, or nil when the line named something else (a list may be
// empty: a rerun of a fail log with nothing in it has nothing to do).
func nothingToRead(o *Options, args []string) error {
	if o.InputFile != "" || len(args) == 0 || slices.ContainsFunc(args, func(a string) bool { return a == "-" || source.IsURL(a) }) {
		return nil
	}
	verb := "holds"
	if len(args) > 1 {
		verb = "hold"
	}
	return usagef("nothing to read: %s %s no HTML file", strings.Join(args, ", "), verb)
}

// countAhead lists the inputs a second time, without reading them, so
// that the progress line has a total and an ETA from the start, and
// returns their number; -1 when they cannot be listed twice (standard
// input holds the list or the records).
func countAhead(ctx context.Context, args []string, o *Options) int {
	if o.InputFile == "-" || (o.StdinFormat == "jsonl" && slices.Contains(args, "-")) {
		return -1
	}
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	st, err := newInputStream(ctx, args, o, nil, nil)
	if err != nil {
		return -1
	}
	n := 0
	for in, ok := st.next(); ok; in, ok = st.next() {
		if in.Archive != "" {
			// A crawl's pages are counted only by reading it whole.
			return -1
		}
		n++
	}
	if ctx.Err() != nil {
		return -1
	}
	return n
}
