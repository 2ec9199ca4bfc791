package batch

import (
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
)

// nameWindow is how many output names a run remembers to keep them
// unique. Names that collide (a.html and a.htm, a URL listed twice) are
// near each other in practice; remembering all of them would make memory
// grow with the number of inputs. A repeat beyond the window is not
// numbered: without --force it fails as existing, so nothing is lost.
const nameWindow = 1 << 16

// nameMemory makes output names unique within a window of recent names.
// It keeps 64-bit hashes, not the names, and forgets the oldest first.
type nameMemory struct {
	seed maphash.Seed
	used map[uint64]bool
	ring []uint64 // used's keys in the order given, for forgetting
	pos  int
	// next remembers where the numbering of each repeated name stopped,
	// so that thousands of inputs named "index" cost one probe each, not
	// a scan. It only saves work: cleared when it grows past the window.
	next map[uint64]int
}

// unique returns rel+ext, or rel-N+ext with the first N from 2 not given
// yet, and remembers it.
func (m *nameMemory) unique(rel, ext string) string {
	if m.used == nil {
		m.seed = maphash.MakeSeed()
		m.used = map[uint64]bool{}
		m.next = map[uint64]int{}
		m.ring = make([]uint64, 0, 1024)
	}
	cand := rel + ext
	key := maphash.String(m.seed, cand)
	if m.used[key] {
		rk := maphash.String(m.seed, rel)
		n := m.next[rk]
		for m.used[key] {
			n = max(n+1, 2)
			cand = fmt.Sprintf("%s-%d%s", rel, n, ext)
			key = maphash.String(m.seed, cand)
		}
		if len(m.next) >= nameWindow {
			clear(m.next)
		}
		m.next[rk] = n
	}
	m.remember(key)
	return cand
}

func (m *nameMemory) remember(key uint64) {
	if len(m.ring) < nameWindow {
		m.ring = append(m.ring, key)
	} else {
		delete(m.used, m.ring[m.pos])
		m.ring[m.pos] = key
		m.pos = (m.pos + 1) % nameWindow
	}
	m.used[key] = true
}

// Temporary files are hidden and tagged with the writing process's id:
// ".NAME.PID-N.pith-tmp". A run removes those whose process is gone (a
// SIGKILL cannot be caught) and keeps those of a live process: two runs
// may write into one directory.
const tempSuffix = ".pith-tmp"

var tempSeq atomic.Uint64

// createTemp creates a new temporary file next to rel.
func (d *OutDir) createTemp(rel string) (*os.File, string, error) {
	dir, base := filepath.Split(rel)
	for {
		tmp := filepath.Join(dir, fmt.Sprintf(".%s.%d-%d%s", base, os.Getpid(), tempSeq.Add(1), tempSuffix))
		f, err := d.root.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if !errors.Is(err, fs.ErrExist) {
			return f, tmp, err
		}
	}
}

// removeStaleTemps deletes the temporary files of dead runs under root.
// Hidden directories are not pith's and are not entered.
func removeStaleTemps(root string) {
	filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		name := e.Name()
		if e.IsDir() {
			if p != root && strings.HasPrefix(name, ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(name, ".") && strings.HasSuffix(name, tempSuffix) && e.Type().IsRegular() && !tempOfLiveRun(name) {
			os.Remove(p)
		}
		return nil
	})
}

// tempOfLiveRun reports whether a temporary file's name carries the id
// of a process still running. Names without one come from before they
// were tagged.
func tempOfLiveRun(name string) bool {
	tag := strings.TrimSuffix(name, tempSuffix)
	tag = tag[strings.LastIndexByte(tag, '.')+1:]
	pidText, _, ok := strings.Cut(tag, "-")
	pid, err := strconv.Atoi(pidText)
	if !ok || err != nil || pid <= 0 {
		return false
	}
	if pid == os.Getpid() {
		return true
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	// Only a definite "no such process" counts: a process of another
	// user (EPERM), or a system that cannot tell, is taken as live.
	return !errors.Is(err, os.ErrProcessDone) && !errors.Is(err, syscall.ESRCH)
}
