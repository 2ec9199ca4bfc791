// Package extract is pith's pipeline, from the bytes of a page to an
// article. Run lists the stages in order; each lives in a package of its
// own:
//
//	decode  → bytes to UTF-8 (BOM, Content-Type, <meta>, sniffing)
//	parse   → one html.Parse; every later stage reads this tree
//	meta    → title, authors, dates, site, language… from the raw tree
//	faq     → FAQ entries from JSON-LD, microdata and visible sections;
//	          the visible sections are detached so the body holds them once
//	clean   → scripts, hidden nodes, chrome and boilerplate removed
//	content → the main content node(s) chosen by score
//	blocks  → the typed block model, with in-body furniture dropped
//	fallback→ when selection finds too little, a recall pass or the
//	          page's own JSON-LD articleBody
package extract

import (
	"bytes"
	"errors"
	"net/url"
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/faq"
	"github.com/pith-org/pith/internal/meta"
	"golang.org/x/net/html"
)

// Mode trades precision against recall.
type Mode int

const (
	Balanced Mode = iota
	Precision
	Recall
)

// Options for one page.
type Options struct {
	URL         string // the page's URL (after redirects) or --base-url; "" for plain files
	ContentType string // the HTTP Content-Type, for its charset; "" for files
	NoFAQ       bool   // leave FAQ sections in the body as the page shows them
	Mode        Mode
	Explain     bool // record kept/dropped decisions in Article.Explain
}

// ErrNoArticle is returned for a page with no article in it: empty, a
// login wall, only navigation.
var ErrNoArticle = errors.New("no article found")

// ParseError is a page the HTML parser gives up on. The only such
// pages are nested beyond the parser's limit on open elements.
type ParseError struct{ Err error }

func (e *ParseError) Error() string {
	if strings.Contains(e.Err.Error(), "open stack") {
		return "page nested too deeply to parse (over 512 open elements)"
	}
	return "cannot parse the page: " + e.Err.Error()
}

func (e *ParseError) Unwrap() error { return e.Err }

// FromBytes decodes and parses raw and extracts its article.
func FromBytes(raw []byte, o Options) (*article.Article, error) {
	if err := decode.CheckHTML(raw); err != nil {
		return nil, err
	}
	text, _, err := decode.ToUTF8(raw, o.ContentType)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, ErrNoArticle
	}
	doc, err := html.Parse(bytes.NewReader(text))
	if err != nil {
		return nil, &ParseError{Err: err}
	}
	return Run(doc, o)
}

// Run extracts the article of a parsed page. It modifies doc.
func Run(doc *html.Node, o Options) (*article.Article, error) {
	m := meta.Extract(doc, o.URL, nil)
	a := &article.Article{
		URL: m.URL, Title: m.Title, Byline: m.Byline, Authors: m.Authors,
		Date: m.Date, DateModified: m.DateModified, SiteName: m.SiteName,
		Lang: m.Lang, Description: m.Description, Image: m.Image, Tags: m.Tags,
	}
	if !o.NoFAQ {
		f := faq.Find(doc)
		a.FAQ = f.Entries
		for _, n := range f.Nodes {
			if n.Parent != nil {
				n.Parent.RemoveChild(n)
			}
		}
	}
	var base *url.URL
	if m.BaseURL != "" {
		base, _ = url.Parse(m.BaseURL)
	}
	a.Blocks, a.Explain = body(doc, m, base, o)
	if len(a.Authors) == 0 {
		if name, ok := signedBy(a.Blocks, a.Title); ok {
			a.Authors, a.Byline = []string{name}, name
		}
	}
	if len(a.Blocks) == 0 && len(a.FAQ) == 0 {
		return a, ErrNoArticle
	}
	return a, nil
}
