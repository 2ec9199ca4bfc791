package cli

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// Set at build time, e.g.
//
//	go build -ldflags "-X github.com/pith-org/pith/internal/cli.version=v1.2.0 -X github.com/pith-org/pith/internal/cli.commit=abc1234"
//
// When unset they fall back to what the Go toolchain stamped into the
// binary (module version, VCS revision).
var (
	version = ""
	commit  = ""
)

// versionString is what `pith --version` prints.
func versionString() string {
	v, c, date, dirty := version, commit, "", false
	if info, ok := debug.ReadBuildInfo(); ok {
		if v == "" && info.Main.Version != "" {
			v = info.Main.Version
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				if c == "" {
					c = s.Value
				}
			case "vcs.time":
				date = s.Value
			case "vcs.modified":
				dirty = s.Value == "true"
			}
		}
	}
	if v == "" {
		v = "(devel)"
	}
	if len(c) > 12 {
		c = c[:12]
	}
	if c == "" {
		c = "unknown"
	}
	if dirty {
		c += "-dirty"
	}
	s := fmt.Sprintf("pith %s\ncommit %s", v, c)
	if date != "" {
		s += " (" + date + ")"
	}
	return s + fmt.Sprintf("\n%s %s/%s\n", runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
