package cli

import (
	"io"
	"os"

	"github.com/mattn/go-isatty"
)

// IOStreams is the process's standard streams and what is known about
// them. Run reads and writes only through it, so tests pass buffers and
// pretend to be a terminal or not.
type IOStreams struct {
	In  io.Reader
	Out io.Writer
	Err io.Writer

	InTTY, OutTTY, ErrTTY bool

	// Getenv reads the environment (NO_COLOR); nil means os.Getenv.
	Getenv func(string) string
}

// StdStreams returns the real standard streams.
func StdStreams() IOStreams {
	return IOStreams{
		In: os.Stdin, Out: os.Stdout, Err: os.Stderr,
		InTTY:  isTerminal(os.Stdin),
		OutTTY: isTerminal(os.Stdout),
		ErrTTY: isTerminal(os.Stderr),
		Getenv: os.Getenv,
	}
}

func isTerminal(f *os.File) bool {
	return isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd())
}

func (s IOStreams) getenv(k string) string {
	if s.Getenv == nil {
		return os.Getenv(k)
	}
	return s.Getenv(k)
}

// color reports whether colour may be used on stderr: only on a terminal,
// and never when NO_COLOR is set to anything (https://no-color.org).
func (s IOStreams) color() bool {
	return s.ErrTTY && s.getenv("NO_COLOR") == ""
}
