// Package source turns command-line arguments into a stream of inputs:
// files, directories (walked lazily), standard input, URLs, lists of those
// (--input-file) and JSON Lines records on standard input. It never holds
// more than one page: files are only listed here and read by the caller
// with ReadPage, one at a time.
package source

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
)

// Kind tells how an Input is to be read.
type Kind int

const (
	File   Kind = iota // a path on disk: ReadPage(Path)
	Stdin              // standard input: ReadPageFrom(stdin)
	URL                // fetch URL
	Record             // a JSON Lines record: HTML is already in memory
)

// Archived is a page out of a WARC file: HTML is already in memory.
const Archived Kind = Record + 1

// Input is one page to process.
type Input struct {
	Name string // as the user gave it; directory members: the file's path; records: the id or "stdin:LINE"; WARC pages: FILE#OFFSET
	Kind Kind
	Path string // File: path on disk
	Rel  string // directory members: path relative to the directory argument; "" otherwise
	URL  string // URL kind, or the record's url
	ID   string // Record: its id
	// IDJSON is a record's id as it came, JSON text: a string literal or
	// a number, so that the answer echoes it with its type.
	IDJSON string
	HTML   []byte // Record: its html
	Err    error  // non-nil when the input already failed while listing

	// Archived pages: what the WARC record says besides the page.
	ContentType string // the HTTP Content-Type, for the charset
	Fetched     string // WARC-Date, when the page was captured
	Archive     string // the WARC file as named ("-": standard input)

	// Stream, when set, is the page already opened by the listing (a
	// pipe, standard input, whose start was read to tell its format): the
	// page is read from it, not from Path.
	Stream io.Reader
}

// Options configure Expand.
type Options struct {
	InputFile  string    // --input-file: paths and URLs one a line; "-" reads the list from Stdin
	StdinJSONL bool      // "-" means JSON Lines records ({"html":…, "url":…, "id":…}) rather than one page
	Stdin      io.Reader // nil means os.Stdin
	MaxBytes   int64     // limit for one record's html; <= 0 means DefaultMaxBytes
	OnSkip     func()    // called for each WARC record that holds no page (a request, an image…); may be nil
}

// Expand streams inputs in argument order, then those of the input file,
// on the returned channel, and closes it when done or when ctx is
// cancelled. A directory yields its HTML files recursively, sorted by name
// within each directory, hidden entries skipped. Problems with one input
// (a missing path, an unreadable directory, a symlink loop, a bad record)
// become an Input with Err set, so a batch goes on. Usage errors (an
// unreadable --input-file, standard input used twice) are returned before
// streaming starts.
//
// With no arguments and no input file the stream is empty: whether to read
// standard input then is the caller's decision (it knows about terminals).
func Expand(ctx context.Context, args []string, o Options) (<-chan Input, error) {
	if o.Stdin == nil {
		o.Stdin = os.Stdin
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	stdinUses := 0
	for _, a := range args {
		if a == "-" {
			stdinUses++
		}
	}
	if o.InputFile == "-" {
		stdinUses++
	}
	if stdinUses > 1 {
		return nil, errors.New("standard input can be used only once (\"-\" given more than once)")
	}

	var list io.Reader
	var closeList func() error
	switch o.InputFile {
	case "":
	case "-":
		list = o.Stdin
	default:
		f, err := os.Open(o.InputFile)
		if err != nil {
			return nil, fmt.Errorf("--input-file %s: %w", o.InputFile, plainErr(err))
		}
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			f.Close()
			return nil, fmt.Errorf("--input-file %s: is a directory", o.InputFile)
		}
		list, closeList = f, f.Close
	}

	ch := make(chan Input)
	e := &expander{ctx: ctx, ch: ch, o: o}
	go func() {
		defer close(ch)
		if closeList != nil {
			defer closeList()
		}
		for _, a := range args {
			if !e.arg(a, true) {
				return
			}
		}
		if list != nil {
			e.list(list)
		}
	}()
	return ch, nil
}

type expander struct {
	ctx context.Context
	ch  chan<- Input
	o   Options
}

// emit sends in on the stream; false means the consumer went away.
func (e *expander) emit(in Input) bool {
	// Checked first: select picks at random among ready cases, so with a
	// reader still draining the channel a cancelled walk would go on
	// sending for a while.
	if e.ctx.Err() != nil {
		return false
	}
	select {
	case e.ch <- in:
		return true
	case <-e.ctx.Done():
		return false
	}
}

// arg expands one argument or list entry.
func (e *expander) arg(a string, stdinOK bool) bool {
	switch {
	case a == "-" && stdinOK:
		if e.o.StdinJSONL {
			return e.records(e.o.Stdin)
		}
		return e.stdin()
	case a == "-":
		return e.emit(Input{Name: "-", Kind: Stdin, Err: errors.New(`"-" cannot be used inside --input-file`)})
	case IsURL(a):
		return e.emit(Input{Name: a, Kind: URL, URL: a})
	}
	fi, err := os.Stat(a)
	if err != nil {
		if ref, ok := parseRecordRef(a); ok {
			return e.archivedRecord(a, ref)
		}
		return e.emit(Input{Name: a, Kind: File, Path: a, Err: plainErr(err)})
	}
	if fi.IsDir() {
		return e.walk(a, fi)
	}
	return e.file(Input{Name: a, Kind: File, Path: a}, fi.Mode().IsRegular())
}

// list expands an --input-file: one path or URL a line, blank lines and
// lines starting with '#' ignored, surrounding spaces trimmed; a line in
// double quotes is a Go string literal.
func (e *expander) list(r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if q, err := strconv.Unquote(line); err == nil && line[0] == '"' {
			line = q // a name with a newline or spaces, as --fail-log writes it
		}
		if !e.arg(line, false) {
			return
		}
	}
	if err := sc.Err(); err != nil {
		e.emit(Input{Name: e.o.InputFile, Kind: File, Path: e.o.InputFile, Err: fmt.Errorf("reading --input-file: %w", plainErr(err))})
	}
}

// IsURL reports whether s is to be fetched rather than opened: it starts
// with http:// or https:// (any letter case). A malformed URL is still a
// URL; the fetcher reports what is wrong with it.
func IsURL(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// plainErr drops the "op path:" prefix of file-system errors: the caller
// names the input already, and "pith: a.html: open a.html: permission
// denied" says the path twice. errors.Is still sees the cause.
func plainErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
