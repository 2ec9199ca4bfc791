package meta

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/dates"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
)

// Author strings arrive with every kind of decoration: "By Jane Doe and
// Omar Haddad", "Von Anna Muster, Redakteurin", "Updated 3 March 2024",
// "Jane Doe | Senior Editor", profile URLs, e-mail addresses. cleanNames
// reduces such a string to the person names it holds.

var (
	reURL   = regexp.MustCompile(`(?i)https?://\S+|www\.\S+`)
	reEmail = regexp.MustCompile(`\S+@\S+\.\S+`)
	reParen = regexp.MustCompile(`\s*[\(\[][^\)\]]*[\)\]]`)
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
		s = vocab.JoinBylineBreak(s)
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
		if h := strings.TrimSpace(vocab.TrimBylineWord(s)); isHandleShape(h) {
			return []string{h}
		}
	}
	// A section label before the byline word: "Disko Von Ernst Lohoff".
	// Each expression below runs only when the text holds what it needs
	// to match: names are read from many texts, and most hold none of it.
	if vocab.HasByWord(s) {
		if i := vocab.MidByline(s); i >= 0 {
			s = s[i:]
		}
		s = afterDate(s)
	}
	digits := strings.ContainsAny(s, "0123456789")
	// A weekday abbreviation starting the date after the name: "Tomas
	// Spahn Fr, 18. Oktober 2019".
	if digits {
		switch i := vocab.WeekdayDateAt(s); {
		case i > 0:
			s = s[:i]
		case i == 0:
			// "Sun Dec 17, 2023 11:23 am": a date line, no name.
			return nil
		}
	}
	// Illustrators and photographers credited after the writer are not
	// authors: "Text von Anna Muster Illustration von Ben Beispiel".
	if i := vocab.CreditAt(s); i > 0 {
		s = s[:i]
	}
	// "http" and "www." start every match of reURL.
	if dom.ContainsFold(s, "http") || dom.ContainsFold(s, "www.") {
		s = reURL.ReplaceAllString(s, " ")
	}
	if strings.IndexByte(s, '@') >= 0 {
		s = reEmail.ReplaceAllString(s, " ")
	}
	if strings.ContainsAny(s, "([") {
		s = vocab.MarkPictureCredits(s, " ¤ ")
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

// afterDate keeps what follows a byline word that comes after a date or
// a "posted on" phrase: "Posted on September 21, 2020 by Adi Tzlil",
// "06.11.2023 13:30 von Olga".
func afterDate(s string) string {
	starts := vocab.ByWordStarts(s)
	for i := len(starts) - 1; i >= 0; i-- {
		start := starts[i]
		if start == 0 {
			continue
		}
		pre := s[:start]
		if vocab.ReviewerBefore(pre) {
			// "… | Fact-checked by Frank Bass" credits the check.
			continue
		}
		if strings.ContainsAny(pre, "0123456789") || vocab.HasNoise(pre) {
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
	if s == "" || len(s) > 60 || len(strings.Fields(s)) > 6 || vocab.NotName(s) {
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
	if i := vocab.NoiseAt(s); i >= 0 {
		cut = i
	}
	if i := strings.IndexAny(s, "0123456789"); i >= 0 && i < cut {
		cut = i
		// A month name before the day: "Jane Doe February 3, 2017";
		// a word that introduces the date: "Camille Durand, le 8 octobre".
		head := strings.TrimRight(s[:cut], " .,")
		if j := strings.LastIndexByte(head, ' '); j >= 0 {
			last := strings.ToLower(strings.TrimRight(head[j+1:], "."))
			if dates.IsMonth(last) || vocab.DateIntro(last) {
				cut = j
			}
		}
	}
	if cut == 0 {
		return s
	}
	return vocab.TrimTrailingAnd(s[:cut])
}

func splitNames(s string) []string {
	for {
		t := vocab.TrimBylineWord(s)
		if t == s || (strings.TrimSpace(t) == "" && !strings.Contains(strings.TrimSpace(s), " ")) {
			break
		}
		s = t
	}
	var out []string
	for _, part := range vocab.NameParts(s) {
		// After a job title comes the affiliation ("Jane Doe, Senior
		// Editor, Project X"), never another author.
		if len(out) > 0 && vocab.HasRole(part) {
			break
		}
		// A credential after a name belongs to it ("Dylan Bailey, MS,
		// RD, FAND"): it is no second author, and the byline shows it.
		if len(out) > 0 && isCredential(part) {
			out[len(out)-1] += ", " + strings.TrimSpace(part)
			continue
		}
		for _, n := range cleanOne(part) {
			if !containsFold(out, n) {
				out = append(out, n)
			}
		}
	}
	return out
}

// isCredential reports a degree or credential written after a name:
// an academic title ("Ph.D.", "MBA") or a run of two to six capitals
// ("RD", "FAND", "CEPF®"), dots allowed.
func isCredential(part string) bool {
	part = strings.TrimSpace(part)
	if vocab.Degree(part) {
		return true
	}
	caps := 0
	for _, r := range strings.TrimRight(part, "®™") {
		switch {
		case r >= 'A' && r <= 'Z':
			caps++
		case r == '.':
		default:
			return false
		}
	}
	return caps >= 2 && caps <= 6
}

// cleanOne returns the single name in part, or nothing.
func cleanOne(part string) []string {
	orig := collapse(part)
	part = vocab.TrimBylineWord(orig)
	if strings.TrimSpace(part) == "" && !strings.Contains(orig, " ") {
		// A lone team word ("Redaktion") is the credit itself.
		part = orig
	}
	part = strings.Trim(part, " .:-–—·•|*\"'“”„«»")
	part = cutAffiliation(part)
	if part == "" || strings.Contains(part, "¤") || vocab.HasNoise(part) || vocab.HasRole(part) || vocab.Degree(part) {
		return nil
	}
	if vocab.NotName(part) || !looksLikeName(part) {
		return nil
	}
	// A month alone is what is left of a date ("By Staff | October").
	if dates.IsMonth(part) {
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
		if i <= 0 || len(strings.Fields(s[:i])) < 2 || vocab.IsOrgName(s[:i]) {
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
			if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !vocab.NameParticle(w) {
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

// sameName reports whether two names are the same, compared loosely
// (case, accents and punctuation aside).
func sameName(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	// dom.LetterKey(a) == dom.LetterKey(b), compared rune by rune: this
	// runs for every pair of tags and names, and building both keys
	// dominated it.
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
