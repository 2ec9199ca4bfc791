package vocab

// The class and id words that name the article's own metadata on the
// page: the byline, the date line and its update stamp, the kicker above
// the headline, and the regions (comments, teasers, rails) whose bylines
// and dates belong to other items.
//
// meta's visible pass asks every element which kinds of these words it
// carries. Building the word list (dom.Words) for each element was the
// largest source of allocations of that pass, so the words are scanned
// in place and looked up in one table that maps each known word to the
// kinds it belongs to.

// MetaKind is a set of the kinds of class/id words an element carries.
type MetaKind uint16

const (
	KindByline MetaKind = 1 << iota // holds author names
	KindDate                        // holds the publication date
	KindPub                         // says "published" next to update words
	KindUpdate                      // holds a modification date
	KindSkip                        // a region of other items (comments, teasers)
	KindKicker                      // the label above a headline
	KindName                        // the name inside a byline box
)

// kindOf maps a lower-case class/id word to its kinds.
var kindOf = map[string]MetaKind{}

// maxKindWord is the longest word in kindOf: longer words are not looked
// up.
var maxKindWord int

// kindTable holds the words of kindOf and the state words for MetaKinds,
// open-addressed by wordHash. MetaKinds looks up nearly every word of
// every class on a page, and as Go map lookups (hashing, probing) those
// took half its time; here most words are in neither set and hit an
// empty slot at once.
var kindTable [kindTableSize]kindSlot

// kindTableSize is several times the number of words, so that probe
// runs stay short (init checks it).
const kindTableSize = 512

type kindSlot struct {
	word  string
	kind  MetaKind
	state bool // a StateWord
}

func init() {
	for _, t := range []struct {
		set  map[string]bool
		kind MetaKind
	}{
		{bylineWords, KindByline}, {dateWords, KindDate}, {pubWords, KindPub},
		{updateWords, KindUpdate}, {skipWords, KindSkip}, {kickerWords, KindKicker},
		{nameWords, KindName},
	} {
		for w, on := range t.set {
			if on {
				kindOf[w] |= t.kind
				maxKindWord = max(maxKindWord, len(w))
			}
		}
	}
	for w, k := range kindOf {
		kindSlotOf(w).kind = k
	}
	for w, on := range modifiers {
		if on {
			kindSlotOf(w).state = true
		}
	}
	if 2*(len(kindOf)+len(modifiers)) > kindTableSize {
		panic("vocab: kindTable is too small for its words")
	}
}

// kindSlotOf returns w's slot in kindTable, taking a free one for it if
// it has none.
func kindSlotOf(w string) *kindSlot {
	for i := wordHash([]byte(w)); ; i++ {
		e := &kindTable[i%kindTableSize]
		if e.word == "" {
			e.word = w
		}
		if e.word == w {
			return e
		}
	}
}

// lookupKind returns the slot of the lower-case word w, nil if it is
// neither a kind word nor a state word.
func lookupKind(w []byte) *kindSlot {
	for i := wordHash(w); ; i++ {
		e := &kindTable[i%kindTableSize]
		if e.word == string(w) {
			return e
		}
		if e.word == "" {
			return nil
		}
	}
}

// wordHash is FNV-1a.
func wordHash(w []byte) uint32 {
	h := uint32(2166136261)
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	return h
}

// nameWords are the class words of the element inside a byline box that
// holds the name itself.
var nameWords = map[string]bool{"name": true, "fn": true, "authorname": true}

// MetaKinds returns the kinds of the words of one class or id value,
// split as dom.SplitWords splits them (separators and lower→upper case
// changes), without allocating. A class token that opens with a state
// word ("has-author", "no-date") names nothing. Every word of kindOf is
// ASCII, so a word holding other bytes is skipped rather than
// lower-cased.
func MetaKinds(s string) MetaKind {
	var k MetaKind
	var buf [24]byte
	n := 0          // bytes of the current word in buf
	inWord := false // a word is open
	skip := false   // the open word cannot be in kindOf
	first := true   // the open word is its token's first
	flag := false   // the token is a state flag
	prevLower := false
	flush := func() {
		if inWord && !skip && n > 0 {
			switch e := lookupKind(buf[:n]); {
			case e == nil:
			case first && e.state:
				flag = true
			case !flag:
				k |= e.kind
			}
		}
		if inWord {
			first = false
		}
		n, inWord, skip = 0, false, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		lower := c >= 'a' && c <= 'z'
		upper := c >= 'A' && c <= 'Z'
		alnum := lower || upper || c >= '0' && c <= '9' || c >= 0x80
		if !alnum {
			flush()
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
				// A new class token.
				first, flag = true, false
			}
			prevLower = false
			continue
		}
		if !inWord && hashed(s[i:]) {
			// A generated class ("i11bN5dsByBjp2U8Y") splits into
			// chance words ("By"): none of them names anything.
			for i+1 < len(s) && isAlnum(s[i+1]) {
				i++
			}
			prevLower = false
			continue
		}
		if inWord && upper && prevLower {
			flush()
		}
		inWord = true
		prevLower = lower
		if c >= 0x80 || n >= maxKindWord || n >= len(buf) {
			skip = true
			continue
		}
		if upper {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	flush()
	return k
}

// isAlnum reports an ASCII letter or digit, or a byte of a non-ASCII
// character, as MetaKinds reads words.
func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// hashed reports whether the run of letters and digits that s opens is a
// generated name rather than words: a digit followed by a letter inside
// it, and a change from lower to upper case ("i11bN5dsByBjp2U8Y",
// "x3fAuthor9k"). Words with a trailing number ("author2", "h1") are not.
func hashed(s string) bool {
	digitLetter, caseChange := false, false
	for i := 1; i < len(s) && isAlnum(s[i]); i++ {
		p, c := s[i-1], s[i]
		if p >= '0' && p <= '9' && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			digitLetter = true
		}
		if p >= 'a' && p <= 'z' && c >= 'A' && c <= 'Z' {
			caseChange = true
		}
	}
	return digitLetter && caseChange
}

// bylineWords are class/id words of elements that hold author names.
var bylineWords = map[string]bool{
	"byline": true, "author": true, "authors": true, "autor": true, "autoren": true,
	"auteur": true, "auteurs": true, "autore": true, "autori": true, "writer": true,
	"creator": true, "contributor": true, "contributors": true, "by": true,
	"autorin": true, "autores": true, "bylines": true, "authorname": true, "vcard": true,
}

// dateWords are class/id words of elements that hold the publication date.
var dateWords = map[string]bool{
	"date": true, "datum": true, "fecha": true, "data": true, "time": true,
	"published": true, "publish": true, "pubdate": true, "posted": true,
	"timestamp": true, "dateline": true, "datetime": true, "publication": true,
	"created": true, "postdate": true, "entrydate": true, "publishdate": true,
}

// pubWords mark a date as the publication date even next to update words.
var pubWords = map[string]bool{"published": true, "pubdate": true, "publish": true, "publishdate": true, "created": true}

// updateWords mark a date as a modification date.
var updateWords = map[string]bool{
	"updated": true, "update": true, "modified": true, "aktualisiert": true,
	"lastmod": true, "edited": true, "revised": true, "actualizado": true,
	"aggiornato": true, "bijgewerkt": true, "mise": true,
}

// skipWords mark regions whose bylines and dates belong to other content.
var skipWords = map[string]bool{
	"comment": true, "comments": true, "kommentar": true, "kommentare": true,
	"related": true, "sidebar": true, "teasers": true,
	"recommended": true, "popular": true, "trending": true,
	"newsletter": true, "reply": true, "replies": true,
	"commentaires": true, "comentarios": true, "commenti": true, "reacties": true,
	"komentarze": true, "recirculation": true,
}

// kickerWords are class words of the short label above or inside a
// headline ("Klimaschutz:", "Exclusive").
var kickerWords = map[string]bool{
	"kicker": true, "overline": true, "dachzeile": true, "topline": true,
	"eyebrow": true, "roofline": true, "supertitle": true, "pretitle": true,
	"overhead": true, "spitzmarke": true, "rubric": true, "label": true,
	"flag": true, "surtitle": true, "suptitle": true, "antetitulo": true,
	"occhiello": true, "kategorie": true, "category": true, "section": true,
}
