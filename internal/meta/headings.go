package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// The headline as the page shows it: each <h1> is read once, with the
// kicker set off before it (by class, by an eye-only separator, or by a
// <br>) and the marks of a logo or a screen-reader-only copy.

// readHeading returns the h1's text without a kicker: a child element
// whose class names a kicker, or a leading short element followed by a
// colon-separated remainder.
func readHeading(n *html.Node, pos int, trace *rules.Trace) heading {
	full, _ := headingText(n, 1000)
	if trace.On(headingPermalink) {
		full = withoutPermalink(n, full)
	}
	h := heading{node: n, full: full, pos: pos, logo: full == "" || isLogoHeading(n), hidden: vocab.HiddenClass(dom.Attr(n, "class"))}
	h.pageHeader = dom.Ancestor(n, func(p *html.Node) bool { return p.DataAtom == atom.Header || p.DataAtom == atom.Nav }) != nil &&
		dom.Ancestor(n, func(p *html.Node) bool { return p.DataAtom == atom.Article || p.DataAtom == atom.Main }) == nil
	h.text = h.full
	k := findLimited(n, 200, func(c *html.Node) bool { return c != n && kinds(c)&vocab.KindKicker != 0 })
	if k != nil {
		kt, _ := shortText(k, 1000)
		if kt != "" && len(kt) < len(h.full) && strings.HasPrefix(h.full, kt) {
			h.text = strings.TrimLeft(strings.TrimPrefix(h.full, kt), " :|-–—")
			h.kicker = k
		}
	}
	if h.kicker == nil {
		// The element inside the h1 that the page marks as the headline
		// ("<span class=headline>", itemprop=headline), after a kicker.
		if hl := findLimited(n, 200, func(c *html.Node) bool {
			return c != n && c.Type == html.ElementNode && (dom.Attr(c, "itemprop") == "headline" || dom.AnyWord(c, func(w string) bool { return w == "headline" }))
		}); hl != nil {
			if ht, _ := headingText(hl, 1000); ht != "" && len(ht) < len(h.full) && strings.HasSuffix(h.full, ht) {
				h.text = ht
			}
		}
	}
	if h.kicker == nil && h.text == h.full {
		// "<span>Zoonosen</span><span aria-hidden=true> – </span><span>Wie
		// …</span>": a separator shown only to the eye sets a kicker off.
		if sep := findLimited(n, 200, func(c *html.Node) bool { return c != n && hiddenSeparator(c) }); sep != nil {
			if i := strings.Index(h.full, strings.TrimSpace(sep.FirstChild.Data)); i > 0 {
				if rest := strings.TrimLeft(h.full[i:], " :|-–—·•"); len(strings.Fields(rest)) >= 2 && len(strings.Fields(h.full[:i])) <= 8 {
					h.text = rest
				}
			}
		}
	}
	if h.kicker == nil && h.text == h.full {
		// "<small>Tunesien</small><br> Große Aufgaben …": a short line
		// broken off the headline; chooseTitle takes the rest when a
		// metadata title agrees (a long headline may wrap with <br> too).
		h.afterBreak = afterFirstBreak(n, h.full)
	}
	if h.kicker == nil && h.text == h.full {
		h.lead = leadElementText(n, h.full)
	}
	if h.kicker == nil {
		// A kicker just before the h1 in the same header.
		for p := n.PrevSibling; p != nil; p = p.PrevSibling {
			if p.Type != html.ElementNode {
				continue
			}
			if kt, ok := shortText(p, 80); ok && kt != "" && kinds(p)&vocab.KindKicker != 0 {
				h.kicker = p
			}
			break
		}
	}
	return h
}

// hiddenSeparator reports an element hidden from screen readers or
// classed invisible whose text is only a separator (" – ", ": ").
func hiddenSeparator(n *html.Node) bool {
	if n.Type != html.ElementNode || n.FirstChild == nil || n.FirstChild.NextSibling != nil || n.FirstChild.Type != html.TextNode {
		return false
	}
	if dom.Attr(n, "aria-hidden") != "true" && !vocab.HiddenClass(dom.Attr(n, "class")) && !dom.AnyWord(n, func(w string) bool { return w == "invisible" || w == "hidden" }) {
		return false
	}
	t := strings.TrimSpace(n.FirstChild.Data)
	return t != "" && strings.Trim(t, ":|-–—·•/") == ""
}

// leadElementText returns the text of heading n's first child element
// when text follows it and it holds at most six words; "" otherwise.
func leadElementText(n *html.Node, full string) string {
	c := firstNonBlank(n)
	if c == nil || c.Type != html.ElementNode || c.DataAtom == atom.Br {
		return ""
	}
	t, ok := shortText(c, 80)
	if !ok || t == "" || len(t) >= len(full) || !strings.HasPrefix(full, t) || len(strings.Fields(t)) > 6 {
		return ""
	}
	return t
}

// afterFirstBreak returns the text of heading n after its first <br>,
// when the text before it is a short line of at most five words and the
// rest holds at least two words; "" otherwise.
func afterFirstBreak(n *html.Node, full string) string {
	br := findLimited(n, 200, func(c *html.Node) bool { return c.DataAtom == atom.Br })
	if br == nil {
		return ""
	}
	var before strings.Builder
	done := false
	var rec func(*html.Node)
	rec = func(c *html.Node) {
		for ; c != nil && !done; c = c.NextSibling {
			switch {
			case c == br:
				done = true
			case c.Type == html.TextNode:
				before.WriteString(c.Data)
				before.WriteByte(' ')
			case c.Type == html.ElementNode:
				rec(c.FirstChild)
			}
		}
	}
	rec(n.FirstChild)
	b := collapse(before.String())
	if b == "" || len(strings.Fields(b)) > 5 || !strings.HasPrefix(full, b) {
		return ""
	}
	rest := strings.TrimSpace(full[len(b):])
	if len(strings.Fields(rest)) < 2 {
		return ""
	}
	return rest
}

// hasRealH1 reports whether some <h1> is shown and is not the site's logo.
func hasRealH1(h1s []heading) bool {
	for _, h := range h1s {
		if !h.logo && !h.hidden {
			return true
		}
	}
	return false
}

// subheadline returns the heading whose text is the title.
func subheadline(subs []heading, title string) (heading, bool) {
	ft := dom.LetterKey(title)
	if len(ft) < 8 {
		return heading{}, false
	}
	for _, h := range subs {
		fh := dom.LetterKey(h.text)
		if fh == ft || len(fh) >= 12 && strings.Contains(ft, fh) || strings.Contains(fh, ft) && len(fh) < 2*len(ft) {
			return h, true
		}
	}
	return heading{}, false
}

// withoutPermalink takes off the end of a heading's text the mark of a
// link to the heading itself, which documentation generators append
// ("Data Structures¶", "Installation #").
func withoutPermalink(n *html.Node, full string) string {
	var last *html.Node
	dom.Walk(n, func(c *html.Node) bool {
		if c.Type == html.ElementNode && c.DataAtom == atom.A && strings.HasPrefix(dom.Attr(c, "href"), "#") {
			last = c
		}
		return true
	})
	if last == nil {
		return full
	}
	mark := strings.TrimSpace(dom.Text(last))
	if mark == "" || utf8.RuneCountInString(mark) > 2 || strings.IndexFunc(mark, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
		return full
	}
	if rest := strings.TrimSpace(strings.TrimSuffix(full, mark)); rest != full && rest != "" {
		return rest
	}
	return full
}
