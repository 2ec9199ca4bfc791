package source

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
)

// errSymlinkLoop marks a symbolic link that leads back into a directory
// being walked.
var errSymlinkLoop = errors.New("symbolic link loop")

// htmlExts are the file name extensions a directory walk picks up, each
// optionally followed by ".gz": pages, saved pages (MHTML) and crawls
// (WARC).
var htmlExts = []string{".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".mht", ".warc"}

// IsHTMLName reports whether a file name has the extension of a page, a
// saved page or a crawl, possibly gzip-compressed (page.html.gz,
// crawl.warc.gz).
func IsHTMLName(name string) bool {
	l := strings.ToLower(name)
	l = strings.TrimSuffix(l, ".gz")
	for _, ext := range htmlExts {
		if strings.HasSuffix(l, ext) {
			return true
		}
	}
	return false
}

// walk emits the HTML files under root depth-first, in name order within
// each directory. Only one directory listing per level is held, so a huge
// tree streams. Symbolic links are followed, except into a directory that
// is already being walked (a loop), which becomes an error input.
func (e *expander) walk(root string, rootInfo os.FileInfo) bool {
	return e.walkDir(root, "", []os.FileInfo{rootInfo})
}

func (e *expander) walkDir(dir, rel string, ancestors []os.FileInfo) bool {
	entries, err := os.ReadDir(dir)
	if err != nil && len(entries) == 0 {
		return e.emit(Input{Name: dir, Kind: File, Path: dir, Rel: rel, Err: plainErr(err)})
	}
	for _, de := range entries {
		name := de.Name()
		if strings.HasPrefix(name, ".") {
			continue
		}
		path := filepath.Join(dir, name)
		relPath := filepath.Join(rel, name)
		typ := de.Type()
		if typ&os.ModeSymlink != 0 {
			fi, err := os.Stat(path)
			if err != nil {
				// A dangling or self-referencing link: report it only if
				// it looks like a page, so a stray link to elsewhere does
				// not clutter the output.
				if IsHTMLName(name) {
					if !e.emit(Input{Name: path, Kind: File, Path: path, Rel: relPath, Err: plainErr(err)}) {
						return false
					}
				}
				continue
			}
			typ = fi.Mode().Type()
		}
		switch {
		case typ.IsDir():
			fi, err := os.Stat(path)
			if err != nil {
				if !e.emit(Input{Name: path, Kind: File, Path: path, Rel: relPath, Err: plainErr(err)}) {
					return false
				}
				continue
			}
			if inside(fi, ancestors) {
				if !e.emit(Input{Name: path, Kind: File, Path: path, Rel: relPath, Err: errSymlinkLoop}) {
					return false
				}
				continue
			}
			if !e.walkDir(path, relPath, append(ancestors, fi)) {
				return false
			}
		case typ.IsRegular() && IsHTMLName(name):
			if !e.file(Input{Name: path, Kind: File, Path: path, Rel: relPath}, true) {
				return false
			}
		}
	}
	if err != nil {
		// ReadDir returns what it could read along with the error.
		return e.emit(Input{Name: dir, Kind: File, Path: dir, Rel: rel, Err: plainErr(err)})
	}
	return true
}

func inside(fi os.FileInfo, ancestors []os.FileInfo) bool {
	for _, a := range ancestors {
		if os.SameFile(fi, a) {
			return true
		}
	}
	return false
}
