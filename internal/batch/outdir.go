package batch

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
)

// Target describes one input for naming its output file.
type Target struct {
	Path string // file on disk ("-" for standard input), "" for URLs and records
	Rel  string // directory members: path relative to the directory argument
	URL  string // URL inputs, or a record's url
	ID   string // stdin record id
	Name string // the input's display name, the last resort
}

// OutDir names and writes the one-file-per-input outputs of --output-dir.
//
// Names: a directory member mirrors its relative path (site/a/page.html →
// DIR/a/page.md); a URL becomes host/path (https://x.org/news/item →
// DIR/x.org/news/item.md, a trailing slash gives index, a query adds a
// short hash of it); a stdin record its id; a plain file its base name;
// standard input "stdin". Two inputs that would get the same name within
// one run get -2, -3… in input order, so names are stable across reruns of
// the same command (what --skip-existing relies on).
//
// Files are written atomically: into a hidden temporary file in the target
// directory, then renamed. So a file that exists is complete, which is
// what lets --skip-existing resume an interrupted batch. A temporary file
// left by a killed process (SIGKILL cannot be caught) is hidden and never
// taken for an output. Data is not fsynced: atomic with respect to the
// process, not to power loss, which is the trade-off for 100,000-file runs.
type OutDir struct {
	Root  string // absolute
	Ext   string // with the dot: ".md"
	Force bool   // replace existing files

	root *os.Root // all writes go through it: nothing escapes Root

	mu    sync.Mutex
	names nameMemory
}

// ErrExists is returned by Write when the file exists and Force is off.
var ErrExists = errors.New("exists")

// NewOutDir prepares root (created if missing) for outputs with extension
// ext, and removes the temporary files a killed run left in it.
func NewOutDir(root, ext string, force bool) (*OutDir, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		return nil, fmt.Errorf("cannot create output directory: %w", unwrapPath(err))
	}
	r, err := os.OpenRoot(abs)
	if err != nil {
		return nil, fmt.Errorf("cannot open output directory: %w", unwrapPath(err))
	}
	removeStaleTemps(abs)
	return &OutDir{Root: abs, Ext: ext, Force: force, root: r}, nil
}

// Close releases the output directory.
func (d *OutDir) Close() error { return d.root.Close() }

// htmlExts are the extensions an output name drops before adding its own.
var htmlExts = []string{".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".jsp", ".mhtml", ".mht"}

func stripExt(name string) string {
	lower := strings.ToLower(name)
	if strings.HasSuffix(lower, ".gz") {
		name, lower = name[:len(name)-3], lower[:len(lower)-3]
	}
	for _, e := range htmlExts {
		if strings.HasSuffix(lower, e) && len(name) > len(e) {
			return name[:len(name)-len(e)]
		}
	}
	return name
}

// Path returns the absolute output path for t, unique within this run
// (among the last nameWindow names given, which bounds memory however
// many inputs a run has). Call it in input order.
func (d *OutDir) Path(t Target) string {
	rel := shortenRel(d.relName(t))
	d.mu.Lock()
	defer d.mu.Unlock()
	return filepath.Join(d.Root, filepath.FromSlash(d.names.unique(rel, d.Ext)))
}

// relName is the slash-separated name without extension.
func (d *OutDir) relName(t Target) string {
	switch {
	case t.Rel != "":
		return cleanRel(stripExt(filepath.ToSlash(t.Rel)))
	case t.ID != "":
		return cleanRel(t.ID)
	case t.Path == "-":
		return "stdin"
	case t.Path != "":
		return cleanRel(stripExt(filepath.Base(t.Path)))
	case t.URL != "":
		return urlName(t.URL)
	}
	return cleanRel(t.Name)
}

func urlName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return cleanRel(raw)
	}
	p := u.EscapedPath()
	if up, err := url.PathUnescape(p); err == nil {
		p = up
	}
	if p == "" || strings.HasSuffix(p, "/") {
		p += "index"
	}
	name := stripExt(strings.ReplaceAll(u.Host, ":", "_") + "/" + strings.TrimPrefix(p, "/"))
	if u.RawQuery != "" {
		h := fnv.New32a()
		h.Write([]byte(u.RawQuery))
		name += fmt.Sprintf("-%08x", h.Sum32())
	}
	return cleanRel(name)
}

// cleanRel makes a slash path safe to join under the root: no absolute
// path, no "..", no empty or dot segments, no characters that some file
// systems refuse, no hidden names (those are for temporary files).
func cleanRel(p string) string {
	var out []string
	for _, seg := range strings.Split(p, "/") {
		if seg == "" || seg == "." {
			continue
		}
		if seg == ".." {
			seg = "_"
		}
		seg = strings.Map(func(r rune) rune {
			switch {
			case r < 0x20 || r == 0x7f:
				return '_'
			case strings.ContainsRune(`\:*?"<>|`, r):
				return '_'
			}
			return r
		}, seg)
		if strings.HasPrefix(seg, ".") {
			seg = "_" + seg[1:]
		}
		// Windows refuses a trailing dot or space and the device names
		// (con.md as much as con), wherever the files are copied later.
		if last := seg[len(seg)-1]; last == '.' || last == ' ' {
			seg = seg[:len(seg)-1] + "_"
		}
		if windowsDevice(seg) {
			seg = "_" + seg
		}
		if len(seg) > 200 { // most file systems cap a name at 255 bytes
			h := fnv.New32a()
			h.Write([]byte(seg))
			seg = fmt.Sprintf("%s-%08x", truncUTF8(seg, 180), h.Sum32())
		}
		out = append(out, seg)
	}
	if len(out) == 0 {
		return "page"
	}
	return path.Join(out...)
}

// windowsDevice reports a name Windows reserves for a device, whatever
// its extension: CON, PRN, AUX, NUL, COM1-9, LPT1-9.
func windowsDevice(seg string) bool {
	base, _, _ := strings.Cut(strings.ToUpper(seg), ".")
	switch base {
	case "CON", "PRN", "AUX", "NUL":
		return true
	}
	return len(base) == 4 && (strings.HasPrefix(base, "COM") || strings.HasPrefix(base, "LPT")) && base[3] >= '1' && base[3] <= '9'
}

// maxRel bounds an output's relative path, in bytes: a URL deep enough to
// pass the OS path limit (4096 on Linux) would fail after its directories
// were made. Under it, tools that take whole paths still work.
const maxRel = 1000

// shortenRel keeps the leading segments and the last one of an overlong
// path, and puts a hash of the whole in place of the rest, so distinct
// long paths stay distinct.
func shortenRel(rel string) string {
	if len(rel) <= maxRel {
		return rel
	}
	segs := strings.Split(rel, "/")
	last := segs[len(segs)-1]
	h := fnv.New64a()
	h.Write([]byte(rel))
	mark := fmt.Sprintf("_%016x", h.Sum64())
	budget := maxRel - len(last) - len(mark) - 2
	var out []string
	for _, seg := range segs[:len(segs)-1] {
		if budget -= len(seg) + 1; budget < 0 {
			break
		}
		out = append(out, seg)
	}
	return strings.Join(append(out, mark, last), "/")
}

func truncUTF8(s string, n int) string {
	for n > 0 && n < len(s) && s[n]&0xc0 == 0x80 {
		n--
	}
	return s[:n]
}

// Exists reports whether the output file at p is already there (and so,
// being written atomically, complete).
func Exists(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

// Inside reports whether file lies inside the directory dir (absolute).
func Inside(dir, file string) bool {
	abs, err := filepath.Abs(file)
	if err != nil {
		return false
	}
	rel, err := filepath.Rel(dir, abs)
	return err == nil && filepath.IsLocal(rel)
}

// SameFile reports whether writing to out would replace the input file in.
func SameFile(out, in string) bool {
	if in == "" || in == "-" {
		return false
	}
	ao, err1 := filepath.Abs(out)
	ai, err2 := filepath.Abs(in)
	if err1 == nil && err2 == nil && ao == ai {
		return true
	}
	fo, err1 := os.Stat(out)
	fi, err2 := os.Stat(in)
	return err1 == nil && err2 == nil && os.SameFile(fo, fi)
}

// Write stores data at p atomically, creating parent directories. It
// refuses to replace an existing file unless d.Force is set, and to write
// anywhere outside d.Root, through a symbolic link or otherwise.
func (d *OutDir) Write(p string, data []byte) error {
	rel, err := filepath.Rel(d.Root, p)
	if err != nil || !filepath.IsLocal(rel) {
		return errors.New("outside the output directory")
	}
	if dir := filepath.Dir(rel); dir != "." {
		if err := d.root.MkdirAll(dir, 0o755); err != nil {
			return unwrapPath(err)
		}
	}
	if !d.Force {
		if _, err := d.root.Lstat(rel); err == nil {
			return ErrExists
		}
	}
	f, tmp, err := d.createTemp(rel)
	if err != nil {
		return unwrapPath(err)
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = d.root.Rename(tmp, rel)
	}
	if err != nil {
		d.root.Remove(tmp)
		return unwrapPath(err)
	}
	return nil
}

// unwrapPath drops the operation and path from a *fs.PathError when the
// caller already names the file in its message.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
