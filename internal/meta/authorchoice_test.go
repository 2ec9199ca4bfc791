package meta

import (
	"strings"
	"testing"
)

// Tests for the author rules that settle between sources or complete a
// name: organisations in person fields, the article's own microdata
// item, given names completed from a bio or byline, personal sites,
// handles and phrases that are not names.

func TestAuthorSources(t *testing.T) {
	pad := strings.Repeat("<p>Body text of the article goes on here.</p>", 3)
	cases := []struct {
		name, head, body string
		want             []string
	}{
		{"organisation in a person field yields to a byline",
			`<meta name="author" content="L-MAG">`,
			`<h1>Gedenken</h1><p class="bodytext">Von Claudia Lindner</p>` + pad,
			[]string{"Claudia Lindner"}},
		{"organisation kept when nobody else is named",
			`<meta name="author" content="Bund der Energieverbraucher e.V.">`,
			`<h1>Gaspreise</h1>` + pad,
			[]string{"Bund der Energieverbraucher e.V"}},
		{"a caption far below does not replace a newsroom credit",
			`<script type="application/ld+json">{"@type":"NewsArticle","author":"Redacción"}</script>`,
			`<h1>El juicio</h1>` + strings.Repeat(pad, 10) + `<figcaption class="author">Juan Orlando Hernández y Joaquín Guzmán podrían verse en Nueva York.</figcaption>`,
			[]string{"Redacción"}},
		{"microdata authors of teasers are not the article's",
			``,
			`<meta itemprop="author" content="Markus Reuter"><h1>Abmahnungen</h1>` + pad +
				`<aside><article><meta itemprop="author" content="Maximilian Henning"><a href="/x">Other</a></article>` +
				`<article><meta itemprop="author" content="Markus Beckedahl"><a href="/y">Other</a></article></aside>`,
			[]string{"Markus Reuter"}},
		{"given name completed from the JSON-LD bio",
			`<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Nils","description":"Nils Pickert ist freier Autor und Journalist."}}</script>`,
			`<h1>Kulturtechnik</h1>` + pad,
			[]string{"Nils Pickert"}},
		{"given name completed from the byline under the headline",
			`<meta name="author" content="Priya">`,
			`<h1>Parsing</h1><p class="byline">By Priya Natarajan</p>` + pad,
			[]string{"Priya Natarajan"}},
		{"personal site: academic title in the document title, host spells the name",
			`<title>Zeitphilosophie – Dr. Alexander Klier</title><link rel="canonical" href="https://www.alexander-klier.net/zeit/">`,
			`<h1>Zeitphilosophie</h1>` + pad,
			[]string{"Alexander Klier"}},
		{"personal site: engineering doctorate",
			`<title>Wärmepumpen – Dr.-Ing. Jana Berger</title><link rel="canonical" href="https://jana-berger.de/waerme/">`,
			`<h1>Wärmepumpen</h1>` + pad,
			[]string{"Jana Berger"}},
		{"a brand the host spells is not an owner",
			`<title>Attacks rise – Jamaica Observer</title><meta property="og:site_name" content="Jamaica Observer"><link rel="canonical" href="https://www.jamaicaobserver.com/news/x">`,
			`<h1>Attacks rise</h1>` + pad + `<footer><p>© 2022 Jamaica Observer</p></footer>`,
			nil},
		{"login handle with digits in rel=author",
			``,
			`<h1>Silkroad Quests</h1><div class="meta">26 Mai, 2008 | <a href="/author/x" rel="author">ThE_PaiN</a></div>` + pad,
			[]string{"ThE_PaiN"}},
		{"login handle after a by",
			``,
			`<h1>Melas</h1><div><span>by</span> <h3><a href="/profile/1">delta201</a></h3></div>` + pad,
			[]string{"delta201"}},
		{"label in one field, the name in the next",
			``,
			`<h1>New Robot</h1><div class="f"><p class="label"><strong>By</strong></p></div><div class="f"><p class="full-name">Todd Bates</p></div>` + pad,
			[]string{"Todd Bates"}},
		{"a login handle yields to the person named under the headline",
			``,
			`<h1>Vegetarier zu sein</h1><div class="submitted">Gespeichert von human am 7. Juli 2019</div><p>Blog Beitrag von Margarita Koreneva</p>` + pad,
			[]string{"Margarita Koreneva"}},
		{"highlighted code is never a byline",
			`<meta name="author" content="Haki Benita"><meta property="og:site_name" content="Haki Benita">`,
			`<h1>Anomaly Detection</h1>` + pad + `<pre><code><span class="n">period</span>, <span class="n">status_code</span></code></pre>`,
			[]string{"Haki Benita"}},
		{"a last-updated line names nobody",
			``,
			`<h1>Rules of Engagement</h1><div class="author">Last Updated: January 7, 2025</div>` + pad,
			nil},
		{"a name on the date line above the headline",
			``,
			`<div><small>04.02.2022 | 13:10 Uhr | Uta Helkenberg</small><h1>Stellungnahme</h1></div>` + pad,
			[]string{"Uta Helkenberg"}},
		{"the site's own name on its date line is not an author",
			`<link rel="canonical" href="https://www.handball.ch/de/news/1">`,
			`<h1>Bruderduell</h1><p>Handball Schweiz | 12.01.2022</p>` + pad,
			nil},
		{"a job title after the name is not a second name",
			``,
			`<h1>Große Aufgaben</h1>` + pad + `<p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p>`,
			[]string{"Uta Staschewski"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, "<html><head>"+c.head+"</head><body>"+c.body+"</body></html>"), "", nil)
			if !eqList(m.Authors, c.want) {
				t.Errorf("authors %q, want %q", m.Authors, c.want)
			}
		})
	}
}

func TestSignOff(t *testing.T) {
	cases := map[string]bool{
		"Stefan Wasmer": true, "Marina Mucha": true, "Ursula von der Leyen": true, "Kazım Türkmen": true,
		"Weltweite Strahlkraft": true, // two capitalised nouns read like a name: callers add context
		"Stefan":                false, "Mit freundlichen Grüßen": false, "Stefan Wasmer, Redaktion": false,
		"Bund der Energieverbraucher e.V.": false, "Foto: Stefan Wasmer": false, "EAT SMARTER": false,
		"Stefan Wasmer 2022": false, "": false, "Die Redaktion": false,
	}
	for in, want := range cases {
		t.Run(in, func(t *testing.T) {
			if _, got := SignOff(in); got != want {
				t.Errorf("SignOff(%q) = %v, want %v", in, got, want)
			}
		})
	}
}

func TestHandleAndNameShapes(t *testing.T) {
	handles := map[string]bool{"delta201": true, "ThE_PaiN": true, "r23": true, "c1ph4": true,
		"2019": false, "_x1": false, "ab": false, "Peter": false, "x1": false}
	for in, want := range handles {
		t.Run(in, func(t *testing.T) {
			if got := isHandleShape(in); got != want {
				t.Errorf("isHandleShape(%q) = %v, want %v", in, got, want)
			}
		})
	}
	names := map[string]bool{"Ursula von der Leyen": true, "Projektleiterin der HSS in Tunesien": false,
		"deinen Hochzeitsbloggern": false, "Jan van Eyck": true, "lupa": true}
	for in, want := range names {
		t.Run(in, func(t *testing.T) {
			if got := looksLikeName(in); got != want {
				t.Errorf("looksLikeName(%q) = %v, want %v", in, got, want)
			}
		})
	}
}

func TestLogoHeadline(t *testing.T) {
	cases := []struct {
		name, head, body, want string
	}{
		{"logo h1 linking home, post title in a second h1",
			`<title>Kleine Schafskunde | Mäscot das Schaf</title>`,
			`<h1 id="site-title"><a href="http://www.example.de/" rel="home">Mäscot das Schaf</a></h1><h1 class="entry-title">Kleine Schafskunde</h1>`,
			"Kleine Schafskunde"},
		{"logo h1 linking home, post title only in the document title",
			`<title>Muffin Grundrezept : Muffin Rezepte</title>`,
			`<h1 class="logo"><a href="https://web.archive.org/web/2016/http://example.net/">Muffin Rezepte</a></h1><h2>Muffin Grundrezept</h2>`,
			"Muffin Grundrezept"},
		{"logo h1 named in the title after a guillemet",
			`<title>Example.de » Blog Archiv » Podcasts in Plex einbinden</title>`,
			`<h1><a href="https://example.de">Example.de</a></h1><h2>Podcasts in Plex einbinden</h2>`,
			"Podcasts in Plex einbinden"},
		{"an h1 that links to an article is the headline",
			`<title>Faire Lieferketten - Evangelisches Jugendwerk</title>`,
			`<h1><a href="/aktuell/faire-lieferketten/">Faire Lieferketten</a></h1>`,
			"Faire Lieferketten"},
		{"logo word inside a BEM class",
			`<title>Beitrag :: Portal ::</title>`,
			`<h1 class="topbar__logo__title">Portal</h1><h1><a href="/blog">Blog</a></h1><h2>Beitrag</h2>`,
			"Beitrag"},
		{"inline elements in the headline join without a space",
			``,
			`<h1><a href="/post/1">The Story Of <em>Metroid</em>, One Of Gaming's Richest Universes</a></h1>`,
			"The Story Of Metroid, One Of Gaming's Richest Universes"},
		{"h1 printing the document title with the site name",
			`<title>Atomkraft ist nicht nachhaltig | Umweltbundesamt</title><meta property="og:site_name" content="Umweltbundesamt">`,
			`<h1>Atomkraft ist nicht nachhaltig | Umweltbundesamt</h1>`,
			"Atomkraft ist nicht nachhaltig"},
		{"site name before a bar without spaces",
			`<title>NEWS WEB EASY|子どもへの体罰を禁止する法律ができる</title><meta property="og:site_name" content="NEWS WEB EASY">`,
			`<div>x</div>`,
			"子どもへの体罰を禁止する法律ができる"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, "<html><head>"+c.head+"</head><body>"+c.body+"</body></html>"), "", nil)
			if m.Title != c.want {
				t.Errorf("title %q, want %q", m.Title, c.want)
			}
		})
	}
}

func TestAuthorRules(t *testing.T) {
	fixedNow(t)
	byline := func(m *Meta) string { return m.Byline }
	const body = `<p>The storm came in from the sea in the night and flooded the harbour road.</p>`
	runRuleCases(t, []ruleCase{
		{"author-meta-label",
			`<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"></head><body><h1>Storm hits the coast</h1>` + body,
			"Jane Doe", byline},
		{"author-meta-label-credit",
			`<html><head><meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Staff"></head><body><h1>Storm hits the coast</h1>` + body,
			"Staff", byline},
		{"author-link-ends-name",
			`<html><body><h1>Storm hits the coast</h1><div class="meta"><span>by <a href="/author/hv">Harsh Vaibhav</a></span><span><a href="/location/polar">Global Commons</a></span><span>May 2nd 2025</span></div>` + body,
			"Harsh Vaibhav", byline},
		{"author-label-phrase",
			`<html><body><h1>Storm hits the coast</h1><div><p>Written by</p><p>Jane Doe</p></div>` + body,
			"Jane Doe", byline},
		{"author-by-colon",
			`<html><body><h1>Storm hits the coast</h1><p>by: Jane Doe, Dec 17, 2025</p>` + body,
			"Jane Doe", byline},
		// A teaser's byline markup far down the page is not the
		// author the page declares.
		{"author-markup-far",
			`<html><head><meta name="author" content="Jane Doe"></head><body><h1>Storm hits the coast</h1>` + strings.Repeat(body, 100) +
				`<div><a href="/b">Another story</a> <span class="author">Max Muster</span></div>`,
			"Jane Doe", byline},
		{"author-byline-credit",
			`<html><body><h1>Storm hits the coast</h1><span class="author">By the Harbour Desk Team</span>` + body,
			"the Harbour Desk Team", byline},
		{"author-initials",
			`<html><body><h1>Storm hits the coast</h1><div class="news-author">CM</div><div class="author_cont"><h3><a href="/u/cm">Craig McCarthy</a></h3><p>Last updated on 17 December 2025</p></div>` + body,
			"Craig McCarthy", byline},
		{"question-is-article",
			`<html><head><script type="application/ld+json">{"@type":"QAPage","mainEntity":{"@type":"Question","name":"Why does the harbour flood?",
			"author":{"@type":"Person","name":"jdoe42"}}}</script></head><body><h1>Why does the harbour flood?</h1>` + body,
			"jdoe42", byline},
		{"question-is-article",
			`<html><body itemscope itemtype="https://schema.org/QAPage"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
			<h1 itemprop="name">Why does the harbour flood?</h1><div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">jdoe42</span></div>` + body + `</div>`,
			"jdoe42", byline},
	})
}

func TestCreditShape(t *testing.T) {
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"the Lavazza Team", true},
		{"Podium Staff", true},
		{"A home for your team’s tasks", false},
		{"Read more about The Upwork Team", false},
		{"the", false},
	} {
		t.Run(c.s, func(t *testing.T) {
			if got := creditShape(c.s); got != c.want {
				t.Errorf("creditShape(%q) = %v, want %v", c.s, got, c.want)
			}
		})
	}
}
