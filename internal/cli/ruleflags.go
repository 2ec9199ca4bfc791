package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/report"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/source"
	"github.com/spf13/pflag"
)

// addRuleFlags registers the flags about pith's own rules: the explain
// report, the rule list, and switching rules off for debugging.
func addRuleFlags(f *pflag.FlagSet, o *Options) {
	f.StringVar(&o.ExplainHTML, "explain-html", "", "write a report of what was kept and dropped, and by which rule, to `FILE` (one input)")
	f.BoolVar(&o.ListRules, "list-rules", false, "list pith's extraction rules by stage, and exit")
	f.StringArrayVar(&o.DisableRules, "disable-rule", nil, "switch off the extraction rule `NAME` (repeatable; for debugging and ablation)")
	_ = f.MarkHidden("disable-rule")
}

// validateRules checks the rule flags before any work starts.
func (o *Options) validateRules() error {
	if err := rules.CheckNames(o.DisableRules); err != nil {
		return usagef("--disable-rule: %v", err)
	}
	return nil
}

// disabledRules is --disable-rule as the set extraction takes.
func (o *Options) disabledRules() map[string]bool {
	if len(o.DisableRules) == 0 {
		return nil
	}
	off := make(map[string]bool, len(o.DisableRules))
	for _, n := range o.DisableRules {
		off[n] = true
	}
	return off
}

// listRules prints every registered rule: stage, name, what it does.
func listRules(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, r := range rules.All() {
		doc := r.Doc
		if r.Core {
			doc += " (the stage's method: cannot be switched off)"
		}
		if why := rules.IdleReason(r.Name); why != "" {
			// The rule moves no corpus figure (make ablate); why it stays.
			doc += " [stays: " + why + "]"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Stage, r.Name, doc)
	}
	return tw.Flush()
}

// explainHTML extracts the page with its trace and writes the report to
// --explain-html (atomically: a report is never left half-written). The
// report is written for a page with no article too: that is when it is
// most wanted.
func (w *worker) explainHTML(ctx context.Context, in source.Input, raw []byte, eo extract.Options) (*article.Article, error) {
	a, t, err := extract.FromBytesTraced(ctx, raw, eo)
	if t == nil {
		return a, err
	}
	if !w.o.Explain {
		// The trace was taken for the report; the article's own output
		// shows it only when --explain asks.
		defer func() { a.Explain = nil }()
	}
	var buf bytes.Buffer
	if rerr := report.Write(&buf, in.Name, a, t); rerr != nil {
		return a, rerr
	}
	if werr := writeFileAtomic(w.o.ExplainHTML, buf.Bytes()); werr != nil {
		return a, fmt.Errorf("--explain-html: %w", werr)
	}
	return a, err
}

// writeFileAtomic writes data to a temporary file beside path and renames
// it into place.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.pith-tmp")
	if err != nil {
		return err
	}
	// CreateTemp makes the file private; a report is a document like
	// pith's other outputs.
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	if err := os.Rename(f.Name(), path); err != nil {
		os.Remove(f.Name())
		return err
	}
	return nil
}
