package vocab

import (
	"regexp"
	"strings"
)

// The word-list expressions noise and roleWords run on every name
// candidate, and almost none of those holds a listed word. A match of
// `(?i)\b(?:word|…)\b` always starts at a run of ASCII word bytes (the
// \b before a leading ASCII letter needs a non-word byte before it), and
// that run is exactly the alternative's leading ASCII letters: the
// pattern either ends there (the closing \b) or continues with a
// character that is not an ASCII word byte. So a text none of whose runs
// is such a leading part cannot match, and a set lookup per run decides
// that without starting the regexp machine. The one hole is case
// folding: under (?i) "k" also matches the Kelvin sign and "s" the long
// s, which are not word bytes; a text holding either goes to the
// expression.

// wordGate is the set of lower-case leading runs of a word-list
// expression.
type wordGate struct {
	re      *regexp.Regexp
	lead    map[string]bool
	longest int
}

func newWordGate(re *regexp.Regexp, leads string) *wordGate {
	g := &wordGate{re: re, lead: map[string]bool{}}
	for _, w := range strings.Fields(leads) {
		g.lead[w] = true
		g.longest = max(g.longest, len(w))
	}
	return g
}

// mayMatch reports false only when the expression cannot match s.
func (g *wordGate) mayMatch(s string) bool {
	if strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f") {
		return true
	}
	var buf [24]byte
	for i := 0; i < len(s); {
		if !wordByte(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && wordByte(s[j]) {
			j++
		}
		if n := j - i; n <= g.longest && n <= len(buf) {
			for k := 0; k < n; k++ {
				c := s[i+k]
				if c >= 'A' && c <= 'Z' {
					c += 'a' - 'A'
				}
				buf[k] = c
			}
			if g.lead[string(buf[:n])] {
				return true
			}
		}
		i = j
	}
	return false
}

// MatchString is the expression's MatchString.
func (g *wordGate) MatchString(s string) bool {
	return g.mayMatch(s) && g.re.MatchString(s)
}

// FindStringIndex is the expression's FindStringIndex.
func (g *wordGate) FindStringIndex(s string) []int {
	if !g.mayMatch(s) {
		return nil
	}
	return g.re.FindStringIndex(s)
}

// noiseGate lists the leading runs of noise's words; optional trailing
// letters ("updated?") give both forms.
var noiseGate = newWordGate(noise, `last update updated aktualisiert mis actualizado aggiornato atualizado
	bijgewerkt zaktualizowano published ver publi publicado pubblicato gepubliceerd opublikowano
	other others weitere autres otros altri outros anderen innych minute minutes min read lesezeit
	lecture lectura lettura leitura leestijd czytania share teilen partager compartir condividi
	partilhar delen udost follow folgen suivre seguir segui volgen obserwuj comment comments
	kommentar kommentare commentaire commentaires comentario comentarios commenti reacties komentarz
	komentarze photo foto bild image video mehr more all alle view profile profil bio biography newsletter
	subscribe abonnieren s suscribirse iscriviti assinar abonneren subskrybuj am um on at tag tags
	show zeige datum date fecha hace ago publiziert stand zur pressemitteilung quelle zuletzt ge
	link shares posted gepostet erstellt about montag dienstag mittwoch donnerstag freitag samstag
	sonntag monday tuesday wednesday thursday friday saturday sunday`)

// roleGate lists the leading runs of roleWords' words.
var roleGate = newWordGate(roleWords, `editor editorin redakteur redakteurin reporter reporterin
	correspondent korrespondent korrespondentin journalist journalistin journaliste journalista
	writer author autor autorin contributor columnist kolumnist kolumnistin chief senior staff
	producer analyst r correspondant correspondante envoy redactor redactora corresponsal periodista
	redattore redattrice giornalista inviato inviata rep jornalista correspondente redacteur
	verslaggever dziennikarz dziennikarka redaktor redaktorka korespondent korespondentka freelance
	freier freie mitarbeiter mitarbeiterin head director manager founder ceo professor dr team desk
	department ressort`)

// bylineLabel runs on every short text of an element followed by a
// sibling, menus and buttons included. Its words follow a run of
// separators and are followed by space, a colon or the end, so the run
// of ASCII letters after the separators is a word's leading run, as for
// wordGate; a word that starts with another letter ("écrit par") goes
// to the expression.
var labelLeads = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`by von par por door przez autor autorin autora autores autoren
		autorzy author authors auteur auteure auteurs autrice autore autori written geschrieben
		scritto geschreven escrito redaktion redacci r redazione redactie redakcja`) {
		labelLeads[w] = true
	}
}

// mayBeLabel reports false only when bylineLabel cannot match t.
func mayBeLabel(t string) bool {
	if strings.Contains(t, "\u212a") || strings.Contains(t, "\u017f") {
		return true
	}
	i := 0
	for i < len(t) {
		if strings.IndexByte("|, \t\n\f\r", t[i]) >= 0 {
			i++
		} else if strings.HasPrefix(t[i:], "·") {
			i += len("·")
		} else if strings.HasPrefix(t[i:], "•") {
			i += len("•")
		} else {
			break
		}
	}
	if i == len(t) {
		return false
	}
	if t[i] >= 0x80 {
		return true
	}
	var buf [16]byte
	n := 0
	for j := i; j < len(t); j++ {
		c := t[j]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c < 'a' || c > 'z' {
			break
		}
		if n == len(buf) {
			return false
		}
		buf[n] = c
		n++
	}
	return labelLeads[string(buf[:n])]
}
