package meta

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
)

func render(t *testing.T, n *html.Node) string {
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

const fullPage = `<!doctype html><html lang="en-GB"><head>
<title>Storm hits the coast | Daily Example</title>
<base href="/news/">
<link rel="canonical" href="https://example.org/news/storm">
<meta property="og:site_name" content="Daily Example">
<meta property="og:image" content="img/storm.jpg">
<meta name="keywords" content="weather, storms">
<meta name="description" content="A storm.">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Storm hits the coast","datePublished":"2024-03-03T10:00:00+00:00","author":{"@type":"Person","name":"Jane Doe"},"articleBody":"The storm came."}</script>
</head><body><header><h1>Storm hits the coast</h1><div class="byline">By <a rel="author" href="/a/jane">Jane Doe</a></div><time datetime="2024-03-03T10:00:00Z">3 March 2024</time></header>
<p>The storm came.</p></body></html>`

func TestExtractFull(t *testing.T) {
	fixedNow(t)
	doc := parse(t, fullPage)
	before := render(t, doc)
	m := Extract(doc, "", nil)
	if after := render(t, doc); after != before {
		t.Fatal("Extract modified the tree")
	}
	want := Meta{
		URL: "https://example.org/news/storm", Title: "Storm hits the coast", Byline: "Jane Doe",
		Authors: []string{"Jane Doe"}, Date: "2024-03-03T10:00:00Z", SiteName: "Daily Example", Lang: "en",
		Description: "A storm.", Image: "https://example.org/news/img/storm.jpg", Tags: []string{"weather", "storms"},
		BaseURL: "https://example.org/news/", ArticleBody: "The storm came.",
	}
	got := *m
	got.Nodes = nil
	if g, w := jsonOf(t, got), jsonOf(t, want); g != w {
		t.Errorf("got  %s\nwant %s", g, w)
	}
	var names []string
	for _, n := range m.Nodes {
		names = append(names, n.Data+"."+strings.Join(dom.Words(n), "."))
	}
	if len(m.Nodes) != 2 || !strings.Contains(strings.Join(names, " "), "div.byline") || !strings.Contains(strings.Join(names, " "), "time") {
		t.Errorf("nodes = %v", names)
	}
}

func jsonOf(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestBaseURL(t *testing.T) {
	cases := []struct{ name, head, page, want string }{
		{"page URL wins", `<link rel="canonical" href="https://c.example/a">`, "https://p.example/x", "https://p.example/x"},
		{"base resolved against page", `<base href="/dir/">`, "https://p.example/x/y", "https://p.example/dir/"},
		{"canonical", `<link rel="canonical" href="https://c.example/a">`, "", "https://c.example/a"},
		{"og:url", `<meta property="og:url" content="https://o.example/b">`, "", "https://o.example/b"},
		{"relative base alone is unusable", `<base href="/dir/">`, "", ""},
		{"nothing", ``, "", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, "<html><head>"+c.head+"</head><body></body></html>"), c.page, nil)
			if m.BaseURL != c.want {
				t.Errorf("BaseURL %q, want %q", m.BaseURL, c.want)
			}
		})
	}
}

func TestLang(t *testing.T) {
	cases := []struct{ name, page, want string }{
		{"html lang", `<html lang="pt-BR"><body></body></html>`, "pt"},
		{"og:locale", `<html><head><meta property="og:locale" content="fr_FR"></head></html>`, "fr"},
		{"detected de", `<html><body><p>Die Regierung hat am Montag beschlossen, dass die neuen Regeln für alle Bürger gelten und nicht nur für die Unternehmen, die sich auf den Markt auch mit einer Förderung verlassen.</p></body></html>`, "de"},
		{"detected es", `<html><body><p>El gobierno anunció que las nuevas medidas para los ciudadanos de la región serán más estrictas que las del año pasado, pero también que habrá más ayudas para las familias.</p></body></html>`, "es"},
		{"too little text", `<html><body><p>Hi</p></body></html>`, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Extract(parse(t, c.page), "", nil).Lang; got != c.want {
				t.Errorf("%q, want %q", got, c.want)
			}
		})
	}
}

func TestOrganisationOnlyWhenNoPerson(t *testing.T) {
	page := ld(`{"@type":"Article","headline":"A","author":{"@type":"Organization","name":"Daily"}}`)
	if m := Extract(parse(t, page), "", nil); m.Byline != "Daily" {
		t.Errorf("org byline %q", m.Byline)
	}
	page = `<html><head><meta property="og:site_name" content="Daily"><script type="application/ld+json">{"@type":"Article","headline":"A","author":[{"@type":"Person","name":"Daily"},{"@type":"Person","name":"Jane Doe"}]}</script></head></html>`
	if m := Extract(parse(t, page), "", nil); m.Byline != "Jane Doe" {
		t.Errorf("site name kept as author: %q", m.Byline)
	}
}

func TestExtractNil(t *testing.T) {
	if m := Extract(nil, "", nil); m == nil || m.Title != "" {
		t.Errorf("nil doc: %+v", m)
	}
	m := Extract(parse(t, ""), "", nil)
	if m.Title != "" || m.Date != "" || len(m.Authors) != 0 {
		t.Errorf("empty page: %+v", m)
	}
}

// TestMissionPages checks title, byline, date and site name on the
// hand-made mission pages against their expected.json.
func TestMissionPages(t *testing.T) {
	dir := filepath.Join(corpusDir, "mission")
	pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(pages) == 0 {
		t.Skip("mission corpus not found")
	}
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			raw, err := os.ReadFile(strings.TrimSuffix(p, ".html") + ".expected.json")
			if err != nil {
				t.Fatal(err)
			}
			var exp struct {
				Title, Byline, Date string
				SiteName            string `json:"site_name"`
			}
			if err := json.Unmarshal(raw, &exp); err != nil {
				t.Fatal(err)
			}
			m := Extract(parseFile(t, p), "", nil)
			if m.Title != exp.Title {
				t.Errorf("title %q, want %q", m.Title, exp.Title)
			}
			if m.Byline != exp.Byline {
				t.Errorf("byline %q, want %q", m.Byline, exp.Byline)
			}
			if !strings.HasPrefix(m.Date, exp.Date) {
				t.Errorf("date %q, want %q", m.Date, exp.Date)
			}
			if m.SiteName != exp.SiteName {
				t.Errorf("site %q, want %q", m.SiteName, exp.SiteName)
			}
		})
	}
}
