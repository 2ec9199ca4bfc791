package vocab

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words of FAQ sections: the titles that announce one, the class
// words of its questions and answers, and the class words of the boxes
// around it that are not part of it (a help desk, page chrome, a
// newsletter box between two answers).

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

// appendNormWords appends s lower-cased with only its letters and
// digits, runs separated by single spaces, to dst: "F.A.Q. – Häufige
// Fragen!" becomes "f a q häufige fragen".
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

// FAQTitle reports whether a heading text names an FAQ section. Long
// headings and headings that are themselves questions do not: "Why are
// FAQ pages popular?" is an article subhead.
func FAQTitle(text string) bool {
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

// HelpWord reports a word of a site's own help or support desk.
func HelpWord(w string) bool { return helpWords[w] }

// FAQBreakWord reports a class/id word of a box that interrupts or
// follows an FAQ without belonging to it.
func FAQBreakWord(w string) bool { return boilerWords[w] }

// ChromeWord reports a class/id word of page furniture around the
// article.
func ChromeWord(w string) bool { return chromeWords[w] }

// QuestionClassWord reports a class word of an FAQ item's question.
func QuestionClassWord(w string) bool { return questionClassWords[w] }

// AnswerClassWord reports a class word of an FAQ item's answer.
func AnswerClassWord(w string) bool { return answerClassWords[w] }
