package meta

import (
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
)

// The visible pass asks every element which kinds of class/id words it
// carries. Building the word list (dom.Words) for each element was the
// largest source of allocations of the whole package, so the words are
// scanned in place and looked up in one table that maps each known word
// to the kinds it belongs to.

// wordKind is a set of the kinds of class/id words an element carries.
type wordKind uint16

const (
	kindByline wordKind = 1 << iota // holds author names
	kindDate                        // holds the publication date
	kindPub                         // says "published" next to update words
	kindUpdate                      // holds a modification date
	kindSkip                        // a region of other items (comments, teasers)
	kindKicker                      // the label above a headline
	kindName                        // the name inside a byline box
)

// kindOf maps a lower-case class/id word to its kinds.
var kindOf = map[string]wordKind{}

// kindFirst marks the first letters of the words in kindOf: most class
// words start with another letter and need no lookup.
var kindFirst [256]bool

// maxKindWord is the longest word in kindOf: longer words are not looked
// up.
var maxKindWord int

func init() {
	for _, t := range []struct {
		set  map[string]bool
		kind wordKind
	}{
		{bylineWords, kindByline}, {dateWords, kindDate}, {pubWords, kindPub},
		{updateWords, kindUpdate}, {skipWords, kindSkip}, {kickerWords, kindKicker},
		{nameWords, kindName},
	} {
		for w, on := range t.set {
			if on {
				kindOf[w] |= t.kind
				maxKindWord = max(maxKindWord, len(w))
				kindFirst[w[0]] = true
			}
		}
	}
}

// nameWords are the class words of the element inside a byline box that
// holds the name itself.
var nameWords = map[string]bool{"name": true, "fn": true, "authorname": true}

// kinds returns the kinds of n's class and id words, split as dom.Words
// splits them (separators and lower→upper case changes), without
// allocating.
func kinds(n *html.Node) wordKind {
	var k wordKind
	for i := range n.Attr {
		if key := n.Attr[i].Key; key == "class" || key == "id" {
			k |= kindsOf(n.Attr[i].Val)
		}
	}
	return k
}

// kindsOf scans one attribute value. Every word of kindOf is ASCII, so a
// word holding other bytes is skipped rather than lower-cased.
func kindsOf(s string) wordKind {
	var k wordKind
	var buf [24]byte
	n := 0          // bytes of the current word in buf
	inWord := false // a word is open
	skip := false   // the open word cannot be in kindOf
	first := true   // the open word is its token's first
	flag := false   // the token is a state flag
	prevLower := false
	flush := func() {
		if inWord && !skip && n > 0 {
			if first && vocab.StateWord(string(buf[:n])) {
				flag = true
			} else if !flag && kindFirst[buf[0]] {
				k |= kindOf[string(buf[:n])]
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
