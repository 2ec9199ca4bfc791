package vocab

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
)

// hiddenClass reports the whole class tokens that hide an element on
// every screen. They are matched as whole tokens: "field-label-hidden"
// hides a label, not the field, and "hidden-xs" hides on phones only.
// A switch, not a map: every class token of the page is asked.
func hiddenClass(tok string) bool {
	switch tok {
	case "hidden", "invisible", "sr-only", "screen-reader-text",
		"screen-reader-only", "visually-hidden", "visuallyhidden",
		"element-invisible", "d-none", "is-hidden", "u-hidden",
		"hide", "offscreen", "a11y-hidden", "assistive-text",
		"print-only", "printonly", "visible-print", "show-for-print",
		"show-for-sr", "noscript":
		return true
	}
	return false
}

// HiddenClass reports a class attribute value with a token that hides
// the element everywhere.
func HiddenClass(class string) bool {
	for rest := class; rest != ""; {
		var tok string
		tok, rest = dom.NextField(rest)
		if tok == "" {
			break
		}
		if hiddenClass(tok) || hasUpper(tok) && hiddenClass(strings.ToLower(tok)) {
			return true
		}
	}
	return false
}

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			return true
		}
	}
	return false
}
