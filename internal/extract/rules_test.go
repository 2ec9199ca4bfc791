package extract_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/rules"
)

// ruleCase is a tiny page on which one rule decides something a reader
// can see: with the rule on, check passes; with the rule switched off
// (Options.Disabled), it must fail. A rule no page needs has no place.
type ruleCase struct {
	rule string
	page string
	mode extract.Mode
	// gone must be absent from the article's text with the rule on
	// (and present with it off); kept the other way round.
	gone, kept string
	// check, when set, replaces gone/kept: true when the rule did its
	// work on a.
	check func(a *article.Article) bool
}

// The sentences of the pages below: long, with clauses, so that they
// score as prose wherever they stand.
const (
	s1 = "The harbour works will finish in spring, after two years of delays, and the ferry should run again by May."
	s2 = "Engineers said the new wall, built from recycled stone, would hold against the winter storms that broke the old one."
	s3 = "Traders on the quay, who lost most of last summer, welcomed the news but asked for help with the rents until then."
	s4 = "The council will publish the final costs, including the overruns, at its meeting on the third of March."
)

// prose is n paragraphs of article text.
func prose(n int) string {
	ss := []string{s1, s2, s3, s4}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("<p>" + ss[i%4] + "</p>\n")
	}
	return b.String()
}

// doc wraps a body in a document titled "Harbour works reopen".
func doc(body string) string {
	return "<!doctype html><html><head><title>Harbour works reopen</title></head><body>" + body + "</body></html>"
}

// inArticle is a page whose <article> holds the headline, prose and extra.
func inArticle(extra string) string {
	return doc("<article><h1>Harbour works reopen</h1>" + prose(4) + extra + prose(2) + "</article>")
}

// inDiv is inArticle without the <article> element: the content is a
// plain div, so the cleaner's "outside the article" rules apply.
func inDiv(extra string) string {
	return doc(`<div class="story"><h1>Harbour works reopen</h1>` + prose(4) + extra + prose(2) + "</div>")
}

var ruleCases = []ruleCase{
	// clean
	{rule: "non-text-element", page: inArticle(`<div><textarea>TEXTAREA words left in a form field by the page.</textarea></div>`), gone: "TEXTAREA"},
	{rule: "hidden-attribute", page: inArticle(`<p hidden>HIDDENATTR copy of the text kept for scripts, never shown.</p>`), gone: "HIDDENATTR"},
	{rule: "hidden-style", page: inArticle(`<p style="display: none">HIDDENSTYLE copy of the text kept for scripts.</p>`), gone: "HIDDENSTYLE"},
	{rule: "aria-hidden", page: inArticle(`<p aria-hidden="true">ARIAHIDDEN decorative copy of the headline.</p>`), gone: "ARIAHIDDEN"},
	{rule: "hidden-class", page: inArticle(`<p class="sr-only">SRONLY skip to the main content of the page.</p>`), gone: "SRONLY"},
	{rule: "chrome-nav", page: inArticle(`<nav><p>NAVMARK previous story in this series, and the next one after it.</p></nav>`), gone: "NAVMARK"},
	{rule: "chrome-aside", page: inDiv(`<aside><p>ASIDEMARK the box set beside the story, with facts about ferries.</p></aside>`), gone: "ASIDEMARK"},
	{rule: "chrome-footer", page: inArticle(`<footer><p>FOOTERMARK this story was filed from the harbour office, by our desk.</p></footer>`), gone: "FOOTERMARK"},
	{rule: "chrome-header", page: inDiv(`<header><p>HEADERMARK the section's own strapline, set above the story.</p></header>`), gone: "HEADERMARK"},
	{rule: "small-form", page: inArticle(`<form action="/s"><p>FORMMARK tell us what you think of the harbour plans.</p></form>`), gone: "FORMMARK"},
	{rule: "aria-chrome", page: inArticle(`<div role="search"><p>SEARCHMARK search all the stories of the harbour archive.</p></div>`), gone: "SEARCHMARK"},
	{rule: "navigation-name", page: inArticle(`<div class="breadcrumbs"><p>CRUMBMARK home, then news, then the harbour, then this story.</p></div>`), gone: "CRUMBMARK"},
	{rule: "footer-name", page: inArticle(`<div class="site-footer"><p>FOOTNAME all the stories of the harbour desk, in one place.</p></div>`), gone: "FOOTNAME"},
	{rule: "share-widget", page: inArticle(`<div class="share-bar"><p>SHAREMARK share this story with your friends and family.</p></div>`), gone: "SHAREMARK"},
	{rule: "newsletter-box", page: inArticle(`<div class="newsletter-signup"><p>NEWSMARK get the harbour news in your inbox every morning.</p></div>`), gone: "NEWSMARK"},
	{rule: "related-rail", page: inArticle(`<div class="related-stories"><p>RELMARK the ferry company, its owners and the long dispute with the town.</p></div>`), gone: "RELMARK"},
	{rule: "comments-section", page: inArticle(`<div id="comments"><p>COMMENTMARK I have lived by the harbour for forty years, and never seen this.</p></div>`), gone: "COMMENTMARK"},
	{rule: "cookie-consent", page: inArticle(`<div class="cookie-notice"><p>COOKIEMARK we use cookies to improve the site, with your consent.</p></div>`), gone: "COOKIEMARK"},
	{rule: "paywall-box", page: inArticle(`<div class="paywall"><p>PAYWALLMARK the rest of this story is for members of the club.</p></div>`), gone: "PAYWALLMARK"},
	{rule: "ad-slot", page: inArticle(`<div class="advert"><p>ADMARK the best ferry deals of the season, from the coast's operators.</p></div>`), gone: "ADMARK"},
	{rule: "author-bio", page: inArticle(`<div class="author-bio"><p>BIOMARK writes about the coast, its ports and its people for the paper.</p></div>`), gone: "BIOMARK"},
	{rule: "tag-list", page: inArticle(`<div class="tags"><p>TAGMARK harbour, ferries, council, budgets, storms and the coast.</p></div>`), gone: "TAGMARK"},
	{rule: "byline-block", page: inArticle(`<div class="byline"><p>BYLINEMARK filed from the harbour office by the coast desk.</p></div>`), gone: "BYLINEMARK"},
	{rule: "popup-modal", page: inArticle(`<div class="modal"><p>MODALMARK before you go, read the rest of our coverage of the coast.</p></div>`), gone: "MODALMARK"},
	{rule: "sidebar-widget", page: inArticle(`<div class="sidebar"><p>SIDEMARK the most read stories this week, from the whole coast.</p></div>`), gone: "SIDEMARK"},
	{rule: "print-tools", page: inArticle(`<div class="print-tools"><p>PRINTMARK print this page, or make its letters larger or smaller.</p></div>`), gone: "PRINTMARK"},
	{
		// The story's wrapper is named as a footer, and the headline
		// stands outside it.
		rule: "large-region",
		page: doc(`<h1>Harbour works reopen</h1><div class="page-footer-layout">` + prose(6) + `</div>`),
		kept: s2,
	},
	{
		// An <article> inside an overlay-named wrapper (an article shown
		// in a modal): the declared body and its ancestors stay.
		rule: "declared-body-kept",
		page: doc(`<div class="modal-wrapper"><article><h1>Harbour works reopen</h1>` + prose(2) + `</article></div><div><p>` + s4 + `</p></div>`),
		kept: s1,
	},
	{
		rule: "article-header",
		page: doc(`<header><h1>Harbour works reopen</h1><p class="standfirst">STANDFIRST the ferry returns in May, two years late and over budget.</p></header><div class="story">` + prose(5) + `</div>`),
		kept: "STANDFIRST",
	},
	{
		rule: "running-text-inline",
		page: inArticle(`<p>Read the <span class="share">SHAREWORD council's own report</span> on the works, which runs to ninety pages.</p>`),
		kept: "SHAREWORD",
	},
	{
		// A wrapper named for both the content and its share buttons,
		// beside the rest of the story.
		rule: "content-named-wrapper",
		page: doc(`<h1>Harbour works reopen</h1><div class="post-content-share-wrapper"><p>WRAPPED ` + s1 + `</p>` + prose(7) + `</div><div class="story">` + prose(16) + `</div>`),
		kept: "WRAPPED",
	},
	{
		rule: "noscript-image",
		page: inArticle(`<img data-lazy="1" src="data:image/gif;base64,R0lGOD"><noscript><img src="https://example.org/quay.jpg" alt="The quay"></noscript>`),
		check: func(a *article.Article) bool {
			for _, b := range a.Blocks {
				if b.Kind == article.Figure && strings.HasSuffix(b.Src, "quay.jpg") {
					return true
				}
			}
			return false
		},
	},
	{
		rule: "template-markup",
		page: doc(`<h1>Harbour works reopen</h1><div id="app"><script type="text/template"><div class="story">` + prose(5) + `</div></script></div>`),
		kept: s2,
	},

	// select
	{
		// Two columns of one paragraph each, apart: the <article> wins
		// (without the bonus, the first column does).
		rule: "article-tag-bonus",
		page: apart(`<div class="col"><p>OTHERCOL `+s3+`</p></div>`, `<article><p>`+s1+`</p></article>`),
		gone: "OTHERCOL",
	},
	{
		rule: "articlebody-bonus",
		page: apart(`<div class="col"><p>OTHERCOL `+s3+`</p></div>`, `<div itemprop="articleBody"><p>`+s1+`</p></div>`),
		gone: "OTHERCOL",
	},
	{
		// The first column is still named as a sidebar (a modifier the
		// cleaner reads past).
		rule: "boilerplate-name-penalty",
		page: apart(`<div class="col col--sidebar"><p>WIDGETCOL `+s3+`</p></div>`, `<div class="col"><p>`+s1+`</p></div>`),
		gone: "WIDGETCOL",
	},
	{
		rule: "content-name-bonus",
		page: apart(`<div class="col"><p>OTHERCOL `+s3+`</p></div>`, `<div class="entry-content"><p>`+s1+`</p></div>`),
		gone: "OTHERCOL",
	},
	{
		// The story split into four parts, each in a wrapper, with boxes
		// of links between them: no part scores enough to take the
		// others as siblings, but they share an ancestor.
		rule: "shared-ancestor",
		page: doc(`<div><div><div><p>` + s1 + `</p></div></div>` + links(7) + `<div><div><p>` + s2 + `</p></div></div>` + links(7) +
			`<div><div><p>` + s3 + `</p></div></div>` + links(7) + `<div><div><p>LASTPART ` + s4 + `</p></div></div></div>`),
		kept: "LASTPART",
	},
	{
		// The winner is alone in a wrapper whose sibling paragraph is part
		// of the story.
		rule: "only-child-climb",
		page: doc(`<div id="wrap"><div class="inner"><div class="text">` + prose(4) + `</div></div><p>CLIMBED ` + s2 + `</p></div>`),
		kept: "CLIMBED",
	},
	{
		rule: "sibling-score",
		page: doc(`<div><div>` + prose(8) + `</div><div>BOXED <p>` + s3 + `</p><p>` + s4 + `</p></div></div>`),
		kept: "BOXED",
	},
	{
		rule: "sibling-same-name",
		page: doc(`<div><div class="part">` + prose(8) + `</div><div class="part"><p>SAMENAME ` + s4 + `</p></div></div>`),
		kept: "SAMENAME",
	},
	{
		rule: "sibling-prose",
		page: doc(`<div id="story"><div class="text">` + prose(4) + `</div><p>SIBPROSE ` + s3 + `</p></div>`),
		kept: "SIBPROSE",
	},
	{
		// The body split into numbered wrappers, each with a note of
		// its own.
		rule: "split-body-parts",
		page: doc(`<div><div class="wrap"><div class="story-body-1">` + prose(8) + `</div><p>Continued below.</p></div>` +
			`<div class="wrap"><div class="story-body-2"><p>PARTTWO ` + s4 + `</p>` + prose(1) + `</div><p>The end.</p></div></div>`),
		kept: "PARTTWO",
	},
	{
		// Prose in many small containers beside the winner: the choice
		// widens to the element holding them all.
		rule: "text-mass-widen",
		page: doc(`<div><div>` + prose(3) + `</div><div><div><span>WIDENED ` + s2 + `</span></div><div><span>` + s3 + `</span></div></div></div>`),
		kept: "WIDENED",
	},
	{
		// A feed of linked headlines over blurbs does not draw the
		// choice away from the article.
		rule: "feed-not-prose",
		page: doc(`<div><div>` + prose(3) + `</div>` + feed("FEEDITEM", 3) + `</div>`),
		gone: "FEEDITEM",
	},
	{
		rule: "standfirst",
		page: doc(`<h1>Harbour works reopen</h1><p class="dek">DEKMARK the ferry returns in May, two years late and over budget.</p><nav><a href="/">Home</a></nav><div class="story">` + prose(5) + `</div>`),
		kept: "DEKMARK",
	},

	// prune
	{rule: "slideshow-captions", page: inArticle(slides(6)), gone: "SLIDEMARK"},
	// Cards whose blurbs outweigh their linked headlines.
	{rule: "teaser-cards", page: inArticle(`<div>` + cards("CARDMARK", 4) + `</div>`), gone: "CARDMARK"},
	// A line under the pictures, too long to be a near-empty box.
	{rule: "image-gallery", page: inArticle(`<div><img src="a.jpg"><img src="b.jpg"><img src="c.jpg"><span>GALLERYMARK the quay in winter</span></div>`), gone: "GALLERYMARK"},
	{rule: "near-empty-box", page: inArticle(`<div><span>EMPTYBOX</span></div>`), gone: "EMPTYBOX"},
	{
		// A list named as content, so a box of its link density is not
		// furniture, but three items in five are bare links.
		rule: "bare-link-list",
		page: inArticle(`<ul class="post-links"><li><a href="/a">BARELINK ferries</a></li><li><a href="/b">storms at sea</a></li><li><a href="/c">the quay</a></li>` +
			`<li><a href="/d">Budget</a>: the council's figures for the whole year</li><li><a href="/e">Rents</a>: what the traders on the quay pay</li></ul>`),
		gone: "BARELINK",
	},
	{
		rule: "link-dense-box",
		// Links under half its text: too few for a link-dense line, too
		// many for a box.
		page: inArticle(`<div><a href="/a">LINKDENSE harbour stories</a> and more from the quay this week.</div>`),
		gone: "LINKDENSE",
	},
	{
		// A box of pictures with a few lines under them reads as a
		// gallery, but it holds most of the article's text: it is the
		// article.
		rule: "bulk-of-content",
		page: doc(`<article><p>` + s1 + `</p><div>BULKMARK three photographs of the new harbour wall and the quay, taken this week by the works team from the ferry <img src="a.jpg"><img src="b.jpg"><img src="c.jpg"></div></article>`),
		kept: "BULKMARK",
	},
	{
		rule: "data-table-whole",
		page: inArticle(`<table><tr><th>Route</th><th>Ferry</th></tr><tr><td><a href="/a">TABLEMARK Quay</a></td><td><a href="/b">Isle</a></td></tr><tr><td><a href="/c">Pier</a></td><td><a href="/d">Point</a></td></tr></table>`),
		kept: "TABLEMARK",
	},
	{
		rule: "clause-rich-box",
		// Links over a third of its text, but a sentence of eleven
		// clauses.
		page: inArticle(`<div>CLAUSES ` + strings.Repeat(`<a href="/x">the quay</a> works, `, 11) + `and more.</div>`),
		kept: "CLAUSES",
	},

	// blocks
	{rule: "link-dense-line", page: inArticle(`<p>LINKLINE <a href="/a">the ferry timetable for the whole winter season</a></p>`), gone: "LINKLINE"},
	{rule: "boilerplate-line", page: inArticle(`<p>Read more: BOILERLINE</p>`), gone: "BOILERLINE"},
	{rule: "credit-line", page: inArticle(`<p>CREDITLINE Photo: Jane Doe</p>`), gone: "CREDITLINE"},
	{rule: "prompt-line", page: inArticle(`<p>PROMPTLINE already a subscriber? Log in here.</p>`), gone: "PROMPTLINE"},
	{rule: "caption-line", page: inArticle(`<p>Fig. 2: CAPTIONLINE the quay in 1950.</p>`), gone: "CAPTIONLINE"},
	{
		rule: "repeated-line",
		page: inArticle(`<p>REPEATED: the quay opens in May.</p><div class="x"><p>REPEATED: the quay opens in May.</p></div>`),
		check: func(a *article.Article) bool {
			return strings.Count(a.PlainText(), "REPEATED") == 1
		},
	},
	{
		rule: "repeated-image",
		page: inArticle(`<img src="https://example.org/quay.jpg" alt="Quay"><p>Between.</p><img src="https://example.org/quay.jpg" alt="Quay">`),
		check: func(a *article.Article) bool {
			n := 0
			for _, b := range a.Blocks {
				if b.Kind == article.Figure && strings.HasSuffix(b.Src, "quay.jpg") {
					n++
				}
			}
			return n == 1
		},
	},
	{
		rule: "pull-quote",
		page: inArticle(`<p>The mayor said: it was the longest winter of my life, and the town stood by the quay.</p><blockquote>the longest winter of my life, and the town stood by the quay</blockquote>`),
		check: func(a *article.Article) bool {
			for _, b := range a.Blocks {
				if b.Kind == article.Quote {
					return false
				}
			}
			return true
		},
	},
	{
		rule: "headline-repeat",
		page: doc(`<div class="story"><h1>Harbour works reopen</h1>` + prose(5) + `</div>`),
		check: func(a *article.Article) bool {
			return !strings.Contains(a.PlainText(), "Harbour works reopen")
		},
	},
	{rule: "boilerplate-heading", page: inArticle(`<h2>Related stories</h2><p>RELATEDSECTION the quay's history, in our archive.</p><h2>What comes next</h2>`), gone: "RELATEDSECTION"},
	{
		rule: "link-list",
		page: inArticle(`<ul><li><a href="/a">LINKLIST ferries</a></li><li><a href="/b">storms</a></li><li><a href="/c">quays</a></li></ul>`),
		mode: extract.Recall, // the prune stage's bare-link-list does not run in recall mode
		gone: "LINKLIST",
	},
	{
		rule: "caption-furniture",
		page: inArticle(`<figure><img src="https://example.org/q.jpg"><figcaption>Advertisement CAPTIONFURN</figcaption></figure>`),
		check: func(a *article.Article) bool {
			for _, b := range a.Blocks {
				if b.Kind == article.Figure && strings.Contains(b.Caption, "CAPTIONFURN") {
					return false
				}
			}
			return true
		},
	},
	{
		rule: "caption-credit",
		page: inArticle(`<figure><img src="https://example.org/q.jpg"><figcaption>The quay at dawn, before the works began. Photo: CREDITNAME</figcaption></figure>`),
		check: func(a *article.Article) bool {
			for _, b := range a.Blocks {
				if b.Kind == article.Figure && strings.Contains(b.Caption, "CREDITNAME") {
					return false
				}
			}
			return true
		},
	},
	{
		rule: "tiny-image",
		page: inArticle(`<p><img src="https://example.org/pixel.gif" width="1" height="1"></p>`),
		check: func(a *article.Article) bool {
			return !strings.Contains(figureSources(a), "pixel.gif")
		},
	},
	{
		rule: "layout-table",
		page: doc(`<table><tr><td><h1>Harbour works reopen</h1>` + prose(4) + `<p>LAYOUTCELL ` + s4 + `</p></td></tr></table>`),
		check: func(a *article.Article) bool {
			for _, b := range a.Blocks {
				if b.Kind == article.Table {
					return false
				}
			}
			return strings.Contains(a.PlainText(), "LAYOUTCELL")
		},
	},
	{rule: "lone-label", page: inArticle(`<p>Opening hours:</p>`), gone: "Opening hours:"},
	{rule: "trailing-heading", page: doc(`<article><h1>Harbour works reopen</h1>` + prose(4) + `<h2>TRAILHEAD</h2></article>`), gone: "TRAILHEAD"},
	{
		rule: "metadata-line",
		page: doc(`<article><h1>Harbour works reopen</h1><p class="meta">By Jane Harbourmaster</p>` + prose(5) + `</article>`),
		gone: "By Jane",
	},

	// fallbacks and sign-off
	{
		rule: "declared-body",
		page: `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour works reopen","articleBody":"DECLARED ` + s1 + ` ` + s2 + ` ` + s3 + ` ` + s4 + `"}</script></head><body><div><p>Teaser of the story.</p></div></body></html>`,
		kept: "DECLARED",
	},
	{
		// No paragraph long enough to score.
		rule: "whole-page",
		page: doc(`<div><p>WHOLEPAGE quay</p><p>opens in May</p></div>`),
		kept: "WHOLEPAGE",
	},
	{
		rule: "author-sign-off",
		page: doc(`<article><h1>Harbour works reopen</h1>` + prose(5) + `<p><strong>Jane Harbourmaster</strong></p></article>`),
		check: func(a *article.Article) bool {
			return len(a.Authors) == 1 && a.Authors[0] == "Jane Harbourmaster"
		},
	},

	// faq
	{
		rule:  "faq-jsonld",
		page:  `<html><head><script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"When does the ferry run?","acceptedAnswer":{"@type":"Answer","text":"From May."}}]}</script></head><body><article><h1>Harbour works reopen</h1>` + prose(4) + `</article></body></html>`,
		check: func(a *article.Article) bool { return hasQuestion(a, "When does the ferry run?") },
	},
	{
		rule:  "faq-heading",
		page:  inArticle(`<h2>Frequently asked questions</h2><h3>When does the ferry run?</h3><p>From May, twice a day.</p><h3>Who pays for the works?</h3><p>The council and the port.</p>`),
		check: func(a *article.Article) bool { return hasQuestion(a, "When does the ferry run?") },
	},
	{
		rule:  "faq-box",
		page:  inArticle(`<div class="faq"><p><strong>When does the ferry run?</strong></p><p>From May, twice a day.</p><p><strong>Who pays for the works?</strong></p><p>The council and the port.</p></div>`),
		check: func(a *article.Article) bool { return hasQuestion(a, "When does the ferry run?") },
	},
	{
		rule: "faq-microdata",
		page: inArticle(`<div itemscope itemtype="https://schema.org/FAQPage"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><span itemprop="name">When does the ferry run?</span><div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><span itemprop="text">From May.</span></div></div>` +
			`<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question"><span itemprop="name">Who pays for the works?</span><div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><span itemprop="text">The council.</span></div></div></div>`),
		check: func(a *article.Article) bool { return hasQuestion(a, "When does the ferry run?") },
	},
	{
		rule:  "faq-question-list",
		page:  inArticle(`<details><summary>When does the ferry run?</summary><p>From May, twice a day.</p></details><details><summary>Who pays for the works?</summary><p>The council and the port.</p></details>`),
		check: func(a *article.Article) bool { return hasQuestion(a, "When does the ferry run?") },
	},
	{
		// The JSON-LD FAQ's questions shown as plain paragraphs: found by
		// their text and taken out of the body.
		rule: "faq-known-copy",
		page: `<html><head><script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"When does the ferry run?","acceptedAnswer":{"@type":"Answer","text":"From May."}}]}</script></head><body><article><h1>Harbour works reopen</h1>` + prose(4) +
			`<div><p>When does the ferry run?</p><p>From May, twice a day.</p></div></article></body></html>`,
		check: func(a *article.Article) bool { return !strings.Contains(a.PlainText(), "When does the ferry run?") },
	},
	{
		// A script shell ("Loading") with the page server-rendered in
		// <noscript>, which the parser keeps as raw text.
		rule: "noscript-page",
		page: doc(`<div id="app">Loading</div><noscript><article><h1>Harbour works reopen</h1><p>NOSCRIPTPAGE ` + s1 + `</p>` + prose(18) + `</article></noscript>`),
		kept: "NOSCRIPTPAGE",
	},
	{
		// A forum thread declared in JSON-LD: its posts are named
		// "comment" by the forum software, and they are the page.
		rule: "discussion-posts",
		page: `<html><head><title>Harbour works reopen</title><script type="application/ld+json">{"@type":"DiscussionForumPosting","headline":"Harbour works reopen"}</script></head><body><h1>Harbour works reopen</h1>` +
			`<div class="comment"><p>POSTONE ` + s1 + ` ` + s2 + `</p></div><div class="comment"><p>` + s3 + `</p></div><div class="comment"><p>` + s4 + `</p></div></body></html>`,
		kept: "POSTONE",
	},
	{
		// A category page: a one-line intro over a feed of linked
		// teasers, which are the content, links and all.
		rule: "listing-page",
		page: doc(`<main><h1>Harbour news</h1><p>Every story from the harbour.</p><div class="feed">` + strings.Repeat(`<div class="card"><a href="/s"><h3>LISTED Ferry back by May</h3></a><p>The quay reopens after two years of works.</p></div>`, 8) + `</div></main>`),
		kept: "LISTED",
	},
	{
		// The server cut the title's end tag: the whole page became the
		// title's text.
		rule: "unclosed-title",
		page: `<html><head><title>Harbour works reopen</head><body><article><h1>Harbour works reopen</h1><p>TITLEMARK ` + s1 + `</p>` + prose(8) + `</article></body></html>`,
		kept: "TITLEMARK",
	},

	// clean, select and blocks rules that had no case
	{
		// The wrapper of the headline and the story is named as an
		// author box.
		rule: "headline-holder",
		page: doc(`<div class="author-box"><h1>Harbour works reopen</h1>` + prose(4) + `</div><div><p>` + s4 + `</p></div>`),
		kept: s1,
	},
	{
		// An article set as runs of text between blank lines scores as
		// one paragraph, and loses to a column of three.
		rule: "br-paragraphs",
		page: doc(`<div><div><p>OTHERCOL ` + s1 + `</p><p>` + s2 + `</p><p>` + s3 + `</p></div><p>Filed.</p></div>` + links(24) +
			`<div><div>` + s1 + `<br><br>` + s2 + `<br><br>` + s3 + `<br><br>` + s4 + `</div><p>Filed.</p></div>`),
		gone: "OTHERCOL",
	},
	{
		// A price box around a paid link.
		rule: "sponsored-box",
		page: inArticle(`<div>SPONSORED ferry season pass for the whole summer: £30 at the harbour shop on the quay <a rel="sponsored" href="https://shop.example/pass">Buy now</a></div>`),
		gone: "SPONSORED",
	},
	{
		// The widening would take in the column beside the article; the
		// element holding the headline and the story holds enough prose.
		rule: "headline-bound",
		page: doc(`<div class="wrap"><h1>Harbour works reopen</h1><div>` + prose(5) + `</div></div><div><p>OTHERCOL ` + s3 + `</p>` + prose(3) + `</div>`),
		gone: "OTHERCOL",
	},
	{
		rule: "main-alone",
		page: doc(`<main>` + prose(8) + `</main><div><p>TICKER ` + s3 + `</p><p>` + s4 + `</p></div>`),
		gone: "TICKER",
	},
	{
		rule: "image-alt-word",
		page: inArticle(`<p>The ferry runs on time <img src="https://example.org/tick.png" alt="✓"> most days, the council says.</p>`),
		kept: "time ✓ most",
	},
	{
		rule: "image-alt-cell",
		page: inArticle(`<table><tr><th>Route</th><th>Ferry</th></tr><tr><td>Quay</td><td><img src="https://example.org/yes.png" alt="ALTCELL"></td></tr><tr><td>Pier</td><td><img src="https://example.org/no.png" alt="no"></td></tr></table>`),
		kept: "ALTCELL",
	},
	{
		// What is left of the byline's row once the byline goes.
		rule: "metadata-row",
		page: doc(`<article><h1>Harbour works reopen</h1><div><span>By Jane Harbourmaster</span> <span>· 6 min read</span></div>` + prose(5) + `</article>`),
		gone: "min read",
	},
	{
		// A page streamed by its server: the article arrives hidden at
		// the end of the body, for a script to put in its placeholder.
		rule: "streamed-markup",
		page: doc(`<header><p>The Harbour Gazette, news from the quay and the town since 1901, every morning.</p></header><main><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></main><div hidden id="S:0"><article><h1>Harbour works reopen</h1><p>STREAMED ` + s1 + `</p>` + prose(4) + `</article></div>`),
		kept: "STREAMED",
	},
	{
		// The story under the headline and, far off in the page, a
		// column of a little more prose: the story wins by its place.
		rule: "near-headline",
		page: doc(`<div><h1>Harbour works reopen</h1><div>` + prose(5) + `</div></div>` + links(24) +
			`<div><div><p>OTHERCOL ` + s1 + `</p>` + prose(5) + `</div></div>`),
		gone: "OTHERCOL",
	},
	{
		// A short post under its linked headline reads as link-dense,
		// but it is the article's own box.
		rule: "headline-box-kept",
		page: doc(`<article><div class="post"><h2><a href="/p">Harbour works reopen</a></h2><p>HEADBOX the quay, this week.</p><p><a href="/q">Quay photos</a> <a href="/r">via the harbour blog</a></p></div>` + prose(3) + `</article>`),
		kept: "HEADBOX",
	},
	{
		// A link aggregator's story: a linked headline and its thread,
		// no article of its own. Without the second try the page has
		// no article at all.
		rule: "thread-page",
		page: doc(`<h1><a href="https://example.org/quay">Harbour works reopen</a></h1><ol class="comments">` +
			`<li class="comment"><p>THREADMARK ` + s1 + `</p></li><li class="comment"><p>` + s2 + `</p></li>` +
			`<li class="comment"><p>` + s3 + `</p></li><li class="comment"><p>` + s4 + `</p></li></ol>`),
		kept: "THREADMARK",
	},
	// documentation (wt-docs)
	{rule: "heading-slug-id", page: inDiv(`<section id="more-on-the-ferry"><h2>3.1. More on the ferry</h2><p>SLUGMARK ` + s2 + `</p></section>`), kept: "SLUGMARK"},
	{rule: "toggled-panel", page: inArticle(`<div role="tablist"><span role="tab">Summer</span><span role="tab">Winter</span></div><div role="tabpanel"><p>` + s3 + `</p></div><div role="tabpanel" hidden><p>TABMARK ` + s4 + `</p></div>`), kept: "TABMARK"},
	{rule: "page-veil", page: doc(`<div style="visibility:hidden"><article><h1>Harbour works reopen</h1>` + prose(4) + `<p>VEILMARK ` + s1 + `</p></article></div>`), kept: "VEILMARK"},
	{rule: "code-block-whole", page: inArticle(`<pre><div><div>ferry.sail()</div><div>CODEMARK</div></div></pre>`), kept: "CODEMARK"},
	{rule: "definition-term", page: inArticle(`<dl><dt><a href="/quay"><code>DEFMARK.open()</code></a></dt><dd><p>` + s3 + `</p></dd></dl>`), kept: "DEFMARK"},
	{rule: "prose-not-ad", page: inArticle(`<div class="promo-banner"><h2>Sailing again</h2><p>PROMOMARK ` + s2 + `</p><p>` + s1 + `</p><p>` + s3 + `</p></div>`), kept: "PROMOMARK"},
	{rule: "prose-not-navigation", page: inArticle(`<div class="quay_section nav-source"><h2>The new wall</h2><p>NAVPROSEMARK ` + s2 + `</p><p>` + s1 + `</p><p>` + s3 + `</p></div>`), kept: "NAVPROSEMARK"},
	{rule: "prose-not-sidebar", page: doc(`<div class="story"><h1>Harbour works reopen</h1>` + prose(20) + `</div><div class="sidebar-content"><h2>The quay</h2><p>SIDEPROSEMARK ` + s2 + `</p>` + prose(12) + `</div>`), kept: "SIDEPROSEMARK"},
	{rule: "entry-terms", page: inArticle(`<div class="post-7 type-post status-publish hentry category-comments"><p>ENTRYMARK ` + s2 + `</p></div>`), kept: "ENTRYMARK"},
	{rule: "linked-sentence", page: inArticle(`<p>See <a href="/quay">LINKEDMARK the harbour board's plans for the new quay</a> for more.</p>`), kept: "LINKEDMARK"},
	{rule: "grid-cell", page: inArticle(`<div class="fares"><div class="fare"><div>GRIDMARK Adult</div><div>£4</div></div><div class="fare"><div>Child</div><div>£2</div></div><div class="fare"><div>Bicycle</div><div>£1</div></div></div>`), kept: "GRIDMARK"},
	{rule: "prose-under-heading", page: inArticle(`<h2>More about the harbour wall</h2><p>UNDERMARK ` + s2 + `</p><p>` + s3 + ` ` + s4 + `</p>`), kept: "UNDERMARK"},
	{rule: "text-not-ad", page: inDiv(`<h2 class="kt-adv-heading12">ADVHEADMARK The new quay</h2>`), kept: "ADVHEADMARK"},
	{rule: "prose-not-related", page: inArticle(`<section class="more-info"><h2>The quay</h2><p>MOREINFOMARK ` + s2 + `</p><p>` + s3 + ` ` + s1 + `</p></section>`), kept: "MOREINFOMARK"},
	{
		rule:  "section-label",
		page:  inArticle(`<h2>The north quay</h2><p>Ferry times</p><p>` + s1 + `</p><h2>The south quay</h2><p>Ferry times</p><p>` + s2 + `</p>`),
		check: func(a *article.Article) bool { return strings.Count(a.PlainText(), "Ferry times") == 2 },
	},
	{
		rule:  "code-lines",
		page:  inArticle(`<pre><code><span class="line">ferry.sail()</span><span class="line">CODELINEMARK()</span></code></pre>`),
		check: func(a *article.Article) bool { return strings.Contains(a.PlainText(), "ferry.sail()\nCODELINEMARK()") },
	},
	{rule: "table-wrapper", page: doc(`<div><div><h2>Timetable</h2><p>TABLEMARK The ferry returns in May, after two years of works on the harbour wall.</p></div><div><h4>Sailings</h4><table><tr><th>Date</th><th>Route</th><th>Times</th></tr>` + strings.Repeat(`<tr><td>May 1</td><td>The ferry sails again from the new quay, with a long timetable of stops</td><td>daily, hourly</td></tr>`, 12) + `</table></div></div>`), kept: "TABLEMARK"},
	{
		// A short post and, after it, a thread named as comments that
		// outweighs it: large-region would keep the thread for its size.
		rule: "comments-after-article",
		page: doc(`<div class="post"><h1>Harbour works reopen</h1><p>` + s1 + `</p><p>` + s2 + `</p></div><div id="comments"><div><p>THREADMARK ` + s3 + `</p>` + prose(4) + `</div><div>` + prose(4) + `</div></div>`),
		gone: "THREADMARK",
	},
	{
		// Comments set as plain paragraphs after a heading named as the
		// thread: removed alone, the heading leaves its section behind.
		rule: "furniture-heading-left",
		page: inDiv(`<h2 id="comments">Comments</h2><p>COMMENTTEXT I have lived by the harbour for forty years, and never seen the quay so busy.</p>`),
		gone: "COMMENTTEXT",
	},
	{
		// The story's column, named after its place in the layout,
		// right under the headline's block.
		rule: "headline-follower",
		page: doc(`<div><div><h1>Harbour works reopen</h1></div><div class="leftRail"><p>RAILSTORY ` + s1 + `</p>` + prose(3) + `</div></div>` +
			`<div><p>` + s2 + ` ` + s3 + `</p><p>` + s4 + ` ` + s1 + `</p></div>`),
		kept: "RAILSTORY",
	},
	{
		// The story set in an <aside>, headline and all.
		rule: "headline-holder",
		page: doc(`<aside class="post"><h1>Harbour works reopen</h1><p>ASIDESTORY ` + s1 + `</p>` + prose(3) + `</aside>` +
			`<div><p>` + s2 + ` ` + s3 + `</p><p>` + s4 + ` ` + s1 + `</p></div>`),
		kept: "ASIDESTORY",
	},
	{
		// A footer's sister titles written out in one line: forty
		// semicolons outscored a short story's paragraphs.
		rule: "separators-not-clauses",
		page: doc(`<div><p>` + s1 + ` ` + s2 + `</p></div><div><p>SISTERS The Daily News, a division of the Media Group, 1601 Water Street, Halifax.</p><p>` + s3 + `</p><p>Our titles: ` +
			strings.Repeat(`<a href="/t">The County Herald</a>; `, 40) + `</p></div>`),
		gone: "SISTERS",
	},
	{
		// A label reading "Comments" and, beside it, the thread set as
		// plain paragraphs named like the story's.
		rule: "comment-label-thread",
		page: doc(`<div class="story"><h1>Harbour works reopen</h1>` + prose(4) + `<div class="hd">Comments</div>` +
			`<p class="story">READERMARK I have lived by the harbour for forty years, and never seen the quay so busy, nor the ferry so late.</p></div>`),
		gone: "READERMARK",
	},
	{
		// A blog's name in its banner <h1>, its description under it,
		// and the post under its own headline further down.
		rule: "standfirst-under-headline",
		page: "<!doctype html><html><head><title>Harbour works reopen</title><meta property=\"og:title\" content=\"Harbour works reopen\"></head><body>" +
			`<div class="header"><h1>The Quay Blog</h1><p class="description">BLOGDESC notes from the harbour, the ferries and the town, most days.</p></div>` +
			`<div class="post"><h3>Harbour works reopen</h3><div class="entry">` + prose(4) + `</div></div></body></html>`,
		gone: "BLOGDESC",
	},
	{
		// A post of two lines under its headline and, before it in the
		// same wrapper, the blog's profile: the text mass widens to the
		// wrapper, which adds prose only before the headline.
		rule: "headline-bound-before",
		page: doc(`<div id="content"><div class="profile"><p>PROFILEMARK I live and learn and teach and here I share and celebrate the work of others every day of the week.</p><p>` +
			strings.Repeat("More about me and my blogs and my books and my talks ", 4) + `</p></div>` +
			`<div class="entry"><h2>Harbour works reopen</h2><div class="body"><p>The quay is open again, busy, loud, bright, and a joy to see, again and again.</p></div></div></div>`),
		gone: "PROFILEMARK",
	},
	{
		// Teasers as a description list: linked headlines over blurbs.
		rule: "teaser-cards",
		page: inArticle(`<dl>` + strings.Repeat(`<dt><a href="/s">Ferry fares rise again this spring</a></dt><dd>TEASERBLURB The company blamed fuel.</dd>`, 3) + `</dl>`),
		gone: "TEASERBLURB",
	},
	{
		// A slideshow's captions, each with its credit, nested in the
		// story's body: fifty sentences with clauses outscored the story.
		rule: "caption-run-not-scored",
		// Not scored, the captions leave the story the winner, and
		// pruning takes them as a slideshow beside it.
		page: doc(`<div class="col">` + prose(5) + `<div class="wrap"><div><ul>` +
			strings.Repeat(`<li><p>The quay, left, and the ferry at the harbour wall, Tuesday, March 3, 2026, at dawn. (AP Photo/Jane Doe)</p></li>`, 12) +
			`</ul></div></div></div>`),
		gone: "AP Photo",
	},
	{
		// A blog's profile box in the sidebar, its inside named
		// "widget-content" like every box of the sidebar.
		rule: "widget-content-name",
		page: doc(`<div>` + prose(4) + `</div><div class="widget"><div class="widget-content"><p>PROFILEMARK ` + s3 + `</p></div></div>`),
		gone: "PROFILEMARK",
	},
	{
		// A post pasted from a draft, every paragraph in a span styled
		// as the byline.
		rule: "long-byline-kept",
		page: doc(`<div class="post"><h1>Harbour works reopen</h1><p><span class="byline-author">PASTEDMARK ` + s1 + ` ` + s2 + ` ` + s3 + `</span></p>` + prose(2) + `</div>`),
		kept: "PASTEDMARK",
	},
	{
		// An "email this story" dialog after the story repeats its
		// headline over the first lines: with less prose under it, it
		// was taken for the headline, and its excerpt for the story.
		rule: "headline-outside-furniture",
		page: doc(`<div class="post"><h1>Harbour works reopen</h1><div class="post-content">` + prose(4) + `</div></div>` +
			`<div class="modal-box"><p>You are sending:</p><h3>Harbour works reopen</h3><div class="post-excerpt"><p>EXCERPTMARK ` + s1 + ` ` + s2 + ` ` + s3 + `</p></div></div>`),
		gone: "EXCERPTMARK",
	},
	{
		// A share bar's heading set over the story, inside its body.
		rule: "furniture-heading-first",
		page: doc(`<div class="story"><h1>Harbour works reopen</h1><h3>Share this article</h3><p>SHAREDSTORY ` + s1 + ` ` + s2 + `</p>` + prose(3) + `</div>`),
		kept: "SHAREDSTORY",
	},
	{
		// Beside the story, a box of the site's other stories, each a
		// heading over a blurb and a "Read more..." link.
		rule: "sibling-not-cards",
		page: doc(`<div><div class="story">` + prose(8) + `</div><div class="more-content"><ul>` +
			strings.Repeat(`<li><h3>Ferry fares rise again this spring</h3><p>TEASERBLURB The company blamed fuel, and the long winter. <a href="/s">More from the quay...</a></p></li>`, 5) +
			`</ul></div></div>`),
		gone: "TEASERBLURB",
	},
	{
		// Readers' comments named nowhere but in their signatures.
		rule: "signed-comment-run",
		page: doc(`<div class="story"><h1>Harbour works reopen</h1><p class="by">By Jane Doe, 1 Jan 08</p>` + prose(4) +
			`<div>Posted by: Jo, Quay Street on 8:21pm Tue 1 Jan 08</div><div>SIGNEDMARK never seen it so calm.</div>` +
			`<div>Posted by: Sam, Mill Lane on 9:06pm Tue 1 Jan 08</div><div>Nor I, in forty years by the quay.</div>` +
			`<div>Posted by: Alex, Accrington on 9:45pm Tue 1 Jan 08</div><div>Quite right, both of you.</div></div>`),
		gone: "SIGNEDMARK",
	},
	{
		// A reference page: the headline and its introduction in a
		// header, the table of contents beside it, then the body.
		rule: "intro-under-headline",
		page: doc(`<main><div class="head"><h1>Harbour works reopen</h1><section><p>INTROMARK This guide explains how the works proceed, and what the town can expect from them.</p></section></div>` +
			`<aside><ul><li><a href="#a">The wall</a></li><li><a href="#b">The ferry</a></li></ul></aside><div class="body">` + prose(8) + `</div></main>`),
		kept: "INTROMARK",
	},
	{
		// A caption set as a paragraph under its picture, known by its
		// place and its photo credit.
		rule: "credit-caption",
		page: inArticle(`<img src="https://example.org/quay.jpg" alt=""><p>CREDITCAPTION the quay at dawn, with the new wall behind it. © Jane Doe / AFP</p>`),
		gone: "CREDITCAPTION",
	},
	{
		// A short post and, after it, an <aside> of widgets that
		// outweighs it: large-region would keep the aside for its size.
		rule: "aside-after-article",
		page: doc(`<div class="post"><h1>Harbour works reopen</h1><p>` + s1 + `</p><p>` + s2 + `</p></div><aside><div><p>ASIDEMARK ` + s3 + `</p>` + prose(4) + `</div><div>` + prose(4) + `</div></aside>`),
		gone: "ASIDEMARK",
	},
	{
		// A page showing subscribers the rest: its selection is the
		// standfirst, which the declared body leaves out.
		rule: "declared-body-dek",
		page: `<html><head><meta name="description" content="DEKMARK The quay is closed for the winter, and the ferry will not run again before May."><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour works reopen","articleBody":"` + s1 + ` ` + s2 + ` ` + s3 + ` ` + s4 + `"}</script></head><body><main><h1>Harbour works reopen</h1><p>DEKMARK The quay is closed for the winter, and the ferry will not run again before May.</p></main></body></html>`,
		kept: "DEKMARK",
	},
	{
		// Another story's teaser set after the article, sending the
		// reader on with a read-more link.
		rule: "read-more-teaser",
		page: inArticle(`<p>TEASERLINE Summer is here, and the ferry crews are ready for it. <a href="/news/summer">Read more</a></p>`),
		gone: "TEASERLINE",
	},
	{
		// An image and its <figcaption> in a plain div: no <figure>.
		rule: "stray-figcaption",
		page: inArticle(`<div><img src="https://example.org/quay.jpg"><figcaption>FIGCAPMARK the quay at dawn, with the new wall behind it</figcaption></div>`),
		gone: "FIGCAPMARK",
	},
}

// apart is a page of two candidate columns with a list of links
// between them: enough furniture that the choice does not widen to the
// body holding both.
func apart(first, second string) string {
	return doc(first + links(24) + second)
}

// links is a box of n links: page furniture.
func links(n int) string {
	var b strings.Builder
	b.WriteString(`<ul class="list">`)
	for i := 0; i < n; i++ {
		b.WriteString(`<li><a href="/s">Another story from the coast</a></li>`)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

func feed(mark string, n int) string {
	var b strings.Builder
	b.WriteString(`<ul class="list">`)
	for i := 0; i < n; i++ {
		b.WriteString(`<li><h3><a href="/s">` + mark + ` story number</a></h3><p>` + s3 + `</p></li>`)
	}
	b.WriteString(`</ul>`)
	return b.String()
}

func cards(mark string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(`<div><h3><a href="/s">Another story</a></h3><p>` + mark + ` ` + s1 + `</p></div>`)
	}
	return b.String()
}

func slides(n int) string {
	var b strings.Builder
	b.WriteString(`<div class="gallery">`)
	for i := 1; i <= n; i++ {
		b.WriteString(`<div><p>` + string(rune('0'+i)) + `/` + string(rune('0'+n)) + ` SLIDEMARK the quay seen from the ferry, with the new wall behind it, in winter.</p></div>`)
	}
	b.WriteString(`</div>`)
	return b.String()
}

func hasQuestion(a *article.Article, q string) bool {
	for _, e := range a.FAQ {
		if e.Question == q {
			return true
		}
	}
	return false
}

func figureSources(a *article.Article) string {
	var b strings.Builder
	for _, bl := range a.Blocks {
		if bl.Kind == article.Figure {
			b.WriteString(bl.Src + "\n")
		}
		for _, s := range bl.Spans {
			if s.Image != "" {
				b.WriteString(s.Image + "\n")
			}
		}
	}
	return b.String()
}

// passes reports whether the case's check holds on a.
func (tc ruleCase) passes(a *article.Article) bool {
	if tc.check != nil {
		return tc.check(a)
	}
	text := a.PlainText()
	if tc.gone != "" {
		return !strings.Contains(text, tc.gone)
	}
	return strings.Contains(text, tc.kept)
}

// TestRuleCases: every case passes with its rule on and fails with the
// rule switched off, so each rule is shown to do what it says.
func TestRuleCases(t *testing.T) {
	for _, tc := range ruleCases {
		t.Run(tc.rule, func(t *testing.T) {
			if _, ok := rules.Lookup(tc.rule); !ok {
				t.Fatalf("rule %q is not registered", tc.rule)
			}
			on, err := extract.FromBytes([]byte(tc.page), extract.Options{Mode: tc.mode, Explain: true})
			if err != nil {
				t.Fatalf("rule on: %v", err)
			}
			if !tc.passes(on) {
				t.Errorf("with the rule on, the check fails; text:\n%s\nexplain: %v", on.PlainText(), on.Explain)
			}
			fired := false
			for _, d := range on.Explain {
				fired = fired || d.Rule == tc.rule
			}
			if !fired {
				t.Errorf("--explain does not name the rule; explain: %v", on.Explain)
			}
			off, err := extract.FromBytes([]byte(tc.page), extract.Options{Mode: tc.mode, Disabled: map[string]bool{tc.rule: true}})
			if err != nil && tc.passes(&article.Article{}) {
				return // without the rule there is no article, and the check needed one
			}
			if err == nil && tc.passes(off) {
				t.Errorf("with the rule off, the check still passes: the case does not show the rule; text:\n%s", off.PlainText())
			}
		})
	}
}

// TestEveryRuleHasACase: a rule that can be switched off and has no case
// above is either untested or unneeded.
func TestEveryRuleHasACase(t *testing.T) {
	have := map[string]bool{}
	for _, tc := range ruleCases {
		have[tc.rule] = true
	}
	for _, r := range rules.All() {
		if r.Core || have[r.Name] || r.Stage == rules.Meta && metaRule(r.Name) {
			continue
		}
		t.Errorf("rule %s (%s) has no case in ruleCases", r.Name, r.Stage)
	}
}

// metaRule reports the metadata rules, whose cases live with the meta
// package's own tests (TestTrustOrderRulesOff, TestRulesOff and the
// tests of each source): each fails there with its rule off.
func metaRule(name string) bool { return name != "author-sign-off" }
