package vocab

import (
	"regexp"
	"strings"
)

// The words that say a line or a label names the authors: "By Jane
// Doe", "Von Anna Muster", "Texte : …", "<b>Autor:</b> Jane Doe".

// textByline matches a whole short line introducing names: "By Jane
// Doe", "Von Anna Muster", "Par …", "Di …", "Por …", "Door …", "Autor: …".
var textByline = regexp.MustCompile(`^[\s\-–—|·•,]*(?:[\d.:/]+(?:\s+[\d.:/]+)?\s*(?:[Uu]hr|h)?[\s\-–—|·•,]*)?(?:(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Dd]i|[Pp]or|POR|[Dd]oor|DOOR|[Pp]rzez)\s+\p{Lu}|(?:[Aa]utor(?:in|a)?\s*:|[Aa]uthors?\s*:|[Aa]uteur\s*:|[Aa]utore\s*:|[Tt]exte?\s*:|[Rr]edaktion\s*:|[Rr]edacción\s*:|[Rr]edazione\s*:|[Rr]édaction\s*:|[Rr]edactie\s*:|(?:[Tt]ext|[Tt]exte|[Ii]nterview|[Ff]otos?|[Rr]eportage|[Bb]ericht)\s+(?:von|by|par|de|di|door|por)|(?:(?:[Ee]in|[Ee]ine|[Uu]n|[Uu]na|[Uu]no|[Ee]en|[Aa]n?)\s+)?(?:[Aa]rtikel|[Bb]eitrag|[Gg]astbeitrag|[Bb]log\s+[Bb]eitrag|[Aa]rticle|[Pp]ost|[Ss]tory|[Aa]rtículo|[Aa]rticolo|[Aa]rtigo|[Aa]rtykuł)\s+(?:von|by|de|di|por|door|przez)|[Ii]nterview\s*:|(?:[Ww]ritten|[Pp]osted|[Ss]ubmitted|[Pp]ublished|[Rr]eported)\s+by:?|(?:[Gg]eschrieben|[Gg]espeichert|[Ee]ingestellt|[Ee]ingereicht|[Vv]erfasst|[Vv]eröffentlicht)\s+von|(?:[Éé]crit|[Pp]ublié|[Rr]édigé)\s+par|(?:[Ee]scrito|[Pp]ublicado|[Rr]edactado)\s+por|(?:[Ss]critto|[Pp]ubblicato)\s+da|(?:[Gg]eschreven|[Gg]eplaatst)\s+door|(?:[Nn]apisane?|[Oo]publikowane?)\s+przez)\s+[\p{L}\d])`)

// bylineFirstWords are the first words textByline can start with (after
// a leading date): a map lookup spares the regular expression on the
// many lines that cannot be bylines.
var bylineFirstWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`by von par di por door przez autor autorin autora author authors
		auteur autore text texte redaktion redacción redazione rédaction redactie interview foto fotos
		reportage bericht ein eine un una uno een a an artikel beitrag gastbeitrag blog article post
		story artículo articolo artigo artykuł written posted submitted published reported geschrieben
		gespeichert eingestellt eingereicht verfasst veröffentlicht écrit publié rédigé escrito publicado
		redactado scritto pubblicato geschreven geplaatst napisane napisany opublikowane opublikowany`) {
		bylineFirstWords[w] = true
	}
}

// BylineStart reports whether the first word of t, after punctuation and
// a leading date or time, is one that may open a byline.
func BylineStart(t string) bool {
	i := 0
	for i < len(t) && strings.IndexByte(" -|,.:/0123456789", t[i]) >= 0 {
		i++
	}
	rest := t[i:]
	for _, p := range []string{"–", "—", "·", "•"} {
		rest = strings.TrimLeft(strings.TrimPrefix(rest, p), " ")
	}
	if strings.HasPrefix(rest, "Uhr ") || strings.HasPrefix(rest, "h ") {
		return BylineStart(rest[strings.IndexByte(rest, ' ')+1:])
	}
	end := strings.IndexAny(rest, " :\n")
	if end < 0 {
		end = len(rest)
	}
	w := rest[:end]
	if len(w) > 16 {
		return false
	}
	// Lower-cased on the stack: the test runs on most lines of a page.
	var buf [16]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return bylineFirstWords[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return bylineFirstWords[string(buf[:len(w)])]
}

// bylineLabel is an element that holds only the word introducing the
// names, which follow in the next siblings: <h5>Autor:</h5> Jane Doe,
// <span>By</span><span>Jane Doe</span>, <b>Von:</b><br>Jane Doe.
var bylineLabel = regexp.MustCompile(`(?i)^[|·•,\s]*(?:by|von|par|por|door|przez|autor(?:in|a|es|en|zy)?|authors?|auteur(?:e|s)?|autrice|autore|autori|written by|geschrieben von|écrit par|escrito por|scritto da|geschreven door|redaktion|redacción|rédaction|redazione|redactie|redakcja)\s*:?$`)

// labelPreposition are the label words that need no colon.
var labelPreposition = map[string]bool{"by": true, "von": true, "par": true, "por": true, "door": true, "przez": true}

// BylineLine reports a whole short line introducing names: "By Jane
// Doe", "Von Anna Muster", "Par …", "Di …", "Por …", "Door …",
// "Autor: …", after an optional date or time.
func BylineLine(t string) bool { return BylineStart(t) && textByline.MatchString(t) }

// BylineLabel reports the text of an element that holds only the word
// introducing the names, which follow in the next siblings.
func BylineLabel(t string) bool { return mayBeLabel(t) && bylineLabel.MatchString(t) }

// LabelPreposition reports a lower-case byline label that needs no
// colon ("by", "von", "par").
func LabelPreposition(w string) bool { return labelPreposition[w] }

// EndsWithPreposition reports a byline label whose last word is one of
// the prepositions that introduce names ("Written by", "WRITTEN BY",
// "Geschrieben von"): like "By" alone it needs no colon.
func EndsWithPreposition(label string) bool {
	f := strings.Fields(strings.ToLower(strings.Trim(label, "|·•, ")))
	return len(f) > 1 && labelPreposition[f[len(f)-1]]
}

// byColon is a line opening with a byline word and a colon: "By: Jane
// Doe", "Von: Anna Muster".
var byColon = regexp.MustCompile(`^[\s\-–—|·•,]*(?i:by|von|par|por|door|przez)\s*:\s*\p{Lu}`)

// ByColonLine reports a line introducing names with a colon after the
// byline word ("By: Jane Doe").
func ByColonLine(t string) bool { return BylineStart(t) && byColon.MatchString(t) }
