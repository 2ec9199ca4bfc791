package vocab

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// stopwords are frequent short words that tell the main European
// languages apart. Words shared by several languages are left out.
var stopwords = map[string][]string{
	"en": strings.Fields("the and of to is that with for was are this have from by not be which were their has been would"),
	"de": strings.Fields("der die und das ist nicht mit sich des auf für ein eine dem den auch wird sind oder wie bei aus"),
	"fr": strings.Fields("le les des est et une dans pour qui que sur pas plus au du avec ce sont ont été cette"),
	"es": strings.Fields("el los las del que y una por con para es está pero más como sus fue han este esta también"),
	"it": strings.Fields("il della che di è per non una sono gli con del nel alla anche come più dei questo ha"),
	"pt": strings.Fields("o os da do que não uma para com em são mais ao dos das pelo pela como foi também"),
	"nl": strings.Fields("de het een van en is dat niet op voor met zijn te aan er ook om maar bij door"),
	"pl": strings.Fields("i w na się nie z do że jest to jak po oraz przez dla są który która tak już"),
	"sv": strings.Fields("och att det som en är på för med av till den inte har om var jag från"),
	"cs": strings.Fields("a se na je že v to s do jsou by jako ale pro jak už také podle který"),
}

var stopIndex = func() map[string][]string {
	idx := map[string][]string{}
	for lang, ws := range stopwords {
		for _, w := range ws {
			idx[w] = append(idx[w], lang)
		}
	}
	return idx
}()

// GuessLang returns the language whose stopwords lead in text, as a
// two-letter code; "" when the text is too short or no language leads
// clearly.
func GuessLang(text string) string {
	counts := map[string]int{}
	total := 0
	// Words are cut and lower-cased in one buffer: a page's 20,000
	// bytes of text would otherwise be copied twice and split into a
	// slice of strings just to be counted.
	var buf []byte
	count := func() {
		if len(buf) == 0 {
			return
		}
		total++
		for _, l := range stopIndex[string(buf)] { // no allocation for a map key
			counts[l]++
		}
		buf = buf[:0]
	}
	for _, r := range text {
		if !unicode.IsLetter(r) {
			count()
			continue
		}
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	count()
	best, second := "", 0
	for l, c := range counts {
		if best == "" || c > counts[best] || c == counts[best] && l < best {
			if best != "" && counts[best] > second {
				second = counts[best]
			}
			best = l
		} else if c > second {
			second = c
		}
	}
	if best == "" || counts[best] < 5 || total < 20 || float64(counts[best]) < 1.3*float64(second) {
		return ""
	}
	return best
}
