package extract_test

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
)

// faqCases: the fallbacks, sign-off and FAQ rules (see ruleCase in rules_test.go).
var faqCases = []ruleCase{
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
}
