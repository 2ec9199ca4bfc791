package extract_test

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
)

// cleanCases: the clean and select stages' rules (see ruleCase in rules_test.go).
var cleanCases = []ruleCase{
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
		// in a modal): the declared body and its ancestors stay. (No
		// headline: headline-holder would keep the wrapper too.)
		rule: "declared-body-kept",
		page: doc(`<div class="modal-wrapper"><article>` + prose(2) + `</article></div><div><p>` + s4 + `</p></div>`),
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
}
