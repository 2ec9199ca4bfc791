package source

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/warc"
)

// sniffLen is how much of an input is read to tell a WARC file from a
// page: enough compressed bytes to inflate the version line.
const sniffLen = 4 << 10

// IsWARC reports whether head, the first bytes of an input, starts a WARC
// file, plain or gzip'd: told by content, whatever the name.
func IsWARC(head []byte) bool {
	if len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b {
		zr, err := gzip.NewReader(bytes.NewReader(head))
		if err != nil {
			return false
		}
		var buf [8]byte
		n, _ := io.ReadFull(zr, buf[:])
		head = buf[:n]
	}
	return warc.IsWARC(head)
}

// PeekWARC reports whether the stream br starts a WARC file, without
// taking anything from it.
func PeekWARC(br *bufio.Reader) bool {
	head, _ := br.Peek(min(sniffLen, br.Size()))
	return IsWARC(head)
}

// IsWARCFile reports whether the file at path is a WARC file. Only
// regular files are looked at: reading the start of a pipe would take it
// from the page.
func IsWARCFile(path string) bool {
	fi, err := os.Stat(path)
	if err != nil || !fi.Mode().IsRegular() {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, sniffLen)
	n, _ := io.ReadFull(f, head)
	return IsWARC(head[:n])
}

// file emits a file input, or the pages of the WARC file it turns out to
// be. A file that cannot be opened is emitted as it is: reading it then
// reports the problem the same way for every kind of file.
func (e *expander) file(in Input, regular bool) bool {
	f, err := os.Open(in.Path)
	if err != nil {
		return e.emit(in)
	}
	if !regular {
		// A pipe (pith <(zcat crawl.warc.gz)): what is read to tell the
		// format is gone from it, so the page is read on from here.
		br := bufio.NewReaderSize(f, sniffLen)
		head, _ := br.Peek(sniffLen)
		if IsWARC(head) {
			defer f.Close()
			return e.archive(in.Name, br)
		}
		in.Stream = readCloser{br, f}
		return e.emit(in)
	}
	head := make([]byte, sniffLen)
	n, _ := io.ReadFull(f, head)
	if IsWARC(head[:n]) {
		defer f.Close()
		if _, err := f.Seek(0, io.SeekStart); err != nil {
			in.Err = plainErr(err)
			return e.emit(in)
		}
		return e.archive(in.Name, f)
	}
	f.Close()
	return e.emit(in)
}

// stdin emits standard input as one page, or as the WARC file it holds.
func (e *expander) stdin() bool {
	// A *bufio.Reader the caller already peeked into is used as it is.
	br := bufio.NewReaderSize(e.o.Stdin, sniffLen)
	if PeekWARC(br) {
		return e.archive("-", br)
	}
	return e.emit(Input{Name: "-", Kind: Stdin, Stream: br})
}

type readCloser struct {
	io.Reader
	io.Closer
}

// archive emits the pages of a WARC file in record order, one at a time:
// a page is read only when the stream takes the one before, so memory is
// bounded by the pages in flight, not by the file. Records that hold no
// page are counted through OnSkip; damaged records are error inputs, and
// reading goes on after them.
func (e *expander) archive(name string, r io.Reader) bool {
	rd := warc.NewReader(r)
	for {
		if e.ctx.Err() != nil {
			return false
		}
		rec, err := rd.Next()
		if err == io.EOF {
			return true
		}
		if err != nil {
			var re *warc.RecordError
			if !errors.As(err, &re) {
				return e.emit(Input{Name: name, Kind: Archived, Archive: name, Err: fmt.Errorf("reading WARC: %w", plainErr(err))})
			}
			if !e.emit(Input{Name: recordName(name, re.Offset, re.Index), Kind: Archived, Archive: name, Err: re.Err}) {
				return false
			}
			continue
		}
		in, skip := e.page(name, rec)
		if skip != nil {
			if e.o.OnSkip != nil {
				e.o.OnSkip()
			}
			continue
		}
		if !e.emit(in) {
			return false
		}
	}
}

// page makes the input of one record, or says why the record holds no
// page.
func (e *expander) page(name string, rec *warc.Record) (Input, *warc.NotPageError) {
	in := Input{Name: recordName(name, rec.Offset, rec.Index), Kind: Archived, Archive: name}
	p, err := warc.ReadPage(rec, e.o.MaxBytes)
	var np *warc.NotPageError
	switch {
	case errors.As(err, &np):
		return in, np
	case errors.Is(err, warc.ErrTooLarge):
		in.Err = &TooLargeError{Limit: e.o.MaxBytes}
	case err != nil:
		in.Err = err
	default:
		in.URL, in.Fetched, in.ContentType, in.HTML = p.URL, p.Date, p.ContentType, p.Body
	}
	return in, nil
}

// recordName names a WARC record FILE#OFFSET, OFFSET being where its
// gzip member (or, in a plain file, the record) starts: what a CDX index
// gives, and what -i reads back to retry that record alone. Records
// after the first in one gzip member, which only a file compressed as a
// single stream has, are FILE#OFFSET+N.
func recordName(file string, off int64, idx int) string {
	if file == "-" {
		file = "stdin"
	}
	s := file + "#" + strconv.FormatInt(off, 10)
	if idx > 0 {
		s += "+" + strconv.Itoa(idx)
	}
	return s
}

// recordRef is a parsed FILE#OFFSET[+N].
type recordRef struct {
	file   string
	offset int64
	index  int
}

func parseRecordRef(s string) (recordRef, bool) {
	i := strings.LastIndexByte(s, '#')
	if i <= 0 {
		return recordRef{}, false
	}
	offs, idxs, hasIdx := strings.Cut(s[i+1:], "+")
	off, err := strconv.ParseInt(offs, 10, 64)
	if err != nil || off < 0 || strings.HasPrefix(offs, "+") {
		return recordRef{}, false
	}
	idx := 0
	if hasIdx {
		if idx, err = strconv.Atoi(idxs); err != nil || idx < 1 || strings.HasPrefix(idxs, "+") {
			return recordRef{}, false
		}
	}
	return recordRef{file: s[:i], offset: off, index: idx}, true
}

// archivedRecord emits the one record a FILE#OFFSET name gives, as the
// retry of a failed record does: a seek, not a reading of the file.
func (e *expander) archivedRecord(name string, ref recordRef) bool {
	in := Input{Name: name, Kind: Archived, Archive: ref.file}
	f, err := os.Open(ref.file)
	if err != nil {
		in.Err = plainErr(err)
		return e.emit(in)
	}
	defer f.Close()
	in, err = e.recordAt(in, f, ref)
	if err != nil {
		in.Err = err
	}
	return e.emit(in)
}

func (e *expander) recordAt(in Input, f *os.File, ref recordRef) (Input, error) {
	rd, err := warc.NewReaderAt(f, ref.offset)
	if err != nil {
		return in, plainErr(err)
	}
	for {
		rec, err := rd.Next()
		var re *warc.RecordError
		switch {
		case errors.As(err, &re) && re.Offset == ref.offset && re.Index == ref.index:
			if errors.Is(re.Err, warc.ErrCorrupt) && ref.index == 0 {
				return in, fmt.Errorf("no WARC record at offset %d (%w)", ref.offset, re.Err)
			}
			return in, re.Err
		case err == nil && rec.Offset == ref.offset && rec.Index < ref.index:
			continue
		case err != nil || rec.Offset != ref.offset || rec.Index != ref.index:
			return in, fmt.Errorf("no WARC record at offset %d", ref.offset)
		}
		p, skip := e.page(ref.file, rec)
		if skip != nil {
			// Asked for by name, so an error rather than a skip.
			return in, &decode.NotHTMLError{Type: skip.Reason}
		}
		p.Name = in.Name
		return p, p.Err
	}
}
