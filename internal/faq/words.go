package faq

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// faqPhrases are FAQ section titles, written the way normWords leaves
// them (lower case, letters and digits only, single spaces). A heading
// containing one of them as whole words names an FAQ section.
var faqPhrases = []string{
	// en
	"faq", "faqs", "f a q", "frequently asked questions", "frequently asked question",
	"common questions", "commonly asked questions", "questions and answers",
	"questions answers", "q a", "your questions answered", "people also ask",
	// de
	"häufig gestellte fragen", "häufige fragen", "oft gestellte fragen",
	"fragen und antworten", "fragen antworten", "die wichtigsten fragen",
	// fr
	"questions fréquentes", "questions fréquemment posées", "foire aux questions",
	"questions réponses", "questions et réponses", "vos questions",
	// es
	"preguntas frecuentes", "preguntas más frecuentes", "preguntas y respuestas",
	// it
	"domande frequenti", "domande e risposte", "domande più frequenti",
	// pt
	"perguntas frequentes", "perguntas e respostas", "dúvidas frequentes",
	// nl
	"veelgestelde vragen", "veel gestelde vragen", "vragen en antwoorden",
	// pl
	"najczęściej zadawane pytania", "często zadawane pytania", "pytania i odpowiedzi",
	"częste pytania",
	// sv, da, no, cs
	"vanliga frågor", "ofte stillede spørgsmål", "ofte stilte spørsmål", "časté dotazy",
}

// helpWords mark a site's own help or support desk. An FAQ titled or
// classed with them is a site-wide widget, not part of the article.
var helpWords = map[string]bool{
	"help": true, "support": true, "helpcenter": true, "helpdesk": true,
	"customer": true, "hilfe": true, "kundenservice": true, "aide": true,
	"assistance": true, "ayuda": true, "soporte": true, "aiuto": true,
	"assistenza": true, "ajuda": true, "suporte": true, "hulp": true,
	"klantenservice": true, "pomoc": true, "wsparcie": true,
}

// boilerWords are class/id words of boxes that interrupt or follow an
// FAQ without belonging to it (newsletter sign-ups, share bars, rails,
// ads, comments). Such a box ends the answer it follows.
var boilerWords = map[string]bool{
	"newsletter": true, "subscribe": true, "subscription": true, "signup": true,
	"abo": true, "abonnement": true, "inscription": true, "suscripcion": true,
	"iscrizione": true, "related": true, "recommended": true, "recommendations": true,
	"share": true, "sharing": true, "social": true, "sharebar": true,
	"ad": true, "ads": true, "advert": true, "advertisement": true, "adslot": true,
	"anzeige": true, "werbung": true, "publicite": true, "publicidad": true,
	"pubblicita": true, "publicidade": true, "reklama": true, "advertentie": true,
	"promo": true, "promotion": true, "sponsor": true, "sponsored": true,
	"comments": true, "comment": true, "kommentare": true, "commentaires": true,
	"comentarios": true, "commenti": true, "komentarze": true, "reacties": true,
	"author": true, "bio": true, "byline": true, "tags": true, "breadcrumb": true,
	"breadcrumbs": true, "pagination": true, "cookie": true, "consent": true,
	"paywall": true, "taboola": true, "outbrain": true, "teaser": true, "cta": true,
	"rail": true, "sidebar": true, "footer": true, "feedback": true, "rating": true,
}

// chromeWords are class/id words of page furniture around the article.
var chromeWords = map[string]bool{
	"footer": true, "sidebar": true, "rail": true, "nav": true, "navbar": true,
	"menu": true, "masthead": true, "widget": true, "widgets": true,
}

// questionClassWords mark the question half of a hand-rolled FAQ item
// (class="faq__question", "frage", "accordion-title"...).
var questionClassWords = map[string]bool{
	"question": true, "frage": true, "pregunta": true, "domanda": true,
	"pergunta": true, "vraag": true, "pytanie": true, "fraga": true,
}

// answerClassWords mark the answer half of an FAQ item.
var answerClassWords = map[string]bool{
	"answer": true, "antwort": true, "reponse": true, "respuesta": true,
	"risposta": true, "resposta": true, "antwoord": true, "odpowiedz": true,
	"svar": true,
}

// normWords lower-cases s and keeps only letters and digits, separating
// runs with single spaces, so "F.A.Q. – Häufige Fragen!" becomes
// "f a q häufige fragen".
func normWords(s string) string {
	return string(appendNormWords(nil, s))
}

// appendNormWords appends normWords(s) to dst.
func appendNormWords(dst []byte, s string) []byte {
	start := len(dst)
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && len(dst) > start {
				dst = append(dst, ' ')
			}
			space = false
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
			continue
		}
		space = true
	}
	return dst
}

// isFAQTitle reports whether a heading text names an FAQ section. Long
// headings and headings that are themselves questions do not: "Why are
// FAQ pages popular?" is an article subhead.
func isFAQTitle(text string) bool {
	t := strings.TrimSpace(text)
	if t == "" || len(t) > 200 || strings.HasSuffix(t, "?") || strings.HasSuffix(t, "¿") {
		// Titles are short; a long heading is a sentence, never "FAQ".
		return false
	}
	// The words are built between two spaces, so that matching whole
	// words is a plain substring test (it runs on every heading).
	var buf [256]byte
	b := appendNormWords(append(buf[:0], ' '), t)
	w := b[1:]
	if len(w) == 0 || bytes.Count(w, []byte{' '}) > 9 {
		return false
	}
	padded := append(b, ' ')
	for _, p := range paddedFAQPhrases {
		if bytes.Contains(padded, p) {
			return !hasHelpWord(string(w))
		}
	}
	return false
}

// paddedFAQPhrases are faqPhrases with a space on each side, built once
// so that matching whole words allocates nothing per heading.
var paddedFAQPhrases = func() [][]byte {
	out := make([][]byte, len(faqPhrases))
	for i, p := range faqPhrases {
		out[i] = []byte(" " + p + " ")
	}
	return out
}()

func hasHelpWord(words string) bool {
	for _, f := range strings.Fields(words) {
		if helpWords[f] {
			return true
		}
	}
	return false
}

// hasWord reports whether one of n's class/id words is in set.
func hasWord(n *html.Node, set map[string]bool) bool {
	return dom.AnyWord(n, func(w string) bool { return set[w] })
}

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
	return hasWord(n, boilerWords)
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
		if hasWord(p, helpWords) || hasWord(p, chromeWords) || p.DataAtom == atom.Nav {
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
