package cli

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/pith-org/pith/internal/siterules"
)

// userRules compiles the user's rules before any work starts: the rules
// files (--rules, else $PITH_RULES, else the default file when present,
// none with --no-rules), then --drop and --keep on top. A mistake in any
// is a usage error naming the file and line or the flag. It returns nil
// when there is no rule, so pages are extracted exactly as without.
func (o *Options) userRules(getenv func(string) string) (*siterules.Set, error) {
	if o.NoRules && len(o.RulesFiles) > 0 {
		return nil, usagef("--rules and --no-rules cannot be used together")
	}
	files, from := o.RulesFiles, "--rules"
	if len(files) == 0 && !o.NoRules {
		if p := getenv("PITH_RULES"); p != "" {
			files, from = []string{p}, "PITH_RULES"
		} else if p := defaultRulesFile(getenv); p != "" {
			if _, err := os.Stat(p); err == nil || !errors.Is(err, fs.ErrNotExist) {
				files, from = []string{p}, "rules file"
			}
		}
	}
	read := make([]siterules.File, 0, len(files))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, usagef("%s: %v", from, err)
		}
		read = append(read, siterules.File{Path: f, Data: data})
	}
	set, err := siterules.Build(read, o.Drop, o.Keep)
	if err != nil {
		return nil, &UsageError{err.Error()}
	}
	return set, nil
}

// defaultRulesFile is $XDG_CONFIG_HOME/pith/rules.yaml, with the XDG
// default ~/.config when the variable is unset or not absolute (as the
// XDG spec says to treat it); "" when there is no home either.
func defaultRulesFile(getenv func(string) string) string {
	dir := getenv("XDG_CONFIG_HOME")
	if !filepath.IsAbs(dir) {
		home := getenv("HOME")
		if home == "" {
			return ""
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "pith", "rules.yaml")
}
