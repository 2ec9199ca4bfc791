package meta

import (
	"strings"
	"testing"
)

func ld(body string) string {
	return `<html><head><script type="application/ld+json">` + body + `</script></head><body><p>x</p></body></html>`
}

func TestJSONLD(t *testing.T) {
	fixedNow(t)
	cases := []struct {
		name, page       string
		title, date, mod string
		authors          []string
		org, site, body  string
	}{
		{name: "NewsArticle with Person list",
			page:  ld(`{"@context":"https://schema.org","@type":"NewsArticle","headline":"H","datePublished":"2024-03-03T10:00:00+01:00","dateModified":"2024-03-04","author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"Omar Haddad"}],"publisher":{"@type":"Organization","name":"Daily"},"articleBody":"Body text."}`),
			title: "H", date: "2024-03-03T10:00:00+01:00", mod: "2024-03-04", authors: []string{"Jane Doe", "Omar Haddad"}, site: "Daily", body: "Body text."},
		{name: "@graph with @id references",
			page:  ld(`{"@context":"https://schema.org","@graph":[{"@type":"WebSite","@id":"#site","name":"Blog"},{"@type":"Person","@id":"#p1","name":"Anna Muster"},{"@type":"BlogPosting","headline":"Post","author":{"@id":"#p1"},"datePublished":"2023-11-05"}]}`),
			title: "Post", date: "2023-11-05", authors: []string{"Anna Muster"}, site: "Blog"},
		{name: "author as a string",
			page:  ld(`{"@type":"Article","headline":"A","author":"By Marie Dupont and Luc Martin"}`),
			title: "A", authors: []string{"Marie Dupont", "Luc Martin"}},
		{name: "organisation only",
			page:  ld(`{"@type":"Report","name":"R","author":{"@type":"Organization","name":"Institute"}}`),
			title: "R", org: "Institute"},
		{name: "broken JSON: trailing commas, comment, entity",
			page: ld(`{"@type":"Article", // comment
"headline":"Caf&eacute; news","datePublished":"2022-05-03",}`),
			title: "Café news", date: "2022-05-03"},
		{name: "array of objects",
			page:  ld(`[{"@type":"BreadcrumbList"},{"@type":["Article","Thing"],"headline":"In array"}]`),
			title: "In array"},
		{name: "WebPage only",
			page: ld(`{"@type":"WebPage","name":"Page name","datePublished":"2021-01-02"}`),
			date: "2021-01-02"},
		{name: "future date rejected",
			page:  ld(`{"@type":"Article","headline":"F","datePublished":"2030-01-01"}`),
			title: "F"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := fromJSONLD(parse(t, c.page))
			if f.title != c.title || f.date != c.date || f.modified != c.mod || !eqList(f.authors, c.authors) || f.org != c.org || f.siteName != c.site || f.articleBody != c.body {
				t.Errorf("got %+v", f)
			}
		})
	}
}

func TestJSONLDSeveralScripts(t *testing.T) {
	page := `<html><head><script type="application/ld+json">{"@type":"Organization","name":"Org"}</script>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Second","author":{"@type":"Person","name":"Jane Doe"}}</script></head></html>`
	f := fromJSONLD(parse(t, page))
	if f.title != "Second" || !eqList(f.authors, []string{"Jane Doe"}) {
		t.Errorf("got %+v", f)
	}
}

func TestMicrodata(t *testing.T) {
	fixedNow(t)
	page := `<html><body><article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline">Micro headline</h1>
<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Jane Doe</span></span>
<meta itemprop="datePublished" content="2024-03-03">
<abbr class="updated" itemprop="dateModified" title="2024-03-05T08:00:00Z">5 Mar</abbr>
<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Troll Person</span><time itemprop="datePublished" datetime="2024-03-09">x</time></div>
</article></body></html>`
	f := fromMicrodata(parse(t, page))
	if f.title != "Micro headline" || f.date != "2024-03-03" || f.modified != "2024-03-05T08:00:00Z" || !eqList(f.authors, []string{"Jane Doe"}) {
		t.Errorf("got %+v", f)
	}
}

// A rel=author link that names nobody does not decide which item's
// authors are the page's: the first item that names one does.
func TestMicrodataAuthorLinkNamesNobody(t *testing.T) {
	page := `<html><head><link rel="author" href="https://forum.example/user/julian"></head><body>
<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1 itemprop="headline">RC1 is out</h1>
<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="julian"></div></div>
<div itemscope itemtype="https://schema.org/Comment"><div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Kichae"></div></div>
</body></html>`
	if f := fromMicrodata(parse(t, page)); !eqList(f.authors, []string{"julian"}) {
		t.Errorf("authors %q, want [julian]", f.authors)
	}
}

func TestRDFa(t *testing.T) {
	fixedNow(t)
	page := `<html><body><div vocab="http://schema.org/" typeof="Article"><h1 property="headline">RDFa title</h1><span property="author">Omar Haddad</span><span property="datePublished" content="2021-06-01">1 June</span></div></body></html>`
	f := fromMicrodata(parse(t, page))
	if f.title != "RDFa title" || f.date != "2021-06-01" || !eqList(f.authors, []string{"Omar Haddad"}) {
		t.Errorf("got %+v", f)
	}
}

func TestMetaTags(t *testing.T) {
	fixedNow(t)
	page := `<html lang="de-DE"><head>
<meta property="og:title" content="OG title">
<meta property="og:site_name" content="Site">
<meta property="og:description" content="Desc">
<meta property="og:image" content="/img/a.jpg">
<meta property="og:url" content="https://example.org/a">
<meta property="og:locale" content="de_DE">
<meta property="article:published_time" content="2024-03-03T10:00:00+01:00">
<meta property="article:modified_time" content="2024-03-04T10:00:00+01:00">
<meta property="article:author" content="https://example.org/author/x">
<meta name="author" content="Anna Muster">
<meta property="article:tag" content="Politik">
<meta property="article:tag" content="Klima">
<meta name="twitter:title" content="Twitter title">
</head></html>`
	f := fromMetaTags(readHead(parse(t, page)))
	if f.title != "OG title" || f.siteName != "Site" || f.description != "Desc" || f.image != "/img/a.jpg" ||
		f.url != "https://example.org/a" || f.lang != "de_DE" || f.date != "2024-03-03T10:00:00+01:00" ||
		f.modified != "2024-03-04T10:00:00+01:00" || !eqList(f.authors, []string{"Anna Muster"}) || !eqList(f.tags, []string{"Politik", "Klima"}) {
		t.Errorf("got %+v", f)
	}
}

func TestMetaTagsOtherConventions(t *testing.T) {
	fixedNow(t)
	cases := []struct {
		name, meta, author, date string
	}{
		{"Dublin Core", `<meta name="DC.creator" content="Jan Kowalski"><meta name="DC.date.issued" content="2020-01-02">`, "Jan Kowalski", "2020-01-02"},
		{"Parse.ly", `<meta name="parsely-author" content="Lucía Pérez"><meta name="parsely-pub-date" content="2019-10-16T14:33:00Z">`, "Lucía Pérez", "2019-10-16T14:33:00Z"},
		{"Sailthru", `<meta name="sailthru.author" content="Giulia Rossi"><meta name="sailthru.date" content="2018-05-06">`, "Giulia Rossi", "2018-05-06"},
		{"plain names", `<meta name="author" content="Pieter de Vries"><meta name="date" content="2017-04-12">`, "Pieter de Vries", "2017-04-12"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := fromMetaTags(readHead(parse(t, "<html><head>"+c.meta+"</head></html>")))
			if !eqList(f.authors, []string{c.author}) || f.date != c.date {
				t.Errorf("got %+v", f)
			}
		})
	}
}

func TestVisibleBylines(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"en class", `<h1>T</h1><div class="byline">By Jane Doe and Omar Haddad</div>`, []string{"Jane Doe", "Omar Haddad"}},
		{"de text", `<h1>T</h1><p>Von Anna Muster</p>`, []string{"Anna Muster"}},
		{"fr text", `<h1>T</h1><p>Par Marie Dupont</p>`, []string{"Marie Dupont"}},
		{"it text", `<h1>T</h1><span>Di Giulia Rossi</span>`, []string{"Giulia Rossi"}},
		{"es text", `<h1>T</h1><p>Por Lucía Pérez</p>`, []string{"Lucía Pérez"}},
		{"nl text", `<h1>T</h1><p>Door Pieter de Vries</p>`, []string{"Pieter de Vries"}},
		{"pl label", `<h1>T</h1><p>Autor: Jan Kowalski</p>`, []string{"Jan Kowalski"}},
		{"en written by with a colon", `<h1>T</h1><p><em>Written by: <a href="/x">Julie Mollins</a></em></p>`, []string{"Julie Mollins"}},
		{"rel=author", `<h1>T</h1><p>Text <a rel="author" href="/a/x">Jane Doe</a></p>`, []string{"Jane Doe"}},
		{"comment author ignored", `<h1>T</h1><div class="comments"><div class="author">Troll Person</div></div>`, nil},
		{"prose is not a byline", `<h1>T</h1><p>By the end of the day, everyone had left the building.</p>`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, "<html><body>"+c.body+"</body></html>"), "", nil)
			if !eqList(m.Authors, c.want) {
				t.Errorf("authors %q, want %q", m.Authors, c.want)
			}
			if len(c.want) > 0 && m.Byline != strings.Join(c.want, ", ") {
				t.Errorf("byline %q", m.Byline)
			}
		})
	}
}

func TestVisibleDates(t *testing.T) {
	fixedNow(t)
	cases := []struct {
		name, body, date, mod string
	}{
		{"time element", `<h1>T</h1><time datetime="2024-03-03T10:00:00+01:00">3 March</time>`, "2024-03-03T10:00:00+01:00", ""},
		{"de line", `<h1>T</h1><p>Veröffentlicht am 3. März 2024</p>`, "2024-03-03", ""},
		{"fr class", `<h1>T</h1><span class="date">3 mars 2024</span>`, "2024-03-03", ""},
		{"es class", `<h1>T</h1><div class="fecha">3 de marzo de 2024</div>`, "2024-03-03", ""},
		{"it line", `<h1>T</h1><p>Pubblicato il 3 marzo 2024</p>`, "2024-03-03", ""},
		{"published and updated kept apart", `<h1>T</h1><p class="meta"><span class="published">Published 3 March 2024</span> <span class="updated">Updated 5 March 2024</span></p>`, "2024-03-03", "2024-03-05"},
		{"last edited is an update", `<h1>T</h1><p>Published 3 March 2024</p><p>Last edited: 5 March 2024</p>`, "2024-03-03", "2024-03-05"},
		{"only updated: dated by the change, as citations date such pages", `<h1>T</h1><p>Last updated: 5 March 2024</p>`, "2024-03-05", "2024-03-05"},
		{"no date", `<h1>T</h1><p>Nothing here.</p>`, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, "<html><body>"+c.body+"</body></html>"), "", nil)
			if m.Date != c.date || m.DateModified != c.mod {
				t.Errorf("date %q modified %q, want %q %q", m.Date, m.DateModified, c.date, c.mod)
			}
		})
	}
}
