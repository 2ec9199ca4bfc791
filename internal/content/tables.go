package content

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/pith-org/pith/internal/rules"
)

var ruleGridCell = rules.Register(rules.Prune, "grid-cell",
	"a short box inside a run of three or more alike short records (a price list, a plan comparison, a feature grid built of boxes) is a cell of a table, not an empty box")

// gridCell reports a short box that is a cell of a table built of
// boxes: the box, or one of its three nearest ancestors, is one of
// three or more records alike (same tag and class words) under one
// container, each short. Service and pricing pages set their price
// lists ("Coolant flush" | "$373–$400"), plan comparisons and feature
// grids so; each cell alone reads as a near-empty box, and the table
// is the page's content. A forum post's header (a date, "#1") is a row
// of short boxes too, but the posts it heads are long.
func (s *scorer) gridCell(n *html.Node) bool {
	if !s.t.On(ruleGridCell) {
		return false
	}
	for a, i := n, 0; a != nil && i < 4 && a.Type == html.ElementNode; a, i = a.Parent, i+1 {
		if s.record(a) {
			return true
		}
	}
	return false
}

// maxRecord is the most text a record of a table built of boxes holds.
const maxRecord = 150

// record reports an element that is one of three or more alike short
// records of its parent.
func (s *scorer) record(n *html.Node) bool {
	if n.Parent == nil || s.stats[n].chars > maxRecord {
		return false
	}
	sig := n.Data + "|" + signature(n)
	if signature(n) == "" {
		return false // bare <div>s are alike by default
	}
	alike := 0
	for r := n.Parent.FirstChild; r != nil; r = r.NextSibling {
		if r.Type != html.ElementNode || s.stats[r].chars == 0 {
			continue
		}
		if r.Data+"|"+signature(r) != sig || s.stats[r].chars > maxRecord {
			return false
		}
		alike++
	}
	return alike >= 3
}

var ruleTableWrapper = rules.Register(rules.Select, "table-wrapper",
	"a data table chosen as the content climbs out of the box that holds it with only its heading, so the text around it can join")

// tableWrapper returns the box a data table n sits in with nothing but
// its heading or caption (under 200 characters of text besides the
// table), or n. A course page's schedule, a price list: the table
// scores best, but it is a part of the page's text, and the text
// beside its box joins as the winner's siblings only once the winner
// is the box.
func (s *scorer) tableWrapper(n *html.Node) *html.Node {
	if n.DataAtom != atom.Table || !s.t.On(ruleTableWrapper) || layoutLike(n) {
		return n
	}
	table := s.stats[n].chars
	for p := n.Parent; p != nil && p.Type == html.ElementNode && p.DataAtom != atom.Body && p.DataAtom != atom.Html; p = p.Parent {
		if s.stats[p].chars-table > 200 {
			break
		}
		n = p
	}
	return n
}
