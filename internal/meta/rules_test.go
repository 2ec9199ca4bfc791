package meta

import (
	"strings"
	"testing"
)

// Tests for the byline, author-choice and date rules that go beyond the
// per-source basics in sources_test.go.

func TestBylineLabels(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"de label heading", `<h1>T</h1><div><h5>Autor:</h5>Peter Maahn<br>Weiter</div>`, []string{"Peter Maahn"}},
		{"de label and paragraph", `<h1>T</h1><section><h4>Autor</h4><p><a href="/p/x">Nikolai Huke</a></p></section>`, []string{"Nikolai Huke"}},
		{"en screen-reader By", `<h1>T</h1><div class="meta"><span>yas!</span> <span class="sr">| By </span><span>Cara Stiles</span> | <span>April 2020</span></div>`, []string{"Cara Stiles"}},
		{"de Von label with breaks", `<h1>T</h1><p>Text.</p><a href="#"><b>Von:</b><br><br> Götz Warnke</a>`, []string{"Götz Warnke"}},
		{"fr label", `<h1>T</h1><div><strong>Auteur :</strong> <span>Marie Dupont</span></div>`, []string{"Marie Dupont"}},
		{"es label", `<h1>T</h1><div><b>Autor:</b> Lucía Pérez</div>`, []string{"Lucía Pérez"}},
		{"menu link is not a label", `<h1>T</h1><ul><li><a href="/autoren">Autoren</a></li><li><a href="/x">Chemie Lexikon</a></li></ul>`, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, "<html><body>"+c.body+"</body></html>"), "", nil)
			if !eqList(m.Authors, c.want) {
				t.Errorf("authors %q, want %q", m.Authors, c.want)
			}
		})
	}
}

func TestTextBylines(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"en posted on date by", `<h1>T</h1><div class="author">Posted on September 21, 2020 by Adi Tzlil</div>`, []string{"Adi Tzlil"}},
		{"de date then von", `<h1>T</h1><span>06.11.2023 13:30 von Olga Kern</span>`, []string{"Olga Kern"}},
		{"de Ein Artikel von", `<h1>T</h1><div>Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div>`, []string{"Pamela Sladky"}},
		{"de Gespeichert von", `<h1>T</h1><div class="submitted">Gespeichert von <span>rasos</span> am 24. Juli 2017 - 18:55</div>`, []string{"rasos"}},
		{"de Redaktion label after date", `<h1>T</h1><div>05.02.2020 <span>- Redaktion: Eberhard Fuhr (Pressesprecher)</span></div>`, []string{"Eberhard Fuhr"}},
		{"fr Publié par", `<h1>T</h1><p>Publié par Luc Martin</p>`, []string{"Luc Martin"}},
		{"it Scritto da", `<h1>T</h1><p>Scritto da Marco Bianchi</p>`, []string{"Marco Bianchi"}},
		{"nl Geplaatst door", `<h1>T</h1><p>Geplaatst door Anke Jansen</p>`, []string{"Anke Jansen"}},
		{"pt Publicado por", `<h1>T</h1><p>Publicado por João Silva</p>`, []string{"João Silva"}},
		{"en Recipe by", `<h1>T</h1><div class="blog-author">Recipe by <a href="/author/pj">PJ Hamel</a></div>`, []string{"PJ Hamel"}},
		{"de Rezept von", `<h1>T</h1><div class="author">Rezept von Anna Muster</div>`, []string{"Anna Muster"}},
		{"illustrator dropped", `<h1>T</h1><p><em>Text von Christian Seiler Illustration von Markus Roost</em></p>`, []string{"Christian Seiler"}},
		{"place on the next line", `<h1>T</h1><p>Von <a href="/a">Roland Brockmann</a> und <a href="/b">Sebastian Drescher</a><br><br>Kakuma, Kenia</p>`, []string{"Roland Brockmann", "Sebastian Drescher"}},
		{"name only in image alt", `<h1>T</h1><div class="author"><span>01.12.2022</span> / <span class="fn"><a href="/a"><img alt="Solar News"></a></span> / <a rel="tag" href="/t">CSP</a> / <a rel="tag" href="/u">Wind</a></div>`, []string{"Solar News"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, "<html><body>"+c.body+"</body></html>"), "", nil)
			if !eqList(m.Authors, c.want) {
				t.Errorf("authors %q, want %q", m.Authors, c.want)
			}
		})
	}
}

func TestCleanNamesMore(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Tomas Spahn Fr, 18. Oktober 2019", []string{"Tomas Spahn"}},
		{"Ahiza Garcia February 3, 2017", []string{"Ahiza Garcia"}},
		{"By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU Speech, Privacy, and Technology Project", []string{"Daniel Kahn Gillmor"}},
		{"Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)", []string{"Eleanor Ainge Roy"}},
		{"Redaktion", []string{"Redaktion"}},
		{"Artikel von", nil},
		{"Dr.", nil},
		{"HLNF Staff Report | October", nil},
		{"Full Bio", nil},
		{"Ben Applebaum-Bauch ⋅ Review Editor", []string{"Ben Applebaum-Bauch"}},
		{"Sun Dec 17, 2023 11:23 am", nil},
		{"Sat, 20 Dec, 2025 - 06:36", nil},
		{"By Scott Levine – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by Frank Bass", []string{"Scott Levine"}},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := cleanNames(c.in); !eqList(got, c.want) {
				t.Errorf("cleanNames(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestAuthorChoice(t *testing.T) {
	head := func(ld, metas string) string {
		return `<html><head>` + metas + `<script type="application/ld+json">` + ld + `</script></head><body>`
	}
	cases := []struct {
		name, page string
		want       []string
	}{
		{"site-named JSON-LD author falls through to the byline",
			head(`{"@type":"Article","headline":"Glyphosate","author":{"@type":"Person","name":"L'Opinion"}}`, `<meta property="og:site_name" content="L'Opinion">`) +
				`<h1>Glyphosate</h1><div class="author">Emmanuelle Ducros</div></body></html>`,
			[]string{"Emmanuelle Ducros"}},
		{"site stays author when nobody else is named",
			head(`{"@type":"Article","headline":"H","author":{"@type":"Person","name":"Telebasel"}}`, `<meta property="og:site_name" content="Telebasel">`) +
				`<h1>H</h1><p>Text.</p></body></html>`,
			[]string{"Telebasel"}},
		{"publisher host counts as the site",
			head(`{"@type":"Article","headline":"H","author":{"@type":"Person","name":"El Colombiano"}}`, `<link rel="canonical" href="https://www.elcolombiano.example/a">`) +
				`<h1>H</h1><span class="author">Jacobo Betancur</span></body></html>`,
			[]string{"Jacobo Betancur"}},
		{"login handle replaced by the visible name",
			head(`{"@type":"Article","headline":"H","author":{"@type":"Person","name":"janedoe"}}`, ``) +
				`<h1>H</h1><span class="author">Jane Doe</span></body></html>`,
			[]string{"Jane Doe"}},
		{"visible byline adds a co-author",
			head(`{"@type":"Article","headline":"H","author":{"@type":"Person","name":"Rudolf Fischer"}}`, ``) +
				`<h1>H</h1><span class="vcard author"><span class="fn">von Rudolf Fischer, Simon Kohler</span></span></body></html>`,
			[]string{"Rudolf Fischer", "Simon Kohler"}},
		{"a role-only author field is the last resort",
			head(`{"@type":"Article","headline":"H","author":{"@type":"Person","name":"Staff Writer"}}`, ``) +
				`<h1>H</h1><p>Text.</p></body></html>`,
			[]string{"Staff Writer"}},
		{"By line under the headline beats byline markup far below",
			head(`{"@type":"Article","headline":"H"}`, ``) +
				`<h1>H</h1><p>Von <a href="/l">Lisa Petrich</a></p>` + strings.Repeat(`<div><span>x</span></div>`, 40) + `<div class="author">Clara Müller</div></body></html>`,
			[]string{"Lisa Petrich"}},
		{"agency code kept beside the site",
			head(`{"@type":"Article","headline":"H","author":"AFP/The Local"}`, `<meta property="og:site_name" content="The Local">`) + `<h1>H</h1></body></html>`,
			[]string{"AFP", "The Local"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, c.page), "", nil)
			if !eqList(m.Authors, c.want) {
				t.Errorf("authors %q, want %q", m.Authors, c.want)
			}
		})
	}
}

func TestDatelines(t *testing.T) {
	fixedNow(t)
	cases := []struct {
		name, body, date string
		dropped          bool // the date's node is in Nodes
	}{
		{"de press release lead", `<h1>T</h1><p>Pressemitteilung vom 25. Januar 2022 | Berlin – Die künftige Zusammenarbeit mit dem Programm wird in diesem Jahr weiter ausgebaut und gestärkt.</p>`, "2022-01-25", false},
		{"de parenthesised lead", `<h1>T</h1><p>(21. November 2022) Energieverbraucher erhalten eine Preiserhöhung nach der anderen, und viele wissen nicht, was sie tun sollen.</p>`, "2022-11-21", false},
		{"fr lead", `<h1>T</h1><p>Paris, 3 mars 2024 – Le gouvernement a présenté mardi un nouveau plan pour les transports publics dans toute la région.</p>`, "2024-03-03", false},
		{"es lead", `<h1>T</h1><p>Madrid, 3 de marzo de 2024. El Gobierno presentó el martes un nuevo plan para el transporte público en toda la región.</p>`, "2024-03-03", false},
		{"it lead", `<h1>T</h1><p>Roma, 3 marzo 2024 – Il governo ha presentato martedì un nuovo piano per il trasporto pubblico in tutta la regione.</p>`, "2024-03-03", false},
		{"a number inside the sentence is no dateline", `<h1>T</h1><p>Im Jahr 2022 wurden laut Statistik rund 3.000 neue Anlagen gebaut, mehr als je zuvor in der Geschichte des Landes.</p>`, "", false},
		{"de footer lines", `<h1>T</h1><p>Text.</p><p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Lesungen: 61<br>` + strings.Repeat("Hinweis ", 20) + `</p>`, "2023-11-01", false},
		{"short date line is dropped", `<h1>T</h1><p>Veröffentlicht am 3. März 2024</p>`, "2024-03-03", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, "<html><body>"+c.body+"</body></html>"), "", nil)
			if !strings.HasPrefix(m.Date, c.date) || (c.date == "" && m.Date != "") {
				t.Errorf("date %q, want %q", m.Date, c.date)
			}
			if (len(m.Nodes) > 0) != c.dropped {
				t.Errorf("nodes %d, want dropped=%v", len(m.Nodes), c.dropped)
			}
		})
	}
}

func TestDateMetadataAgreement(t *testing.T) {
	fixedNow(t)
	const head = `<html><head><meta property="article:published_time" content="2019-09-17T14:54:31+02:00"></head><body>`
	for _, c := range []struct{ name, body, want string }{
		// The page shows the metadata's day near the headline; a
		// second, different visible date (a related item) does not
		// override it.
		{"metadata day shown", `<p>17.09.2019</p><h1>T</h1><p class="date">31.08.2019</p>`, "2019-09-17T14:54:31+02:00"},
		// Without agreement the visible date line wins.
		{"metadata day not shown", `<h1>T</h1><p class="date">31.08.2019</p>`, "2019-08-31"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if m := Extract(parse(t, head+c.body+"</body></html>"), "", nil); m.Date != c.want {
				t.Errorf("date %q, want %q", m.Date, c.want)
			}
		})
	}
}
