package extract_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/rules"
)

// ruleCase is a tiny page on which one rule decides something a reader
// can see: with the rule on, check passes; with the rule switched off
// (Options.Disabled), it must fail. A rule no page needs has no place.
type ruleCase struct {
	rule string
	page string
	mode extract.Mode
	// gone must be absent from the article's text with the rule on
	// (and present with it off); kept the other way round.
	gone, kept string
	// check, when set, replaces gone/kept: true when the rule did its
	// work on a.
	check func(a *article.Article) bool
}

// The sentences of the pages below: long, with clauses, so that they
// score as prose wherever they stand.
const (
	s1 = "The harbour works will finish in spring, after two years of delays, and the ferry should run again by May."
	s2 = "Engineers said the new wall, built from recycled stone, would hold against the winter storms that broke the old one."
	s3 = "Traders on the quay, who lost most of last summer, welcomed the news but asked for help with the rents until then."
	s4 = "The council will publish the final costs, including the overruns, at its meeting on the third of March."
)

// prose is n paragraphs of article text.
func prose(n int) string {
	ss := []string{s1, s2, s3, s4}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("<p>" + ss[i%4] + "</p>\n")
	}
	return b.String()
}

// doc wraps a body in a document titled "Harbour works reopen".
func doc(body string) string {
	return "<!doctype html><html><head><title>Harbour works reopen</title></head><body>" + body + "</body></html>"
}

// inArticle is a page whose <article> holds the headline, prose and extra.
func inArticle(extra string) string {
	return doc("<article><h1>Harbour works reopen</h1>" + prose(4) + extra + prose(2) + "</article>")
}

// inDiv is inArticle without the <article> element: the content is a
// plain div, so the cleaner's "outside the article" rules apply.
func inDiv(extra string) string {
	return doc(`<div class="story"><h1>Harbour works reopen</h1>` + prose(4) + extra + prose(2) + "</div>")
}

// ruleCases are all the rule cases, one file per group of stages.
var ruleCases = slices.Concat(cleanCases, blockCases, faqCases, moreCases)

// apart is a page of two candidate columns with a list of links
// between them: enough furniture that the choice does not widen to the
// body holding both.
func apart(first, second string) string {
	return doc(first + links(24) + second)
}

// links is a box of n links: page furniture.
func links(n int) string {
	var b strings.Builder
	b.WriteString(`<ul class="list">`)
	for i := 0; i < n; i++ {
		b.WriteString(`<li><a href="/s">Another story from the coast</a></li>`)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

func feed(mark string, n int) string {
	var b strings.Builder
	b.WriteString(`<ul class="list">`)
	for i := 0; i < n; i++ {
		b.WriteString(`<li><h3><a href="/s">` + mark + ` story number</a></h3><p>` + s3 + `</p></li>`)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

func cards(mark string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(`<div><h3><a href="/s">Another story</a></h3><p>` + mark + ` ` + s1 + `</p></div>`)
	}
	return b.String()
}

func slides(n int) string {
	var b strings.Builder
	b.WriteString(`<div class="gallery">`)
	for i := 1; i <= n; i++ {
		b.WriteString(`<div><p>` + string(rune('0'+i)) + `/` + string(rune('0'+n)) + ` SLIDEMARK the quay seen from the ferry, with the new wall behind it, in winter.</p></div>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

func hasQuestion(a *article.Article, q string) bool {
	for _, e := range a.FAQ {
		if e.Question == q {
			return true
		}
	}
	return false
}

func figureSources(a *article.Article) string {
	var b strings.Builder
	for _, bl := range a.Blocks {
		if bl.Kind == article.Figure {
			b.WriteString(bl.Src + "\n")
		}
		for _, s := range bl.Spans {
			if s.Image != "" {
				b.WriteString(s.Image + "\n")
			}
		}
	}
	return b.String()
}

// passes reports whether the case's check holds on a.
func (tc ruleCase) passes(a *article.Article) bool {
	if tc.check != nil {
		return tc.check(a)
	}
	text := a.PlainText()
	if tc.gone != "" {
		return !strings.Contains(text, tc.gone)
	}
	return strings.Contains(text, tc.kept)
}

// TestRuleCases: every case passes with its rule on and fails with the
// rule switched off, so each rule is shown to do what it says.
func TestRuleCases(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.rule, func(t *testing.T) {
			if _, ok := rules.Lookup(tc.rule); !ok {
				t.Fatalf("rule %q is not registered", tc.rule)
			}
			on, err := extract.FromBytes([]byte(tc.page), extract.Options{Mode: tc.mode, Explain: true})
			if err != nil {
				t.Fatalf("rule on: %v", err)
			}
			if !tc.passes(on) {
				t.Errorf("with the rule on, the check fails; text:\n%s\nexplain: %v", on.PlainText(), on.Explain)
			}
			fired := false
			for _, d := range on.Explain {
				fired = fired || d.Rule == tc.rule
			}
			if !fired {
				t.Errorf("--explain does not name the rule; explain: %v", on.Explain)
			}
			off, err := extract.FromBytes([]byte(tc.page), extract.Options{Mode: tc.mode, Disabled: map[string]bool{tc.rule: true}})
			if err != nil && tc.passes(&article.Article{}) {
				return // without the rule there is no article, and the check needed one
			}
			if err == nil && tc.passes(off) {
				t.Errorf("with the rule off, the check still passes: the case does not show the rule; text:\n%s", off.PlainText())
			}
		})
	}
}

// TestEveryRuleHasACase: a rule that can be switched off and has no case
// above is either untested or unneeded.
func TestEveryRuleHasACase(t *testing.T) {
	have := map[string]bool{}
	for _, tc := range ruleCases {
		have[tc.rule] = true
	}
	for _, r := range rules.All() {
		if r.Core || have[r.Name] || r.Stage == rules.Meta && metaRule(r.Name) {
			continue
		}
		t.Errorf("rule %s (%s) has no case in ruleCases", r.Name, r.Stage)
	}
}

// metaRule reports the metadata rules, whose cases live with the meta
// package's own tests (TestTrustOrderRulesOff, TestRulesOff and the
// tests of each source): each fails there with its rule off.
func metaRule(name string) bool { return name != "author-sign-off" }

// TestIdleReasonsNameRules: the reasons given for rules that move no
// corpus figure (rules.IdleReason) name rules that exist and can be
// switched off, so a renamed or deleted rule does not leave its reason
// behind.
func TestIdleReasonsNameRules(t *testing.T) {
	for name, why := range rules.IdleReasons() {
		t.Run(name, func(t *testing.T) {
			r, ok := rules.Lookup(name)
			if !ok {
				t.Fatalf("no rule %q", name)
			}
			if r.Core {
				t.Errorf("rule %q cannot be switched off: it needs no reason", name)
			}
			if why == "" {
				t.Error("empty reason")
			}
		})
	}
}
