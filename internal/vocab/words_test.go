package vocab

import "testing"

// TestWordSets checks the one-word predicates on words that are and are
// not in their sets, in more than one language where the set has them.
func TestWordSets(t *testing.T) {
	for _, tc := range []struct {
		name string
		test func(string) bool
		yes  []string
		no   []string
	}{
		{"StandfirstWord", StandfirstWord, []string{"standfirst", "dek", "chapo", "vorspann"}, []string{"body", "headline"}},
		{"CounterWord", CounterWord, []string{"of", "von", "sur", "из"}, []string{"and", "photo"}},
		{"LogoToken", LogoToken, []string{"site-title", "brand", "blogtitle"}, []string{"title", "logo"}},
		{"LogoWord", LogoWord, []string{"logo", "masthead", "branding"}, []string{"title", "brand"}},
		{"HelpWord", HelpWord, []string{"help", "hilfe", "ayuda"}, []string{"faq", "question"}},
		{"FAQBreakWord", FAQBreakWord, []string{"newsletter", "werbung", "comments"}, []string{"faq", "answer"}},
		{"ChromeWord", ChromeWord, []string{"footer", "sidebar", "widget"}, []string{"faq", "content"}},
		{"QuestionClassWord", QuestionClassWord, []string{"question", "frage", "pregunta"}, []string{"answer", "faq"}},
		{"AnswerClassWord", AnswerClassWord, []string{"answer", "antwort", "respuesta"}, []string{"question", "faq"}},
		{"LabelPreposition", LabelPreposition, []string{"by", "von", "przez"}, []string{"autor", "author"}},
		{"NameParticle", NameParticle, []string{"von", "Van", "de", "ibn"}, []string{"jane", "and"}},
		{"NotName", NotName, []string{"admin", "Author", "quelle"}, []string{"Jane", "redaktion"}},
		{"DateIntro", DateIntro, []string{"le", "am", "on"}, []string{"by", "von"}},
		{"StateWord", StateWord, []string{"has", "no", "is"}, []string{"sidebar", "author"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.yes {
				if !tc.test(w) {
					t.Errorf("%s(%q) = false", tc.name, w)
				}
			}
			for _, w := range tc.no {
				if tc.test(w) {
					t.Errorf("%s(%q) = true", tc.name, w)
				}
			}
		})
	}
}
