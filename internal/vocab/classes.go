package vocab

// The boilerplate vocabulary of class and id words, grouped by concept.
// Each element's class and id attributes are split into lower-case
// words once (dom.Words); a word,
// or two adjacent words written together ("most"+"read" → "mostread"),
// is looked up in these maps. Compound class names that pages write as
// one word ("sharebar", "socialshare") are caught by the stem lists,
// matched as prefixes or suffixes of a word.
//
// Words cover English and the main European languages (de, fr, es, it,
// pt, nl, pl), since templates are often localised.

// Concept names a kind of boilerplate; it is what --explain reports.
type Concept string

const (
	None       Concept = ""
	Navigation Concept = "navigation"
	Footer     Concept = "footer"
	Share      Concept = "share/social"
	Newsletter Concept = "newsletter/subscribe"
	Related    Concept = "related/recommended"
	Comments   Concept = "comments"
	Consent    Concept = "cookie/consent"
	Paywall    Concept = "paywall"
	Ads        Concept = "ads/sponsored"
	AuthorBio  Concept = "author bio"
	Tags       Concept = "tags/categories"
	Meta       Concept = "byline/date line"
	Popup      Concept = "popup/modal"
	Sidebar    Concept = "sidebar/widget"
	Print      Concept = "print/tools"
)

var words = map[string]Concept{}
var compounds = map[string]Concept{}

// stems are matched as prefix or suffix of a single class word, for the
// compounds templates glue together ("sharebar", "socialicons",
// "newsletterbox"). Only stems long and specific enough not to occur
// inside content words are listed.
var stems = []struct {
	stem string
	c    Concept
}{
	{"breadcrumb", Navigation}, {"navbar", Navigation}, {"pagination", Navigation}, {"megamenu", Navigation},
	{"newsletter", Newsletter}, {"subscribe", Newsletter},
	{"sharing", Share}, {"socialmedia", Share}, {"sharebar", Share}, {"sharebutton", Share}, {"socialshare", Share}, {"shareicons", Share}, {"sociallinks", Share},
	{"cookie", Consent}, {"consent", Consent},
	{"paywall", Paywall},
	{"advert", Ads}, {"sponsor", Ads}, {"adslot", Ads}, {"adunit", Ads}, {"adcontainer", Ads}, {"adwrapper", Ads}, {"dfp", Ads}, {"outbrain", Related}, {"taboola", Related},
	{"related", Related}, {"recommend", Related},
	{"disqus", Comments},
	{"authorbio", AuthorBio}, {"authorbox", AuthorBio},
}

func init() {
	add := func(c Concept, ws ...string) {
		for _, w := range ws {
			words[w] = c
		}
	}
	addc := func(c Concept, ws ...string) {
		for _, w := range ws {
			compounds[w] = c
		}
	}
	add(Navigation, "nav", "navbar", "navigation", "menu", "menubar", "submenu", "breadcrumb", "breadcrumbs",
		"crumbs", "pagination", "pager", "paging", "skiplink", "skiplinks", "topbar", "masthead", "toc",
		"sitemap", "jumplinks", "jumpnav", "search", "searchform", "searchbox", "suche", "recherche",
		"busqueda", "ricerca", "zoeken", "szukaj", "pesquisa")
	addc(Navigation, "skipto", "skiplink", "mainnav", "sitenav", "topnav", "subnav", "tableofcontents",
		"jumpto", "sitemenu", "mainmenu", "nextarticle", "prevarticle", "previousarticle", "nextpost",
		"prevpost", "postnav", "postnavigation", "articlenav", "infinitescroll")
	add(Footer, "footer", "copyright", "colophon", "impressum", "disclaimer", "licence", "license",
		"lizenz", "haftungsausschluss")
	addc(Footer, "sitefooter", "pagefooter", "globalfooter")
	add(Share, "share", "shares", "sharing", "sharebar", "social", "socials", "sharethis", "addthis",
		"shariff", "sociallinks", "socialmedia", "socialicons", "teilen", "partage", "partager",
		"compartir", "condividi", "delen", "udostepnij", "compartilhar")
	add(Newsletter, "newsletter", "newsletters", "subscribe", "subscription", "signup", "optin",
		"mailchimp", "mailinglist", "abonnieren", "abonnement", "inscription", "suscripcion", "suscribete",
		"iscriviti", "aanmelden", "nieuwsbrief", "subskrypcja")
	addc(Newsletter, "emailsignup", "newslettersignup", "signupform", "newsletterbox")
	add(Related, "related", "recommended", "recommendations", "recommendation", "recirculation", "recirc",
		"outbrain", "taboola", "plista", "trending", "mostread", "mostpopular", "popular", "teasers",
		"empfehlungen", "verwandt", "lies", "similaires", "relacionados", "relacionadas", "correlati",
		"gerelateerd", "powiazane", "suggestions", "suggested", "morestories", "moreposts")
	addc(Related, "morestories", "moreposts", "morenews", "mostread", "mostpopular",
		"alsolike", "youmay", "mayalso", "relatedposts", "relatedarticles", "relatedlinks", "relatedcontent",
		"morearticles", "mehrzum", "zumthema", "lesenauch", "seealso", "moreon", "moreinfo", "othernews",
		"storylist", "articlelist", "newslist", "bottomcards", "cardlist", "teaserlist",
		"recposts", "recpost", "nextstory", "nextpost")
	add(Comments, "comments", "comment", "commentlist", "commentform", "discussion", "disqus", "respond",
		"replies", "reply", "kommentare", "kommentar", "commentaires", "comentarios", "commenti", "reacties",
		"komentarze", "comentarios")
	add(Consent, "cookie", "cookies", "consent", "gdpr", "cookiebanner", "cookiebar", "onetrust",
		"didomi", "usercentrics", "cookielaw")
	add(Paywall, "paywall", "regwall", "piano", "metering", "premiumbox")
	add(Ads, "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adsense", "adslot",
		"adunit", "adbox", "adzone", "sponsored", "sponsor", "sponsors", "promo", "promos", "promotion",
		"promoted", "dfp", "gpt", "commercial", "anzeige", "werbung", "publicite", "publicidad",
		"pubblicita", "reclame", "reklama", "affiliate", "disclosure", "partner", "partners", "banner", "banners")
	addc(Ads, "adslot", "adplaceholder", "adcontainer", "adwrapper", "adholder", "sponsoredcontent",
		"paidcontent", "brandedcontent")
	add(AuthorBio, "authorbio", "authorbox", "bio", "biography", "aboutauthor", "authorinfo", "authorcard",
		"contributor")
	addc(AuthorBio, "autorbox", "autorinfo", "autorenbox", "autorenprofil", "autorbio", "auteurbox",
		"autorebox", "authorbio", "authorbox", "aboutauthor", "abouttheauthor", "authorinfo", "authorcard",
		"authorprofile", "authordetails", "authorblock", "postauthor", "entryauthor", "articleauthor",
		"authorwrapper", "bylinecard", "contributorcard", "contributorbio")
	add(Tags, "tags", "tagcloud", "taglist", "tagging", "categories", "keywords", "schlagworte",
		"etiquetas", "etichette")
	addc(Tags, "tagcloud", "posttags", "entrytags", "articletags", "tagslist", "topiclist", "relatedtopics",
		"relatedtags", "entrycategories", "postcategories", "filedunder")
	add(Meta, "byline", "bylines", "dateline", "timestamp", "publishdate", "pubdate", "readtime",
		"readingtime")
	addc(Meta, "postmeta", "entrymeta", "articlemeta", "postinfo", "entryinfo", "articleinfo",
		"storymeta", "metabar", "postdate", "entrydate", "articledate", "publishdate", "readingtime",
		"readtime", "postdetails", "articledetails", "metainfo", "postmetadata", "entrymetadata",
		"postratings", "starrating")
	add(Popup, "popup", "modal", "overlay", "lightbox", "interstitial", "dialog", "toast", "snackbar", "alert",
		"flyout")
	add(Sidebar, "sidebar", "rail", "aside", "sidebox", "seitenleiste")
	addc(Sidebar, "rightrail", "leftrail", "rightcol", "leftcol", "rightcolumn", "sidecolumn", "sidecol")
	add(Print, "settings", "controls", "videoplayer", "audioplayer", "mediaplayer",
		"editsection", "editlink", "tools", "toolbar", "utility", "utilities", "fontsize", "actions", "actionbar")
	addc(Print, "articletools", "posttools", "articleactions", "pagetools", "storytools")
	vocabIndex = buildIndex()
}

// indexEntry is what Classify knows of one word: its concept as a word
// and as a compound, whether it is a modifier, and whether it begins a
// compound (so that gluing the next word to it can make one).
type indexEntry struct {
	word, compound Concept
	modifier, head bool
}

// vocabIndex merges words, compounds and modifiers, with every proper prefix
// of a compound marked as a head. Classify runs on every element of the
// page: one lookup per word replaces three, and the glued lookups of
// adjacent words are only made when they can succeed.
var vocabIndex map[string]indexEntry

func buildIndex() map[string]indexEntry {
	ix := map[string]indexEntry{}
	for w, c := range words {
		e := ix[w]
		e.word = c
		ix[w] = e
	}
	for w, c := range compounds {
		e := ix[w]
		e.compound = c
		ix[w] = e
		for i := 1; i < len(w); i++ {
			e := ix[w[:i]]
			e.head = true
			ix[w[:i]] = e
		}
	}
	for w := range modifiers {
		e := ix[w]
		e.modifier = true
		ix[w] = e
	}
	return ix
}

// positive marks class/id words that name the main content container.
// They are evidence for selection, never the only evidence.
var positive = map[string]bool{
	"article": true, "articlebody": true, "articletext": true, "articlecontent": true,
	"body": true, "content": true, "entry": true, "entrycontent": true, "main": true,
	"maincontent": true, "post": true, "postbody": true, "postcontent": true, "posttext": true,
	"story": true, "storybody": true, "storycontent": true, "text": true, "blog": true,
	"hentry": true, "richtext": true, "prose": true, "artikel": true, "inhalt": true,
	"contenu": true, "contenido": true, "contenuto": true, "tresc": true, "page": true,
}

// strongPositive are the compound names only a content container
// carries; unlike "post" or "text" alone they outweigh a boilerplate
// word in the same class list.
var strongPositive = map[string]bool{
	"articlebody": true, "articletext": true, "articlecontent": true, "entrycontent": true,
	"postcontent": true, "postbody": true, "posttext": true, "storybody": true,
	"storycontent": true, "maincontent": true, "contentbody": true, "bodytext": true,
	"articleinhalt": true, "artikeltext": true,
}

// StrongPositive reports whether the words name a content container
// beyond doubt.
func StrongPositive(ws []string) bool {
	for i := 0; i+1 < len(ws); i++ {
		if strongPositive[ws[i]+ws[i+1]] {
			return true
		}
	}
	for _, w := range ws {
		if strongPositive[w] {
			return true
		}
	}
	return false
}

// Classify returns the boilerplate concept that the class/id words name,
// or None. A word that is also a positive content word ("content",
// "article") never classifies on its own.
func Classify(ws []string) Concept {
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		e := vocabIndex[w]
		if e.modifier {
			// "has-sidebar", "no-comments", "show-ads": a state flag on a
			// wrapper, not the name of a boilerplate block.
			i++
			continue
		}
		if c := e.word; c != None {
			if c == Sidebar && (w == "widget" || w == "widgets") && containerNamed(ws) {
				// Blogger's and page builders' main column is a "widget"
				// too; only a widget that is not the post is a sidebar.
				continue
			}
			return c
		}
		if e.compound != None {
			return e.compound // written as one word: "postmetadata", "relatedposts"
		}
		if e.head && i+1 < len(ws) {
			w2 := w + ws[i+1]
			e2 := vocabIndex[w2]
			if e2.compound != None {
				return e2.compound
			}
			if e2.head && i+2 < len(ws) {
				if c := vocabIndex[w2+ws[i+2]].compound; c != None {
					return c
				}
			}
		}
		if len(w) >= 7 {
			for _, s := range stems {
				if len(w) > len(s.stem) && (hasPrefix(w, s.stem) || hasSuffix(w, s.stem)) {
					return s.c
				}
			}
		}
	}
	return None
}

// StateWord reports a word that opens a state flag rather than a name
// ("has-sidebar", "no-comments", "is-sticky"): the words after it in the
// class token say what a wrapper holds or lacks. meta reads class tokens
// the same way.
func StateWord(w string) bool { return modifiers[w] }

var modifiers = map[string]bool{
	"has": true, "no": true, "with": true, "without": true, "show": true, "hide": true,
	"is": true, "non": true, "not": true, "enable": true, "enabled": true, "disable": true, "allow": true, "can": true,
}

// containerNamed reports class words that name the post or page body
// itself, which a template may also call a widget or a module.
func containerNamed(ws []string) bool {
	for _, w := range ws {
		switch w {
		case "blog", "post", "posts", "article", "entry", "main", "content", "story":
			return true
		}
	}
	return false
}

// Positive reports whether the words name a content container.
func Positive(ws []string) bool {
	for i, w := range ws {
		if positive[w] {
			return true
		}
		if i+1 < len(ws) && positive[w+ws[i+1]] {
			return true
		}
	}
	return false
}

func hasPrefix(s, p string) bool { return len(s) >= len(p) && s[:len(p)] == p }
func hasSuffix(s, p string) bool { return len(s) >= len(p) && s[len(s)-len(p):] == p }
