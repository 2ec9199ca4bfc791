package cli

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/batch"
	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/fetch"
	"github.com/pith-org/pith/internal/render"
	"github.com/pith-org/pith/internal/siterules"
	"github.com/pith-org/pith/internal/source"
)

// job is one input on its way through the pool.
type job struct {
	in      source.Input
	outPath string // --output-dir: the file to write, "" otherwise
}

// result is what a worker hands back to the writer, in input order.
type result struct {
	out      []byte // the rendered article (or JSON error object)
	explain  []byte // --explain for text formats: lines for stderr
	err      error  // the input failed
	skipped  bool   // --skip-existing: output already there
	written  bool   // --output-dir: out was stored in outPath
	canceled bool   // the run was interrupted before this input finished
}

// worker holds what every input's processing shares.
type worker struct {
	o       *Options
	mode    extract.Mode
	render  render.Options
	client  *fetch.Client
	stdin   io.Reader
	stdinMu sync.Mutex // "-" may be read once; guard against two "-" arguments
	stdinOK bool
	outDir  *batch.OutDir
	multi   bool // several inputs: json results go into an array

	disabled map[string]bool // rules switched off (--disable-rule)
	rules    *siterules.Set  // the user's selectors (--drop, --keep, rules files); nil when none
}

// process turns one input into its result. It never panics: a panic in
// extraction becomes the input's error.
func (w *worker) process(ctx context.Context, j job) result {
	if j.in.Err != nil {
		return w.fail(j, readError{j.in.Err})
	}
	if j.outPath != "" {
		if batch.SameFile(j.outPath, j.in.Path) {
			return w.fail(j, fmt.Errorf("output %s would overwrite the input", j.outPath))
		}
		if batch.Exists(j.outPath) {
			if w.o.SkipExisting {
				return result{skipped: true}
			}
			if !w.o.Force {
				return w.fail(j, fmt.Errorf("%s exists (use --force to replace it, --skip-existing to keep it)", j.outPath))
			}
		}
	}
	release := func() {}
	if j.in.Kind == source.URL {
		// An input queued behind others of its host waits for a slot
		// before its clock starts: --page-timeout bounds its own work.
		r, err := w.client.Slot(ctx, inputURL(j.in))
		if err != nil {
			if ctx.Err() != nil {
				return result{canceled: true}
			}
			return w.fail(j, err)
		}
		defer r()
		release = r
	}
	a, err := batch.WithTimeout(ctx, w.o.PageTimeout, func(ctx context.Context) (*article.Article, error) {
		return w.extract(ctx, j.in, release)
	})
	if errors.Is(err, batch.ErrTimeout) {
		err = pageTimeoutError{w.o.PageTimeout}
	}
	if err != nil {
		if ctx.Err() != nil {
			return result{canceled: true}
		}
		var found *article.Article
		if a != nil && errors.Is(err, extract.ErrNoArticle) {
			found = a // the page's metadata was read before no body was found
		}
		r := w.failWith(j, found, err)
		if a != nil && w.o.Explain && len(a.Explain) > 0 {
			// "no article found" is when users most need to know what
			// was dropped, and why.
			a.Source = j.in.Name
			r.explain = explainLines(a)
		}
		return r
	}
	a.Source = j.in.Name
	a.ID = j.in.IDJSON
	a.Fetched = j.in.Fetched

	var r result
	var buf bytes.Buffer
	ro := w.render
	if err := render.Render(&buf, w.o.Format, a, ro); err != nil {
		return w.fail(j, err)
	}
	r.out = buf.Bytes()
	if w.o.Explain && len(a.Explain) > 0 && w.o.Format != "json" && w.o.Format != "jsonl" {
		r.explain = explainLines(a)
	}
	if j.outPath != "" {
		if err := w.outDir.Write(j.outPath, r.out); err != nil {
			if errors.Is(err, batch.ErrExists) {
				err = fmt.Errorf("%s exists (use --force to replace it)", j.outPath)
			} else {
				err = fmt.Errorf("cannot write %s: %w", j.outPath, err)
			}
			return w.fail(j, err)
		}
		r.written = true
		r.out = nil
	}
	return r
}

// pageTimeoutError is an input that overran --page-timeout.
type pageTimeoutError struct{ d time.Duration }

func (e pageTimeoutError) Error() string {
	return fmt.Sprintf("timed out after %v (--page-timeout)", e.d)
}
func (e pageTimeoutError) Is(target error) bool { return target == batch.ErrTimeout }

// readError marks a failure to list or read an input (missing, unreadable,
// broken gzip, malformed record), so the summary counts it as such
// whatever the underlying error type.
type readError struct{ err error }

func (e readError) Error() string { return e.err.Error() }
func (e readError) Unwrap() error { return e.err }

// inputURL is the URL a URL input fetches.
func inputURL(in source.Input) string {
	if in.URL != "" {
		return in.URL
	}
	return in.Name
}

// extract reads or fetches the page and runs the extractor. A URL input
// holds its host's slot; release gives it back once the page is fetched.
func (w *worker) extract(ctx context.Context, in source.Input, release func()) (*article.Article, error) {
	raw := in.HTML
	pageURL := w.o.BaseURL
	contentType := ""
	switch in.Kind {
	case source.URL:
		resp, err := w.client.Fetch(ctx, inputURL(in))
		release()
		if err != nil {
			return nil, err
		}
		raw, pageURL, contentType = resp.Body, resp.URL, resp.ContentType
	case source.Record:
		if in.URL != "" {
			pageURL = in.URL
		}
	case source.Archived:
		if in.URL != "" {
			pageURL = in.URL
		}
		contentType = in.ContentType
	case source.Stdin:
		if raw == nil {
			w.stdinMu.Lock()
			if w.stdinOK {
				w.stdinMu.Unlock()
				return nil, errors.New("standard input was already read")
			}
			w.stdinOK = true
			p, err := readPage(in, w.stdin, w.o.MaxBytes)
			w.stdinMu.Unlock()
			if err != nil {
				return nil, readError{err}
			}
			raw, pageURL, contentType = p.HTML, cmp.Or(pageURL, p.URL), p.ContentType
		}
	default:
		if raw == nil {
			p, err := readPage(in, nil, w.o.MaxBytes)
			if err != nil {
				return nil, readError{err}
			}
			raw, pageURL, contentType = p.HTML, cmp.Or(pageURL, p.URL), p.ContentType
		}
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	eo := extract.Options{
		URL: pageURL, ContentType: contentType, NoFAQ: w.o.NoFAQ, Mode: w.mode, Explain: w.o.Explain,
		Disabled: w.disabled,
		Rules:    w.rules,
	}
	if w.o.ExplainHTML != "" {
		return w.explainHTML(ctx, in, raw, eo)
	}
	return extract.FromBytesContext(ctx, raw, eo)
}

// fail builds the result of a failed input: for json and jsonl an error
// object takes the article's place on stdout.
func (w *worker) fail(j job, err error) result { return w.failWith(j, nil, err) }

// failWith is fail for an input whose metadata was found (found, or nil
// when none was): the error object carries it, with empty body fields.
func (w *worker) failWith(j job, found *article.Article, err error) result {
	r := result{err: err}
	if w.o.Format == "json" || w.o.Format == "jsonl" {
		rec := article.Article{}
		if found != nil {
			rec = *found
		}
		rec.Source, rec.ID, rec.Fetched = j.in.Name, j.in.IDJSON, j.in.Fetched
		var buf bytes.Buffer
		if render.JSONError(&buf, &rec, errors.New(reason(err)), w.render) == nil {
			r.out = buf.Bytes()
		}
	}
	return r
}

// explainLines formats --explain for stderr when stdout holds text.
func explainLines(a *article.Article) []byte {
	var b bytes.Buffer
	for _, d := range a.Explain {
		verdict := "dropped"
		if d.Kept {
			verdict = "kept"
		}
		if d.Detail != "" {
			fmt.Fprintf(&b, "pith: %s: explain: %-7s %s [%s: %s]\n", a.Source, verdict, d.Region, d.Rule, d.Detail)
		} else {
			fmt.Fprintf(&b, "pith: %s: explain: %-7s %s [%s]\n", a.Source, verdict, d.Region, d.Rule)
		}
	}
	return b.Bytes()
}
