// Package content selects the main content of a cleaned page: the node
// (and the sibling nodes) holding the article body.
//
// The method follows Readability's: every paragraph-like node with enough
// text scores itself by length and punctuation and passes the score up to
// its ancestors; a node's score is then discounted by its link density;
// the best node wins, climbs to a shared ancestor when the runner-ups
// agree on one, and takes along siblings that score well or read as
// prose. Known content containers (schema.org articleBody, <article>,
// class words such as "entry-content") add evidence but never decide
// alone.
package content

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/cancel"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Params are the thresholds of one extraction mode.
type Params struct {
	MinParagraph   int     // characters a node needs to score
	SiblingShare   float64 // a sibling joins when its score ≥ this share of the winner's
	ProseMinLen    int     // a sibling paragraph of this length with few links joins
	SharedAncestor float64 // runner-ups within this share of the winner count for the shared-ancestor rule
	// WidenGain: the text-mass check (density.go) widens the choice to an
	// ancestor holding this many times its prose.
	WidenGain float64
}

// Balanced, Precision and Recall are the three modes' parameters.
var (
	Balanced  = Params{MinParagraph: 25, SiblingShare: 0.2, ProseMinLen: 80, SharedAncestor: 0.75, WidenGain: 1.3}
	Precision = Params{MinParagraph: 40, SiblingShare: 0.35, ProseMinLen: 140, SharedAncestor: 0.85, WidenGain: 1.8}
	Recall    = Params{MinParagraph: 20, SiblingShare: 0.1, ProseMinLen: 50, SharedAncestor: 0.6, WidenGain: 1.2}
)

// Candidate is a scored node.
type Candidate struct {
	Node  *html.Node
	Score float64
}

// Selection is the outcome: the nodes that make up the body, in document
// order, and the ranking that chose them (for --explain).
type Selection struct {
	Nodes []*html.Node
	Top   []Candidate
	Why   string // the rule that chose the main node
	// Listing: the page is a listing (a category page, a feed, search
	// results) whose linked items are the content.
	Listing bool

	detail string // what the rule that chose it saw, for --explain

	stats    map[*html.Node]textStat // the measures Select took, for PruneSelection
	headline *html.Node              // the article's headline, for PruneSelection
	joined   map[*html.Node]string   // the rule that joined each other node, for --explain
}

// The text-mass check (density.go) widens Readability's choice to an
// ancestor that holds Params.WidenGain times its prose, charging
// massAlpha per character of furniture. Measured on the segments corpus:
// α from 0.6 to 1.0 and a gain of 1.3 balance precision and recall best.
const massAlpha = 0.6

type scorer struct {
	p        Params
	headline *html.Node
	near     *headlineIndex // built on first use
	t        *rules.Trace
	stop     *cancel.Point
	scores   map[*html.Node]float64
	stats    map[*html.Node]textStat
	// evidence holds, when explaining, the rules that raised or lowered
	// each candidate's starting score.
	evidence map[*html.Node][]adjustment
	// feeds are, when explaining, the feeds the text mass counted as
	// furniture.
	feeds []*html.Node
	// runs caches, for each list asked about, whether it is a caption
	// run (inCaptionRun).
	captionRuns map[*html.Node]bool
}

// adjustment is a rule's change to a candidate's starting score.
type adjustment struct {
	rule  string
	delta float64
}

type textStat struct {
	chars, linkChars int
	commas           int // clause separators, counted once in measure
	seps             int // the commas standing alone between links (separatorsOnly)
}

// Options for one page's selection.
type Options struct {
	Params
	// Headline is the heading printing the article's title (see
	// clean.Result), nil when none was found: the article lies around it.
	Headline *html.Node
	Trace    *rules.Trace  // switches rules off and records the choice (nil allowed)
	Stop     *cancel.Point // ends the work when the page is abandoned (nil allowed)
}

// Select scores the tree under body and returns the main content.
// It returns an empty Selection when nothing scores.
func Select(body *html.Node, o Options) Selection {
	t := o.Trace
	// Sized up front: growing maps of every element was a good part of
	// selection's cost.
	n := countElements(body)
	s := &scorer{p: o.Params, t: t, stop: o.Stop, headline: o.Headline, scores: make(map[*html.Node]float64, n/4), stats: make(map[*html.Node]textStat, n)}
	s.measure(body)
	sel := s.choose(body, n)
	if t.On(ruleListing) {
		sel = s.listing(body, sel)
	}
	sel.stats, sel.headline = s.stats, s.headline
	if t.Explaining() {
		s.explain(sel)
	}
	return sel
}

// explain records the chosen nodes and the runner-ups.
func (s *scorer) explain(sel Selection) {
	chosen := map[*html.Node]bool{}
	for _, n := range sel.Nodes {
		chosen[n] = true
	}
	ranked := map[*html.Node]bool{}
	for i, c := range sel.Top {
		ranked[c.Node] = true
		detail := fmt.Sprintf("score %.1f, rank %d", c.Score, i+1)
		switch {
		case chosen[c.Node]:
			why := sel.Why
			if r, ok := sel.joined[c.Node]; ok {
				why = r
			}
			s.t.KeepNode(why, c.Node, detail)
			s.explainEvidence(c.Node, true)
		case !overlaps(c.Node, sel.Nodes):
			// Runner-ups inside the content, or wrapping it, lost
			// nothing: only a region elsewhere was passed over.
			s.t.DropNode(ruleScore, c.Node, detail+": not chosen")
			s.explainEvidence(c.Node, false)
		}
	}
	for _, f := range s.feeds {
		if !overlaps(f, sel.Nodes) {
			s.t.DropNode(ruleFeed, f, "counted as furniture")
		}
	}
	for _, n := range sel.Nodes {
		if !ranked[n] {
			why, detail := sel.Why, sel.detail
			if r, ok := sel.joined[n]; ok {
				why, detail = r, ""
			}
			s.t.KeepNode(why, n, detail)
		}
	}
}

// explainEvidence records the rules that moved n's starting score, as
// part of the decision that kept or passed over n.
func (s *scorer) explainEvidence(n *html.Node, kept bool) {
	for _, a := range s.evidence[n] {
		detail := fmt.Sprintf("starting score %+.0f", a.delta)
		if kept {
			s.t.KeepNode(a.rule, n, detail)
		} else {
			s.t.DropNode(a.rule, n, detail)
		}
	}
	if kept && s.nearHeadline(n) != 1 {
		s.t.KeepNode(ruleNearHeadline, n, fmt.Sprintf("score ×%.2f", nearHeadlineGain))
	}
}

func (s *scorer) choose(body *html.Node, n int) Selection {
	p := s.p
	sel := s.readability(body)
	masses := make(map[*html.Node]mass, n)
	s.massOf(body, p, masses)
	m, _ := bestByMass(body, masses, massAlpha)
	if m == nil {
		return sel
	}
	if len(sel.Nodes) == 0 {
		return Selection{Nodes: []*html.Node{m}, Why: ruleMassChoice}
	}
	if !s.t.On(ruleWiden) {
		return sel
	}
	if a := s.articleBound(body, sel.Nodes); a != nil && m != a && isAncestor(m, a) && !declaredContent(m) {
		// The article lies around its headline: widening past the
		// element holding both, when that holds an article's worth of
		// prose, takes in the page's other columns. The page's own
		// <main> or <article> is no column: a landing page's headline
		// sits in a hero, and its content is the sections after it.
		if masses[a].good >= minBoundProse {
			s.t.KeepNode(ruleHeadlineBound, a, "not widened to "+dom.Name(m))
			m = a
		} else if s.t.On(ruleBoundBefore) && s.gainBefore(m, a, masses) {
			s.t.KeepNode(ruleBoundBefore, a, "not widened to "+dom.Name(m))
			m = a
		}
	}
	good, bad := 0.0, 0.0
	contains := true
	for _, n := range sel.Nodes {
		good += masses[n].good
		bad += masses[n].bad
		if n != m && !isAncestor(m, n) {
			contains = false
		}
	}
	if contains && masses[m].good > good*p.WidenGain {
		sel.Nodes = []*html.Node{m}
		sel.Why = ruleWiden
		sel.detail = fmt.Sprintf("prose %.0f -> %.0f, furniture %.0f -> %.0f", good, masses[m].good, bad, masses[m].bad)
	}
	return sel
}

// readability is Readability's choice: the best-scored container, moved
// to a shared ancestor or up through wrappers holding it alone, with the
// siblings that belong to it.
func (s *scorer) readability(body *html.Node) Selection {
	cands := s.scoreParagraphs(body)
	if len(cands) == 0 {
		return Selection{}
	}
	ranked := make([]Candidate, 0, len(cands))
	for _, c := range cands {
		ranked = append(ranked, Candidate{c, s.final(c)})
	}
	sort.SliceStable(ranked, func(i, j int) bool { return ranked[i].Score > ranked[j].Score })
	top, why := ranked[0], ruleScore
	if a := s.sharedAncestor(ranked); a != nil {
		top, why = Candidate{a, s.final(a)}, ruleShared
	}
	if a := s.climbAlone(top.Node); a != top.Node {
		top, why = Candidate{a, s.final(a)}, ruleOnlyChild
	}
	if a := s.tableWrapper(top.Node); a != top.Node {
		top, why = Candidate{a, s.final(a)}, ruleTableWrapper
	}
	joined := map[*html.Node]string{}
	nodes := s.siblings(top, joined)
	if len(nodes) == 1 && s.t.On(ruleCousins) {
		nodes = s.cousins(top)
		for _, n := range nodes {
			if n != top.Node {
				joined[n] = ruleCousins
			}
		}
	}
	return Selection{Nodes: nodes, Top: ranked[:min(len(ranked), 5)], Why: why, joined: joined}
}

// scoreParagraphs scores every paragraph-like node under body by its
// length and clauses and passes the score up to its containers. It
// returns the containers that received a score, in the order they did.
func (s *scorer) scoreParagraphs(body *html.Node) []*html.Node {
	var cands []*html.Node
	dom.Walk(body, func(n *html.Node) bool {
		s.stop.Check()
		if n.Type != html.ElementNode || !isScorable(n) {
			return true
		}
		txt := s.ownParagraphText(n)
		if txt < s.p.MinParagraph || s.inCaptionRun(n) {
			return true
		}
		score := 1 + float64(s.clauses(n)) + min(float64(txt)/100, 3)
		level := 0
		for a := n.Parent; a != nil && level < 5 && a.Type == html.ElementNode; a = a.Parent {
			if dom.IsInline(a) || a.DataAtom == atom.P {
				// Inline wrappers and paragraphs are not containers: the
				// score goes to the block that holds them.
				continue
			}
			if _, ok := s.scores[a]; !ok {
				s.scores[a] = s.initialScore(a)
				cands = append(cands, a)
			}
			switch level {
			case 0:
				s.scores[a] += score
			case 1:
				s.scores[a] += score / 2
			default:
				s.scores[a] += score / float64(level*3)
			}
			level++
		}
		return true
	})
	return cands
}

// final is a container's score discounted by its link density and
// weighed by its place relative to the headline (nearHeadline).
func (s *scorer) final(n *html.Node) float64 { return s.plain(n) * s.nearHeadline(n) }

// plain is a container's score discounted by its link density.
func (s *scorer) plain(n *html.Node) float64 { return s.scores[n] * (1 - s.linkDensity(n)) }

// sharedAncestor returns the ancestor of the winner that holds three
// strong runner-ups, or nil: when several sit under one ancestor, the
// article is split into parts (text, then a box, then more text).
func (s *scorer) sharedAncestor(ranked []Candidate) *html.Node {
	if len(ranked) < 2 || !s.t.On(ruleShared) {
		return nil
	}
	// Compared without the headline's weight: the parts of a split
	// article are its parts wherever the headline stands.
	top := ranked[0]
	var alts []*html.Node
	for _, c := range ranked[1:min(len(ranked), 6)] {
		if s.plain(c.Node) >= s.plain(top.Node)*s.p.SharedAncestor {
			alts = append(alts, c.Node)
		}
	}
	if len(alts) < 3 {
		return nil
	}
	for a := top.Node.Parent; a != nil && a.DataAtom != atom.Body && a.Type == html.ElementNode; a = a.Parent {
		n := 0
		for _, alt := range alts {
			if isAncestor(a, alt) {
				n++
			}
		}
		if n >= 3 {
			return a
		}
	}
	return nil
}

// climbAlone returns the outermost wrapper holding n as its only child
// with text, or n: the wrapper is the same content, and the siblings
// that belong with it are found one level up.
func (s *scorer) climbAlone(n *html.Node) *html.Node {
	for s.t.On(ruleOnlyChild) {
		parent := n.Parent
		if parent == nil || parent.Type != html.ElementNode || parent.DataAtom == atom.Body || parent.DataAtom == atom.Html || !s.alone(n) {
			break
		}
		n = parent
	}
	return n
}

// alone reports whether n is the only child of its parent with text.
func (s *scorer) alone(n *html.Node) bool {
	for c := n.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c != n && (c.Type == html.ElementNode && s.stats[c].chars > 0 || c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return false
		}
	}
	return true
}

// siblings returns the winner with the siblings that belong to it, and
// notes in joined the rule that took each sibling.
func (s *scorer) siblings(top Candidate, joined map[*html.Node]string) []*html.Node {
	parent := top.Node.Parent
	if parent == nil {
		return []*html.Node{top.Node}
	}
	if isMain(top.Node) && s.t.On(ruleMainAlone) {
		// The page declares this its main content: what stands beside
		// it (a ticker, a promo strip) is not.
		s.t.KeepNode(ruleMainAlone, top.Node, "no siblings join <main>")
		return []*html.Node{top.Node}
	}
	threshold := max(10, top.Score*s.p.SiblingShare)
	topWords := dom.Words(top.Node)
	var out []*html.Node
	for sib := parent.FirstChild; sib != nil; sib = sib.NextSibling {
		if sib == top.Node {
			out = append(out, sib)
			continue
		}
		if sib.Type != html.ElementNode {
			continue
		}
		if s.cardsSibling(sib) {
			continue
		}
		bonus := 0.0
		if len(topWords) > 0 && s.t.On(ruleSibClass) && sameWords(topWords, dom.Words(sib)) {
			bonus = top.Score * 0.2
		}
		if sc, ok := s.scores[sib]; ok && s.t.On(ruleSibScore) {
			if own := sc * (1 - s.linkDensity(sib)); own+bonus >= threshold {
				out = append(out, sib)
				joined[sib] = ruleSibScore
				if own < threshold {
					joined[sib] = ruleSibClass
				}
				continue
			}
		}
		if sib.DataAtom == atom.P || sib.DataAtom == atom.Blockquote || sib.DataAtom == atom.Pre {
			st := s.stats[sib]
			ld := s.linkDensity(sib)
			if st.chars >= s.p.ProseMinLen && ld < 0.25 && s.t.On(ruleSibProse) {
				out = append(out, sib)
				joined[sib] = ruleSibProse
			}
		}
	}
	return out
}

// cousins finds the other parts of an article split into wrappers of
// its own ("story-body-1" … "story-body-2", each in a wrapper between
// ads): elements under the winner's grandparent with the same tag and
// class words (numbers aside) that score as content. It returns them
// with the winner in document order, or the winner alone.
func (s *scorer) cousins(top Candidate) []*html.Node {
	sig := signature(top.Node)
	if sig == "" || top.Node.Parent == nil || top.Node.Parent.Parent == nil {
		return []*html.Node{top.Node}
	}
	root := top.Node.Parent.Parent
	threshold := max(10, top.Score*s.p.SiblingShare)
	var out []*html.Node
	dom.Walk(root, func(n *html.Node) bool {
		if n == top.Node {
			out = append(out, n)
			return false
		}
		if n.Type != html.ElementNode || n.DataAtom != top.Node.DataAtom || signature(n) != sig {
			return true
		}
		if sc, ok := s.scores[n]; ok && sc*(1-s.linkDensity(n)) >= threshold {
			out = append(out, n)
			return false
		}
		return true
	})
	return out
}

// signature is an element's class words without numbers, sorted by
// position: the mark of a template's repeated part.
func signature(n *html.Node) string {
	var b strings.Builder
	for _, w := range dom.SplitWords(nil, dom.Attr(n, "class")) {
		if strings.Trim(w, "0123456789") == "" {
			continue
		}
		b.WriteString(w)
		b.WriteByte(' ')
	}
	return b.String()
}

func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// joinedBy notes that rule added n to the selection (for --explain); it
// is also the selection's reason when nothing chose it before.
func (sel *Selection) joinedBy(n *html.Node, rule string) {
	if sel.joined == nil {
		sel.joined = map[*html.Node]string{}
	}
	sel.joined[n] = rule
	if sel.Why == "" {
		sel.Why = rule
	}
}

// overlaps reports whether n contains, or is inside, one of nodes.
func overlaps(n *html.Node, nodes []*html.Node) bool {
	for _, x := range nodes {
		if n == x || isAncestor(n, x) || isAncestor(x, n) {
			return true
		}
	}
	return false
}

func isAncestor(a, n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p == a {
			return true
		}
	}
	return false
}

// isScorable reports the nodes that carry paragraphs: p, pre, td,
// blockquote, and containers whose own text runs hold prose.
func isScorable(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote, atom.Dd, atom.Li:
		return true
	case atom.Div, atom.Section, atom.Article, atom.Span, atom.Font, atom.Main, atom.Center:
		return hasDirectText(n)
	}
	return n.DataAtom == 0 && hasDirectText(n)
}

func hasDirectText(n *html.Node) bool {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			total += dom.CollapsedLen(c.Data)
			if total >= 25 {
				return true
			}
		}
	}
	return false
}

// ownParagraphText is the text a paragraph-like node contributes: for
// containers only their direct text and inline children, so a div does
// not score the paragraphs nested inside it twice.
func (s *scorer) ownParagraphText(n *html.Node) int {
	switch n.DataAtom {
	case atom.P, atom.Pre, atom.Td, atom.Blockquote, atom.Dd, atom.Li:
		st := s.stats[n]
		if n.DataAtom == atom.Li && st.linkChars*2 > st.chars {
			return 0
		}
		if n.DataAtom == atom.Td || n.DataAtom == atom.Li {
			// Layout cells and list items holding paragraphs score through them.
			if dom.Find(n, func(c *html.Node) bool { return c != n && (c.DataAtom == atom.P || c.DataAtom == atom.Div) }) != nil {
				return 0
			}
		}
		return st.chars - st.linkChars/2
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			total += collapsedLen(c.Data)
		} else if c.Type == html.ElementNode && dom.IsInline(c) {
			total += s.stats[c].chars - s.stats[c].linkChars
		}
	}
	return total
}

func (s *scorer) initialScore(n *html.Node) float64 {
	score := 0.0
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		score = 5
	case atom.Pre, atom.Td, atom.Blockquote:
		score = 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		score = -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		score = -5
	}
	if n.DataAtom == atom.Article && s.t.On(ruleArticleTag) {
		score += s.adjust(n, ruleArticleTag, 10)
	}
	if ip := dom.Attr(n, "itemprop"); ip == "articleBody" && s.t.On(ruleBodyProp) {
		score += s.adjust(n, ruleBodyProp, 40)
	}
	ws := dom.Words(n)
	if s.t.On(ruleBoilerName) && vocab.Classify(ws) != vocab.None {
		// Only blocks the cleaner kept for their size still carry
		// boilerplate words here; a light penalty, since their size is
		// itself evidence (measured: a Readability-sized -25 costs 0.005
		// readability body F1 and gains nothing on segments).
		score += s.adjust(n, ruleBoilerName, -10)
	}
	if s.t.On(ruleContentName) && vocab.Positive(ws) && !s.widgetContent(n, ws) {
		score += s.adjust(n, ruleContentName, 25)
	}
	return score
}

// adjust returns delta, noting for --explain that rule moved n's
// starting score by it.
func (s *scorer) adjust(n *html.Node, rule string, delta float64) float64 {
	if s.t.Explaining() {
		if s.evidence == nil {
			s.evidence = map[*html.Node][]adjustment{}
		}
		s.evidence[n] = append(s.evidence[n], adjustment{rule, delta})
	}
	return delta
}

func (s *scorer) measure(n *html.Node) textStat {
	s.stop.Check()
	var st textStat
	if n.Type == html.TextNode {
		st.chars, st.commas = measureText(n.Data)
		if st.commas > 0 && separatorsOnly(n.Data) {
			st.seps = st.commas
		}
		return st
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		cs := s.measure(c)
		st.chars += cs.chars
		st.linkChars += cs.linkChars
		st.commas += cs.commas
		st.seps += cs.seps
	}
	if n.Type == html.ElementNode && n.DataAtom == atom.A {
		st.linkChars = st.chars
	}
	if n.Type == html.ElementNode {
		s.stats[n] = st
	}
	return st
}

func (s *scorer) linkDensity(n *html.Node) float64 {
	st := s.stats[n]
	if st.chars == 0 {
		return 0
	}
	return float64(st.linkChars) / float64(st.chars)
}

func countElements(n *html.Node) int {
	c := 0
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode {
			c += 1 + countElements(ch)
		}
	}
	return c
}

// collapsedLen is utf8.RuneCountInString(dom.CollapseSpace(s)) without
// building the collapsed string: runes, with each run of whitespace
// counted as one and the ends trimmed.
func collapsedLen(s string) int {
	n, _ := measureText(s)
	return n
}

// measureText returns collapsedLen(s) and the number of clause
// separators in s (Latin, CJK and Arabic commas, semicolons) in one pass.
// It runs over every text node of the cleaned page, so printable ASCII,
// most of any page's bytes, is read eight bytes at a time, other ASCII
// goes through a table, and only the remaining bytes are decoded.
func measureText(s string) (chars, commas int) {
	pendingSpace, started := false, false
	retry := 0 // where the word scan is next tried
	for i := 0; i < len(s); {
		if i >= retry && i+8 <= len(s) {
			// Eight bytes at a time while they are printable ASCII, where
			// only spaces, commas and semicolons need telling apart.
			x := load64(s, i)
			if (x-0x2020202020202020)&^x&0x8080808080808080 == 0 && x&0x8080808080808080 == 0 {
				sp := bytesEqual(x, ' ')
				ns := ^sp & 0x8080808080808080
				// A word character after a space is preceded by one
				// collapsed space, unless no word came before.
				after := ns & (sp<<8 | boolMask(pendingSpace))
				if !started && ns != 0 {
					after &^= ns & -ns
				}
				chars += bits.OnesCount64(ns) + bits.OnesCount64(after)
				commas += bits.OnesCount64(bytesEqual(x, ',') | bytesEqual(x, ';'))
				started = started || ns != 0
				pendingSpace = sp>>63 != 0 && started
				i += 8
				continue
			}
			retry = i + 8 // the bytes of this word go one at a time
		}
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch asciiClass[c] {
			case asciiSpace:
				pendingSpace = started
				continue
			case asciiComma:
				commas++
			}
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			switch r {
			case 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
				pendingSpace = started
				continue
			case 0xad, 0x200b, 0x2060, 0xfeff:
				continue
			case '，', '、', '،':
				commas++
			}
			if r >= 0x2000 && r <= 0x200a {
				pendingSpace = started
				continue
			}
		}
		if pendingSpace {
			chars++
			pendingSpace = false
		}
		chars++
		started = true
	}
	return chars, commas
}

// load64 reads the eight bytes of s at i as a little-endian word.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// bytesEqual returns 0x80 in each byte of x equal to c, 0 elsewhere.
func bytesEqual(x uint64, c byte) uint64 {
	const lo7 = 0x7f7f7f7f7f7f7f7f
	y := x ^ (0x0101010101010101 * uint64(c)) // the bytes equal to c become zero
	return ^((y&lo7 + lo7) | y | lo7)
}

// boolMask is 0x80, the flag of a word's first byte, when b is set.
func boolMask(b bool) uint64 {
	if b {
		return 0x80
	}
	return 0
}

const (
	asciiOther = iota
	asciiSpace // collapsed: ' ', '\t', '\n', '\r', '\f', '\v'
	asciiComma // a clause separator
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for _, c := range " \t\n\r\f\v" {
		t[c] = asciiSpace
	}
	t[','], t[';'] = asciiComma, asciiComma
	return t
}()
