// Package warc reads WARC files (ISO 28500, WARC/1.0 and WARC/1.1) as a
// stream of records, plain or compressed one gzip member per record (the
// layout every crawler writes), without holding more than one record's
// header in memory: a record's content block is read from the stream by
// the caller, or skipped.
//
// A record is addressed by its Offset in the file: where its gzip member
// starts in a .warc.gz, where the record starts in a plain .warc. That is
// the offset CDX indexes give, so OpenAt finds it again with one seek.
// A gzip member that holds several records (a whole .warc compressed as
// one stream) is not the standard layout but is read too; its records
// after the first are told apart by Index.
//
// Damage is reported per record and reading goes on where the format
// allows it: at the next gzip member, or at the next "WARC/" line of a
// plain file.
package warc

import (
	"bufio"
	"bytes"
	"compress/flate"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// maxHeaderBytes bounds one record's header: real ones are a few hundred
// bytes; a bound keeps a corrupt file from making a line of gigabytes.
const maxHeaderBytes = 256 << 10

// Record is one WARC record. Block is valid until the next call of Next.
type Record struct {
	Offset  int64  // see the package comment
	Index   int    // records before this one in the same gzip member (0 for the standard layout)
	Version string // "WARC/1.0", "WARC/1.1"
	Header  textproto.MIMEHeader
	Length  int64     // Content-Length: the size of Block
	Block   io.Reader // the content block, exactly Length bytes

	reported bool // ReadPage already returned this record's damage
}

// Type returns WARC-Type ("response", "request", "warcinfo"…), lower case.
func (r *Record) Type() string { return strings.ToLower(r.Header.Get("WARC-Type")) }

// RecordError is damage confined to one record: the reader resumes after it.
type RecordError struct {
	Offset int64
	Index  int
	Err    error
}

func (e *RecordError) Error() string { return e.Err.Error() }
func (e *RecordError) Unwrap() error { return e.Err }

// Errors a RecordError wraps.
var (
	ErrTruncated = errors.New("truncated WARC record")
	ErrCorrupt   = errors.New("corrupt WARC record")
)

// IsWARC reports whether head, the first bytes of a file after any gzip
// decompression, starts a WARC record.
func IsWARC(head []byte) bool {
	return bytes.HasPrefix(head, []byte("WARC/1.")) || bytes.HasPrefix(head, []byte("WARC/0."))
}

// Reader reads records one after the other.
type Reader struct {
	raw  *counter      // the file, counting what the decompressor took
	gz   *gzip.Reader  // nil for a plain WARC
	rd   *bufio.Reader // the uncompressed data of the current member (or file)
	pos  int64         // bytes of rd consumed: plain files only
	base int64         // offset of the current gzip member

	inMember int  // records already read in the current member
	open     bool // a gzip member is being read
	pending  *Record
	done     bool
}

// NewReader reads records from r, compressed or not (told by magic). The
// offsets it reports count from where r starts.
func NewReader(r io.Reader) *Reader {
	return newReader(r, 0)
}

// NewReaderAt reads records from offset off of r, a record's Offset: its
// first record is the one there (or, for Index > 0, the Index-th after it
// in the same gzip member).
func NewReaderAt(r io.ReadSeeker, off int64) (*Reader, error) {
	if _, err := r.Seek(off, io.SeekStart); err != nil {
		return nil, err
	}
	return newReader(r, off), nil
}

func newReader(r io.Reader, base int64) *Reader {
	c := &counter{br: bufio.NewReaderSize(r, 64<<10), n: base}
	rd := &Reader{raw: c}
	if head, _ := c.br.Peek(2); len(head) == 2 && head[0] == 0x1f && head[1] == 0x8b {
		rd.gz = new(gzip.Reader)
	} else {
		rd.rd = c.br
		rd.pos = base
	}
	return rd
}

// Next returns the next record, io.EOF at the end, or a *RecordError for
// a damaged record (call Next again to go on). Another error is a failure
// to read the file: reading cannot go on.
func (r *Reader) Next() (*Record, error) {
	if err := r.finish(); err != nil {
		return nil, err
	}
	if r.done {
		return nil, io.EOF
	}
	if r.gz == nil {
		return r.nextPlain()
	}
	return r.nextGzip()
}

// finish skips what the caller left of the previous record's block and
// reads the CRLF CRLF that closes it.
func (r *Reader) finish() error {
	rec := r.pending
	if rec == nil {
		return nil
	}
	r.pending = nil
	err := rec.drain()
	if err == nil {
		err = r.closing()
	}
	if err == nil {
		return nil
	}
	err = r.damaged(rec.Offset, rec.Index, err)
	var re *RecordError
	if rec.reported && errors.As(err, &re) {
		return nil // ReadPage returned it as the page's error
	}
	return err
}

// drain reads the rest of the block: nil when it was whole, else the
// read error or ErrTruncated.
func (rec *Record) drain() error {
	if _, err := io.Copy(io.Discard, rec.Block); err != nil {
		return err
	}
	if left := rec.Block.(*io.LimitedReader).N; left > 0 {
		return fmt.Errorf("%w: %d of %d bytes", ErrTruncated, rec.Length-left, rec.Length)
	}
	return nil
}

// closing reads the line ends after a block: lenient about bare LFs, and
// about the pair missing at the very end of a file or member; anything
// else means the Content-Length was wrong, and the next record starts
// elsewhere.
func (r *Reader) closing() error {
	for range 4 {
		b, err := r.rd.Peek(1)
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		if b[0] != '\r' && b[0] != '\n' {
			if isRecordStart(r.rd) {
				return nil
			}
			return fmt.Errorf("%w: block does not end where Content-Length says", ErrCorrupt)
		}
		r.discard(1)
	}
	return nil
}

// damaged turns a failure inside a record into a *RecordError and moves
// the reader to the next record it can find. A read error that is neither
// the data's end nor damage (a failing disk) is returned as it is.
func (r *Reader) damaged(off int64, idx int, err error) error {
	mine := errors.Is(err, ErrCorrupt) || errors.Is(err, ErrTruncated)
	switch {
	case mine:
		// The data reads but is misframed: look for the next record in it.
		if !r.skipToRecord() {
			if r.gz != nil {
				r.open = false
			} else {
				r.done = true
			}
		}
	case r.gz != nil && isGzipDamage(err):
		// The compressed stream is broken: this member is lost, the next
		// one can still be read.
		err = gzipErr(err)
		r.open = false
		if !r.raw.skipTo(gzipMagic) {
			r.done = true
		}
	case errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF):
		err = ErrTruncated
		r.done = true
	default:
		r.done = true
		return err
	}
	return &RecordError{Offset: off, Index: idx, Err: err}
}

var gzipMagic = []byte{0x1f, 0x8b, 8}

func (r *Reader) nextPlain() (*Record, error) {
	if !r.skipBlankLines() {
		r.done = true
		return nil, io.EOF
	}
	off := r.pos
	rec, err := r.header()
	if err != nil {
		return nil, r.damaged(off, 0, err)
	}
	rec.Offset = off
	return r.body(rec), nil
}

func (r *Reader) nextGzip() (*Record, error) {
	for {
		if !r.open {
			r.base = r.raw.n
			if _, err := r.raw.br.Peek(1); err != nil {
				r.done = true
				if err == io.EOF {
					return nil, io.EOF
				}
				return nil, err
			}
			if err := r.gz.Reset(r.raw); err != nil {
				if !isGzipDamage(err) {
					r.done = true
					return nil, err
				}
				// Not a member here: trailing junk, or a member whose
				// header is damaged. Find the next one.
				off := r.base
				r.raw.discard(1)
				if !r.raw.skipTo(gzipMagic) {
					r.done = true
				}
				return nil, &RecordError{Offset: off, Err: fmt.Errorf("%w (no gzip member at this offset)", ErrCorrupt)}
			}
			r.gz.Multistream(false)
			if r.rd == nil {
				r.rd = bufio.NewReaderSize(r.gz, 32<<10)
			} else {
				r.rd.Reset(r.gz)
			}
			r.open, r.inMember = true, 0
		}
		if ok, err := r.moreInMember(); err != nil {
			return nil, r.damaged(r.base, r.inMember, err)
		} else if !ok {
			r.open = false
			continue
		}
		idx := r.inMember
		r.inMember++
		rec, err := r.header()
		if err != nil {
			return nil, r.damaged(r.base, idx, err)
		}
		rec.Offset, rec.Index = r.base, idx
		return r.body(rec), nil
	}
}

// moreInMember skips line ends after a member's last record and reports
// whether another record follows in the member.
func (r *Reader) moreInMember() (bool, error) {
	for {
		b, err := r.rd.Peek(1)
		if err == io.EOF {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		if b[0] != '\r' && b[0] != '\n' {
			return true, nil
		}
		r.discard(1)
	}
}

// skipBlankLines consumes line ends between records of a plain file;
// false at the end of the data.
func (r *Reader) skipBlankLines() bool {
	ok, err := r.moreInMember()
	return ok && err == nil
}

// header reads the version line and the named fields.
func (r *Reader) header() (*Record, error) {
	size := 0
	first := true
	rec := &Record{Header: textproto.MIMEHeader{}}
	var last string
	for {
		line, err := r.line(&size)
		if err != nil {
			if err == io.EOF {
				return nil, fmt.Errorf("%w: header ends early", ErrTruncated)
			}
			return nil, err
		}
		if first {
			// Checked before reading on, so that a stray line costs only
			// itself and the record after it is still found.
			if !IsWARC([]byte(line)) {
				return nil, fmt.Errorf("%w: no WARC version line", ErrCorrupt)
			}
			rec.Version, first = strings.TrimSpace(line), false
			continue
		}
		if line == "" {
			break
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			vs := rec.Header[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(line)
			continue
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("%w: bad header line %q", ErrCorrupt, clip(line))
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		rec.Header[last] = append(rec.Header[last], strings.TrimSpace(value))
	}
	n, err := strconv.ParseInt(rec.Header.Get("Content-Length"), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("%w: bad Content-Length %q", ErrCorrupt, clip(rec.Header.Get("Content-Length")))
	}
	rec.Length = n
	return rec, nil
}

// line reads one header line without its end, adding its length to size
// and refusing to go past maxHeaderBytes.
func (r *Reader) line(size *int) (string, error) {
	var line []byte
	for {
		chunk, err := r.rd.ReadSlice('\n')
		r.pos += int64(len(chunk))
		*size += len(chunk)
		if *size > maxHeaderBytes {
			return "", fmt.Errorf("%w: header too long", ErrCorrupt)
		}
		line = append(line, chunk...)
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && len(line) > 0:
			return "", fmt.Errorf("%w: header ends early", ErrTruncated)
		case err != nil:
			return "", err
		}
		return strings.TrimRight(string(line), "\r\n"), nil
	}
}

// body attaches the content block to rec; Next skips what is left of it.
func (r *Reader) body(rec *Record) *Record {
	var src io.Reader = r.rd
	if r.gz == nil {
		src = &posReader{r}
	}
	rec.Block = &io.LimitedReader{R: src, N: rec.Length}
	r.pending = rec
	return rec
}

func (r *Reader) discard(n int) {
	d, _ := r.rd.Discard(n)
	r.pos += int64(d)
}

func isRecordStart(br *bufio.Reader) bool {
	b, _ := br.Peek(len("WARC/1."))
	return IsWARC(b)
}

// skipToRecord moves to the next line that starts a record, within the
// uncompressed data; false when the data (or member) ends first.
func (r *Reader) skipToRecord() bool {
	if isRecordStart(r.rd) {
		return true
	}
	for {
		buf, err := r.rd.Peek(r.rd.Size())
		if i := bytes.Index(buf, []byte("\nWARC/")); i >= 0 {
			r.discard(i + 1)
			return true
		}
		if err != nil {
			r.discard(len(buf))
			return false
		}
		r.discard(len(buf) - len("\nWARC/") + 1)
	}
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// isGzipDamage tells damage to the compressed data from an I/O error.
func isGzipDamage(err error) bool {
	var ce flate.CorruptInputError
	return errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) ||
		errors.Is(err, gzip.ErrHeader) || errors.As(err, &ce)
}

func gzipErr(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w (gzip member ends early)", ErrTruncated)
	}
	return fmt.Errorf("%w (%v)", ErrCorrupt, err)
}

// posReader counts the block bytes a plain reader hands out.
type posReader struct{ r *Reader }

func (p *posReader) Read(b []byte) (int, error) {
	n, err := p.r.rd.Read(b)
	p.r.pos += int64(n)
	return n, err
}

// counter reads the raw file for the decompressor, counting the bytes it
// takes. It is an io.ByteReader, so flate reads through it byte-exactly
// and a member's end is a true offset in the file.
type counter struct {
	br *bufio.Reader
	n  int64
}

func (c *counter) Read(p []byte) (int, error) {
	n, err := c.br.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *counter) ReadByte() (byte, error) {
	b, err := c.br.ReadByte()
	if err == nil {
		c.n++
	}
	return b, err
}

func (c *counter) discard(n int) {
	d, _ := c.br.Discard(n)
	c.n += int64(d)
}

// skipTo moves to the next occurrence of magic; false at the end of data.
func (c *counter) skipTo(magic []byte) bool {
	for {
		buf, err := c.br.Peek(c.br.Size())
		if i := bytes.Index(buf, magic); i >= 0 {
			c.discard(i)
			return true
		}
		if err != nil {
			c.discard(len(buf))
			return false
		}
		c.discard(len(buf) - len(magic) + 1)
	}
}
