package clean_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/rules"
)

// TestCleanToggledPanels: a panel a tab or toggle opens stays, hidden
// or not; other hidden elements go.
func TestCleanToggledPanels(t *testing.T) {
	page := func(extra string) string {
		return "<html><body><main><h1>Send a message</h1><p>" + prose(6) + "</p>" + extra + "</main></body></html>"
	}
	runCleanCases(t, []cleanCase{
		{name: "hidden tab panel", page: page(`<div role="tablist"><span role="tab">Python</span><span role="tab">Go</span></div><div role="tabpanel">PYTHON pip install it.</div><div role="tabpanel" hidden>GOTAB go get it.</div>`), keep: []string{"PYTHON", "GOTAB"}},
		{name: "closed tab panel, aria-hidden first", page: page(`<section id="tab_macos" role="tabpanel" aria-hidden="true" hidden="hidden"><p>MACTAB brew install it.</p></section>`), keep: []string{"MACTAB"}},
		{name: "tab panel hidden by style", page: page(`<div role="tabpanel" style="display: none">STYLETAB npm install it.</div>`), keep: []string{"STYLETAB"}},
		{name: "collapsed accordion panel", page: page(`<button aria-expanded="false" aria-controls="a1 a2">What does it cover?</button><dd id="a1" hidden>ANSWER accidents and illness.</dd>`), keep: []string{"ANSWER"}},
		{name: "hidden, and nothing opens it", page: page(`<div id="a3" hidden>HIDDEN copy for scripts.</div>`), drop: []string{"HIDDEN"}},
		{name: "opened, but still named as chrome", page: page(`<button aria-controls="menu">Menu</button><div id="menu" class="mobile-nav" hidden>MENU home, news.</div>`), drop: []string{"MENU"}},
	}, clean.Options{})
}

// TestCleanPageVeil: a hidden wrapper around the whole page is shown
// once scripts run; a hidden box without the page's headline is not.
func TestCleanPageVeil(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{name: "veiled page", page: `<html><body><div style="visibility:hidden"><div style="display:none">MENU home</div><h1>Machine learning</h1><p>VEILED ` + prose(5) + `</p></div></body></html>`, keep: []string{"VEILED"}, drop: []string{"MENU"}},
		{name: "hidden part of a page", page: `<html><body><h1>Machine learning</h1><p>` + prose(5) + `</p><div style="display:none"><h1>Copy</h1><p>COPY ` + prose(1) + `</p></div></body></html>`, drop: []string{"COPY"}},
		{name: "hidden box without a headline", page: `<html><body><p>short</p><div style="display:none"><p>POLICY ` + prose(5) + `</p></div></body></html>`, drop: []string{"POLICY"}},
	}, clean.Options{})
}

// TestCleanToggledOff: with the rules off, hidden panels and veils go.
func TestCleanToggledOff(t *testing.T) {
	off := map[string]bool{"toggled-panel": true, "page-veil": true}
	doc := parse(t, `<html><body><div hidden><h1>Title</h1><p>VEIL `+prose(5)+`</p><div role="tabpanel" hidden>TAB text</div></div></body></html>`)
	clean.Clean(doc, clean.Options{Trace: rules.NewTrace(off, false)})
	if got := allText(doc); strings.Contains(got, "VEIL") || strings.Contains(got, "TAB") {
		t.Errorf("with the rules off hidden text stayed: %q", got)
	}
}
