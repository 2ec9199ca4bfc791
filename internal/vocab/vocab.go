// Package vocab is pith's shared vocabulary: the words and phrases that
// pages use for what is or is not the article, and the pure matchers
// over them. Every stage that reads words imports it (meta, faq, clean,
// content, blocks), so that no stage imports another for its word lists
// and no list is kept twice.
//
// One concern per file:
//
//	classes.go     boilerplate class/id words (share, related, ads…) and content words
//	hidden.go      class tokens that hide an element
//	metaclass.go   class/id words of bylines, date lines, kickers, teasers
//	bylines.go     text and labels that introduce a byline ("By", "Von:")
//	names.go       the words around names in author strings (roles, noise)
//	gate.go        a cheap pre-test for the word-list expressions of names.go
//	orgs.go        marks of an organisation's name (GmbH, Redaktion)
//	datelines.go   labels of published, updated and other dates
//	lines.go       short furniture lines (ad labels, "read more", credits)
//	headings.go    headings that introduce furniture ("Related stories")
//	credits.go     image credits and their marks
//	paywall.go     subscription, donation and app prompts in the text
//	captions.go    figure captions set as paragraphs
//	faq.go         FAQ titles and the class words around FAQ items
//	standfirst.go  class words of the standfirst (dek, lead)
//	counters.go    words of slide counters ("3 of 12")
//	logo.go        class words of the site's logo heading
//	lang.go        stopwords that tell languages apart
//
// Words cover English and the main European languages (de, fr, es, it,
// pt, nl, pl). The functions that apply the words to a page (what to
// drop, which source to trust) stay in their stages.
package vocab
