package meta

import (
	"strconv"
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// head holds the document-level markup: <title>, <html lang>, <base>,
// <link> relations and every <meta> by lower-cased name or property.
type head struct {
	title     string
	htmlLang  string
	base      string
	canonical string
	home      string // the href of <link rel="start"> or rel="home"
	imageSrc  string
	hreflang  map[string]string // href → hreflang of rel=alternate links
	metas     map[string][]string
}

func (h *head) get(keys ...string) string {
	for _, k := range keys {
		for _, v := range h.metas[k] {
			if v = clean(v); v != "" {
				return v
			}
		}
	}
	return ""
}

func (h *head) all(keys ...string) []string {
	var out []string
	for _, k := range keys {
		for _, v := range h.metas[k] {
			if v = clean(v); v != "" {
				out = append(out, v)
			}
		}
	}
	return out
}

func headOf(pg *page) *head {
	h := &head{metas: map[string][]string{}, hreflang: map[string]string{}}
	for _, n := range pg.heads {
		switch n.DataAtom {
		case atom.Html:
			if h.htmlLang == "" {
				h.htmlLang = dom.Attr(n, "lang")
				if h.htmlLang == "" {
					h.htmlLang = dom.Attr(n, "xml:lang")
				}
			}
		case atom.Title:
			// An <svg><title> is not the document title.
			if h.title == "" && n.Namespace == "" {
				h.title = clean(dom.Text(n))
			}
		case atom.Base:
			if h.base == "" {
				h.base = strings.TrimSpace(dom.Attr(n, "href"))
			}
		case atom.Link:
			rels := strings.Fields(strings.ToLower(dom.Attr(n, "rel")))
			href := strings.TrimSpace(dom.Attr(n, "href"))
			for _, r := range rels {
				switch r {
				case "canonical":
					if h.canonical == "" {
						h.canonical = href
					}
				case "start", "home":
					if h.home == "" {
						h.home = href
					}
				case "image_src":
					if h.imageSrc == "" {
						h.imageSrc = href
					}
				case "alternate":
					if hl := dom.Attr(n, "hreflang"); hl != "" && href != "" {
						h.hreflang[href] = hl
					}
				}
			}
		case atom.Meta:
			content, ok := metaContent(n)
			if !ok {
				continue
			}
			for _, k := range []string{"name", "property", "http-equiv"} {
				if key := strings.ToLower(strings.TrimSpace(dom.Attr(n, k))); key != "" {
					for _, kk := range strings.Fields(key) {
						h.metas[kk] = append(h.metas[kk], content)
					}
				}
			}
		}
	}
	return h
}

func metaContent(n *html.Node) (string, bool) {
	for _, k := range []string{"content", "value"} {
		if dom.HasAttr(n, k) {
			return dom.Attr(n, k), true
		}
	}
	return "", false
}

// Keys per field, most specific convention first. Names follow
// OpenGraph, article:*, Twitter cards, Dublin Core, Parse.ly, Sailthru,
// Highwire/citation and plain <meta name=…> habits.
var (
	titleKeys    = []string{"og:title", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "citation_title", "title"}
	authorKeys   = []string{"article:author", "og:article:author", "author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author", "citation_author", "byl", "cxenseparse:author", "book:author", "article:author_name", "dc.contributor"}
	dateKeys     = []string{"article:published_time", "og:article:published_time", "article:published", "published_time", "datepublished", "parsely-pub-date", "sailthru.date", "citation_publication_date", "citation_date", "dc.date.issued", "dcterms.issued", "dc.date.created", "dcterms.created", "dc.date", "dcterms.date", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "publication-date", "date_published", "original-publish-date", "article.published", "date.release", "release_date", "cxenseparse:recs:publishtime", "og:published_time", "published-date", "published_date", "published", "date", "created"}
	modifiedKeys = []string{"article:modified_time", "og:article:modified_time", "og:updated_time", "article:modified", "datemodified", "dcterms.modified", "dc.date.modified", "last-modified", "modified-date", "modified_date", "modified", "revised", "lastmod"}
	siteKeys     = []string{"og:site_name", "application-name", "apple-mobile-web-app-title", "dc.publisher", "dcterms.publisher", "publisher"}
	descKeys     = []string{"og:description", "description", "twitter:description", "dc.description", "dcterms.description", "dcterms.abstract"}
	imageKeys    = []string{"og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "thumbnail"}
	tagKeys      = []string{"article:tag", "og:article:tag", "news_keywords", "keywords", "parsely-tags", "sailthru.tags"}
	langKeys     = []string{"og:locale", "content-language", "dc.language", "dcterms.language", "language"}
)

// labelledAuthor reads the author from the label/value pairs that
// sharing cards display (twitter:label1 "Written by" with twitter:data1
// "Jane Doe", as WordPress SEO plugins write them).
func labelledAuthor(h *head) ([]string, string) {
	for i := 1; i <= 4; i++ {
		n := strconv.Itoa(i)
		label := strings.ToLower(strings.TrimSpace(h.get("twitter:label" + n)))
		if !vocab.BylineLabel(label) {
			continue
		}
		v := h.get("twitter:data" + n)
		if names := cleanNames(v); len(names) > 0 {
			return names, ""
		}
		return nil, plainAuthor(v)
	}
	return nil, ""
}

func fromMetaTags(h *head) fields {
	var f fields
	f.title = h.get(titleKeys...)
	f.article = strings.EqualFold(h.get("og:type"), "article")
	for _, k := range authorKeys {
		for _, v := range h.all(k) {
			// article:author is often a profile URL; a URL names nobody.
			if strings.HasPrefix(v, "http") || strings.HasPrefix(v, "/") {
				continue
			}
			names := cleanNames(v)
			for _, n := range names {
				if !containsFold(f.authors, n) {
					f.authors = append(f.authors, n)
				}
			}
			if len(names) == 0 && f.rawAuthor == "" {
				f.rawAuthor = plainAuthor(v)
			}
		}
		if len(f.authors) > 0 {
			break
		}
	}
	for _, k := range dateKeys {
		if f.date = parseDate(h.get(k)); f.date != "" {
			break
		}
	}
	for _, k := range modifiedKeys {
		if f.modified = parseDate(h.get(k)); f.modified != "" {
			break
		}
	}
	f.labelled, f.labelledRaw = labelledAuthor(h)
	f.siteName = h.get(siteKeys...)
	if len(f.siteName) > 80 {
		f.siteName = ""
	}
	f.description = h.get(descKeys...)
	f.image = h.get(imageKeys...)
	if f.image == "" {
		f.image = h.imageSrc
	}
	f.url = h.get("og:url")
	for _, k := range tagKeys {
		vals := h.all(k)
		for _, v := range vals {
			for _, p := range strings.Split(v, ",") {
				if p = collapse(p); p != "" && !containsFold(f.tags, p) {
					f.tags = append(f.tags, p)
				}
			}
		}
		if len(f.tags) > 0 {
			break
		}
	}
	f.lang = h.get(langKeys...)
	return f
}
