package cli

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/pith-org/pith/internal/rules"
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
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.Stage, r.Name, doc)
	}
	return tw.Flush()
}
