package meta

import (
	"slices"
	"sort"
	"strings"

	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
)

// Reading names out of a byline (cleanNames) is the dearest test of the
// visible pass, and a page has many elements that may hold one: author
// boxes of teasers, "by" lines in lists. Only the byline nearest the
// headline is used, so the walk records the elements that pass the cheap
// tests, and their names are read when merge asks for them, from the
// headline outwards.

// bylineEntry is an element that may name the authors.
type bylineEntry struct {
	node *html.Node
	pos  int
	text span
	// strong marks markup that says what it is (rel=author, a byline
	// class, a label) rather than a "By …" text pattern.
	strong bool
	state  int8 // 0 not read yet, 1 names found (in c), -1 none
	c      cand
}

// sortBylines orders the entries by position for nearestByline, keeping
// the order of discovery in order.
func (v *visible) sortBylines() {
	v.byPos = make([]int, len(v.bylines))
	for i := range v.byPos {
		v.byPos[i] = i
	}
	sort.SliceStable(v.byPos, func(i, j int) bool { return v.bylines[v.byPos[i]].pos < v.bylines[v.byPos[j]].pos })
}

// resolve reads the names of entry i once.
func (v *visible) resolve(i int) bool {
	e := &v.bylines[i]
	if e.state != 0 {
		return e.state > 0
	}
	e.state = -1
	c, ok := v.bylineCand(e.node, e.text, e.pos, e.strong)
	if !ok {
		return false
	}
	if !e.strong {
		// The innermost line that reads as a byline is the byline, not
		// the wrappers around it that add dates and share buttons: a
		// wrapper counts at its own position but stands for the inner
		// line. Entries found just before a wrapper are its
		// descendants, the nearest one with names is the inner line.
		for j := i - 1; j >= 0 && inside(v.bylines[j].node, c.node); j-- {
			if v.resolve(j) {
				if p := v.bylines[j].c; slices.Equal(p.names, c.names) {
					c.node = p.node
				}
				break
			}
		}
	}
	e.state, e.c = 1, c
	return true
}

// nearestByline is nearest over the entries of one strength: the first
// with names at or after the headline, else the last before it.
func (v *visible) nearestByline(anchor int, strong bool) (cand, bool) {
	k := sort.Search(len(v.byPos), func(i int) bool { return v.bylines[v.byPos[i]].pos >= anchor })
	for _, i := range v.byPos[k:] {
		if v.bylines[i].strong == strong && v.resolve(i) {
			return v.bylines[i].c, true
		}
	}
	for x := k - 1; x >= 0; x-- {
		if i := v.byPos[x]; v.bylines[i].strong == strong && v.resolve(i) {
			return v.bylines[i].c, true
		}
	}
	return cand{}, false
}

// fullName completes a given name alone ("Todd", the display name a CMS
// stores) with the full name a byline near the headline shows for it
// ("By Todd Bates"). Any other name is returned as it is.
func (v *visible) fullName(name string, anchor int) string {
	if name == "" || strings.ContainsAny(name, " .") || isHandleShape(name) {
		return name
	}
	for _, i := range v.byPos {
		e := &v.bylines[i]
		if e.pos < anchor-dateWindow || e.pos > anchor+dateWindow || !v.resolve(i) {
			continue
		}
		for _, n := range e.c.names {
			if strings.HasPrefix(n, name+" ") && len(strings.Fields(n)) <= 3 {
				return n
			}
		}
	}
	return name
}

// personalNear returns the names of the first byline in the headline's
// block whose names are all full personal names (two or more
// capitalised words), nil if none.
func (v *visible) personalNear(anchor int) []string {
	for _, i := range v.byPos {
		e := &v.bylines[i]
		if !closeAfter(e.pos, anchor) || !v.resolve(i) {
			continue
		}
		ok := len(e.c.names) > 0
		for _, n := range e.c.names {
			if len(strings.Fields(n)) < 2 || isHandle(n) || vocab.IsOrgName(n) {
				ok = false
			}
		}
		if ok {
			return e.c.names
		}
	}
	return nil
}

// datelineName returns the person named on a date line that hugs the
// headline, beside the date and time and nothing else: "04.02.2022 |
// 13:10 Uhr | Uta Helkenberg". The name must read as a full personal
// name, since no byline word says what it is.
func (v *visible) datelineName(anchor int) string {
	for _, cs := range [][]cand{v.dates, v.loose} {
		for _, c := range cs {
			if c.skipped || c.inText || !hugs(c.pos, anchor) {
				continue
			}
			t, ok := shortText(c.node, 100)
			if !ok {
				continue
			}
			// The parts without digits: exactly one, the name.
			name, others := "", 0
			for _, part := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '·' || r == '•' || r == '–' || r == '—' }) {
				for _, p := range strings.Split(part, " - ") {
					if p = strings.TrimSpace(p); p != "" && !strings.ContainsAny(p, "0123456789") {
						name, others = p, others+1
					}
				}
			}
			if others != 1 {
				continue
			}
			if n, ok := SignOff(name); ok { // SignOff refuses organisations
				return n
			}
		}
	}
	return ""
}
