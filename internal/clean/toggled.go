package clean

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	ruleToggled = rules.Register(rules.Clean, "toggled-panel",
		"a hidden tab panel or collapsed section that a control on the page opens (role=tabpanel, the target of aria-controls) is text a click away, not hidden text")
	ruleVeil = rules.Register(rules.Clean, "page-veil",
		"a hidden wrapper around nearly all the page's text is a veil a script lifts once the page has loaded, not hidden text")
)

// noteControls records the elements n says it opens and closes
// (aria-controls names their ids): tabs, accordion toggles, "show
// more" buttons. Called by prepare for every element, before anything
// is removed.
func (c *cleaner) noteControls(n *html.Node) {
	v := dom.Attr(n, "aria-controls")
	if v == "" {
		return
	}
	if c.controlled == nil {
		c.controlled = map[string]bool{}
	}
	for rest := v; rest != ""; {
		var id string
		id, rest = dom.NextField(rest)
		if id != "" {
			c.controlled[id] = true
		}
	}
}

// shownAnyway returns the rule that keeps n, hidden by rule h (the
// hidden attribute, an inline style or aria-hidden), in the page, or ""
// when the hiding stands. Documentation shows one tab of code samples
// (one per language) and collapses the sections of long references;
// landing pages fold their answers into accordions. The reader opens
// them with one click, and they are the page's text. Such panels are
// left to the other rules (a collapsed menu is still navigation); only
// the hiding is not held against them.
func (c *cleaner) shownAnyway(n *html.Node, h string) string {
	if c.t.On(ruleToggled) && c.toggled(n) {
		// A closed tab panel is aria-hidden as well, and its hiding
		// attributes come in any order.
		return ruleToggled
	}
	if h != ruleHiddenAttr && h != ruleHiddenStyle {
		return ""
	}
	if c.t.On(ruleVeil) && c.veil(n) {
		return ruleVeil
	}
	return ""
}

// toggled reports a tab panel or an element another element controls.
func (c *cleaner) toggled(n *html.Node) bool {
	if strings.EqualFold(dom.Attr(n, "role"), "tabpanel") {
		return true
	}
	id := dom.Attr(n, "id")
	return id != "" && c.controlled[id]
}

// veil reports a hidden element holding nearly all the text of the
// page and its headline or main region: pages hide their whole layout
// until their scripts have run (visibility:hidden against a flash of
// unstyled content), and a browser shows it a moment later. Hidden
// copies and off-screen menus hold a part of the page, never nearly all
// of it; a dialog unpacked from a template late (a cookie box whose
// policy text outweighs what the page measured) holds no headline.
func (c *cleaner) veil(n *html.Node) bool {
	s := c.stat(n)
	if s.text < 200 || 10*s.text < 9*c.total.text {
		return false
	}
	return dom.Find(n, func(x *html.Node) bool {
		switch x.DataAtom {
		case atom.H1, atom.Main, atom.Article:
			return true
		}
		return false
	}) != nil
}
