package cli

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/pith-org/pith/internal/source"
)

// failLog is the --fail-log file: the failed inputs in a form that
// `pith -i FILE` reads back. Each failure is a `# reason` comment line
// followed by the input on its own line, so a rerun retries exactly the
// failures while the reasons stay visible to a reader:
//
//	# pith: failed inputs; rerun them with: pith -i THIS_FILE
//	# HTTP 503 Service Unavailable
//	https://example.org/a
//	# no article found
//	site/b.html
//
// A WARC record is listed as FILE#OFFSET, which -i reads back as that
// one record. A stdin record cannot be read back from a list, so it
// appears as a comment only. Each line is written as it happens: a killed batch keeps
// the failures it saw.
type failLog struct {
	mu sync.Mutex
	f  *os.File
}

func newFailLog(path string) (*failLog, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if _, err := f.WriteString("# pith: failed inputs; rerun them with: pith -i THIS_FILE\n"); err != nil {
		f.Close()
		return nil, err
	}
	return &failLog{f: f}, nil
}

// add records one failure; a nil log ignores it.
func (l *failLog) add(in source.Input, err error) error {
	if l == nil {
		return nil
	}
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n", reason(err))
	name := in.Name
	switch {
	case in.Kind == source.Record:
		fmt.Fprintf(&b, "# (stdin record) %s\n", oneLine(name))
	case in.Kind == source.Archived && in.Archive == "-":
		fmt.Fprintf(&b, "# (WARC record on stdin) %s\n", oneLine(name))
	case in.Kind == source.URL:
		fmt.Fprintf(&b, "%s\n", strings.TrimSpace(oneLine(name)))
	case name == "-":
		b.WriteString("# (standard input)\n")
	default:
		// -i trims lines, skips those starting with # and reads a line
		// in double quotes as a Go string: quote a name it would not
		// read back as it is (a newline in it would also split it).
		if strings.HasPrefix(name, "#") || strings.HasPrefix(name, `"`) || strings.TrimSpace(name) != name ||
			strings.ContainsFunc(name, unicode.IsControl) {
			name = strconv.Quote(name)
		}
		fmt.Fprintf(&b, "%s\n", name)
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	_, werr := l.f.WriteString(b.String())
	return werr
}

func (l *failLog) Close() error { return l.f.Close() }
