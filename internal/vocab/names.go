package vocab

import (
	"regexp"
	"strings"

	"github.com/pith-org/pith/internal/dom"
)

// The words around names in author strings: the words that introduce a
// byline ("By", "Von", "Texte :"), those that join several names, and
// those that are never part of a name (dates, roles, degrees, share and
// follow prompts, picture credits), in the main European languages.

// bylinePrefix matches the words that introduce a byline in the main
// European languages, with an optional colon.
var bylinePrefix = regexp.MustCompile(`(?i)^[\s\-–—|·•:,]*(?:(?:(?:ein|eine|un|una|uno|een|a|an)\s+)?(?:written|submitted|gespeichert|eingereicht|geplaatst|rédigé|gastbeitrag|blog\s+beitrag|posted|published|reported|recipe|rezept|recette|receta|ricetta|recept|eingestellt|gepostet|erstellt|publiziert|artikel|beitrag|article|artículo|articolo|post|posté|pubblicato|photos?|text|words|story|interview|reporting|compiled|edited|geschrieben|verfasst|veröffentlicht|ein beitrag|texte?|écrit|publié|rédigé|escrito|publicado|redactado|scritto|pubblicato|a cura|geschreven|gepubliceerd|napisane?|opublikowane?)\s+(?:by|von|par|por|da|di|door|przez)\b|by|von|vom|par|di|da|por|door|przez|interview|autor(?:in|a|es|en)?|author(?:s)?|auteur(?:e|s)?|autore|autori|autrice|auteurs|text|texte|redakcja|redaktion|redacción|redazione|rédaction|redactie|bron|source|quelle|fuente|fonte)\s*[:|\-–—]?(?:\s+|$)`)

// nameSplit separates several names: commas, semicolons, ampersands,
// slashes, bars and the word "and" in the main European languages.
var nameSplit = regexp.MustCompile(`(?i)\s*(?:[,;&/|•·⋅]|\s(?:and|und|et|y|e|i|en|oraz)\s)\s*`)

// noise marks a part that is not a name: dates, update notices, counts
// of further authors, roles. Word lists cover en, de, fr, es, it, pt, nl, pl.
var noise = regexp.MustCompile(`(?i)\b(?:last\s+(?:updated|modified|edited)|updated?|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt|zaktualizowano|published|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|opublikowano|others?|weitere|autres|otros|altri|outros|anderen|innych|minutes?|min\.?|read|lesezeit|lecture|lectura|lettura|leitura|leestijd|czytania|share|teilen|partager|compartir|condividi|partilhar|delen|udostępnij|follow|folgen|suivre|seguir|segui|volgen|obserwuj|comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarze?|photo|foto|bild|image|video|read more|mehr|more|all posts|alle beiträge|view|profile|profil|bio|biography|newsletter|subscribe|abonnieren|s'abonner|suscribirse|iscriviti|assinar|abonneren|subskrybuj|am|um|on|at|tags?|alle artikel|all articles|show all|zeige|datum|date|fecha|hace|ago|publiziert|stand|zur person|pressemitteilung|quelle:|zuletzt|geändert|link|shares?|posted|gepostet|erstellt|about|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)

// notNames are single words that byline markup holds without a name.
var notNames = map[string]bool{
	"by": true, "von": true, "par": true, "por": true, "di": true, "door": true, "przez": true,
	"admin": true, "administrator": true, "wordpressadmin": true, "author": true, "autor": true,
	"auteur": true, "autore": true, "guest": true, "gast": true, "anonymous": true, "anonym": true,
	"unknown": true, "user": true, "full": true, "redaktion": false, "no author": true, "none": true,
	"dr": true, "dr.": true, "prof": true, "prof.": true, "mr": true, "mrs": true, "ms": true,
	"herr": true, "frau": true, "quelle": true, "source": true, "fuente": true, "fonte": true, "bron": true, "źródło": true, "mme": true, "sig": true, "sr": true, "sra": true, "dhr": true, "mevr": true, "pan": true, "pani": true,
}

// roleWords are job titles that trail a name ("Jane Doe, Senior Editor").
var roleWords = regexp.MustCompile(`(?i)\b(?:editor|editorin|redakteur(?:in)?|reporter(?:in)?|correspondent|korrespondent(?:in)?|journalist(?:in|e|a)?|writer|author|autor(?:in)?|contributor|columnist|kolumnist(?:in)?|chief|senior|staff|producer|analyst|rédacteur|rédactrice|correspondant(?:e)?|envoyée?|redactor(?:a)?|corresponsal|periodista|redattore|redattrice|giornalista|inviato|inviata|repórter|jornalista|correspondente|redacteur|verslaggever|correspondent|dziennikarz|dziennikarka|redaktor(?:ka)?|korespondent(?:ka)?|freelance|freier|freie|mitarbeiter(?:in)?|head|director|manager|founder|ceo|professor|dr\.? phil|team|desk|department|ressort)\b`)

// degrees are academic titles listed after a name like a second author
// ("Jane Doe, PhD").
var degrees = regexp.MustCompile(`(?i)^(?:ph\.?\s?d|m\.?d|mph|msc|m\.?sc|bsc|mba|dphil|llm|esq|rn|ma|ba|jr|sr|mag|dipl\.?-?\w*)\.?$`)

// midByline finds a capitalised byline word after a short label.
var midByline = regexp.MustCompile(`^\S+(?:\s\S+)?\s((?:By|Von|Par|Por|Door)\s+\p{Lu})`)

// creditParen is a parenthesis crediting a name for pictures, "Adrian
// Malloch (photography)".
var creditParen = regexp.MustCompile(`(?i)\(\s*(?:photo\w*|foto\w*|bild\w*|pictures?|images?|video\w*|illustra\w*|ilustra\w*|grafik\w*|kamera|camera)\s*\)`)

// labelBreak is a line break right after a byline word.
var labelBreak = regexp.MustCompile(`(?i)(?:^|\s)(by|von|par|por|door|przez|di)[ \t]*\n`)

// byWord is a byline word inside a line, followed by a capitalised name.
var byWord = regexp.MustCompile(`(?:^|\s)(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor|DOOR|przez)\s+\p{Lu}`)

// weekdayDate is an abbreviated weekday followed by a date, in the main
// European languages.
var weekdayDate = regexp.MustCompile(`(?:^|\s)(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[Ll]un|[Mm]ar|[Mm]er|[Jj]eu|[Vv]en|[Ss]am|[Dd]im|[Mm]ié|[Jj]ue|[Vv]ie|[Ss]áb|[Dd]om|[Ss]eg|[Tt]er|[Qq]ua|[Qq]ui|[Ss]ex|[Gg]io|[Ww]o|[Zz]a|[Zz]o|[Pp]on|[Ww]t|[Śś]r|[Cc]zw|[Pp]t|[Ss]ob|[Nn]iedz?)\.?,?\s+(?:\p{L}{3,9}\.?\s+)?\d`)

// creditWord starts a credit for pictures or illustrations.
var creditWord = regexp.MustCompile(`(?i)(?:^|\s)(?:illustrations?|illustration|fotos?|photos?|photography|fotografie|photographie|fotograf[ií]a|bilder?|grafik|infografik|zeichnung(?:en)?|ilustraci[oó]n|ilustração|illustrazion[ei]|illustratie|ilustracje?|kamera|video)\s*(?:von|by|par|de|di|da|door|przez|:)\s`)

// reviewerWord ends the words that credit a check or an edit rather than
// the writing: "Fact-checked by", "Medically reviewed by", "Edited by",
// "Geprüft von", "Relu par".
var reviewerWord = regexp.MustCompile(`(?i)(?:checked|reviewed|edited|verified|approved|geprüft|überprüft|redigiert|lektoriert|relu|vérifié|révisé|revisado|verificado|rivisto|verificato|gecontroleerd|nagekeken|sprawdzone?)\s*$`)

// byWords hold what midByline and byWord need: a byline word and a
// space.
var byWords = []string{"by ", "von ", "par ", "por ", "door ", "przez "}

// creditStems start every word of creditWord.
var creditStems = []string{"illustr", "ilustra", "foto", "photo", "bild", "grafik", "zeichnung", "kamera", "camera", "video"}

// dateIntro are the words that introduce a date after a name, in the
// main European languages ("…, le 8 octobre", "…, am 3. März").
var dateIntro = map[string]bool{
	"le": true, "am": true, "on": true, "el": true, "il": true, "op": true, "em": true,
	"dnia": true, "vom": true, "du": true, "del": true, "den": true, "the": true,
}

// trailingAnd is the conjunction left over when "and 3 others" is cut.
var trailingAnd = regexp.MustCompile(`(?i)(?:[\s,]+(?:and|und|et|y|e|i|en|oraz|&))?[\s,]*$`)

// nameParticles are the lower-case words that occur inside personal
// names in the main European languages.
var nameParticles = map[string]bool{
	"von": true, "vom": true, "zu": true, "zum": true, "zur": true, "van": true, "der": true, "den": true, "de": true,
	"da": true, "das": true, "do": true, "dos": true, "di": true, "del": true, "della": true, "degli": true, "des": true,
	"du": true, "la": true, "le": true, "ten": true, "ter": true, "y": true, "e": true, "bin": true, "ibn": true,
	"al": true, "el": true, "af": true, "av": true, "'t": true, "v.": true,
}

// TrimBylineWord removes the words that introduce a byline at the start
// of s ("By ", "Geschrieben von ", "Autor: ").
func TrimBylineWord(s string) string { return bylinePrefix.ReplaceAllString(s, "") }

// NameParts splits s where one name ends and the next begins: commas,
// semicolons, ampersands, slashes, bars and the word "and".
func NameParts(s string) []string { return nameSplit.Split(s, -1) }

// HasNoise reports a word that is never part of a name: a date or
// update notice, a count of further authors, a share prompt.
func HasNoise(s string) bool { return noiseGate.MatchString(s) }

// NoiseAt returns where the first such word starts in s, -1 if none.
func NoiseAt(s string) int {
	if loc := noiseGate.FindStringIndex(s); loc != nil {
		return loc[0]
	}
	return -1
}

// HasRole reports a job title ("Senior Editor", "Redakteurin").
func HasRole(s string) bool { return roleGate.MatchString(s) }

// Degree reports an academic title written after a name ("PhD").
func Degree(s string) bool { return degrees.MatchString(s) }

// NotName reports a word that byline markup holds without a name
// ("admin", "Autor", "Quelle").
func NotName(s string) bool { return notNames[strings.ToLower(s)] }

// NameParticle reports a lower-case word that occurs inside personal
// names ("von", "de", "van der").
func NameParticle(w string) bool { return nameParticles[strings.ToLower(w)] }

// DateIntro reports a lower-case word that introduces a date after a
// name ("le", "am", "on").
func DateIntro(w string) bool { return dateIntro[w] }

// HasByWord reports whether s holds a byline word followed by a space,
// which MidByline and ByWordStarts need to find anything.
func HasByWord(s string) bool { return hasAnyFold(s, byWords) }

// MidByline returns where a capitalised byline word after a short label
// starts ("Disko Von Ernst Lohoff"), -1 if there is none.
func MidByline(s string) int {
	if m := midByline.FindStringSubmatchIndex(s); m != nil {
		return m[2]
	}
	return -1
}

// ByWordStarts returns where the first four byline words followed by a
// capitalised name start in s.
func ByWordStarts(s string) []int {
	var out []int
	for _, loc := range byWord.FindAllStringIndex(s, 4) {
		out = append(out, loc[0])
	}
	return out
}

// ReviewerBefore reports whether pre, the text before a byline word,
// ends in a word that credits a check or an edit ("Fact-checked by"):
// the name after it is not an author.
func ReviewerBefore(pre string) bool { return reviewerWord.MatchString(pre) }

// JoinBylineBreak joins a line ending in a byline word to the next one:
// "Disko Von\nErnst Lohoff" reads "Disko Von Ernst Lohoff".
func JoinBylineBreak(s string) string { return labelBreak.ReplaceAllString(s, " $1 ") }

// WeekdayDateAt returns where an abbreviated weekday opening a date
// starts ("Tomas Spahn Fr, 18. Oktober 2019"), -1 if none.
func WeekdayDateAt(s string) int {
	if loc := weekdayDate.FindStringIndex(s); loc != nil {
		return loc[0]
	}
	return -1
}

// CreditAt returns where a credit for pictures or illustrations starts
// ("… Illustration von Ben Beispiel"), -1 if none.
func CreditAt(s string) int {
	if !hasAnyFold(s, creditStems) {
		return -1
	}
	if loc := creditWord.FindStringIndex(s); loc != nil {
		return loc[0]
	}
	return -1
}

// MarkPictureCredits replaces each parenthesis that credits a name for
// pictures with mark.
func MarkPictureCredits(s, mark string) string { return creditParen.ReplaceAllString(s, mark) }

// TrimTrailingAnd removes the conjunction left at the end of s when
// "and 3 others" is cut off.
func TrimTrailingAnd(s string) string { return trailingAnd.ReplaceAllString(s, "") }

// hasAnyFold reports whether s contains one of the lower-case ASCII
// needles, ignoring ASCII case.
func hasAnyFold(s string, needles []string) bool {
	for _, n := range needles {
		if dom.ContainsFold(s, n) {
			return true
		}
	}
	return false
}
