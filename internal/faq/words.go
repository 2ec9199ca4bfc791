package faq

import (
	"strings"
	"unicode"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isFAQClass reports whether n's class or id names an FAQ ("faq",
// "faq-list", "faqBlock", id="faqs").
func isFAQClass(n *html.Node) bool {
	// It runs on every element of the page and almost no class mentions
	// an FAQ: a byte scan for the letters rejects those before any
	// splitting into words.
	for i := range n.Attr {
		if k := n.Attr[i].Key; (k == "class" || k == "id") && hasFAQLetters(n.Attr[i].Val) {
			return dom.AnyWord(n, func(w string) bool { return w == "faq" || w == "faqs" })
		}
	}
	return false
}

// hasFAQLetters reports whether s contains "faq" in any ASCII case, which
// a class or id word "faq" or "faqs" implies.
func hasFAQLetters(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if s[i]|0x20 == 'f' && s[i+1]|0x20 == 'a' && s[i+2]|0x20 == 'q' {
			return true
		}
	}
	return false
}

// isBoilerplate reports whether n is a box that is not FAQ content:
// navigation, a form, or a container whose class/id says newsletter,
// related, share, ad and the like.
func isBoilerplate(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.Nav, atom.Footer, atom.Aside, atom.Form, atom.Header:
		return true
	}
	switch dom.Attr(n, "role") {
	case "navigation", "contentinfo", "complementary", "banner", "dialog":
		return true
	}
	return dom.AnyWord(n, vocab.FAQBreakWord)
}

// inChrome reports whether n sits in site furniture rather than in the
// article: a help or support widget, navigation, a sidebar or rail, or a
// page-level header, footer or aside (those inside the article or main
// element are the article's own).
func inChrome(n *html.Node) bool {
	pageLevel := dom.Ancestor(n, isMainContent) == nil && !isMainContent(n)
	for p := n; p != nil; p = p.Parent {
		if p.Type != html.ElementNode || isMainContent(p) || p.DataAtom == atom.Body {
			// Words on the article, <body> or above ("has-support-chat")
			// say nothing about this block.
			return false
		}
		if dom.AnyWord(p, vocab.HelpWord) || dom.AnyWord(p, vocab.ChromeWord) || p.DataAtom == atom.Nav {
			return true
		}
		switch dom.Attr(p, "role") {
		case "navigation", "complementary":
			return true
		case "contentinfo", "banner":
			if pageLevel {
				return true
			}
		}
		switch p.DataAtom {
		case atom.Footer, atom.Aside, atom.Header:
			if pageLevel {
				return true
			}
		}
	}
	return false
}

func isMainContent(n *html.Node) bool {
	return n.DataAtom == atom.Article || n.DataAtom == atom.Main || dom.Attr(n, "role") == "main"
}

// key normalises a question for merging: case, quotes, whitespace,
// invisible characters, a leading "Q:" or number and trailing
// punctuation do not matter.
func key(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch r {
		case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad',
			'"', '\'', '`', '\u00b4', '\u2018', '\u2019', '\u201a', '\u201b',
			'\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb',
			'\u2039', '\u203a', '\u2032', '\u2033', '\u02bc', '¿', '¡':
			continue
		}
		b.WriteRune(r)
	}
	s = dom.CollapseSpace(b.String())
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsPunct(r) || unicode.IsSpace(r)
	})
	// "Q: …", "Q. …", "1. …", "2) …" prefixes.
	for _, p := range []string{"q:", "q.", "f:", "frage:", "question:", "pregunta:", "domanda:"} {
		if strings.HasPrefix(s, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return r < '0' || r > '9' }); i > 0 && i < 4 &&
		(s[i] == '.' || s[i] == ')') && len(s) > i+1 && s[i+1] == ' ' {
		s = s[i+2:]
	}
	return s
}

// endsWithQuestionMark reports whether a question-like text ends with
// "?" (or the full-width and Arabic forms), ignoring trailing space.
func endsWithQuestionMark(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "？") || strings.HasSuffix(s, "؟")
}
