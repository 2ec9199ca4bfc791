package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/jsonld"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

// articleTypes is the schema.org article family plus the creative works
// that pages use in its place for their main content.
var articleTypes = []string{
	"Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle",
	"TechArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
	"ReportageNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
	"AskPublicNewsArticle", "SatiricalArticle", "LiveBlogPosting",
	"SocialMediaPosting", "DiscussionForumPosting", "Posting", "Review",
	"Recipe", "HowTo", "MedicalScholarlyArticle", "Blog", "Guide",
	"CreativeWork",
}

// pageTypes describe the page rather than the article; they are used
// when no article object exists.
// newsTypes are the articles proper of articleTypes: a news or blog
// article, a report, a paper; not a recipe, a how-to or a forum post.
var newsTypes = []string{
	"Article", "NewsArticle", "BlogPosting", "Report", "ScholarlyArticle",
	"TechArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
	"ReportageNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle",
	"AskPublicNewsArticle", "SatiricalArticle", "MedicalScholarlyArticle",
}

var pageTypes = []string{
	"WebPage", "ItemPage", "AboutPage", "FAQPage", "QAPage", "ProfilePage",
	"MedicalWebPage", "CollectionPage",
}

func readJSONLD(pg *page, trace *rules.Trace) fields {
	var objs []jsonld.Object
	for _, s := range pg.scripts {
		objs = append(objs, jsonld.Objects(s)...)
	}
	var f fields
	if len(objs) == 0 {
		return f
	}
	byID := map[string]jsonld.Object{}
	for _, o := range objs {
		if id, ok := o["@id"].(string); ok && id != "" && len(o) > 1 {
			if _, seen := byID[id]; !seen {
				byID[id] = o
			}
		}
	}
	resolve := func(v any) any {
		if o, ok := v.(map[string]any); ok {
			if id, ok := o["@id"].(string); ok && len(o) == 1 {
				if full, ok := byID[id]; ok {
					return full
				}
			}
		}
		return v
	}
	main := pickMain(objs, articleTypes)
	if main == nil {
		main = pickMain(objs, pageTypes)
	}
	if main != nil {
		readLDObject(&f, main, resolve)
		// A WebPage often says which object is its main entity.
		if jsonld.HasType(main, pageTypes...) {
			if me, ok := resolve(main["mainEntity"]).(map[string]any); ok && jsonld.HasType(me, articleTypes...) {
				var g fields
				readLDObject(&g, me, resolve)
				f = overlay(g, f)
			} else if ok && isThreadQuestion(trace, main, me) {
				// The question's metadata only: its text is the first
				// post, not the thread the body stage reads.
				var g fields
				readLDObject(&g, me, resolve)
				g.articleBody = ""
				f = overlay(g, f)
			}
		}
	}
	// Site name and language from the WebSite or the publisher when the
	// article object does not carry them.
	for _, o := range objs {
		if f.siteName == "" && jsonld.HasType(o, "WebSite") {
			f.siteName = clean(jsonld.String(o, "name"))
		}
		if f.lang == "" {
			f.lang = jsonld.String(o, "inLanguage")
		}
	}
	return f
}

// pickMain returns the first object of one of the types that carries a
// headline or a name; failing that the first of those types.
func pickMain(objs []jsonld.Object, types []string) jsonld.Object {
	var first jsonld.Object
	for _, o := range objs {
		if !jsonld.HasType(o, types...) {
			continue
		}
		if first == nil {
			first = o
		}
		if jsonld.String(o, "headline") != "" {
			return o
		}
	}
	return first
}

func readLDObject(f *fields, o jsonld.Object, resolve func(any) any) {
	f.article = jsonld.HasType(o, newsTypes...)
	f.title = clean(jsonld.String(o, "headline"))
	if f.title == "" && !jsonld.HasType(o, pageTypes...) {
		f.title = clean(jsonld.String(o, "name"))
	}
	for _, a := range jsonld.List(resolve(o["author"])) {
		addLDAuthor(f, resolve(a))
	}
	if len(f.authors) == 0 && f.org == "" {
		for _, a := range jsonld.List(resolve(o["creator"])) {
			addLDAuthor(f, resolve(a))
		}
	}
	for _, k := range []string{"datePublished", "dateCreated", "uploadDate"} {
		if f.date = parseDate(jsonld.String(o, k)); f.date != "" {
			break
		}
	}
	f.modified = parseDate(jsonld.String(o, "dateModified"))
	if p, ok := resolve(o["publisher"]).(map[string]any); ok {
		f.siteName = clean(jsonld.String(p, "name"))
	}
	if p, ok := resolve(o["isPartOf"]).(map[string]any); ok && f.siteName == "" && jsonld.HasType(p, "WebSite", "Periodical", "Blog") {
		f.siteName = clean(jsonld.String(p, "name"))
	}
	f.description = clean(jsonld.String(o, "description"))
	f.image = ldURL(resolve(o["image"]))
	if f.image == "" {
		f.image = ldURL(resolve(o["thumbnailUrl"]))
	}
	f.url = jsonld.String(o, "url")
	if f.url == "" {
		if me, ok := o["mainEntityOfPage"].(map[string]any); ok {
			f.url = jsonld.AsString(me["@id"])
		} else if s, ok := o["mainEntityOfPage"].(string); ok {
			f.url = s
		}
	}
	if lang, ok := o["inLanguage"]; ok {
		f.lang = jsonld.AsString(lang)
	}
	f.tags = splitTags(o["keywords"])
	if b := jsonld.String(o, "articleBody"); b != "" {
		f.articleBody = strings.TrimSpace(b)
	} else if b := jsonld.String(o, "text"); b != "" {
		f.articleBody = strings.TrimSpace(b)
	}
}

// addLDAuthor adds one author value: a Person, an Organization, a bare
// object with a name, or a string naming one or more people.
func addLDAuthor(f *fields, v any) {
	switch t := v.(type) {
	case string:
		names := cleanNames(t)
		for _, n := range names {
			if !containsFold(f.authors, n) {
				f.authors = append(f.authors, n)
			}
		}
		if len(names) == 0 && f.rawAuthor == "" {
			f.rawAuthor = plainAuthor(t)
		}
	case map[string]any:
		name := jsonld.AsString(t["name"])
		if name == "" {
			given, family := jsonld.String(t, "givenName"), jsonld.String(t, "familyName")
			name = strings.TrimSpace(given + " " + family)
		}
		if jsonld.HasType(t, "Organization", "NewsMediaOrganization", "Corporation", "EducationalOrganization", "GovernmentOrganization", "NGO", "Brand") {
			if f.org == "" {
				f.org = clean(name)
			}
			return
		}
		addLDAuthor(f, fullerName(name, jsonld.String(t, "description")))
	}
}

// fullerName completes a given name alone ("Nils") from the person's
// bio when the bio opens with it and the family name ("Nils Pickert ist
// freier Autor …"): profile plugins often fill name with the display
// name only.
func fullerName(name, bio string) string {
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsAny(name, " ,") || !strings.HasPrefix(bio, name+" ") {
		return name
	}
	rest := strings.Fields(bio[len(name):])
	full := name
	for i := 0; i < len(rest) && i < 2; i++ {
		w := rest[i]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || strings.ContainsAny(w, ".,:;!?()") {
			break
		}
		full += " " + w
	}
	if full == name || !looksLikeName(full) {
		return name
	}
	return full
}

// ldURL reads an image-like value: a URL string, an ImageObject with url
// or contentUrl, or a list of them (the first wins).
func ldURL(v any) string {
	switch t := v.(type) {
	case string:
		return strings.TrimSpace(t)
	case []any:
		for _, e := range t {
			if s := ldURL(e); s != "" {
				return s
			}
		}
	case map[string]any:
		for _, k := range []string{"url", "contentUrl", "@id"} {
			if s, ok := t[k].(string); ok && s != "" {
				return strings.TrimSpace(s)
			}
		}
	}
	return ""
}

// splitTags reads keywords given as a list or as one comma-separated
// string.
func splitTags(v any) []string {
	var out []string
	add := func(s string) {
		for _, p := range strings.Split(s, ",") {
			if p = clean(p); p != "" && !containsFold(out, p) {
				out = append(out, p)
			}
		}
	}
	switch t := v.(type) {
	case string:
		add(t)
	case []any:
		for _, e := range t {
			add(jsonld.AsString(e))
		}
	}
	return out
}

// clean decodes stray entities left in metadata strings and collapses
// whitespace.
func clean(s string) string {
	// Twice: CMSs double-encode ("&amp;oacute;").
	for i := 0; i < 2 && strings.Contains(s, "&"); i++ {
		s = html.UnescapeString(s)
	}
	return collapse(s)
}

// overlay returns a with its empty fields filled from b.
func overlay(a, b fields) fields {
	if a.title == "" {
		a.title = b.title
	}
	if len(a.authors) == 0 {
		a.authors = b.authors
	}
	if a.org == "" {
		a.org = b.org
	}
	if a.rawAuthor == "" {
		a.rawAuthor = b.rawAuthor
	}
	if a.date == "" {
		a.date = b.date
	}
	if a.modified == "" {
		a.modified = b.modified
	}
	if a.siteName == "" {
		a.siteName = b.siteName
	}
	if a.description == "" {
		a.description = b.description
	}
	if a.image == "" {
		a.image = b.image
	}
	if a.url == "" {
		a.url = b.url
	}
	if a.lang == "" {
		a.lang = b.lang
	}
	if len(a.tags) == 0 {
		a.tags = b.tags
	}
	if a.articleBody == "" {
		a.articleBody = b.articleBody
	}
	return a
}

// isThreadQuestion reports the Question that a QAPage names as its main
// entity: on a forum or Q&A site it is the thread's opening post, whose
// name, author and date are the page's (an FAQPage's questions are not).
func isThreadQuestion(trace *rules.Trace, page, entity jsonld.Object) bool {
	return trace.On(questionIsArticle) && jsonld.HasType(page, "QAPage") && jsonld.HasType(entity, "Question")
}
