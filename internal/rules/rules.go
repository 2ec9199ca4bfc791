// Package rules is the registry of pith's named extraction rules. Every
// decision that drops, keeps, moves or rewrites content — cleaning,
// scoring that decides, pruning, block filters, deduplication, FAQ
// detection, the choice of a metadata source — is one registered rule
// with a stable short name that says what it recognises
// ("share-widget", "link-dense-line", "repeated-line").
//
// The registry makes two things cheap: an explain report that names the
// rule behind every drop (pith --explain), and an ablation run that
// switches each rule off in turn and measures what it was worth
// (make ablate, pith --disable-rule NAME).
//
// A stage registers its rules at package initialisation:
//
//	var ruleShare = rules.Register(rules.Clean, "share-widget", "share and follow bars, by class/id words")
//
// and, per page, asks the page's Trace whether a rule is on and records
// what it decided.
package rules

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
)

// Stage is the pipeline stage that runs a rule.
type Stage string

// The stages, in pipeline order.
const (
	Meta     Stage = "meta"     // which source gives each metadata field
	FAQ      Stage = "faq"      // what is a question and answer
	Clean    Stage = "clean"    // what is never content
	Select   Stage = "select"   // which region is the article
	Prune    Stage = "prune"    // furniture inside the chosen region
	Blocks   Stage = "blocks"   // block-level filters, dedup, rewriting
	Fallback Stage = "fallback" // what is used when selection finds too little
	User     Stage = "user"     // the user's own selectors (--drop, --keep, rule files)
)

var stageOrder = map[Stage]int{Meta: 0, FAQ: 1, Clean: 2, Select: 3, Prune: 4, Blocks: 5, Fallback: 6, User: 7}

// Rule is one registered rule.
type Rule struct {
	Name  string
	Stage Stage
	Doc   string // one line: what the rule recognises and what it does
	// Core marks the method a stage is built on (scoring paragraphs,
	// building blocks) rather than a rule it applies: it is named in
	// --explain but cannot be switched off.
	Core bool
}

var (
	mu       sync.RWMutex
	registry = map[string]Rule{}
)

// Register adds a rule and returns its name, so a stage can keep the
// name in a package variable. A name is lower-case words joined by '-';
// registering one twice is a programming error and panics.
func Register(stage Stage, name, doc string) string {
	return register(Rule{Name: name, Stage: stage, Doc: doc})
}

// RegisterCore adds a core rule (see Rule.Core).
func RegisterCore(stage Stage, name, doc string) string {
	return register(Rule{Name: name, Stage: stage, Doc: doc, Core: true})
}

func register(r Rule) string {
	name, stage := r.Name, r.Stage
	if !validName(name) {
		panic(fmt.Sprintf("rules: invalid rule name %q", name))
	}
	if _, ok := stageOrder[stage]; !ok {
		panic(fmt.Sprintf("rules: rule %q: unknown stage %q", name, stage))
	}
	mu.Lock()
	defer mu.Unlock()
	if _, dup := registry[name]; dup {
		panic(fmt.Sprintf("rules: rule %q registered twice", name))
	}
	registry[name] = r
	return name
}

func validName(s string) bool {
	if s == "" || s[0] == '-' || s[len(s)-1] == '-' || strings.Contains(s, "--") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// Lookup returns the rule registered under name.
func Lookup(name string) (Rule, bool) {
	mu.RLock()
	defer mu.RUnlock()
	r, ok := registry[name]
	return r, ok
}

// All returns every registered rule, in pipeline order, then by name.
func All() []Rule {
	mu.RLock()
	out := make([]Rule, 0, len(registry))
	for _, r := range registry {
		out = append(out, r)
	}
	mu.RUnlock()
	sort.Slice(out, func(i, j int) bool {
		if out[i].Stage != out[j].Stage {
			return stageOrder[out[i].Stage] < stageOrder[out[j].Stage]
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// Trace is one page's view of the rules: which are switched off, and,
// when explaining, the decisions they made. A nil *Trace is valid: every
// rule is on and nothing is recorded, which is what the fast path costs.
// A Trace belongs to one page and is not safe for concurrent use.
type Trace struct {
	off       map[string]bool
	explain   bool
	decisions []article.Decision
	nodes     []*html.Node // the element behind each decision, nil for others
}

// NewTrace returns a trace for one page. off names rules switched off
// (they must be registered: see CheckNames); explain records decisions.
func NewTrace(off map[string]bool, explain bool) *Trace {
	if len(off) == 0 && !explain {
		return nil
	}
	return &Trace{off: off, explain: explain}
}

// On reports whether the rule may fire on this page.
func (t *Trace) On(name string) bool {
	return t == nil || !t.off[name]
}

// Explaining reports whether decisions are recorded, so a stage can skip
// building region descriptions nobody reads.
func (t *Trace) Explaining() bool { return t != nil && t.explain }

// Drop records that rule removed region. detail adds what the rule saw
// (a class word, a score); it may be empty.
func (t *Trace) Drop(rule, region, detail string) { t.add(rule, region, false, detail) }

// Keep records that rule kept (or chose) region.
func (t *Trace) Keep(rule, region, detail string) { t.add(rule, region, true, detail) }

// DropNode records that rule removed the element n (or text node).
func (t *Trace) DropNode(rule string, n *html.Node, detail string) { t.addNode(rule, n, false, detail) }

// KeepNode records that rule kept (or chose) the element n.
func (t *Trace) KeepNode(rule string, n *html.Node, detail string) { t.addNode(rule, n, true, detail) }

func (t *Trace) addNode(rule string, n *html.Node, kept bool, detail string) {
	if !t.Explaining() {
		return
	}
	t.add(rule, dom.Describe(n), kept, detail)
	t.nodes[len(t.nodes)-1] = n
}

func (t *Trace) add(rule, region string, kept bool, detail string) {
	if !t.Explaining() {
		return
	}
	t.decisions = append(t.decisions, article.Decision{Region: region, Kept: kept, Rule: rule, Detail: detail})
	t.nodes = append(t.nodes, nil)
}

// Nodes returns the element behind each decision of Decisions, nil
// where a decision is not about one element (a metadata source, a
// fallback): the explain report marks these elements on the page.
func (t *Trace) Nodes() []*html.Node {
	if t == nil {
		return nil
	}
	return t.nodes
}

// Decisions returns what was recorded, in the order it was decided.
func (t *Trace) Decisions() []article.Decision {
	if t == nil {
		return nil
	}
	return t.decisions
}

// CheckNames returns an error naming the first of names that is not a
// rule that can be switched off (for --disable-rule, before any work
// starts).
func CheckNames(names []string) error {
	for _, n := range names {
		r, ok := Lookup(n)
		if !ok {
			return fmt.Errorf("unknown rule %q (pith --list-rules lists them)", n)
		}
		if r.Core {
			return fmt.Errorf("rule %q is the %s stage's method and cannot be switched off", n, r.Stage)
		}
	}
	return nil
}
