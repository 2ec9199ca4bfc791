package cli

import (
	"bufio"
	"io"

	"github.com/pith-org/pith/internal/source"
)

// readPage reads a file or stream input, unwrapping a page saved as MHTML
// (then the page carries its own URL and charset): from the stream the
// listing opened when there is one, else from stdin when given (standard
// input), else from the file at in.Path.
func readPage(in source.Input, stdin io.Reader, maxBytes int64) (source.Page, error) {
	switch {
	case in.Stream != nil:
		if c, ok := in.Stream.(io.Closer); ok {
			defer c.Close()
		}
		return source.ReadPageFrom(in.Stream, maxBytes)
	case stdin != nil:
		return source.ReadPageFrom(stdin, maxBytes)
	}
	return source.ReadPage(in.Path, maxBytes)
}

// anyWARC reports whether an argument, or standard input when it is read
// as a page, is a WARC file: like a directory, it makes the run a batch
// of many pages, even for a single argument.
func anyWARC(args []string, stdin *bufio.Reader, o *Options) bool {
	for _, a := range args {
		switch {
		case source.IsURL(a):
		case a == "-":
			if o.StdinFormat != "jsonl" && o.InputFile != "-" && source.PeekWARC(stdin) {
				return true
			}
		case source.IsWARCFile(a):
			return true
		}
	}
	return false
}
