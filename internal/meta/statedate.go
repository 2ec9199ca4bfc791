package meta

import (
	"strings"

	"golang.org/x/net/html"
)

// Pages built by JavaScript frameworks and shop systems often carry the
// article's publication stamp only in the state object a script hands to
// the client ("published_at":"2019-03-02T06:22:28+01:00"). It is the last
// source: a script may also describe other items, so its first
// publication key is taken only when neither metadata, the visible page
// nor the URL gives a date.

// stateDate returns the first date under a publication key in the
// page's non-JSON-LD scripts, "" if none.
//
// Headless CMSs often store only when the entry was created
// ("createdAt"): read when no script names a publication.
func stateDate(scripts []*html.Node) string {
	for _, key := range []keyTest{publicationKey, creationKey} {
		for _, s := range scripts {
			for c := s.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.TextNode {
					continue
				}
				if d := stampUnder(c.Data, key); d != "" {
					return d
				}
			}
		}
	}
	return ""
}

// keyTest accepts the name of a state key.
type keyTest struct {
	// stem is a lower-case part every accepted key holds, searched for
	// before the key is read whole.
	stem string
	ok   func(key string) bool
}

var (
	publicationKey = keyTest{"pub", isPublicationKey}
	creationKey    = keyTest{"creat", isCreationKey}
)

// isCreationKey accepts "createdAt", "created_at", "dateCreated",
// "creationDate".
func isCreationKey(k string) bool {
	switch strings.ToLower(k) {
	case "createdat", "created_at", "datecreated", "date_created", "creationdate", "creation_date", "created":
		return true
	}
	return false
}

// stampUnder scans a script's text for a key that kt accepts
// ("datePublished", "published_at", "publishDate", "pubDate") followed
// by a string value that is an ISO date.
func stampUnder(t string, kt keyTest) string {
	for off := 0; off < len(t); {
		i := indexFold(t[off:], kt.stem)
		if i < 0 {
			return ""
		}
		i += off
		off = i + len(kt.stem)
		key, end := keyAround(t, i)
		if key == "" || !kt.ok(key) {
			continue
		}
		v := valueAfter(t, end)
		if len(v) < 10 {
			continue
		}
		if d := parseDate(v); d != "" && strings.HasPrefix(d, v[:4]) {
			return d
		}
	}
	return ""
}

// keyAround returns the identifier around position i of t and the index
// just past it.
func keyAround(t string, i int) (string, int) {
	isKey := func(c byte) bool { return wordByte(c) || c == '-' }
	a := i
	for a > 0 && isKey(t[a-1]) {
		a--
	}
	b := i
	for b < len(t) && isKey(t[b]) {
		b++
	}
	if b-a > 40 {
		return "", b
	}
	return t[a:b], b
}

// isPublicationKey accepts keys that name when an item was first
// published, not when it was updated or is scheduled to be.
func isPublicationKey(k string) bool {
	k = strings.ToLower(k)
	if !strings.Contains(k, "publish") && k != "pubdate" && k != "pub_date" {
		return false
	}
	if strings.HasSuffix(k, "er") { // "publisher"
		return false
	}
	for _, bad := range []string{"update", "modif", "last", "unpublish", "republish", "expir", "end", "scheduled", "status", "by"} {
		if strings.Contains(k, bad) {
			return false
		}
	}
	return true
}

// valueAfter returns the string value that follows a key ending at i:
// optional closing quote (possibly escaped), a colon, an opening quote.
func valueAfter(t string, i int) string {
	j := i
	for j < len(t) && (t[j] == '"' || t[j] == '\\' || t[j] == '\'') {
		j++
	}
	for j < len(t) && t[j] == ' ' {
		j++
	}
	if j >= len(t) || (t[j] != ':' && t[j] != '=') {
		return ""
	}
	j++
	for j < len(t) && (t[j] == ' ' || t[j] == '"' || t[j] == '\\' || t[j] == '\'') {
		j++
	}
	e := j
	for e < len(t) && e-j < 32 && t[e] != '"' && t[e] != '\\' && t[e] != '\'' && t[e] != ',' && t[e] != '}' {
		e++
	}
	v := t[j:e]
	if len(v) < 4 || v[0] < '1' || v[0] > '2' {
		return ""
	}
	return v
}

// indexFold is strings.Index for an ASCII lower-case needle, ignoring the
// case of t.
func indexFold(t, needle string) int {
	n := len(needle)
	for i := 0; i+n <= len(t); i++ {
		c := t[i] | 0x20
		if c != needle[0] {
			continue
		}
		if strings.EqualFold(t[i:i+n], needle) {
			return i
		}
	}
	return -1
}

// wordByte reports whether c continues an ASCII word.
func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
