// Package meta reads an article's metadata (title, authors, dates, site
// name, language, description, image, tags, canonical URL) from every
// source a page may carry: JSON-LD, microdata and RDFa, OpenGraph and
// other <meta> conventions, and the visible byline, date line and
// headline. Each source is read on its own into a fields value; merge.go
// then picks each field from the most trustworthy source that has it,
// in the trust order of trust.go.
//
// Extract runs before the DOM is cleaned and never modifies the tree.
package meta

import (
	"time"

	"github.com/pith-org/pith/internal/dates"
	"golang.org/x/net/html"
)

// Meta is the metadata of one page.
type Meta struct {
	URL, Title, Byline string
	Authors            []string
	Date, DateModified string
	SiteName, Lang     string
	Description, Image string
	Tags               []string
	// BaseURL resolves relative links: the page URL if given, else <base
	// href> (resolved), the canonical link, og:url; "" if none.
	BaseURL string
	// ArticleBody is the JSON-LD articleBody/text when present, for the
	// content stage to use as evidence or fallback.
	ArticleBody string
	// Nodes are the visible elements that carry the byline, the date line
	// or a kicker, so the content stage can drop them from the body.
	Nodes []*html.Node
}

// fields is what one source says about the page. Empty means unknown.
type fields struct {
	title   string
	authors []string // person names
	org     string   // an organisation given as author
	// rawAuthor is a dedicated author field that names no person
	// ("Staff Writer", "HLNF Staff Report"): the last resort.
	rawAuthor string
	// labelled are the names of a display field labelled as the
	// author (twitter:label1 "Written by", twitter:data1 "Jane Doe");
	// labelledRaw is its value when it names no person.
	labelled       []string
	labelledRaw    string
	date, modified string // ISO 8601
	siteName       string
	description    string
	image          string // as found; resolved against the base later
	url            string
	lang           string
	tags           []string
	articleBody    string
	// article says the source declares the page a news or blog
	// article (og:type "article", a schema.org Article).
	article bool
}

// now is the clock that bounds future dates; tests replace it.
var now = time.Now

// parseDate reads the first date in s, day first when a numeric date is
// ambiguous (see dates.Parse).
func parseDate(s string) string { return dates.Parse(s, now(), false) }
