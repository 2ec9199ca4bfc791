package vocab

import (
	"strings"
	"unicode"
)

// Person fields (JSON-LD author, <meta name=author>) often hold an
// organisation: the publisher, its newsroom, a press office. Such a
// value is kept only when no source names a person.

// orgMarks are lower-case words that mark an organisation's name: legal
// forms and newsroom words in the main European languages.
var orgMarks = map[string]bool{
	"e.v": true, "e.v.": true, "ev": true, "gmbh": true, "ag": true, "kg": true, "mbh": true, "ug": true,
	"se": true, "ltd": true, "ltd.": true, "inc": true, "inc.": true, "llc": true, "plc": true, "corp": true, "corp.": true,
	"s.a.": true, "sa": true, "s.l.": true, "sas": true, "sarl": true, "s.r.l.": true, "srl": true, "spa": true, "s.p.a.": true,
	"b.v.": true, "bv": true, "n.v.": true, "nv": true, "sp.": true, "z": true, "o.o.": true, "gbr": true, "ohg": true,
	"redaktion": true, "onlineredaktion": true, "online-redaktion": true, "newsroom": true, "editorial": true, "editors": true,
	"staff": true, "team": true, "rédaction": true, "redacción": true, "redazione": true, "redação": true, "redactie": true,
	"redakcja": true, "stiftung": true, "verband": true, "verein": true, "institut": true, "foundation": true, "association": true,
	"fondation": true, "fundación": true, "fondazione": true, "pressestelle": true, "press": true, "presse": true,
	"institute": true, "university": true, "universität": true, "université": true, "universidad": true,
	"università": true, "ministry": true, "ministerium": true, "council": true, "agency": true, "agentur": true,
	"department": true, "society": true, "committee": true, "commission": true, "kommission": true,
	"akademie": true, "academy": true,
}

// AllOrgs reports whether every name reads as an organisation.
func AllOrgs(names []string) bool {
	for _, n := range names {
		if !IsOrgName(n) {
			return false
		}
	}
	return len(names) > 0
}

// IsOrgName reports whether n names an organisation rather than a
// person: a legal form or newsroom word, a domain, or a brand written in
// capitals.
func IsOrgName(n string) bool {
	n = strings.TrimSpace(n)
	if n == "" {
		return false
	}
	fields := strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '/' })
	for _, f := range fields {
		lf := strings.ToLower(f)
		if orgMarks[lf] || orgMarks[strings.TrimSuffix(lf, ".")] {
			return true
		}
		for _, tld := range []string{".de", ".com", ".org", ".net", ".at", ".ch", ".fr", ".it", ".es", ".nl", ".pl", ".eu", ".info", ".co.uk", ".io"} {
			if strings.HasSuffix(lf, tld) && len(lf) > len(tld)+1 {
				return true
			}
		}
	}
	// "EAT SMARTER", "L-MAG": every letter upper case, more than an
	// initial.
	letters, upper := 0, 0
	for _, r := range n {
		if unicode.IsUpper(r) {
			letters, upper = letters+1, upper+1
		} else if unicode.IsLower(r) {
			letters++
		}
	}
	return letters >= 4 && upper == letters
}
