// Package limitread reads a page body whole, up to a size limit, in
// memory close to the body's size.
//
// io.ReadAll grows one buffer by a quarter at a time, each growth a new
// buffer and a copy: reading a body of the limit's size or more allocated
// 4-5 times the limit, and a job's peak memory was 2.6-3 times
// --max-bytes (2.7 GB at --max-bytes 1GiB). Read keeps what it has read
// in chunks that double in size and are never copied until the end, so a
// body over the limit is refused having held no more than the limit, and
// a body within it is held at most twice, during the one final copy; a
// known size (a regular file, a Content-Length) is read straight into a
// buffer of that size.
package limitread

import (
	"io"
	"os"
)

// firstChunk is the size of the first chunk when the size is unknown:
// most pages fit in it, and need no final copy.
const firstChunk = 64 << 10

// Read reads r to its end and returns its bytes, or over when it holds
// more than limit bytes, having read limit+1 of them. hint is the size r
// is expected to have (0 when unknown): a hint within the limit sizes
// the buffer. The error is r's, other than io.EOF; what was read before
// it is returned with it.
func Read(r io.Reader, limit, hint int64) (data []byte, over bool, err error) {
	limit = max(limit, 0)
	// One more byte than the limit tells a body at the limit from one
	// over it; one more than the hint tells the end of a body that
	// grew from one that did not.
	want := limit + 1
	size := int64(firstChunk)
	if hint > 0 && hint < want {
		size = hint + 1
	}
	var chunks [][]byte
	var total int64
	for total < want {
		buf := make([]byte, min(size, want-total))
		n, err := fill(r, buf)
		total += int64(n)
		if n > 0 {
			chunks = append(chunks, buf[:n])
		}
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return join(chunks, total), false, err
		}
		size = min(2*size, 64<<20)
	}
	return nil, true, nil
}

// fill reads into buf until it is full or r fails; unlike io.ReadFull it
// passes r's own io.ErrUnexpectedEOF on (a truncated gzip stream) rather
// than making one of an early io.EOF.
func fill(r io.Reader, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := r.Read(buf[n:])
		n += m
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// join returns the chunks as one slice: the chunk itself when there is
// one, else a copy.
func join(chunks [][]byte, total int64) []byte {
	switch len(chunks) {
	case 0:
		return []byte{}
	case 1:
		return chunks[0]
	}
	out := make([]byte, 0, total)
	for i, c := range chunks {
		out = append(out, c...)
		chunks[i] = nil // the collector may take it back during the copy
	}
	return out
}

// SizeHint is the size of f when it is a regular file, else 0.
func SizeHint(f *os.File) int64 {
	fi, err := f.Stat()
	if err != nil || !fi.Mode().IsRegular() {
		return 0
	}
	return fi.Size()
}
