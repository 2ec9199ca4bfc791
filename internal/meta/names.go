package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
)

// Author strings arrive with every kind of decoration: "By Jane Doe and
// Omar Haddad", "Von Anna Muster, Redakteurin", "Updated 3 March 2024",
// "Jane Doe | Senior Editor", profile URLs, e-mail addresses. cleanNames
// reduces such a string to the person names it holds.

// bylinePrefix matches the words that introduce a byline in the main
// European languages, with an optional colon.
var bylinePrefix = regexp.MustCompile(`(?i)^[\s\-–—|·•:,]*(?:(?:(?:ein|eine|un|una|uno|een|a|an)\s+)?(?:written|submitted|gespeichert|eingereicht|geplaatst|rédigé|gastbeitrag|blog\s+beitrag|posted|published|reported|eingestellt|gepostet|erstellt|publiziert|artikel|beitrag|article|artículo|articolo|post|posté|pubblicato|photos?|text|words|story|interview|reporting|compiled|edited|geschrieben|verfasst|veröffentlicht|ein beitrag|texte?|écrit|publié|rédigé|escrito|publicado|redactado|scritto|pubblicato|a cura|geschreven|gepubliceerd|napisane?|opublikowane?)\s+(?:by|von|par|por|da|di|door|przez)\b|by|von|vom|par|di|da|por|door|przez|interview|autor(?:in|a|es|en)?|author(?:s)?|auteur(?:e|s)?|autore|autori|autrice|auteurs|text|texte|redakcja|redaktion|redacción|redazione|rédaction|redactie|bron|source|quelle|fuente|fonte)\s*[:|\-–—]?(?:\s+|$)`)

// nameSplit separates several names: commas, semicolons, ampersands,
// slashes, bars and the word "and" in the main European languages.
var nameSplit = regexp.MustCompile(`(?i)\s*(?:[,;&/|•·]|\s(?:and|und|et|y|e|i|en|oraz)\s)\s*`)

// noise marks a part that is not a name: dates, update notices, counts
// of further authors, roles. Word lists cover en, de, fr, es, it, pt, nl, pl.
var noise = regexp.MustCompile(`(?i)\b(?:last\s+(?:updated|modified|edited)|updated?|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt|zaktualizowano|published|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|opublikowano|others?|weitere|autres|otros|altri|outros|anderen|innych|minutes?|min\.?|read|lesezeit|lecture|lectura|lettura|leitura|leestijd|czytania|share|teilen|partager|compartir|condividi|partilhar|delen|udostępnij|follow|folgen|suivre|seguir|segui|volgen|obserwuj|comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarze?|photo|foto|bild|image|video|read more|mehr|more|all posts|alle beiträge|view|profile|profil|newsletter|subscribe|abonnieren|s'abonner|suscribirse|iscriviti|assinar|abonneren|subskrybuj|am|um|on|at|tags?|alle artikel|all articles|show all|zeige|datum|date|fecha|hace|ago|publiziert|stand|zur person|pressemitteilung|quelle:|zuletzt|geändert|link|shares?|posted|gepostet|erstellt|about|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)

// notNames are single words that byline markup holds without a name.
var notNames = map[string]bool{
	"by": true, "von": true, "par": true, "por": true, "di": true, "door": true, "przez": true,
	"admin": true, "administrator": true, "wordpressadmin": true, "author": true, "autor": true,
	"auteur": true, "autore": true, "guest": true, "gast": true, "anonymous": true, "anonym": true,
	"unknown": true, "user": true, "redaktion": false, "no author": true, "none": true,
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

var (
	reURL   = regexp.MustCompile(`(?i)https?://\S+|www\.\S+`)
	reEmail = regexp.MustCompile(`\S+@\S+\.\S+`)
	// reCreditParen marks a name credited for pictures, "Adrian
	// Malloch (photography)": cleanOne rejects the part holding the mark.
	reCreditParen = regexp.MustCompile(`(?i)\(\s*(?:photo\w*|foto\w*|bild\w*|pictures?|images?|video\w*|illustra\w*|ilustra\w*|grafik\w*|kamera|camera)\s*\)`)
	reParen       = regexp.MustCompile(`\s*[\(\[][^\)\]]*[\)\]]`)
	// reTwitter drops "@handle" mentions that follow a name.
	reHandle = regexp.MustCompile(`@\w+`)
)

// cleanNames turns an author string into person names. It returns nil
// when nothing in s looks like a name.
func cleanNames(s string) []string {
	// Bylines are sometimes double-encoded ("Redacci&oacute;n").
	if strings.Contains(s, "&") {
		s = html.UnescapeString(s)
	}
	if strings.Contains(s, "\n") {
		// A label line ending in the byline word belongs with the names
		// on the next line: "Disko Von" / "Ernst Lohoff".
		s = labelBreak.ReplaceAllString(s, " $1 ")
	}
	if strings.Contains(s, "\n") {
		// The first line that names someone is the byline; later lines
		// hold places, roles or dates.
		for _, l := range strings.Split(s, "\n") {
			if names := cleanNames(l); len(names) > 0 {
				return names
			}
		}
		return nil
	}
	s = collapse(s)
	if s == "" || len(s) > 300 {
		return nil
	}
	// A login handle ("by delta201") is the name as it stands: the
	// noise cuts below would take its digits for a time or a count.
	if len(s) <= 40 && strings.ContainsAny(s, "0123456789_") {
		if h := strings.TrimSpace(bylinePrefix.ReplaceAllString(s, "")); isHandleShape(h) {
			return []string{h}
		}
	}
	// A section label before the byline word: "Disko Von Ernst Lohoff".
	// Each expression below runs only when the text holds what it needs
	// to match: names are read from many texts, and most hold none of it.
	byw := hasAnyFold(s, byWords)
	if byw {
		if m := midByline.FindStringSubmatchIndex(s); m != nil {
			s = s[m[2]:]
		}
		s = afterDate(s)
	}
	digits := strings.ContainsAny(s, "0123456789")
	// A weekday abbreviation starting the date after the name: "Tomas
	// Spahn Fr, 18. Oktober 2019".
	if digits {
		if loc := weekdayDate.FindStringIndex(s); loc != nil && loc[0] > 0 {
			s = s[:loc[0]]
		}
	}
	// Illustrators and photographers credited after the writer are not
	// authors: "Text von Anna Muster Illustration von Ben Beispiel".
	if hasAnyFold(s, creditStems) {
		if loc := creditWord.FindStringIndex(s); loc != nil && loc[0] > 0 {
			s = s[:loc[0]]
		}
	}
	if hasAnyFold(s, urlStems) {
		s = reURL.ReplaceAllString(s, " ")
	}
	if strings.IndexByte(s, '@') >= 0 {
		s = reEmail.ReplaceAllString(s, " ")
	}
	if strings.ContainsAny(s, "([") {
		s = reCreditParen.ReplaceAllString(s, " ¤ ")
		s = reParen.ReplaceAllString(s, " ")
	}
	if strings.IndexByte(s, '@') >= 0 {
		s = reHandle.ReplaceAllString(s, " ")
	}
	// Text after a line-like separator is usually a role or a date.
	for _, sep := range []string{" - ", " – ", " — ", " | ", "\n"} {
		if i := strings.Index(s, sep); i > 0 {
			head := s[:i]
			if len(cleanOne(head)) > 0 || len(splitNames(head)) > 0 {
				s = head
			}
		}
	}
	s = collapse(cutNoise(s))
	return splitNames(s)
}

// labelBreak is a line break right after a byline word.
var labelBreak = regexp.MustCompile(`(?i)(?:^|\s)(by|von|par|por|door|przez|di)[ \t]*\n`)

// byWord is a byline word inside a line, followed by a capitalised name.
var byWord = regexp.MustCompile(`(?:^|\s)(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor|DOOR|przez)\s+\p{Lu}`)

// weekdayDate is an abbreviated weekday followed by a date, in the main
// European languages.
var weekdayDate = regexp.MustCompile(`\s(?:Mo|Di|Mi|Do|Fr|Sa|So|Mon|Tue|Wed|Thu|Fri|Sat|Sun|[Ll]un|[Mm]ar|[Mm]er|[Jj]eu|[Vv]en|[Ss]am|[Dd]im|[Mm]ié|[Jj]ue|[Vv]ie|[Ss]áb|[Dd]om|[Ss]eg|[Tt]er|[Qq]ua|[Qq]ui|[Ss]ex|[Gg]io|[Ww]o|[Zz]a|[Zz]o|[Pp]on|[Ww]t|[Śś]r|[Cc]zw|[Pp]t|[Ss]ob|[Nn]iedz?)\.?,?\s+\d`)

// creditWord starts a credit for pictures or illustrations.
var creditWord = regexp.MustCompile(`(?i)(?:^|\s)(?:illustrations?|illustration|fotos?|photos?|photography|fotografie|photographie|fotograf[ií]a|bilder?|grafik|infografik|zeichnung(?:en)?|ilustraci[oó]n|ilustração|illustrazion[ei]|illustratie|ilustracje?|kamera|video)\s*(?:von|by|par|de|di|da|door|przez|:)\s`)

// byWords hold what midByline and byWord need: a byline word and a
// space.
var byWords = []string{"by ", "von ", "par ", "por ", "door ", "przez "}

// creditStems start every word of creditWord.
var creditStems = []string{"illustr", "ilustra", "foto", "photo", "bild", "grafik", "zeichnung", "kamera", "camera", "video"}

// urlStems start every match of reURL.
var urlStems = []string{"http", "www."}

// hasAnyFold reports whether s contains one of the lower-case ASCII
// needles, ignoring ASCII case.
func hasAnyFold(s string, needles []string) bool {
	for _, n := range needles {
		if containsFoldASCII(s, n) {
			return true
		}
	}
	return false
}

// containsFoldASCII is strings.Contains ignoring ASCII case; the needle
// is lower-case.
func containsFoldASCII(s, needle string) bool {
	if len(needle) == 0 {
		return true
	}
	first := needle[0]
	for i := 0; i+len(needle) <= len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != first {
			continue
		}
		j := 1
		for ; j < len(needle); j++ {
			d := s[i+j]
			if d >= 'A' && d <= 'Z' {
				d += 'a' - 'A'
			}
			if d != needle[j] {
				break
			}
		}
		if j == len(needle) {
			return true
		}
	}
	return false
}

// afterDate keeps what follows a byline word that comes after a date or
// a "posted on" phrase: "Posted on September 21, 2020 by Adi Tzlil",
// "06.11.2023 13:30 von Olga".
func afterDate(s string) string {
	locs := byWord.FindAllStringIndex(s, 4)
	for i := len(locs) - 1; i >= 0; i-- {
		start := locs[i][0]
		if start == 0 {
			continue
		}
		pre := s[:start]
		if strings.ContainsAny(pre, "0123456789") || noiseGate.MatchString(pre) {
			return strings.TrimSpace(s[start:])
		}
	}
	return s
}

// plainAuthor returns an author field's value that cleanNames rejected
// when it still reads as a credit line ("Staff Writer"): a few words,
// no digits, addresses or bare placeholder words.
func plainAuthor(s string) string {
	s = strings.Trim(collapse(html.UnescapeString(s)), " .,:;|-–—")
	if s == "" || len(s) > 60 || len(strings.Fields(s)) > 6 || notNames[strings.ToLower(s)] {
		return ""
	}
	low := strings.ToLower(s)
	if strings.ContainsAny(s, "0123456789@<>{}") || reURL.MatchString(s) || strings.HasPrefix(s, "/") || strings.Contains(low, "[at]") || strings.Contains(low, "(at)") {
		return ""
	}
	return s
}

// cutNoise drops everything from the first date, digit or noise word on,
// so "Jane Doe Updated 3 March" keeps "Jane Doe".
func cutNoise(s string) string {
	cut := len(s)
	if loc := noiseGate.FindStringIndex(s); loc != nil {
		cut = loc[0]
	}
	if i := strings.IndexAny(s, "0123456789"); i >= 0 && i < cut {
		cut = i
		// A month name before the day: "Jane Doe February 3, 2017";
		// a word that introduces the date: "Camille Durand, le 8 octobre".
		head := strings.TrimRight(s[:cut], " .,")
		if j := strings.LastIndexByte(head, ' '); j >= 0 {
			last := strings.ToLower(strings.TrimRight(head[j+1:], "."))
			if _, ok := months[last]; ok || dateIntro[last] {
				cut = j
			}
		}
	}
	if cut == 0 {
		return s
	}
	return trailingAnd.ReplaceAllString(s[:cut], "")
}

// dateIntro are the words that introduce a date after a name, in the
// main European languages ("…, le 8 octobre", "…, am 3. März").
var dateIntro = map[string]bool{
	"le": true, "am": true, "on": true, "el": true, "il": true, "op": true, "em": true,
	"dnia": true, "vom": true, "du": true, "del": true, "den": true, "the": true,
}

// trailingAnd is the conjunction left over when "and 3 others" is cut.
var trailingAnd = regexp.MustCompile(`(?i)(?:[\s,]+(?:and|und|et|y|e|i|en|oraz|&))?[\s,]*$`)

func splitNames(s string) []string {
	for {
		t := bylinePrefix.ReplaceAllString(s, "")
		if t == s || (strings.TrimSpace(t) == "" && !strings.Contains(strings.TrimSpace(s), " ")) {
			break
		}
		s = t
	}
	var out []string
	for _, part := range nameSplit.Split(s, -1) {
		// After a job title comes the affiliation ("Jane Doe, Senior
		// Editor, Project X"), never another author.
		if len(out) > 0 && roleGate.MatchString(part) {
			break
		}
		for _, n := range cleanOne(part) {
			if !containsFold(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// cleanOne returns the single name in part, or nothing.
func cleanOne(part string) []string {
	orig := collapse(part)
	part = bylinePrefix.ReplaceAllString(orig, "")
	if strings.TrimSpace(part) == "" && !strings.Contains(orig, " ") {
		// A lone team word ("Redaktion") is the credit itself.
		part = orig
	}
	part = strings.Trim(part, " .:-–—·•|*\"'“”„«»")
	part = cutAffiliation(part)
	if part == "" || strings.Contains(part, "¤") || noiseGate.MatchString(part) || roleGate.MatchString(part) || degrees.MatchString(part) {
		return nil
	}
	if notNames[strings.ToLower(part)] || !looksLikeName(part) {
		return nil
	}
	// A month alone is what is left of a date ("By Staff | October").
	if _, ok := months[strings.ToLower(part)]; ok {
		return nil
	}
	return []string{part}
}

// cutAffiliation takes the publication off an English byline name:
// "Brendan Carlin For The Mail On Sunday", "Jane Doe for Dailymail.com".
// Only English: "Landesanstalt für Landwirtschaft", "Istituto per …" and
// "Centre pour …" name institutions; and never leaving an
// institution's name ("National Institute for Health").
func cutAffiliation(s string) string {
	for _, w := range []string{" for ", " For ", " FOR "} {
		i := strings.Index(s, w)
		if i <= 0 || len(strings.Fields(s[:i])) < 2 || isOrgName(s[:i]) {
			continue
		}
		rest := strings.TrimSpace(s[i+len(w):])
		if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) || strings.HasPrefix(rest, "the ") {
			return s[:i]
		}
	}
	return s
}

// looksLikeName accepts one to five words with letters, no digits, most
// of them capitalised (particles like "van", "de", "da" excepted).
func looksLikeName(s string) bool {
	if utf8.RuneCountInString(s) < 2 || utf8.RuneCountInString(s) > 60 {
		return false
	}
	if isHandleShape(s) {
		return true
	}
	words := strings.Fields(s)
	if len(words) > 6 {
		return false
	}
	letters, caps := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) {
			caps++
		}
	}
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r):
			letters++
		case strings.ContainsRune(" .-'’", r):
		default:
			return false
		}
	}
	if letters < 2 {
		return false
	}
	// A single lower-case word is a handle or nick, still a name
	// ("lupa"); several words need capitals on most.
	if len(words) == 1 {
		return true
	}
	// Lower-case words inside a name are particles ("Ursula von der
	// Leyen"); others make it a phrase ("Projektleiterin der HSS in
	// Tunesien").
	if caps < len(words) {
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !nameParticles[strings.ToLower(w)] {
				return false
			}
		}
	}
	return caps*2 >= len(words)
}

// isHandleShape accepts a login handle that mixes letters with digits
// or underscores ("delta201", "ThE_PaiN", "r23"): forums and blogs
// sign with them, and they are the name readers see.
func isHandleShape(s string) bool {
	if len(s) < 3 || len(s) > 30 {
		return false
	}
	letters, others := 0, 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9' || c == '_':
			if i == 0 {
				return false
			}
			others++
		default:
			return false
		}
	}
	return letters >= 1 && others >= 1
}

// nameParticles are the lower-case words that occur inside personal
// names in the main European languages.
var nameParticles = map[string]bool{
	"von": true, "vom": true, "zu": true, "zum": true, "zur": true, "van": true, "der": true, "den": true, "de": true,
	"da": true, "das": true, "do": true, "dos": true, "di": true, "del": true, "della": true, "degli": true, "des": true,
	"du": true, "la": true, "le": true, "ten": true, "ter": true, "y": true, "e": true, "bin": true, "ibn": true,
	"al": true, "el": true, "af": true, "av": true, "'t": true, "v.": true,
}

// sameName reports whether two names are the same, compared loosely
// (case, accents and punctuation aside).
func sameName(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	// fold(a) == fold(b), compared rune by rune: this runs for every pair
	// of tags and names, and building both folded strings dominated it.
	i, j := 0, 0
	for {
		ra, na := nextFolded(a, i)
		rb, nb := nextFolded(b, j)
		if ra != rb {
			return false
		}
		if ra < 0 {
			return true
		}
		i, j = na, nb
	}
}

// nextFolded returns the next letter or digit of s from byte i on,
// lower-cased, and the index after it; -1 at the end.
func nextFolded(s string, i int) (rune, int) {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
				return rune(c), i
			case c >= 'A' && c <= 'Z':
				return rune(c + 'a' - 'A'), i
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		if r = unicode.ToLower(r); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r, i
		}
	}
	return -1, i
}

func containsFold(list []string, s string) bool {
	for _, x := range list {
		if sameName(x, s) {
			return true
		}
	}
	return false
}

// fold lower-cases s and keeps letters and digits only, for loose
// comparisons of titles and names.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// collapseLines is collapse within each line, keeping one "\n" between
// non-empty lines.
func collapseLines(s string) string {
	if !strings.Contains(s, "\n") {
		return collapse(s)
	}
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = collapse(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// collapse is dom.CollapseSpace: one pass, no allocation when s is
// already collapsed. It also drops invisible characters (soft hyphens,
// zero-width spaces), which never belong in a name or a title.
func collapse(s string) string {
	return dom.CollapseSpace(s)
}
