package extract_test

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
)

// moreCases: rules added with later corpora: clean, select, blocks and documentation pages (see ruleCase in rules_test.go).
var moreCases = []ruleCase{
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
	// documentation pages
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
		// A short post, two sentences, whose wrapper a blog template
		// names after the author: the headline still marks it as the
		// article.
		rule: "headline-holder",
		page: doc(`<div class="entry-author-jane_doe entry"><h3>Harbour works reopen</h3><p>SHORTPOST ` + s1 + ` ` + s2 + `</p></div><div class="trackbacks"><p>` + s3 + `</p></div>`),
		kept: "SHORTPOST",
	},
	{
		// Shorter still, a sentence or two: a box named after the
		// author that holds the headline is the post, since an
		// author's box never holds the page's headline.
		rule: "headline-holder",
		page: doc(`<div class="entry-author-jane_doe entry"><h3>Harbour works reopen</h3><p>TINYPOST ` + s4 + `</p></div><div class="trackbacks"><p>` + s3 + `</p></div>`),
		kept: "TINYPOST",
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
