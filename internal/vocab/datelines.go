package vocab

import "strings"

// The words that open a line saying what its date is: published,
// updated, or a date that is not the article's (a forum's clock, a
// member's sign-up day, the start of a period the story talks about).

// Dateline lists the words that open a line announcing the
// publication date.
var Dateline = Phrases{"published", "posted", "date", "veröffentlicht", "erschienen", "datum", "erstellt",
	"publié", "publication", "date de publication", "publicado", "fecha", "pubblicato", "data",
	"gepubliceerd", "opublikowano", "data publikacji"}

// Updated lists the words that open a line giving the modification
// date.
var Updated = Phrases{"updated", "last updated", "last modified", "last edited", "edited", "zuletzt bearbeitet", "bearbeitet", "aktualisiert", "zuletzt aktualisiert",
	"zuletzt geändert", "letzte änderung", "geändert", "modifié", "dernière mise à jour", "última actualización",
	"modificato", "laatst gewijzigd", "mis à jour", "actualizado", "aggiornato", "atualizado", "bijgewerkt",
	"zaktualizowano"}

// OtherDate lists the labels of dates that are not the article's:
// the clock of a forum's header ("It is currently …", "Aktuelle Zeit:")
// and a member's sign-up day in a post's profile box.
var OtherDate = Phrases{"it is currently", "current time", "aktuelle zeit", "es ist gerade",
	"nous sommes le", "heure actuelle", "fecha actual", "hora actual", "ora attuale",
	"joined", "join date", "registered", "registriert", "mitglied seit", "dabei seit",
	"member since", "inscrit", "inscription", "registrado", "miembro desde", "iscritto",
	"lid sinds", "geregistreerd", "dołączył"}

// SpanDate lists the words that open a sentence about a period
// ("Seit 4. August 2014 ist …", "Until 3 March 2024 the …"): the date
// is a point of the story, not the dateline.
var SpanDate = Phrases{"seit", "since", "bis", "until", "till", "ab", "from", "depuis",
	"jusqu'au", "desde", "hasta", "dal", "fino al", "vanaf", "tot", "od"}

// Phrases are lower-case opening words, tested with a prefix compare
// rather than a regular expression: the test runs on every short line.
type Phrases []string

// MatchString reports whether s starts with one of the phrases as whole
// words, in any case.
func (ps Phrases) MatchString(s string) bool {
	for _, p := range ps {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) && (len(s) == len(p) || !wordByte(s[len(p)])) {
			return true
		}
	}
	return false
}

// labelConnectors may follow a date label: "Erschienen am", "Posted on",
// "Publié le".
var labelConnectors = map[string]bool{"am": true, "on": true, "le": true, "el": true, "il": true,
	"em": true, "op": true, "dnia": true, "vom": true, "du": true, "del": true, "at": true, "the": true}

// Label reports whether s is one of the phrases alone, as a label set
// in its own element: "Erschienen am:", "Published", "Datum" — not
// "Data protection".
func (ps Phrases) Label(s string) bool {
	s = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(s), ":"))
	for _, p := range ps {
		if len(s) < len(p) || !strings.EqualFold(s[:len(p)], p) {
			continue
		}
		rest := strings.TrimSpace(s[len(p):])
		if rest == "" || s[len(p)] == ' ' && labelConnectors[strings.ToLower(rest)] {
			return true
		}
	}
	return false
}

// wordByte reports whether c continues an ASCII word.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
