package meta

import (
	"strings"
	"testing"
)

// Tests for the rules that choose between date sources: where the
// headline is, which visible line is the article's date line, and the
// last-resort sources.

func TestDateChoice(t *testing.T) {
	fixedNow(t)
	pad := strings.Repeat("<p>Body text of the article goes on here.</p>", 3)
	rail := `<ul class="related">` + strings.Repeat(`<li><a href="/x">Other story</a> <span class="date">03.01.2019</span></li>`, 8) + `</ul>`
	cases := []struct {
		name, head, body, want string
	}{
		{"no h1: the h2 that repeats the title anchors the date line",
			`<title>Journey to Python 3 | Blog</title>`,
			`<div><a href="/">Blog</a></div><h2><a href="/p">Journey to Python 3</a></h2><small>January 13, 2020 at 08:45 AM</small>` + pad,
			"2020-01-13T08:45:00"},
		{"only a logo h1: the h2 that repeats the title anchors the date line",
			`<title>Example.de » Blog Archiv » Podcasts in Plex einbinden</title>`,
			`<h1><a href="https://example.de/">Example.de</a></h1>` + strings.Repeat(`<p><span class="date">01.01.2010</span> old</p>`, 1) + strings.Repeat(pad, 30) + `<h2>Podcasts in Plex einbinden</h2><p>Erstellt am Dienstag 6. Mai 2014</p>` + pad,
			"2014-05-06"},
		{"no h1, no matching heading: first date line of the page",
			`<title>Site</title>`,
			`<div>Apr 7, 2009</div><b>This week's theme</b>` + pad,
			"2009-04-07"},
		{"teaser date does not override metadata",
			`<meta property="article:published_time" content="2012-06-08T13:27:29+00:00">`,
			`<h1>Zeitphilosophie</h1>` + strings.Repeat(pad, 20) + `<aside class="sidebar"><span class="date">23.01.2020</span></aside>`,
			"2012-06-08T13:27:29Z"},
		{"date row just above the headline beats a date far below",
			``,
			`<span class="date">02.11.2021</span><h1>Autonome Waffensysteme</h1>` + strings.Repeat(pad, 20) + `<span class="date">16.02.2022</span>`,
			"2021-11-02"},
		{"of two metadata dates the one shown under the headline wins",
			`<meta property="article:published_time" content="2022-12-04T15:00:00+01:00">`,
			`<div itemscope itemtype="https://schema.org/Article"><meta itemprop="datePublished" content="2022-12-06T14:42:13+01:00"><h1>Heizen mit Laub</h1><p>04.12.2022</p>` + pad + `<span class="date">06.12.2022</span></div>`,
			"2022-12-04T15:00:00+01:00"},
		{"date line hugging the headline beats a metadata day never shown",
			`<meta property="article:published_time" content="2020-02-12">`,
			`<div class="timedata">05.02.2020 - Redaktion: Eva Roth</div><h1>Faire Lieferketten</h1>` + pad,
			"2020-02-05"},
		{"an Updated line never stands in for a publication date in the head's meta tags",
			`<meta property="article:published_time" content="2019-10-15T16:59:59Z">`,
			`<h1>Dead skin cells</h1><div class="author"><a href="/a">Jessica Doe</a> <div class="timestamp">Updated Mar 12, 2020</div></div>` + pad,
			"2019-10-15T16:59:59Z"},
		{"a citation line is not a date line",
			`<meta property="article:published_time" content="2021-11-12T13:00:00">`,
			`<h1>Der Tag</h1><p><strong>Enzyklika, 25. Dezember 2005:</strong></p>` + pad,
			"2021-11-12T13:00:00"},
		{"day and month swapped is metadata's day",
			`<meta property="article:published_time" content="2021-11-01T05:00:14">`,
			`<h1>Seat Mo 125</h1><p>Stand: 11/01/2021, 05:00</p>` + pad,
			"2021-11-01T05:00:14"},
		{"unlabelled line under the headline beats a labelled list further down",
			``,
			`<h1>Migration</h1><p><em>10.11.2021</em></p>` + pad + `<p><span class="date">08.11.2021</span>: Update</p>`,
			"2021-11-10"},
		{"teaser rail far above the headline is not the date",
			`<meta property="article:published_time" content="2019-10-01">`,
			rail + strings.Repeat(pad, 6) + `<h1>FuelCell Echo</h1>` + pad,
			"2019-10-01"},
		{"the news list's teaser for the page itself gives its date",
			``,
			`<h1>Menschenrechte achten</h1>` + strings.Repeat(pad, 40) + `<aside class="related"><div class="teaser"><div class="authored">09.11.2021</div><h2>Suchtberatung stärken</h2></div>` +
				`<div class="teaser"><div class="authored">10.11.2021</div><h2>Menschenrechte achten</h2><p>Die AWO fordert …</p></div></aside>`,
			"2021-11-10"},
		{"the page's own teaser beats another teaser nearer the headline",
			``,
			`<div class="related"><article class="teaser"><h2><a href="/a">Die Pest im Süden</a></h2><footer><span class="teaser__date">04. März 2020</span></footer></article>` +
				`<article class="teaser"><h2><a href="/b">Achtsam durch die Krise</a></h2><footer><span class="teaser__date">18. März 2020</span></footer></article></div>` +
				`<h1>Achtsam durch die Krise</h1>` + pad,
			"2020-03-18"},
		{"a sentence about a period is not a dateline",
			``,
			`<h1>Kinder und Arbeit</h1><p>Seit 4. August 2014 ist in Bolivien ein neues Kinder- und Jugendgesetz in Kraft, das erstmals arbeitende Kinder als soziale Subjekte anerkennt.</p>` + pad,
			""},
		{"a weekday abbreviation opens a dateline",
			``,
			`<h1>Kinder und Arbeit</h1><p>Do, 03.03.2022 – Das neue Gesetz ist in Kraft und wird von vielen begrüßt, aber nicht von allen.</p>` + pad,
			"2022-03-03"},
		{"a paragraph opening with a number is not a dateline when its date comes later",
			``,
			`<h1>Update</h1><p>(16) Das Coronavirus-Update mit Christian Drosten und Korinna Hennig, heute in der Folge vom 18.03.2020 über Impfstoffe</p>` + pad,
			""},
		{"day-first date in the canonical URL",
			`<link rel="canonical" href="https://example.org/meldungen/29-10-2021">`,
			`<h1>Erfolgsgeschichte</h1>` + pad,
			"2021-10-29"},
		{"date in the description",
			`<meta name="description" content="Orso marsicano (Notizia del 14 Gennaio 2020)">`,
			`<h1>Orso marsicano</h1>` + pad,
			"2020-01-14"},
		{"publication key in a script state",
			``,
			`<h1>Sidamo</h1>` + pad + `<script>var meta = {"product":{"updated_at":"2020-01-01T00:00:00+01:00","published_at":"2019-03-02T06:22:28+01:00"}};</script>`,
			"2019-03-02T06:22:28+01:00"},
		{"creation key when no script names a publication",
			``,
			`<h1>Topathleten</h1>` + pad + `<script>window.__STATE__={"entry":{"createdAt":"2022-01-31T15:58:43+01:00","updatedAt":"2022-02-01T10:00:00+01:00"}}</script>`,
			"2022-01-31T15:58:43+01:00"},
		{"a layout flag naming a sidebar does not make the column one",
			``,
			`<div class="main has-double-sidebar"><div class="left-content"><h6>Entlastungen</h6><p>(21. November 2022) Energieverbraucher erhalten eine Preiserhöhung.</p>` + pad + `</div></div>`,
			"2022-11-21"},
		{"a screen-reader h1 in the banner does not anchor the date line",
			`<meta property="article:published_time" content="2022-01-21T09:43:00+01:00"><title>Atomkraft nicht nachhaltig | Amt</title>`,
			`<div id="branding"><h1 class="visuallyhidden">Atomkraft nicht nachhaltig | Amt</h1></div>` + strings.Repeat(`<p><a href="/x">Menu item</a></p>`, 60) +
				`<article><h2>Atomkraft nicht nachhaltig</h2><figure><img src="a.jpg"><figcaption>Bild</figcaption></figure><p>Lead text.</p><div class="article-meta"><time datetime="2022-01-25T08:00:00+01:00">25.01.2022</time></div>` + pad + `</article>`,
			"2022-01-25T08:00:00+01:00"},
		{"a forum's clock and a member's sign-up day are not the post's date",
			`<title>Thema anzeigen</title>`,
			`<p class="time">Aktuelle Zeit: 14.10.2020, 12:18</p><div class="post"><dl class="postprofile"><dd><strong>Registriert:</strong> 18.09.2008, 05:56</dd></dl>` +
				`<p class="author">von <a href="/u">r23</a> » 21.01.2009, 05:42</p>` + pad + `</div>`,
			"2009-01-21T05:42:00"},
		{"a label in the element before the date makes it the publication date",
			`<meta name="date" content="2021-10-15">`,
			`<h1>Neue Präsidentin gewählt</h1><p>Lead.</p><span class="sub">Erschienen am:</span> <h2> 13.10.2021 </h2>` + pad +
				`<h4>Zuletzt geändert am:</h4><ul><li>15.10.2021</li></ul>`,
			"2021-10-13"},
		{"a label before a definition's wrapper marks the update",
			`<meta property="article:published_time" content="2020-05-01">`,
			`<h1>Heliumkerne</h1><dl><dt>Aktualisiert</dt><dd><span>17.01.2021</span></dd></dl>` + pad,
			"2020-05-01"},
		{"a page that states only when it was last changed is dated by that change",
			``,
			`<h1>Heliumkerne in Zinn</h1>` + pad + `<p><b>Aktualisiert am </b>17.01.2021.</p>`,
			"2021-01-17"},
		{"a form wrapping the whole page is read like the page",
			``,
			`<form method="post" action="/p"><h1>Stadtrat beschließt Haushalt</h1><p class="date">Veröffentlicht am 12.03.2021</p>` + pad + `</form>`,
			"2021-03-12"},
		{"an empty h1 (an image logo) leaves the h2 repeating the title as headline",
			`<title>kein App Store mehr über Mobile Daten</title>`,
			`<h1><img src="logo.png" alt=""></h1>` + strings.Repeat(`<p><a href="/x">Menu item</a></p>`, 80) +
				`<h2 class="Title">kein App Store mehr über Mobile Daten</h2><div class="comment first"><span class="name">macbacchi</span><span class="commentTime"><span>28.09.19</span> <span>12:44</span></span><div>hallo, hat jemand eine Idee?</div></div>`,
			"2019-09-28T12:44:00"},
		{"no date anywhere gives none",
			`<title>Penny</title>`,
			`<h1>Penny</h1>` + pad + `<script>var x = {"lastUpdated":"2020-10-25"}</script>`,
			""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, "<html><head>"+c.head+"</head><body>"+c.body+"</body></html>"), "", nil)
			if m.Date != c.want {
				t.Errorf("date %q, want %q", m.Date, c.want)
			}
		})
	}
}

func TestStateKeys(t *testing.T) {
	for k, want := range map[string]bool{
		"datePublished": true, "published_at": true, "publishDate": true, "pubDate": true, "firstPublishedAt": true,
		"publishedUpdate": false, "lastPublished": false, "unpublishAt": false, "publisher": false, "publishStatus": false,
		"scheduledPublishDate": false, "republishedAt": false, "publishedBy": false,
	} {
		t.Run(k, func(t *testing.T) {
			if got := isPublicationKey(k); got != want {
				t.Errorf("isPublicationKey(%q) = %v, want %v", k, got, want)
			}
		})
	}
	for _, in := range []string{`"datePublished" : "2019-03-02"`, `\"published_at\":\"2019-03-02T06:22:28Z\"`, `pubDate='2019-03-02'`} {
		t.Run(in, func(t *testing.T) {
			if d := stampUnder(in, publicationKey); !strings.HasPrefix(d, "2019-03-02") {
				t.Errorf("stampUnder(%s) = %q", in, d)
			}
		})
	}
	for _, in := range []string{`"published":true,"date":"2019-03-02"`, `"publishedAt":null`, `"publishedAt":"soon"`, `"datePublished":"0000-00-00"`} {
		t.Run(in, func(t *testing.T) {
			if d := stampUnder(in, publicationKey); d != "" {
				t.Errorf("stampUnder(%s) = %q, want none", in, d)
			}
		})
	}
}

// FuzzStateDate feeds arbitrary script text to the state-key scanner:
// it must not panic, and whatever it returns is an ISO date.
func FuzzStateDate(f *testing.F) {
	for _, s := range []string{`{"datePublished":"2019-03-02T06:22:28+01:00"}`, `\"published_at\":\"2019-03-02\"`,
		`pubDate='2019`, `"createdAt":`, `"publish`, `publishedAt:"2`, "\"pub\xff\":\"2019-01-01\""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, kt := range []keyTest{publicationKey, creationKey} {
			d := stampUnder(s, kt)
			if d != "" && (len(d) < 10 || d[4] != '-' || d[7] != '-') {
				t.Fatalf("stampUnder(%q) = %q, not an ISO date", s, d)
			}
		}
	})
}

func TestDateRules(t *testing.T) {
	fixedNow(t)
	date := func(m *Meta) string { return m.Date }
	const head = `<html><head><meta property="article:published_time" content="2022-01-03T16:52:00+00:00"></head><body><h1>Storm hits the coast</h1>`
	const body = `<p>The storm came in from the sea in the night and flooded the harbour road.</p>`
	runRuleCases(t, []ruleCase{
		{"date-update-line",
			head + `<span class="post-date"><span>Last Updated</span> <span>on</span> <span class="date">Feb 27, 2026</span></span>` + body,
			"2022-01-03T16:52:00Z", date},
		{"date-update-wrapper",
			head + `<span class="meta-date"><span class="updated">2025-11-03</span></span>` + body,
			"2022-01-03T16:52:00Z", date},
		// The day inside the update line is the update's: it does not
		// confirm metadata that gives that day as the publication.
		{"date-update-part",
			`<html><head><meta property="article:published_time" content="2025-08-21"></head><body><h1>Storm hits the coast</h1>` +
				`<div class="meta-info">Published <span>Apr 26, 2023</span></div><div class="meta-info">Updated <span>Aug 21, 2025</span></div>` + body,
			"2023-04-26", date},
		// 22:02 UTC on the 19th is the 19th or the 20th in every zone:
		// the 18th shown under the headline is another day.
		{"date-zone-span",
			`<html><head><meta property="article:published_time" content="2025-12-19T22:02:58Z"></head><body><h1>Storm hits the coast</h1><div>Dec 18, 2025</div>` + body,
			"2025-12-18", date},
		// Readers see only the update; the publication lives in JSON-LD.
		{"date-update-shown",
			`<html><head><script type="application/ld+json">{"@type":"Article","datePublished":"2019-08-14T13:00:00Z"}</script></head><body><h1>Storm hits the coast</h1>` +
				`<div class="meta"><span>Updated</span> <span>Sep 17, 2025</span></div>` + body,
			"2025-09-17", date},
		// A time series right under the headline is data, not its date line.
		{"date-table-column",
			head + `<table><tr><th>Date</th><th>Change</th></tr><tr><td>1/1/2013</td><td>+13.1%</td></tr><tr><td>2/1/2013</td><td>+12.9%</td></tr><tr><td>3/1/2013</td><td>+11.8%</td></tr></table>` + body,
			"2022-01-03T16:52:00Z", date},
		// The author box after the body dates the article it signs.
		{"date-beside-byline",
			`<html><head><script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"Jane Doe"}}</script></head><body><h1>Storm hits the coast</h1>` +
				strings.Repeat(body, 80) + `<div class="info"><p>Written by <a href="/a/jane">Jane Doe</a></p><p>April 8, 2024</p></div>`,
			"2024-04-08", date},
		// The line right under the headline is its date, whatever the
		// wrapper's class says.
		{"date-right-under",
			`<html><head><script type="application/ld+json">{"@type":"Article","datePublished":"2025-06-12"}</script></head><body><h1>Storm hits the coast</h1><div class="newsletter-details"><p>November 2, 2022</p></div>` + body,
			"2022-11-02", date},
		// More <meta> names for the publication date.
		{"date-meta",
			`<html><head><meta name="published" content="July 17, 2025"></head><body><h1>Storm hits the coast</h1>` + body,
			"2025-07-17", date},
		{"date-meta",
			`<html><head><meta name="published-date" content="2021-02-16"></head><body><h1>Storm hits the coast</h1>` + body,
			"2021-02-16", date},
	})
}

// TestUpdateShownNeeds: the pages on which the update shown under the
// headline does not replace the declared publication date.
func TestUpdateShownNeeds(t *testing.T) {
	fixedNow(t)
	const ld = `<script type="application/ld+json">{"@type":"Article","datePublished":"2019-08-14T13:00:00Z"}</script>`
	const upd = `<div class="meta"><span>Updated</span> <span>Sep 17, 2025</span></div>`
	const body = `<p>The storm came in from the sea in the night and flooded the harbour road.</p>`
	for _, c := range []struct{ name, page, want string }{
		{"publication in the head's meta tags",
			`<html><head><meta property="article:published_time" content="2019-08-14T13:00:00Z"></head><body><h1>Storm hits the coast</h1>` + upd + body, "2019-08-14T13:00:00Z"},
		{"another date shown",
			`<html><head>` + ld + `</head><body><h1>Storm hits the coast</h1><div>Published Aug 14, 2019</div>` + upd + body, "2019-08-14T13:00:00Z"},
		{"the headline names the publication's year",
			`<html><head>` + ld + `</head><body><h1>Storms of 2019 on the coast</h1>` + upd + body, "2019-08-14T13:00:00Z"},
		{"the update far below the headline",
			`<html><head>` + ld + `</head><body><h1>Storm hits the coast</h1>` + strings.Repeat(body, 80) + upd, "2019-08-14T13:00:00Z"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if m := Extract(parse(t, c.page), "", nil); m.Date != c.want {
				t.Errorf("date %q, want %q", m.Date, c.want)
			}
		})
	}
}
