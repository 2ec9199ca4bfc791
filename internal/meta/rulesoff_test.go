package meta

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/rules"
)

// offCase is a page on which one metadata rule decides a field: with
// the rule on, the field is want; switched off, it is something else.
type offCase struct {
	rule       string
	url        string // the page's own address, "" for none
	head, body string
	field      func(*Meta) string
	want       string
}

func authorsOf(m *Meta) string     { return strings.Join(m.Authors, ", ") }
func dateOf(m *Meta) string        { return m.Date }
func modifiedOf(m *Meta) string    { return m.DateModified }
func titleOf(m *Meta) string       { return m.Title }
func siteOf(m *Meta) string        { return m.SiteName }
func descriptionOf(m *Meta) string { return m.Description }
func imageOf(m *Meta) string       { return m.Image }
func langOf(m *Meta) string        { return m.Lang }
func urlOf(m *Meta) string         { return m.URL }
func tagsOf(m *Meta) string        { return strings.Join(m.Tags, ", ") }

// mdArticle wraps microdata properties in an Article item.
func mdArticle(props string) string {
	return `<div itemscope itemtype="https://schema.org/Article">` + props + `</div>`
}

// story is a headline over a few paragraphs in English.
const story = `<h1>Harbour works reopen</h1><p>The harbour works will finish in spring, after two years of delays, and the ferry should run again by May.</p>` +
	`<p>Engineers said the new wall, built from recycled stone, would hold against the winter storms that broke the old one.</p>`

// pad is n paragraphs of body text, two nodes each: distance from the
// headline.
func pad(n int) string {
	return strings.Repeat("<p>Body text of the article goes on here.</p>", n)
}

var offCases = []offCase{
	// Bylines away from the headline's block.
	{rule: "author-by-line", body: `<p>By Jane Harbourmaster</p>` + story,
		field: authorsOf, want: "Jane Harbourmaster"},
	{rule: "author-full-name", head: `<meta name="author" content="Jane">`, body: `<p>By Jane Harbourmaster</p>` + story,
		field: authorsOf, want: "Jane Harbourmaster"},
	// The weaker visible date lines, each where the ones above it in
	// the trust order find nothing.
	{rule: "date-loose-hugging", body: story + `<p>4 March 2024</p>` + pad(80) + `<span class="date">10.05.2023</span>`,
		field: dateOf, want: "2024-03-04"},
	{rule: "date-labelled-far", body: story + pad(40) + `<p>4 March 2024</p>` + pad(40) + `<span class="date">10.05.2023</span>`,
		field: dateOf, want: "2023-05-10"},
	{rule: "date-loose-nearest", body: story + pad(40) + `<p>4 March 2024</p><aside class="sidebar"><span class="date">10.05.2023</span></aside>`,
		field: dateOf, want: "2024-03-04"},
	{rule: "date-loose-any", body: story + pad(10) + `<aside class="sidebar"><p>4 March 2024</p></aside>`,
		field: dateOf, want: "2024-03-04"},
	{rule: "date-labelled-teaser", body: story + pad(40) + `<aside class="sidebar"><span class="date">10.05.2023</span></aside>`,
		field: dateOf, want: "2023-05-10"},

	{rule: "author-microdata-org", body: mdArticle(`<div itemprop="author" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Harbour Press</span></div>`) + story,
		field: authorsOf, want: "Harbour Press"},
	{rule: "description-microdata", body: mdArticle(`<meta itemprop="description" content="Works on the quay end in spring.">`) + story,
		field: descriptionOf, want: "Works on the quay end in spring."},
	{rule: "image-jsonld", head: `<script type="application/ld+json">{"@type":"NewsArticle","image":"https://example.org/quay.jpg"}</script>`, body: story,
		field: imageOf, want: "https://example.org/quay.jpg"},
	{rule: "image-microdata", body: mdArticle(`<img itemprop="image" src="https://example.org/quay.jpg">`) + story,
		field: imageOf, want: "https://example.org/quay.jpg"},
	{rule: "lang-hreflang", head: `<link rel="canonical" href="https://example.org/fr/quai"><link rel="alternate" hreflang="fr" href="https://example.org/fr/quai">`, body: story,
		field: langOf, want: "fr"},
	{rule: "lang-jsonld", head: `<script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"fr-FR"}</script>`, body: story,
		field: langOf, want: "fr"},
	{rule: "lang-microdata", body: mdArticle(`<meta itemprop="inLanguage" content="fr">`) + story,
		field: langOf, want: "fr"},
	{rule: "modified-jsonld", head: `<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2024-03-05T10:00:00Z"}</script>`, body: story,
		field: modifiedOf, want: "2024-03-05T10:00:00Z"},
	{rule: "modified-microdata", body: mdArticle(`<meta itemprop="dateModified" content="2024-03-05T10:00:00Z">`) + story,
		field: modifiedOf, want: "2024-03-05T10:00:00Z"},
	{rule: "modified-meta", head: `<meta property="article:modified_time" content="2024-03-05T10:00:00Z">`, body: story,
		field: modifiedOf, want: "2024-03-05T10:00:00Z"},
	{rule: "date-microdata", body: mdArticle(`<meta itemprop="datePublished" content="2024-03-04T10:00:00Z">`) + story,
		field: dateOf, want: "2024-03-04T10:00:00Z"},
	{rule: "tags-jsonld", head: `<script type="application/ld+json">{"@type":"NewsArticle","keywords":"ferries, harbour"}</script>`, body: story,
		field: tagsOf, want: "ferries, harbour"},
	{rule: "tags-microdata", body: mdArticle(`<meta itemprop="keywords" content="ferries, harbour">`) + story,
		field: tagsOf, want: "ferries, harbour"},
	{rule: "title-microdata", head: `<title>Harbour news</title>`, body: mdArticle(`<meta itemprop="headline" content="The quay reopens in May">`) + `<p>The harbour works will finish in spring.</p>`,
		field: titleOf, want: "The quay reopens in May"},
	{rule: "site-in-title", head: `<title>Harbour works reopen – Harbour Times</title>`, body: story,
		field: siteOf, want: "Harbour Times"},
	{rule: "url-og", head: `<meta property="og:url" content="https://example.org/quay">`, body: story, url: "https://example.org/quay?utm=x",
		field: urlOf, want: "https://example.org/quay"},
	{rule: "url-jsonld", head: `<script type="application/ld+json">{"@type":"NewsArticle","url":"https://example.org/quay"}</script>`, body: story, url: "https://example.org/quay?utm=x",
		field: urlOf, want: "https://example.org/quay"},
	{rule: "url-page", body: story, url: "https://example.org/quay",
		field: urlOf, want: "https://example.org/quay"},
}

// TestRulesOff: every case's rule decides its field, so each of these
// rules is shown to do what it says (the trust order's first sources
// are shown in TestTrustOrderRulesOff).
func TestRulesOff(t *testing.T) {
	fixedNow(t)
	for _, tc := range offCases {
		t.Run(tc.rule, func(t *testing.T) {
			if _, ok := rules.Lookup(tc.rule); !ok {
				t.Fatalf("rule %q is not registered", tc.rule)
			}
			page := "<html><head>" + tc.head + "</head><body>" + tc.body + "</body></html>"
			on := Extract(parse(t, page), tc.url, nil)
			if got := tc.field(on); got != tc.want {
				t.Errorf("with the rule on: %q, want %q", got, tc.want)
			}
			off := Extract(parse(t, page), tc.url, rules.NewTrace(map[string]bool{tc.rule: true}, false))
			if got := tc.field(off); got == tc.want {
				t.Errorf("with the rule off: still %q", got)
			}
		})
	}
}
