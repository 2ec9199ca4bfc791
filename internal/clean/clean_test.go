package clean_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page wraps extra markup around a body of article text (about 800
// characters, in its only <article>), so that each case tests one box
// next to real content.
func page(extra string) string {
	return `<!DOCTYPE html><html><head><title>T</title></head><body>` +
		`<article><h1>Headline</h1><p>ARTICLE ` + prose(8) + `</p></article>` + extra + `</body></html>`
}

func TestCleanNonTextElements(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{name: "script and style", page: page(`<script>var SCRIPTMARK=1</script><style>.STYLEMARK{}</style>`), keep: []string{"ARTICLE"}, drop: []string{"SCRIPTMARK", "STYLEMARK"}},
		{name: "noscript and template", page: page(`<noscript>NOSCRIPTMARK</noscript><template><p>TEMPLATEMARK</p></template>`), drop: []string{"NOSCRIPTMARK", "TEMPLATEMARK"}},
		{name: "svg text", page: page(`<svg><text>SVGMARK</text></svg>`), drop: []string{"SVGMARK"}},
		{name: "form controls", page: page(`<p>Before <button>BUTTONMARK</button> <select><option>OPTIONMARK</option></select> <textarea>TEXTAREAMARK</textarea> after.</p>`), keep: []string{"Before", "after."}, drop: []string{"BUTTONMARK", "OPTIONMARK", "TEXTAREAMARK"}},
		{name: "media fallback", page: page(`<video>VIDEOMARK</video><audio>AUDIOMARK</audio><iframe>IFRAMEMARK</iframe><object>OBJECTMARK</object>`), drop: []string{"VIDEOMARK", "AUDIOMARK", "IFRAMEMARK", "OBJECTMARK"}},
		{name: "dialog and canvas", page: page(`<dialog open>DIALOGMARK</dialog><canvas>CANVASMARK</canvas>`), drop: []string{"DIALOGMARK", "CANVASMARK"}},
		{name: "custom element kept", page: page(`<my-widget><p>CUSTOMMARK text</p></my-widget>`), keep: []string{"CUSTOMMARK"}},
	}, clean.Options{})
}

func TestCleanRemovesComments(t *testing.T) {
	doc := parse(t, page(`<!-- COMMENTMARK -->`))
	clean.Clean(doc, clean.Options{})
	var found bool
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.CommentNode && strings.Contains(n.Data, "COMMENTMARK") {
			found = true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if found {
		t.Error("HTML comment kept")
	}
}

func TestCleanHidden(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{name: "hidden attribute", page: page(`<div hidden>HIDDENMARK</div>`), drop: []string{"HIDDENMARK"}},
		{name: "display none", page: page(`<p style="color: red; display : none">DISPLAYMARK</p>`), drop: []string{"DISPLAYMARK"}},
		{name: "visibility hidden", page: page(`<p style="visibility: hidden">VISMARK</p>`), drop: []string{"VISMARK"}},
		{name: "visible style kept", page: page(`<p style="display:block;overflow:hidden">OVERFLOWMARK text</p>`), keep: []string{"OVERFLOWMARK"}},
		{name: "small aria-hidden dropped", page: page(`<div aria-hidden="true">ARIAMARK</div>`), drop: []string{"ARIAMARK"}},
		{name: "aria-hidden false kept", page: page(`<div aria-hidden="false">ARIAFALSE text</div>`), keep: []string{"ARIAFALSE"}},
		{
			// A page behind an open overlay is aria-hidden: its text is
			// the article.
			name: "large aria-hidden kept",
			page: `<html><body><div aria-hidden="true"><div><p>BIGARIA ` + prose(10) + `</p></div></div><div aria-hidden="true">SMALLARIA</div></body></html>`,
			keep: []string{"BIGARIA"}, drop: []string{"SMALLARIA"},
		},
		{
			name: "aria-hidden on the only article kept",
			page: `<html><body><article aria-hidden="true"><p>SHORTARTICLE text of the story.</p></article><p>` + prose(6) + `</p></body></html>`,
			keep: []string{"SHORTARTICLE"},
		},
		{
			// The hidden attribute and display:none are not guarded by
			// size: the browser shows none of it.
			name: "large hidden still dropped",
			page: `<html><body><div hidden><p>BIGHIDDEN ` + prose(10) + `</p></div><p>VISIBLE text.</p></body></html>`,
			keep: []string{"VISIBLE"}, drop: []string{"BIGHIDDEN"},
		},
	}, clean.Options{})
}

func TestCleanChromeTags(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{name: "nav", page: page(`<nav><a href="/">NAVMARK</a></nav>`), drop: []string{"NAVMARK"}},
		{name: "menu", page: page(`<menu><li>MENUMARK</li></menu>`), drop: []string{"MENUMARK"}},
		{name: "nav inside article", page: `<html><body><article><nav>INNERNAV</nav><p>` + prose(6) + `</p></article></body></html>`, drop: []string{"INNERNAV"}},
		{name: "aside outside article", page: page(`<aside>ASIDEMARK</aside>`), drop: []string{"ASIDEMARK"}},
		{name: "aside inside article", page: `<html><body><article><p>` + prose(6) + `</p><aside>INNERASIDE note</aside></article></body></html>`, keep: []string{"INNERASIDE"}},
		{name: "aside inside main", page: `<html><body><main><p>` + prose(6) + `</p><aside>MAINASIDE note</aside></main></body></html>`, keep: []string{"MAINASIDE"}},
		{name: "aside inside role=main", page: `<html><body><div role="main"><p>` + prose(6) + `</p><aside>ROLEASIDE note</aside></div></body></html>`, keep: []string{"ROLEASIDE"}},
		{name: "footer", page: page(`<footer>FOOTERMARK © 2024</footer>`), drop: []string{"FOOTERMARK"}},
		{name: "site header", page: `<html><body><header><a href="/">Logo</a><nav><a href="/a">News</a></nav>SITEHEADER</header><article><p>` + prose(6) + `</p></article></body></html>`, drop: []string{"SITEHEADER"}},
		{name: "header inside article", page: `<html><body><article><header><p>ARTHEADER kicker</p></header><p>` + prose(6) + `</p></article></body></html>`, keep: []string{"ARTHEADER"}},
		{
			name: "the article's own header outside <article>",
			page: `<html><body><div class="story"><header><h1>OWNHEADLINE</h1><p>STANDFIRST of the story, with no links.</p></header><div><p>` + prose(6) + `</p></div></div></body></html>`,
			keep: []string{"OWNHEADLINE", "STANDFIRST"},
		},
		{
			name: "header with h1 and nav is the site's",
			page: `<html><body><header><h1>SITENAME</h1><nav><a href="/">Home</a></nav></header><div><p>` + prose(6) + `</p></div></body></html>`,
			drop: []string{"SITENAME"},
		},
	}, clean.Options{})
}

func TestCleanARIARoles(t *testing.T) {
	cases := []cleanCase{}
	for _, role := range []string{"navigation", "menu", "menubar", "dialog", "alertdialog", "alert", "search", "tooltip", "banner", "contentinfo"} {
		t.Run(role, func(t *testing.T) {
			mark := "ROLE" + strings.ToUpper(role)
			cases = append(cases, cleanCase{name: role, page: page(`<div role="` + role + `">` + mark + `</div>`), keep: []string{"ARTICLE"}, drop: []string{mark}})
		})
	}
	cases = append(cases,
		cleanCase{name: "complementary outside", page: page(`<div role="complementary">COMPMARK</div>`), drop: []string{"COMPMARK"}},
		cleanCase{name: "complementary inside article", page: `<html><body><article><p>` + prose(6) + `</p><div role="complementary">INNERCOMP note</div></article></body></html>`, keep: []string{"INNERCOMP"}},
		cleanCase{name: "other roles kept", page: page(`<div role="region">REGIONMARK text</div>`), keep: []string{"REGIONMARK"}},
	)
	runCleanCases(t, cases, clean.Options{})
}

func TestCleanClassVocabulary(t *testing.T) {
	// One box per concept and language; each must go while the article
	// next to it stays.
	boxes := map[string][]string{
		"share":      {"share-buttons", "sharebar", "social-icons", "teilen", "partage", "compartir", "condividi", "delen", "udostepnij", "compartilhar"},
		"newsletter": {"newsletter-box", "newsletterSignup", "nieuwsbrief", "abonnieren", "inscription", "suscripcion", "iscriviti", "subskrypcja"},
		"related":    {"related-posts", "relatedArticles", "empfehlungen", "similaires", "relacionados", "correlati", "gerelateerd", "powiazane", "most-read", "outbrain-widget"},
		"comments":   {"comments", "comment-list", "kommentare", "commentaires", "comentarios", "commenti", "reacties", "komentarze", "disqus_thread"},
		"cookie":     {"cookie-banner", "cookieConsent", "gdpr-notice", "onetrust-banner-sdk"},
		"ads":        {"ad-slot", "ad", "advertisement", "anzeige", "werbung", "publicite", "publicidad", "pubblicita", "reclame", "reklama", "sponsored-links"},
		"author bio": {"author-bio", "about-the-author", "authorBox", "author-info"},
		"tags":       {"post-tags", "tagcloud", "schlagworte", "etiquetas", "etichette"},
		"byline":     {"byline", "post-meta", "entry-meta", "reading-time"},
		"navigation": {"breadcrumbs", "pagination", "main-nav", "menu", "suche", "recherche", "busqueda", "ricerca", "zoeken", "szukaj"},
		"popup":      {"modal", "popup-overlay", "lightbox"},
		"sidebar":    {"sidebar", "right-rail", "seitenleiste"},
		"footer":     {"site-footer", "copyright", "impressum"},
	}
	var cases []cleanCase
	for concept, classes := range boxes {
		for _, class := range classes {
			cases = append(cases, cleanCase{
				name: concept + "/" + class,
				page: page(`<div class="` + class + `"><p>BOXMARK short text</p></div>`),
				keep: []string{"ARTICLE"}, drop: []string{"BOXMARK"},
			})
		}
	}
	// The id names a box as well as the class.
	cases = append(cases, cleanCase{name: "id", page: page(`<div id="comments"><p>IDMARK text</p></div>`), drop: []string{"IDMARK"}})
	// Inside the article too: a share bar between paragraphs.
	cases = append(cases, cleanCase{name: "inside the article",
		page: `<html><body><article><p>` + prose(4) + `</p><div class="share-tools">INSHARE</div><p>AFTER ` + prose(4) + `</p></article></body></html>`,
		keep: []string{"AFTER"}, drop: []string{"INSHARE"}})
	runCleanCases(t, cases, clean.Options{})
}

func TestCleanClassWordsThatAreNotBoilerplate(t *testing.T) {
	runCleanCases(t, []cleanCase{
		// A BEM modifier says what a block holds or how it looks.
		{name: "BEM modifier", page: page(`<section class="section section--ads"><p>BEMMARK text</p></section>`), keep: []string{"BEMMARK"}},
		{name: "BEM modifier related", page: page(`<div class="teaser-grid--related-like"><p>BEM2MARK text</p></div>`), keep: []string{"BEM2MARK"}},
		// Atomic CSS names looks, not roles.
		{name: "utility class", page: page(`<div class="Mend(3px)--modal D(f)"><p>UTILMARK text</p></div>`), keep: []string{"UTILMARK"}},
		{name: "responsive utility", page: page(`<div class="md:hidden lg:[sidebar]"><p>RESPMARK text</p></div>`), keep: []string{"RESPMARK"}},
		// State flags on a wrapper.
		{name: "has-sidebar", page: page(`<div class="layout has-sidebar"><p>HASMARK text</p></div>`), keep: []string{"HASMARK"}},
		{name: "no-comments", page: page(`<div class="no-comments"><p>NOMARK text</p></div>`), keep: []string{"NOMARK"}},
		{name: "show-ads", page: page(`<div class="show-ads"><p>SHOWMARK text</p></div>`), keep: []string{"SHOWMARK"}},
		// The whole token is the flag, not just its second word.
		{name: "no-right-sidebar", page: page(`<div class="content-area no-right-sidebar"><p>FLAGMARK text</p></div>`), keep: []string{"FLAGMARK"}},
		{name: "has-double-sidebar", page: page(`<div class="wrap has-double-sidebar"><p>DOUBLEMARK text</p></div>`), keep: []string{"DOUBLEMARK"}},
		// Positive words alone never classify.
		{name: "content words", page: page(`<div class="entry-content post-body"><p>POSMARK text</p></div>`), keep: []string{"POSMARK"}},
		// Words that merely contain a vocabulary word.
		{name: "substring", page: page(`<div class="headline-shadow padding"><p>SUBMARK text</p></div>`), keep: []string{"SUBMARK"}},
	}, clean.Options{})
}

func TestCleanHiddenClasses(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{name: "sr-only", page: page(`<span class="sr-only">SRMARK</span>`), drop: []string{"SRMARK"}},
		{name: "visually-hidden", page: page(`<p class="note visually-hidden">VHMARK</p>`), drop: []string{"VHMARK"}},
		{name: "screen-reader-text", page: page(`<span class="screen-reader-text">SRTMARK</span>`), drop: []string{"SRTMARK"}},
		{name: "d-none upper case", page: page(`<div class="D-NONE">DNONEMARK</div>`), drop: []string{"DNONEMARK"}},
		// Whole tokens only: this hides the label, not the field.
		{name: "field-label-hidden", page: page(`<div class="field field-label-hidden"><p>FIELDMARK text</p></div>`), keep: []string{"FIELDMARK"}},
		// Hidden on small screens only.
		{name: "hidden-xs", page: page(`<div class="hidden-xs"><p>XSMARK text</p></div>`), keep: []string{"XSMARK"}},
		{name: "large sr-only wrapper kept", page: `<html><body><div class="sr-only"><p>BIGSR ` + prose(10) + `</p></div></body></html>`, keep: []string{"BIGSR"}},
	}, clean.Options{})
}

func TestCleanLargeTextGuard(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{
			// A wrapper whose name says footer but that holds the article.
			name: "page-footer-layout",
			page: `<html><body><div class="page-footer-layout"><div class="story"><p>WRAPPED ` + prose(10) + `</p></div></div><div class="footer">SMALLFOOTER</div></body></html>`,
			keep: []string{"WRAPPED"}, drop: []string{"SMALLFOOTER"},
		},
		{
			name: "footer element around the page",
			page: `<html><body><footer><p>FOOTERPAGE ` + prose(10) + `</p></footer></body></html>`,
			keep: []string{"FOOTERPAGE"},
		},
		{
			// A related rail of links is boilerplate however long it is.
			name: "large link list still dropped",
			page: `<html><body><div class="related">` + strings.Repeat(`<a href="/x">A related headline that goes on for a while</a> `, 30) + `RELMARK</div><p>` + prose(3) + `</p></body></html>`,
			drop: []string{"RELMARK"},
		},
		{
			// Both words name the content: selection decides.
			name: "strong positive with a share word",
			page: `<html><body><div class="post-content share-wrapper"><p>STRONGPOS ` + prose(7) + `</p></div><p>` + prose(20) + `</p></body></html>`,
			keep: []string{"STRONGPOS"},
		},
	}, clean.Options{})
}

func TestCleanRecallKeepsSmallerShare(t *testing.T) {
	// The "related" box holds about a quarter of the page's text: under
	// the default 40% share it goes, under Recall's 20% it stays.
	src := `<html><body><div class="related"><p>QUARTER ` + prose(8) + `</p></div><div><p>` + prose(22) + `</p></div></body></html>`
	runCleanCases(t, []cleanCase{{name: "balanced", page: src, drop: []string{"QUARTER"}}}, clean.Options{})
	runCleanCases(t, []cleanCase{{name: "recall", page: src, keep: []string{"QUARTER"}}}, clean.Options{Recall: true})
}

func TestCleanProtection(t *testing.T) {
	// The article text is short, so the size guard does not apply: only
	// the protection keeps the wrapper.
	short := `<p>PROTECTED A short story of a few lines.</p>`
	runCleanCases(t, []cleanCase{
		{
			name: "single article",
			page: `<html><body><div class="comments-open modal"><article>` + short + `</article></div><div class="related">RELBOX</div></body></html>`,
			keep: []string{"PROTECTED"}, drop: []string{"RELBOX"},
		},
		{
			name: "two articles are teasers",
			page: `<html><body><div class="related"><article>` + short + `</article><article><p>OTHERTEASER</p></article></div><p>` + prose(6) + `</p></body></html>`,
			drop: []string{"PROTECTED", "OTHERTEASER"},
		},
		{
			name: "itemprop articleBody",
			page: `<html><body><div class="overlay"><div itemprop="articleBody">` + short + `</div></div><p>` + prose(6) + `</p></body></html>`,
			keep: []string{"PROTECTED"},
		},
		{
			// Protection does not save a hidden element.
			name: "hidden inside the article",
			page: `<html><body><article>` + short + `<p hidden>HIDDENINART</p></article></body></html>`,
			keep: []string{"PROTECTED"}, drop: []string{"HIDDENINART"},
		},
		{
			// Nor boilerplate inside the protected article.
			name: "boilerplate inside the article",
			page: `<html><body><article>` + short + `<div class="newsletter">NLINART</div></article></body></html>`,
			keep: []string{"PROTECTED"}, drop: []string{"NLINART"},
		},
	}, clean.Options{})
}

func TestCleanForms(t *testing.T) {
	runCleanCases(t, []cleanCase{
		{name: "search form", page: page(`<form action="/s"><label>FORMMARK Search</label><input name="q"></form>`), drop: []string{"FORMMARK"}},
		{
			// ASP.NET pages wrap everything in one form.
			name: "form around the page",
			page: `<html><body><form id="aspnetForm" action="/p"><div><h1>T</h1><p>INFORM ` + prose(6) + `</p></div></form></body></html>`,
			keep: []string{"INFORM"},
		},
	}, clean.Options{})
}

func TestCleanExplain(t *testing.T) {
	doc := parse(t, page(`<div class="share-bar">Share this</div><div class="empty-ad ad"></div><nav id="menu"><a href="/">Home</a></nav>`))
	tr := rules.NewTrace(nil, true)
	clean.Clean(doc, clean.Options{Trace: tr})
	want := map[string]string{
		"div.share-bar “Share this”": "share-widget",
		"nav#menu “Home”":            "chrome-nav",
	}
	decisions := tr.Decisions()
	for _, d := range decisions {
		if d.Kept {
			t.Errorf("decision %+v: removals are recorded as not kept", d)
		}
		if r, ok := want[d.Region]; ok {
			if d.Rule != r {
				t.Errorf("%s: rule %q, want %q", d.Region, d.Rule, r)
			}
			delete(want, d.Region)
		}
		if strings.Contains(d.Region, "empty-ad") {
			t.Errorf("a region without text is not reported: %+v", d)
		}
	}
	for r := range want {
		t.Errorf("no decision for %s; got %v", r, decisions)
	}
	// A region without text goes all the same, unreported.
	if dom.Find(doc, func(n *html.Node) bool { return strings.Contains(dom.Attr(n, "class"), "empty-ad") }) != nil {
		t.Errorf("the empty ad is still on the page")
	}
}

func TestCleanWithoutBody(t *testing.T) {
	// A bare fragment tree (no <body>) is cleaned from the root.
	root := &html.Node{Type: html.DocumentNode}
	nav := &html.Node{Type: html.ElementNode, Data: "nav", DataAtom: atom.Nav}
	nav.AppendChild(&html.Node{Type: html.TextNode, Data: "NAVTEXT"})
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: "PTEXT"})
	root.AppendChild(nav)
	root.AppendChild(p)
	clean.Clean(root, clean.Options{})
	got := allText(root)
	if strings.Contains(got, "NAVTEXT") || !strings.Contains(got, "PTEXT") {
		t.Errorf("got %q", got)
	}
}
