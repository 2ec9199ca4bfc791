package extract_test

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/extract"
)

// blockCases: the prune and blocks stages' rules (see ruleCase in rules_test.go).
var blockCases = []ruleCase{
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
}
