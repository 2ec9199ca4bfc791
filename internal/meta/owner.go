package meta

import (
	"strings"
	"unicode"
)

// A personal site is named after its owner: "alexander-klier.net" with
// the title "Zeitphilosophie – Dr. Alexander Klier", or a footer
// "Copyright (c) 2012- Gregory Szorc" on gregoryszorc.com. When no source
// names an author, a person's name that the site's own host spells out
// is the author. The host is what makes this safe: a brand or a company
// in the site name or the copyright line is not a person's name, and a
// person's name that the host does not spell is not known to be the
// owner.

// maxCopyrights bounds the copyright lines kept per page.
const maxCopyrights = 4

// addCopyright keeps a short line that carries a copyright notice.
func (v *visible) addCopyright(text span) {
	if len(v.copyrights) >= maxCopyrights {
		return
	}
	t, ok := text.short(120)
	if !ok || t == "" {
		return
	}
	if strings.Contains(t, "©") || indexFold(t, "copyright") >= 0 || indexFold(t, "(c)") >= 0 {
		v.copyrights = append(v.copyrights, t)
	}
}

// siteOwner returns the person the host is named after, from the
// candidate texts (site name, title, copyright lines), "" if none.
func siteOwner(host string, texts []string) string {
	letters := hostLetters(host)
	if len(letters) < 6 {
		return ""
	}
	for _, t := range texts {
		for _, part := range ownerParts(t) {
			bare, ok := personMarked(part)
			if !ok {
				continue
			}
			if _, ok := SignOff(bare); !ok {
				continue
			}
			if l := nameLetters(bare); len(l) >= 6 && strings.Contains(letters, l) {
				return bare
			}
		}
	}
	return ""
}

// personMarked returns the name in a title part that marks it as a
// person's: an academic title ("Dr. Alexander Klier") or a possessive
// ("Gregory Szorc's Digital Home"). Brands share the host's spelling
// too ("Jamaica Observer" on jamaicaobserver.com), so an unmarked name
// is not taken. The name is returned without the academic title.
func personMarked(part string) (bare string, ok bool) {
	part = strings.TrimSpace(part)
	for _, t := range []string{"Prof. Dr. ", "Dr.-Ing. ", "Prof. ", "Dr. "} { // longest first
		if strings.HasPrefix(part, t) {
			return strings.TrimSpace(part[len(t):]), true
		}
	}
	for _, p := range []string{"'s ", "’s "} {
		if i := strings.Index(part, p); i > 0 {
			return part[:i], true
		}
	}
	return "", false
}

// ownerParts splits a title or copyright line into the parts that may
// be a name: at title separators, after copyright marks and years.
func ownerParts(t string) []string {
	for _, w := range []string{"©", "(c)", "(C)", "Copyright", "copyright", "COPYRIGHT", "All rights reserved", "Alle Rechte vorbehalten", "Tous droits réservés", "Todos los derechos reservados", "Tutti i diritti riservati"} {
		t = strings.ReplaceAll(t, w, "|")
	}
	parts := strings.FieldsFunc(t, func(r rune) bool {
		return r == '|' || r == '–' || r == '—' || r == '·' || r == '•' || r == '»' || r == ':' || r == ','
	})
	var out []string
	for _, p := range parts {
		p = strings.TrimFunc(p, func(r rune) bool { return unicode.IsDigit(r) || r == ' ' || r == '-' || r == '.' })
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(p, "by "), "by"))
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// hostLetters returns the letters of a URL's host name without "www."
// and the top-level domain, lower-cased: "alexanderlaschwordpress".
func hostLetters(raw string) string {
	h := hostName(raw)
	h = strings.TrimPrefix(strings.ToLower(h), "www.")
	if i := strings.LastIndexByte(h, '.'); i > 0 {
		h = h[:i]
	}
	return nameLetters(h)
}

// nameLetters returns the ASCII letters of s, lower-cased. Other letters
// are dropped, so a name with accents matches only a host that drops
// them too.
func nameLetters(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}
