package faq

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A section's content is read as a flat run of tokens: questions,
// answer content, and the marks that end an answer.
type tokKind int

const (
	tokQ       tokKind = iota + 1
	tokContent         // answer material
	tokSkip            // part of the FAQ but not of an answer (a category title)
	tokBreak           // a box or heading that ends the current answer
	tokEnd             // a heading that ends the whole section
)

// qKind says how an element was recognised as a question.
type qKind int

const (
	qNone       qKind = iota
	qKnown            // its text is a question known from another source
	qHeading          // a sub-heading of the FAQ
	qDT               // <dt>
	qDetails          // <details>, question in its <summary>
	qToggle           // an accordion button
	qClass            // class="faq-question" and the like
	qBold             // a paragraph that is all bold
	qBoldInline       // a paragraph opening with a bold question
)

type mark int

const (
	mNone mark = iota
	mQuestion
	mBreak
	mEnd
)

type token struct {
	kind     tokKind
	q        qKind
	node     *html.Node
	question string
	body     []*html.Node // rendered as (part of) the answer
	extra    []*html.Node // further nodes of the entry (an accordion panel)
	closed   bool         // the answer is complete inside the question's own element
}

type entry struct {
	question string
	answer   string
	pos      int
}

// scanner reads one FAQ section. In section mode (explicit == nil) it
// recognises questions by their markup; in explicit mode only the given
// elements (and known question texts) are questions.
type scanner struct {
	p        *page
	level    int // section mode: a heading at this level or above ends the section (0: none)
	explicit map[*html.Node]bool
	known    map[string]bool

	marks    map[*html.Node]mark
	qkind    map[*html.Node]qKind
	has      map[*html.Node]bool // elements holding a mark: read inside them
	consumed map[*html.Node]bool // panels already used as answers
	toks     []token
	ended    bool
	qLevel   int // heading level of the last question, 0 when not a heading
}

func newScanner(p *page, level int, explicit map[*html.Node]bool, known map[string]bool) *scanner {
	return &scanner{
		p: p, level: level, explicit: explicit, known: known,
		marks:    map[*html.Node]mark{},
		qkind:    map[*html.Node]qKind{},
		has:      map[*html.Node]bool{},
		consumed: map[*html.Node]bool{},
	}
}

// scan reads the given sibling nodes.
func (s *scanner) scan(nodes []*html.Node) {
	for _, n := range nodes {
		s.markTree(n)
	}
	for _, n := range nodes {
		if s.ended {
			return
		}
		s.emit(n)
	}
}

func skipTag(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Template, atom.Noscript, atom.Link, atom.Meta:
		return true
	}
	return false
}

// markTree finds the questions and stops in n's subtree. It reports
// whether any was found, so that emit reads inside n.
func (s *scanner) markTree(n *html.Node) bool {
	if n.Type != html.ElementNode || skipTag(n) {
		return false
	}
	if isBoilerplate(n) && !isFAQClass(n) {
		s.marks[n] = mBreak
		return false
	}
	if k := s.classify(n); k != qNone {
		s.marks[n] = mQuestion
		s.qkind[n] = k
		return true
	}
	lvl := headingLevel(n)
	if s.explicit == nil && lvl > 0 && s.level > 0 && lvl <= s.level {
		s.marks[n] = mEnd
		return true
	}
	any := false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if s.markTree(c) {
			any = true
		}
	}
	if any {
		s.has[n] = true
		return true
	}
	if s.explicit != nil && lvl > 0 {
		// Outside a marked-up FAQ, a heading that is not a question
		// starts other content.
		s.marks[n] = mBreak
		return true
	}
	return false
}

func (s *scanner) classify(n *html.Node) qKind {
	if len(s.known) > 0 {
		if t := s.p.shortText(n); t != "" && s.known[key(t)] {
			return qKnown
		}
	}
	if s.explicit != nil {
		if !s.explicit[n] {
			return qNone
		}
		switch {
		case n.DataAtom == atom.Dt:
			return qDT
		case n.DataAtom == atom.Details:
			return qDetails
		case isToggle(n):
			return qToggle
		}
		return qClass
	}
	if lvl := headingLevel(n); lvl > 0 {
		if s.level > 0 && lvl <= s.level {
			return qNone
		}
		return qHeading
	}
	switch n.DataAtom {
	case atom.Dt:
		return qDT
	case atom.Details:
		if s.p.questionText(n) != "" {
			return qDetails
		}
		return qNone
	}
	if isToggle(n) || n.DataAtom == atom.Button {
		t := s.p.questionText(n)
		if t != "" && len(t) <= maxQuestionLen && (n.DataAtom != atom.Button || endsWithQuestionMark(t)) {
			return qToggle
		}
		return qNone
	}
	if isQuestionClass(n) {
		return qClass
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Li:
		return boldKind(n)
	}
	return qNone
}

// isQuestionClass reports whether n's class marks it as the question
// half of an FAQ item. The id is not read: item ids like
// "faq-question-12" name the whole item, answer included.
func isQuestionClass(n *html.Node) bool {
	words := dom.SplitWords(nil, dom.Attr(n, "class"))
	found := false
	for _, w := range words {
		if vocab.QuestionClassWord(w) {
			found = true
		}
	}
	if !found {
		return false
	}
	if t := dom.Text(n); t == "" || len(t) > maxQuestionLen {
		return false
	}
	return dom.Find(n, func(c *html.Node) bool {
		for _, w := range dom.SplitWords(nil, dom.Attr(c, "class")) {
			if vocab.AnswerClassWord(w) {
				return true
			}
		}
		return false
	}) == nil
}

// boldKind recognises "<p><strong>Question?</strong></p>" and
// "<p><b>Question?</b> Answer…</p>".
func boldKind(n *html.Node) qKind {
	first := firstContentChild(n)
	if first == nil || first.Type != html.ElementNode || (first.DataAtom != atom.Strong && first.DataAtom != atom.B) {
		return qNone
	}
	q := dom.Text(first)
	if !endsWithQuestionMark(q) || len(q) > maxQuestionLen {
		return qNone
	}
	if rest := nextContent(first); rest == nil {
		return qBold
	}
	return qBoldInline
}

func firstContentChild(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode || (c.Type == html.TextNode && strings.TrimSpace(c.Data) != "") {
			return c
		}
	}
	return nil
}

func nextContent(n *html.Node) *html.Node {
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
			continue
		}
		if c.Type == html.TextNode || (c.Type == html.ElementNode && dom.Text(c) != "") {
			return c
		}
	}
	return nil
}

// emit appends n's tokens.
func (s *scanner) emit(n *html.Node) {
	if s.ended || s.consumed[n] {
		return
	}
	switch n.Type {
	case html.TextNode:
		if strings.TrimSpace(n.Data) != "" {
			s.toks = append(s.toks, token{kind: tokContent, node: n, body: []*html.Node{n}})
		}
		return
	case html.ElementNode:
	default:
		return
	}
	if skipTag(n) {
		return
	}
	switch s.marks[n] {
	case mBreak:
		if l := headingLevel(n); l > 0 && s.qLevel > 0 && l > s.qLevel {
			// A subhead inside an answer under a question heading.
			s.toks = append(s.toks, token{kind: tokContent, node: n, body: []*html.Node{n}})
			return
		}
		s.toks = append(s.toks, token{kind: tokBreak, node: n})
		return
	case mEnd:
		s.toks = append(s.toks, token{kind: tokEnd, node: n})
		s.ended = true
		return
	case mQuestion:
		s.qLevel = headingLevel(n)
		if h := dom.Ancestor(n, func(a *html.Node) bool { return headingLevel(a) > 0 }); h != nil {
			s.qLevel = headingLevel(h)
		}
		s.toks = append(s.toks, s.question(n, s.qkind[n]))
		return
	}
	if s.has[n] {
		start := len(s.toks)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			s.emit(c)
		}
		if !s.ended && answeredWithin(s.toks[start:]) {
			// The container held a question and its answer (an FAQ
			// item, or the whole FAQ): whatever follows it is not
			// part of that answer.
			s.toks = append(s.toks, token{kind: tokBreak, node: n})
		}
		return
	}
	s.toks = append(s.toks, token{kind: tokContent, node: n, body: []*html.Node{n}})
}

// answeredWithin reports whether toks hold a question followed by
// answer material, or a self-contained question.
func answeredWithin(toks []token) bool {
	q := false
	for _, t := range toks {
		switch t.kind {
		case tokQ:
			if t.closed {
				return true
			}
			q = true
		case tokContent:
			if q {
				return true
			}
		}
	}
	return false
}

// question builds the token for a question element, with the answer
// parts that live inside it or in the panel it controls.
func (s *scanner) question(n *html.Node, k qKind) token {
	t := token{kind: tokQ, q: k, node: n}
	switch k {
	case qDetails:
		t.question = s.p.questionText(n)
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !dom.IsElement(c, atom.Summary) {
				t.body = append(t.body, c)
			}
		}
		t.closed = true
		return t
	case qBoldInline:
		first := firstContentChild(n)
		t.question = cleanQuestion(dom.Text(first))
		for c := first.NextSibling; c != nil; c = c.NextSibling {
			t.body = append(t.body, c)
		}
		return t
	case qBold:
		t.question = cleanQuestion(dom.Text(firstContentChild(n)))
		return t
	}
	t.question = s.p.questionText(n)
	if panel := s.p.panelOf(n); panel != nil && !s.consumed[panel] {
		s.consumed[panel] = true
		t.body = append(t.body, panel)
		t.extra = append(t.extra, panel)
		t.closed = true
	}
	return t
}

// pickKinds settles, in section mode, which recognised questions really
// are questions. Explicit structures (dt, details, toggles) always are;
// sub-headings are unless they look like category titles over bold
// questions; only one heading level holds questions, the others are
// titles (above) or answer material (below); bold paragraphs count only
// when nothing else marks the questions.
func (s *scanner) pickKinds() {
	var bold, other, headingsQ int
	levelAll := map[int]int{}
	levelQ := map[int]int{}
	onlyHeadings := true
	for _, t := range s.toks {
		if t.kind != tokQ {
			continue
		}
		switch t.q {
		case qBold, qBoldInline:
			bold++
			continue
		case qHeading:
			l := headingLevel(t.node)
			levelAll[l]++
			if endsWithQuestionMark(t.question) {
				levelQ[l]++
				headingsQ++
			}
		default:
			onlyHeadings = false
		}
		other++
	}
	useBold := other == 0 || (onlyHeadings && headingsQ == 0 && bold >= 2)
	best := 0
	for l := 1; l <= 6; l++ {
		if levelAll[l] == 0 {
			continue
		}
		if best == 0 || levelQ[l] > levelQ[best] || (levelQ[l] == levelQ[best] && levelAll[l] > levelAll[best]) {
			best = l
		}
	}
	for i := range s.toks {
		t := &s.toks[i]
		if t.kind != tokQ {
			continue
		}
		switch t.q {
		case qBold, qBoldInline:
			if !useBold {
				*t = token{kind: tokContent, node: t.node, body: []*html.Node{t.node}}
			}
		case qHeading:
			l := headingLevel(t.node)
			switch {
			case useBold || l < best:
				t.kind = tokSkip
			case l > best:
				t.kind = tokContent
				t.body = append([]*html.Node{t.node}, t.body...)
			}
		}
	}
}

// group turns the tokens into entries and the list of nodes that make up
// the section. In section mode the material before the first question
// (an intro) and after a self-contained answer belongs to the section;
// in explicit mode it does not.
func (s *scanner) group() ([]entry, []*html.Node) {
	section := s.explicit == nil
	if section {
		s.pickKinds()
	}
	const (
		outside = iota // not part of the FAQ
		inside         // part of the FAQ, not of an answer
		answer
	)
	state := outside
	if section {
		state = inside
	}
	var entries []entry
	var parts [][]string
	var nodes []*html.Node
	for _, t := range s.toks {
		switch t.kind {
		case tokQ:
			entries = append(entries, entry{question: t.question, pos: s.p.position(t.node)})
			parts = append(parts, nil)
			nodes = append(nodes, t.node)
			nodes = append(nodes, t.extra...)
			if a := renderNodes(t.body); a != "" {
				parts[len(parts)-1] = append(parts[len(parts)-1], a)
			}
			state = answer
			if t.closed {
				state = outside
				if section {
					state = inside
				}
			}
		case tokSkip:
			nodes = append(nodes, t.node)
			state = inside
		case tokBreak:
			state = outside
		case tokContent:
			switch state {
			case answer:
				if a := renderNodes(t.body); a != "" {
					parts[len(parts)-1] = append(parts[len(parts)-1], a)
				}
				nodes = append(nodes, t.node)
			case inside:
				nodes = append(nodes, t.node)
			}
		}
	}
	for i := range entries {
		entries[i].answer = strings.Join(parts[i], "\n\n")
	}
	return entries, nodes
}
