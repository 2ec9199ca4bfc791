// Package faq finds a page's FAQ: question/answer pairs from JSON-LD
// (FAQPage, QAPage), microdata and RDFa, and visible sections (an FAQ
// heading over sub-headings, bold questions, <dl> lists, <details>
// groups, accordion toggles). Entries from all sources are merged so each
// question appears once, and the visible FAQ's elements are reported so
// the pipeline can take them out of the body.
//
// Find reads the raw parsed document, before any cleaning: collapsed
// accordion panels and hidden duplicates are still in the tree. It never
// modifies the tree.
package faq

import (
	"sort"
	"strconv"
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

// The FAQ's rules: the sources of questions and answers.
var (
	ruleJSONLD       = rules.Register(rules.FAQ, "faq-jsonld", "questions and answers declared in JSON-LD (FAQPage, QAPage)")
	ruleHeading      = rules.Register(rules.FAQ, "faq-heading", "a section under an FAQ heading: sub-headings, bold questions, lists")
	ruleBox          = rules.Register(rules.FAQ, "faq-box", "a box named as an FAQ")
	ruleMicrodata    = rules.Register(rules.FAQ, "faq-microdata", "Question items in microdata or RDFa")
	ruleQuestionList = rules.Register(rules.FAQ, "faq-question-list", "two or more <dt>, <details> or accordion toggles asking questions")
	ruleKnownCopy    = rules.Register(rules.FAQ, "faq-known-copy", "copies elsewhere of questions already found (a hidden accordion, the visible JSON-LD FAQ)")
)

// Result is the FAQ of one page.
type Result struct {
	// Entries are merged, in page order; entries found only in JSON-LD
	// come after the visible ones.
	Entries []article.QA
	// Nodes are the elements of the visible FAQ section(s): the FAQ
	// heading and every question and answer element, or one wrapping
	// container when the section is wrapped. The pipeline detaches them
	// before content extraction so the FAQ is not in the body twice.
	Nodes []*html.Node
}

// Find returns the page's FAQ. t (nil allowed) switches rules off and
// records the sections found.
func Find(doc *html.Node, t *rules.Trace) Result {
	if doc == nil {
		return Result{}
	}
	p := newPage(doc)
	var ld []article.QA
	qaPage := map[string]bool{}
	if t.On(ruleJSONLD) {
		ld, qaPage = fromJSONLD(p.ldScripts)
		if len(ld) > 0 {
			t.Keep(ruleJSONLD, "JSON-LD", strconv.Itoa(len(ld))+" questions")
		}
	}
	// A QAPage's question is the page itself (a forum thread), not a
	// section to take out of it, so only FAQPage questions are looked
	// for in the page.
	known := map[string]bool{}
	for _, q := range ld {
		if k := key(q.Question); !qaPage[k] {
			known[k] = true
		}
	}

	var visible []entry
	var nodes []*html.Node
	add := func(s *section, rule string) bool {
		if s == nil {
			return false
		}
		s.nodes = p.collapse(s.nodes)
		for i, n := range s.nodes {
			detail := ""
			if i == 0 {
				detail = strconv.Itoa(len(s.entries)) + " questions"
			}
			t.KeepNode(rule, n, detail)
		}
		for _, n := range s.nodes {
			p.covered[n] = true
		}
		visible = append(visible, s.entries...)
		nodes = append(nodes, s.nodes...)
		return true
	}

	// Sections announced by an FAQ heading, then boxes classed as FAQ.
	for _, h := range p.faqHeadings {
		if t.On(ruleHeading) && !p.isCovered(h) && !inChrome(h) {
			add(p.headingSection(h, known), ruleHeading)
		}
	}
	for _, b := range p.faqBoxes {
		if t.On(ruleBox) && !p.isCovered(b) && !isStop(b) && !inChrome(b) {
			add(p.boxSection(b, known), ruleBox)
		}
	}

	// Microdata and RDFa questions: their entries always count (they
	// merge with the visible section they usually sit in); the items
	// outside any section found so far form sections of their own.
	var loose []*html.Node
	for _, q := range p.mdQuestions {
		if !t.On(ruleMicrodata) {
			break
		}
		e, ok := microdataEntry(p, q)
		if !ok {
			continue
		}
		if p.isCovered(q) {
			visible = append(visible, e)
			continue
		}
		if inChrome(q) {
			continue
		}
		visible = append(visible, e)
		loose = append(loose, q)
	}
	if len(loose) >= 2 || (len(loose) == 1 && inFAQPageScope(loose[0])) {
		// A lone Question outside an FAQPage is a forum thread's
		// question (QAPage): the page itself, not a section of it.
		add(&section{nodes: loose}, ruleMicrodata)
	}

	// Question lists without an FAQ title: <dl>, <details> groups and
	// accordions whose questions end in "?". One such element alone is
	// too weak a sign.
	var structural []*html.Node
	for _, n := range p.structural {
		if !p.isCovered(n) && !inChrome(n) {
			structural = append(structural, n)
		}
	}
	for _, g := range cluster(structural) {
		if t.On(ruleQuestionList) && len(g.items) >= 2 && !contains(g.items[0], g.items[len(g.items)-1]) {
			add(p.explicitSection(g.root, g.items, known), ruleQuestionList)
		}
	}

	// Copies of known questions elsewhere: a hidden accordion repeating
	// the visible FAQ, or the visible form of a JSON-LD FAQ that no
	// markup pattern caught.
	if t.On(ruleKnownCopy) {
		add(p.knownSection(visible, known), ruleKnownCopy)
	}

	return Result{Entries: merge(visible, ld), Nodes: p.finalNodes(nodes)}
}

// knownSection finds, outside the sections already found, elements
// whose whole text is a question known from the JSON-LD or a visible
// section, and reads the FAQ around them. A visible question met again
// only once is more likely an article subhead that the FAQ repeats, so a
// group needs two distinct questions unless it is the only visible form
// of a JSON-LD question.
func (p *page) knownSection(visible []entry, ldKeys map[string]bool) *section {
	all := map[string]bool{}
	seenVisible := map[string]bool{}
	for k := range ldKeys {
		all[k] = true
	}
	for _, e := range visible {
		k := key(e.question)
		all[k] = true
		seenVisible[k] = true
	}
	if len(all) == 0 {
		return nil
	}
	var matches []*html.Node
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || skipTag(c) || p.covered[c] {
				continue
			}
			if t := p.shortText(c); t != "" && all[key(t)] {
				matches = append(matches, c)
				continue
			}
			walk(c)
		}
	}
	walk(p.body)
	var sec *section
	for _, g := range cluster(matches) {
		keys := map[string]bool{}
		for _, m := range g.items {
			keys[key(p.shortText(m))] = true
		}
		if len(keys) < 2 {
			k := key(p.shortText(g.items[0]))
			if !ldKeys[k] || seenVisible[k] {
				continue
			}
		}
		root := g.root
		for len(g.items) == 1 && root == g.items[0] && !isStop(root.Parent) {
			root = root.Parent
			if p.shortText(root) != p.shortText(g.items[0]) {
				break
			}
		}
		if s := p.explicitSection(root, g.items, all); s != nil {
			if sec == nil {
				sec = s
			} else {
				sec.entries = append(sec.entries, s.entries...)
				sec.nodes = append(sec.nodes, s.nodes...)
			}
		}
	}
	return sec
}

// finalNodes orders the detached nodes and drops duplicates and any
// node inside another.
func (p *page) finalNodes(nodes []*html.Node) []*html.Node {
	set := map[*html.Node]bool{}
	for _, n := range nodes {
		set[n] = true
	}
	taken := map[*html.Node]bool{}
	var out []*html.Node
	for _, n := range nodes {
		if taken[n] || insideSet(n, set) {
			continue
		}
		taken[n] = true
		out = append(out, n)
	}
	p.sortNodes(out)
	return out
}

// insideSet reports whether a proper ancestor of n is in set.
func insideSet(n *html.Node, set map[*html.Node]bool) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if set[a] {
			return true
		}
	}
	return false
}

// merge orders the visible entries as on the page and keeps each
// question once: the first visible wording wins, a later copy or the
// JSON-LD fills an answer that is missing or cut short, and JSON-LD
// questions seen nowhere on the page follow in their own order.
func merge(visible []entry, ld []article.QA) []article.QA {
	sort.SliceStable(visible, func(i, j int) bool { return visible[i].pos < visible[j].pos })
	var out []article.QA
	index := map[string]int{}
	put := func(q, a string) {
		k := key(q)
		if k == "" {
			return
		}
		if i, ok := index[k]; ok {
			if better(out[i].Answer, a) {
				out[i].Answer = a
			}
			return
		}
		index[k] = len(out)
		out = append(out, article.QA{Question: q, Answer: a})
	}
	for _, e := range visible {
		put(e.question, e.answer)
	}
	for _, e := range ld {
		put(e.Question, e.Answer)
	}
	kept := out[:0]
	for _, e := range out {
		if e.Answer != "" {
			kept = append(kept, e)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	return kept
}

// better reports whether answer b should replace a: a is empty, or a is
// a teaser ("…", "...") that b completes.
func better(a, b string) bool {
	if b == "" {
		return false
	}
	if a == "" {
		return true
	}
	t := strings.TrimSpace(a)
	if strings.HasSuffix(t, "…") || strings.HasSuffix(t, "...") {
		return len(b) > len(t)
	}
	return false
}
