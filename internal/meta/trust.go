package meta

import "github.com/pith-org/pith/internal/rules"

// The trust order between sources, field by field, most trusted first.
// merge takes each field from the first source in its list that is
// switched on and has a value. Every entry is a registered rule: its
// name is what --explain shows for the field and what --disable-rule
// takes.

func rule(name, doc string) string { return rules.Register(rules.Meta, name, doc) }

// The site name: declared in the markup, else read off the document
// title beside the headline.
var (
	siteDeclared = []source[string]{
		text(rule("site-meta", "site name from og:site_name and other <meta> conventions"), func(g *merger) string { return g.mt.siteName }),
		text(rule("site-jsonld", "site name from the JSON-LD publisher or WebSite"), func(g *merger) string { return g.ld.siteName }),
	}
	siteTrust = append(siteDeclared[:len(siteDeclared):len(siteDeclared)],
		text(rule("site-in-title", "site name beside the headline in the document title (Headline – Site)"), func(g *merger) string { return siteFromTitle(g.h.title, g.chosenTitle()) }),
	)
)

// The title: the <h1> a metadata title confirms, else the metadata
// titles without the site's name, else the first <h1>.
var (
	titleTrust = []source[string]{
		text(rule("title-h1-agrees", "the <h1> that a metadata title confirms, without its kicker or site name"), h1Title),
		text(rule("title-h1-article", "the one <h1> of a page that declares itself an article (og:type article, a schema.org Article), over metadata titles that do not agree with it"), articleH1),
		text(rule("title-h1-unrelated", "the one <h1>, of four words or more, over metadata titles two words shorter or more that share no word with it (they name the site or section)"), unrelatedH1),
		text(rule("title-h1-same-words", "the one <h1> whose words are a metadata title's, in another order or with another year"), sameWordsH1),
		text(rule("title-subheading-part", "the part of a metadata title that the page shows as an h2-h4 heading, where no <h1> is the headline"), subheadingPart),
		text(rule(titleJSONLD, "title from the JSON-LD headline, site name stripped"), metaTitle(titleJSONLD)),
		text(rule(titleMicrodata, "title from the microdata/RDFa headline, site name stripped"), metaTitle(titleMicrodata)),
		text(rule(titleMeta, "title from og:title, twitter:title, Dublin Core, site name stripped"), metaTitle(titleMeta)),
		text(rule(titleDocument, "title from <title>, site name stripped"), metaTitle(titleDocument)),
		text(rule("title-h1", "the first <h1> with text, when no metadata title helps"), firstH1),
		text(rule("title-subheading", "the first h2-h4 heading of a page that names itself nowhere else"), firstSubheading),
	}

	// The rules that read the title's evidence (titleEv).
	_ = rule(titleHomeLink, "an <h1> that is one link to the home page the document declares (<link rel=\"start\">) holds the site's name, not the headline")
	_ = rule(titleLogoHeadline, "an <h1> classed as the logo is the headline when a metadata title reads as its text beside the site's name")
	_ = rule(titleSectionChain, "a run of short section and site names after the headline is cut part by part (Headline - Soccer - Sport - Site)")
	_ = rule(titleH1FirstPart, "an <h1> in the content (not a logo, not in the page header) agrees with a metadata title whose first part it prints (\"Models | Django documentation\")")
	_ = rule(titleShownPart, "of a metadata title's parts, the one the page shows as an element of its own is the headline (\"Headline - Site Slogan\" with the headline in a title cell)")
	_ = rule(headingPermalink, "the mark of a link to the heading itself (\"¶\", \"#\") is not part of the headline")
	_ = rule(titleDocumentMarkup, "a document title holding markup (a <title> left open) is no title")
)

// The authors: the sources that name people, in trust order; then names
// on a date line, the owner of a personal site, organisations, the site
// itself and credit lines that name no person.
var (
	authorTrust = []source[[]string]{
		list(rule(authorJSONLD, "authors from JSON-LD author/creator persons"), personFrom(srcJSONLD)),
		list(rule(authorMicrodata, "authors from microdata/RDFa author properties"), personFrom(srcMicrodata)),
		list(rule(authorBylineMarkup, "authors from byline markup (rel=author, byline classes, Autor: labels)"), personFrom(srcBylineMarkup)),
		list(rule(authorMeta, "authors from <meta name=author> and other conventions"), personFrom(srcMeta)),
		list(rule(authorMetaLabel, "authors from a sharing card's field labelled \"Written by\" (twitter:label1, twitter:data1)"), personFrom(srcMetaLabel)),
		list(rule(authorByLine, "authors from a \"By …\" line"), personFrom(srcByLine)),
		list(rule("author-dateline", "a full personal name on the date line under the headline"), datelineAuthor),
		list(rule("author-site-owner", "the person a personal site's host is named after"), ownerAuthor),
		list(rule("author-org-in-person-field", "an organisation given as a person author, when no source names a person"), func(g *merger) []string { return g.authorEv().orgOnly }),
		list(rule("author-jsonld-org", "a JSON-LD Organization author"), func(g *merger) []string { return one(g.ld.org) }),
		list(rule("author-microdata-org", "a microdata Organization author"), func(g *merger) []string { return one(g.md.org) }),
		list(rule("author-byline-credit", "the team or staff credit of the byline nearest the headline (\"By the Lavazza Team\"), when no person is named"), func(g *merger) []string { return one(g.vis.creditNear(g.vis.anchor)) }),
		list(rule("author-site-name", "the site's own name given as author, when nobody else is named"), func(g *merger) []string { return g.authorEv().siteOnly }),
		list(rule("author-jsonld-credit", "a JSON-LD author that names no person (\"Staff Writer\")"), func(g *merger) []string { return one(g.ld.rawAuthor) }),
		list(rule("author-meta-credit", "a <meta> author that names no person"), func(g *merger) []string { return one(g.mt.rawAuthor) }),
		list(rule("author-meta-label-credit", "a sharing card's \"Written by\" field that names no person (\"Staff\")"), func(g *merger) []string { return one(g.mt.labelledRaw) }),
	}

	// The rules that refine the authors chosen (completeAuthors) and
	// the byline evidence (authorEv).
	_ = rule(authorMarkupFar, "byline markup far from the headline (a teaser's, a comment's) yields to the page's <meta> author")
	_ = rule(authorBylineCorrects, "the byline under the headline replaces metadata authors that are login handles or miss co-authors")
	_ = rule(authorFullName, "a given name alone completed from a byline near the headline")
	_ = rule(authorInitials, "initials alone (an avatar's \"CM\") completed from the byline near the headline that names them (\"Craig McCarthy\")")
	_ = rule(authorPersonOverHandle, "a login handle yields to a person named in the headline's block")
	_ = rule(authorLabelPhrase, "a label phrase ending in a byline preposition (\"Written by\") introduces the names in the next element without a colon")
	_ = rule(authorLinkEndsName, "a name read from a byline's text ends where the link that starts it ends (\"by <a>Harsh Vaibhav</a> <a>Global Commons</a>\")")
	_ = rule(authorByColon, "a line opening \"By: Name\" is a byline")
	_ = rule(dateUpdateLine, "a date element in a line labelled as an update (\"Last updated on …\") is the modification date")
	_ = rule(dateZoneSpan, "a zoned metadata stamp is the moment of a day shown under the headline only when some zone (UTC-12 to UTC+14) shows it on that day")
	_ = rule(dateUpdatePart, "a date inside an update line, or a line around one on the same day, is that update, not an unlabelled date line")
	_ = rule(dateTableColumn, "dates in the cells of a data table (three or more in one table) are data, not the page's date line")
	_ = rule(dateRightUnder, "an unlabelled date line right under the headline is the headline's own, even in a wrapper whose class reads as a teaser or widget")
	_ = rule(dateUpdateWrapper, "a date element around an update stamp holds the modification date, not the publication date")
	_ = rule(questionIsArticle, "the Question a QAPage names as its main entity (a thread's opening post) gives the page's title, author and date")
)

// The publication date: what readers see under the headline, metadata
// the page confirms, weaker visible lines, then the last resorts.
var (
	ruleDateLocalZone = rule("date-local-zone", "a UTC stamp shown in the zone of the page's language, unless the date line shows the UTC day")

	dateTrust = []source[string]{
		text(rule("date-line-hugging", "an unlabelled date line hugging the headline, over metadata the page does not show"), hugging),
		text(rule("date-line-labelled", "the labelled date line near the headline, over metadata the page does not show"), labelledLine),
		text(rule("date-update-shown", "the update stamp under the headline, when it is the only date the page shows and the publication date is declared only in structured data"), updateShown),
		text(rule(dateJSONLD, "publication date from JSON-LD, when the page confirms it or shows no other"), metaDate(dateJSONLD)),
		text(rule(dateMicrodata, "publication date from microdata/RDFa, when the page confirms it or shows no other"), metaDate(dateMicrodata)),
		text(rule(dateMeta, "publication date from article:published_time and other <meta>, when the page confirms it or shows no other"), metaDate(dateMeta)),
		text(rule("date-loose-hugging", "an unlabelled date line in the headline's block, over a labelled date far away"), looseHugging),
		text(rule("date-labelled-far", "a labelled date line outside teasers, far from the headline"), labelledFar),
		text(rule("date-loose-nearest", "the unlabelled date line nearest the headline, outside teasers"), looseNearest),
		text(rule("date-teaser-self", "the date of the teaser that announces the page itself"), teaserSelf),
		text(rule("date-loose-any", "the unlabelled date line nearest the headline on a page without labelled dates"), looseAny),
		text(rule("date-labelled-teaser", "a labelled date line in a teaser or comment"), labelledTeaser),
		text(rule("date-url", "a /YYYY/MM/DD/ date in the page's address"), urlDate),
		text(rule("date-in-title", "a full date in the document title or description"), titleDate),
		text(rule("date-first-line", "the first date line of a page without a headline"), firstLine),
		text(rule("date-script-state", "a publication key in a script's state object"), func(g *merger) string { return stateDate(g.states) }),
		text(rule("date-from-modified", "the modification date, when nothing gives a publication date"), func(g *merger) string { return g.m.DateModified }),
		text(rule("date-beside-byline", "the date line beside the byline, wherever the byline stands (an author box after the body), when nothing else dates the page"), besideByline),
	}

	modifiedTrust = []source[string]{
		text(rule("modified-jsonld", "modification date from JSON-LD dateModified"), func(g *merger) string { return g.ld.modified }),
		text(rule("modified-microdata", "modification date from microdata/RDFa"), func(g *merger) string { return g.md.modified }),
		text(rule("modified-meta", "modification date from article:modified_time and other <meta>"), func(g *merger) string { return g.mt.modified }),
		text(rule("modified-line", "the \"Updated …\" line nearest the headline"), updateLine),
	}
)

// The other fields: <meta> first, then JSON-LD, then microdata.
var (
	descriptionTrust = []source[string]{
		text(rule("description-meta", "description from og:description and <meta name=description>"), func(g *merger) string { return g.mt.description }),
		text(rule("description-jsonld", "description from JSON-LD"), func(g *merger) string { return g.ld.description }),
		text(rule("description-microdata", "description from microdata"), func(g *merger) string { return g.md.description }),
	}
	tagTrust = []source[[]string]{
		list(rule("tags-meta", "tags from article:tag and keywords <meta>"), func(g *merger) []string { return g.mt.tags }),
		list(rule("tags-jsonld", "tags from JSON-LD keywords"), func(g *merger) []string { return g.ld.tags }),
		list(rule("tags-microdata", "tags from microdata keywords"), func(g *merger) []string { return g.md.tags }),
	}
	imageTrust = []source[string]{
		given(rule("image-meta", "image from og:image, twitter:image, image_src"), func(g *merger) string { return g.mt.image }, resolve),
		given(rule("image-jsonld", "image from JSON-LD"), func(g *merger) string { return g.ld.image }, resolve),
		given(rule("image-microdata", "image from microdata"), func(g *merger) string { return g.md.image }, resolve),
	}
	urlTrust = []source[string]{
		given(rule("url-canonical", "the canonical link"), func(g *merger) string { return g.h.canonical }, resolve),
		given(rule("url-og", "og:url"), func(g *merger) string { return g.mt.url }, resolve),
		given(rule("url-jsonld", "the JSON-LD url or mainEntityOfPage"), func(g *merger) string { return g.ld.url }, resolve),
	}
	// A declared address that does not resolve yields to the page's own.
	urlFallback = []source[string]{
		text(rule("url-page", "the page's own URL (fetched, or --base-url)"), func(g *merger) string { return absURL("", g.pageURL) }),
	}
	langTrust = []source[string]{
		given(rule("lang-html", "language from <html lang>"), func(g *merger) string { return g.h.htmlLang }, reduceLang),
		given(rule("lang-meta", "language from og:locale, content-language and other <meta>"), func(g *merger) string { return g.mt.lang }, reduceLang),
		given(rule("lang-jsonld", "language from JSON-LD inLanguage"), func(g *merger) string { return g.ld.lang }, reduceLang),
		given(rule("lang-microdata", "language from microdata inLanguage"), func(g *merger) string { return g.md.lang }, reduceLang),
	}
	// A declared language tag that names no language yields to these.
	langFallback = []source[string]{
		text(rule("lang-hreflang", "language from the hreflang of the canonical link"), func(g *merger) string {
			if g.h.canonical == "" {
				return ""
			}
			return normLang(g.h.hreflang[g.h.canonical])
		}),
		text(rule("lang-guess", "language guessed from the stopwords of the page's text"), func(g *merger) string { return detectLang(g.doc) }),
	}
)

// resolve makes a found address absolute against the page's base.
func resolve(g *merger, ref string) string { return absURL(g.m.BaseURL, ref) }

// reduceLang reduces a language tag to its primary subtag.
func reduceLang(_ *merger, tag string) string { return normLang(tag) }

// chosenTitle chooses the title once: the site-name source that reads it
// off the document title needs it before the title field is filled.
func (g *merger) chosenTitle() string {
	if !g.titled {
		g.titled = true
		g.title = choose(g, "title", titleTrust)
	}
	return g.title
}
