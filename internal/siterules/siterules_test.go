package siterules

import (
	"strings"
	"sync"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/meta"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

func parse(t *testing.T, page string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func set(t *testing.T, yaml string, drop, keep []string) *Set {
	t.Helper()
	var files []File
	if yaml != "" {
		files = []File{{Path: "rules.yaml", Data: []byte(yaml)}}
	}
	s, err := Build(files, drop, keep)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestEntryMatches(t *testing.T) {
	e := entry{match: []string{"example.com", "news.example.org"}}
	for _, tc := range []struct {
		host string
		want bool
	}{
		{"example.com", true},
		{"www.example.com", true},
		{"a.b.example.com", true},
		{"news.example.org", true},
		{"live.news.example.org", true},
		{"example.org", false},           // a suffix entry does not match its parent
		{"notexample.com", false},        // nor a host that merely ends in the same letters
		{"example.com.evil.test", false}, // nor one that contains it
		{"", false},
	} {
		t.Run(tc.host, func(t *testing.T) {
			if got := e.matches(tc.host); got != tc.want {
				t.Errorf("matches(%q) = %v, want %v", tc.host, got, tc.want)
			}
		})
	}
}

func TestPageHost(t *testing.T) {
	const both = `<html><head>
<meta property="og:url" content="https://og.example/a">
<link rel="canonical" href="https://Canonical.Example./a">
</head><body><p>x</p></body></html>`
	for _, tc := range []struct {
		name, page, url, want string
	}{
		{"the page URL first", both, "https://WWW.Fetched.example:8080/x", "www.fetched.example"},
		{"then the canonical link", both, "", "canonical.example"},
		{"then og:url", `<head><meta property="og:url" content="https://og.example/a"></head>`, "", "og.example"},
		{"og:url given as name", `<head><meta name="OG:URL" content="https://og.example/a"></head>`, "", "og.example"},
		{"a relative canonical gives no host", `<head><link rel="canonical" href="/a"><meta property="og:url" content="https://og.example/a"></head>`, "", "og.example"},
		{"an internationalised host in ASCII", "", "https://bücher.example/x", "xn--bcher-kva.example"},
		{"none", `<p>x</p>`, "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := pageHost(parse(t, tc.page), tc.url); got != tc.want {
				t.Errorf("pageHost = %q, want %q", got, tc.want)
			}
		})
	}
}

const page = `<html><head><title>T</title>
<link rel="canonical" href="https://www.example.com/story">
</head><body>
<article>
<h1 class="headline">The headline</h1>
<p class="by">By Jane Doe and John Roe</p>
<time class="pub" datetime="2024-03-05T10:00:00Z">5 March</time>
<div class="entry"><p>First paragraph.</p>
<div class="promo"><p>Subscribe now.</p>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD"}</script>
<meta property="article:section" content="News">
<meta itemprop="position" content="1">
</div>
<p>Second paragraph.</p></div>
<aside class="related"><p>Related story.</p></aside>
</article>
<div class="entry-extra"><p>Extra.</p></div>
</body></html>`

// For picks a page's rules by its host and orders them: the files'
// entries in file order, the command line on top.
func TestForPrecedence(t *testing.T) {
	const file = `
- match: example.com
  drop: [.related]
  body: .entry
  title: h2.none
- match: www.example.com
  drop: .promo
  body: .entry-extra
  title: h1.headline
- match: other.example
  drop: article
  title: p
`
	for _, tc := range []struct {
		name       string
		url        string
		drop, keep []string
		wantDrop   []string // labels, in order
		wantKeep   []string // first label of each keep group
		wantTitle  []string
	}{
		{
			name:      "all matching entries apply, in file order",
			wantDrop:  []string{"rules.yaml:3 drop .related", "rules.yaml:7 drop .promo"},
			wantKeep:  []string{"rules.yaml:4 body .entry", "rules.yaml:8 body .entry-extra"},
			wantTitle: []string{"rules.yaml:5 title h2.none", "rules.yaml:9 title h1.headline"},
		},
		{
			name:      "the command line on top: its drops after, its keep first",
			drop:      []string{"nav"},
			keep:      []string{"main"},
			wantDrop:  []string{"rules.yaml:3 drop .related", "rules.yaml:7 drop .promo", "--drop nav"},
			wantKeep:  []string{"--keep main", "rules.yaml:4 body .entry", "rules.yaml:8 body .entry-extra"},
			wantTitle: []string{"rules.yaml:5 title h2.none", "rules.yaml:9 title h1.headline"},
		},
		{
			name:      "the page URL's host chooses over the canonical one",
			url:       "https://other.example/x",
			wantDrop:  []string{"rules.yaml:11 drop article"},
			wantTitle: []string{"rules.yaml:12 title p"},
		},
		{
			name:     "no entry for the host: the command line alone",
			url:      "https://elsewhere.example/",
			drop:     []string{".x"},
			wantDrop: []string{"--drop .x"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := set(t, file, tc.drop, tc.keep).For(parse(t, page), tc.url, nil)
			if p == nil {
				t.Fatal("no rules for the page")
			}
			var drop, keep, title []string
			for _, r := range p.drop {
				drop = append(drop, r.label)
			}
			for _, g := range p.keep {
				keep = append(keep, g[0].label)
			}
			for _, r := range p.title {
				title = append(title, r.label)
			}
			check := func(what string, got, want []string) {
				if strings.Join(got, "|") != strings.Join(want, "|") {
					t.Errorf("%s = %q, want %q", what, got, want)
				}
			}
			check("drop", drop, tc.wantDrop)
			check("keep", keep, tc.wantKeep)
			check("title", title, tc.wantTitle)
		})
	}
}

func TestForNothing(t *testing.T) {
	var none *Set
	if !none.Empty() || none.For(parse(t, page), "", nil) != nil {
		t.Error("a nil set applies rules")
	}
	s := set(t, "- match: other.example\n  drop: p\n", nil, nil)
	if p := s.For(parse(t, page), "", nil); p != nil {
		t.Errorf("rules for another host applied: %+v", p)
	}
	// A nil page is valid and does nothing.
	var p *Page
	doc := parse(t, page)
	p.Drop(doc)
	p.Fields(doc, &meta.Meta{})
	if p.Keep(doc) != nil || p.Decisions() != nil {
		t.Error("a nil page kept or decided something")
	}
}

func TestDrop(t *testing.T) {
	doc := parse(t, page)
	tr := rules.NewTrace(nil, true)
	p := set(t, "", []string{".promo", "aside", ".absent", "script"}, nil).For(doc, "", tr)
	p.Drop(doc)
	text := dom.Text(doc)
	for _, gone := range []string{"Subscribe now.", "Related story."} {
		if strings.Contains(text, gone) {
			t.Errorf("%q still in the page", gone)
		}
	}
	if !strings.Contains(text, "Second paragraph.") {
		t.Error("the text after a dropped element went too")
	}
	// Metadata carriers stay, where the dropped element was; a
	// microdata property goes with its element. (The article's own h1
	// would be its title: title-h1-article is off to see the JSON-LD.)
	m := meta.Extract(doc, "", rules.NewTrace(map[string]bool{"title-h1-article": true}, false))
	if m.Title != "LD" {
		t.Errorf("JSON-LD inside a dropped element was not read: title %q", m.Title)
	}
	var carriers []string
	dom.Walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.Data == "meta" || n.Data == "script") {
			carriers = append(carriers, n.Data+"<"+n.Parent.Data+"."+dom.Attr(n.Parent, "class"))
		}
		return true
	})
	if got := strings.Join(carriers, " "); got != "script<div.entry meta<div.entry" {
		t.Errorf("carriers = %s", got)
	}
	want := []article.Decision{
		{Region: "div.promo", Rule: "--drop .promo"},
		{Region: "aside.related", Rule: "--drop aside"},
		{Region: matchedNothing, Rule: "--drop .absent"},
		{Region: matchedNothing, Rule: "--drop script"}, // JSON-LD is never dropped
	}
	checkDecisions(t, p.Decisions(), want)
}

func TestKeep(t *testing.T) {
	for _, tc := range []struct {
		name string
		yaml string
		keep []string
		want []string // classes of the kept nodes, in order
	}{
		{name: "matches in document order, outermost only", keep: []string{"div.entry-extra", "p", ".entry"},
			want: []string{"by", "entry", "", "entry-extra"}}, // "": the aside's p
		{name: "a keep that matches nothing gives way to the file's body", keep: []string{".absent"},
			yaml: "- match: example.com\n  body: [.related, .entry]\n", want: []string{"entry", "related"}},
		{name: "nothing matched: no body chosen", keep: []string{".absent"}, want: nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, page)
			got := set(t, tc.yaml, nil, tc.keep).For(doc, "", nil).Keep(doc)
			var classes []string
			for _, n := range got {
				classes = append(classes, dom.Attr(n, "class"))
			}
			if strings.Join(classes, " ") != strings.Join(tc.want, " ") {
				t.Errorf("kept %q, want %q", classes, tc.want)
			}
		})
	}
}

func TestFields(t *testing.T) {
	for _, tc := range []struct {
		name, yaml          string
		title, byline, date string
		authors             int
		decisions           []article.Decision
	}{
		{
			name:  "text and attribute",
			yaml:  "- match: example.com\n  title: h1\n  byline: p.by\n  date: time.pub@datetime\n",
			title: "The headline", byline: "Jane Doe, John Roe", authors: 2, date: "2024-03-05T10:00:00Z",
			decisions: []article.Decision{
				{Region: "h1.headline", Kept: true, Rule: "rules.yaml:2 title h1", Detail: "title: The headline"},
				{Region: "p.by", Kept: true, Rule: "rules.yaml:3 byline p.by", Detail: "byline: By Jane Doe and John Roe"},
				{Region: "time.pub", Kept: true, Rule: "rules.yaml:4 date time.pub@datetime", Detail: "date: 2024-03-05T10:00:00Z"},
			},
		},
		{
			name: "the first entry whose selector gives a value wins",
			yaml: "- match: example.com\n  title: h2\n  date: time.pub\n- match: www.example.com\n  title: .entry p\n  date: time.pub@datetime\n",
			// "5 March" holds no year: not a date; the next entry's is.
			title: "First paragraph.", byline: "auto", authors: 1, date: "2024-03-05T10:00:00Z",
			decisions: []article.Decision{
				{Region: matchedNothing, Rule: "rules.yaml:2 title h2", Detail: "title"},
				{Region: "p", Kept: true, Rule: "rules.yaml:5 title .entry p", Detail: "title: First paragraph."},
				{Region: "time.pub", Rule: "rules.yaml:3 date time.pub", Detail: `no date in "5 March"`},
				{Region: "time.pub", Kept: true, Rule: "rules.yaml:6 date time.pub@datetime", Detail: "date: 2024-03-05T10:00:00Z"},
			},
		},
		{
			name:  "a byline that names no person is kept as written",
			yaml:  "- match: example.com\n  byline: aside p\n",
			title: "auto", byline: "Related story.", authors: 1, date: "auto",
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, page)
			tr := rules.NewTrace(nil, true)
			p := set(t, tc.yaml, nil, nil).For(doc, "", tr)
			m := &meta.Meta{Title: "auto", Byline: "auto", Authors: []string{"auto"}, Date: "auto"}
			p.Fields(doc, m)
			if m.Title != tc.title || m.Byline != tc.byline || m.Date != tc.date || len(m.Authors) != tc.authors {
				t.Errorf("got %q / %q %q / %q", m.Title, m.Byline, m.Authors, m.Date)
			}
			if tc.decisions != nil {
				checkDecisions(t, p.Decisions(), tc.decisions)
			}
		})
	}
}

func TestAddFlagErrors(t *testing.T) {
	var s Set
	for _, tc := range []struct {
		add  func(string) error
		sel  string
		want string
	}{
		{s.addDrop, "div[", `--drop: invalid selector "div["`},
		{s.addKeep, "  ", "--keep: empty selector"},
		{s.addKeep, "a >", `--keep: invalid selector "a >"`},
	} {
		t.Run(tc.sel, func(t *testing.T) {
			err := tc.add(tc.sel)
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("err = %v, want %q…", err, tc.want)
			}
		})
	}
}

func checkDecisions(t *testing.T, got, want []article.Decision) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("decisions:\n%+v\nwant\n%+v", got, want)
	}
	for i := range want {
		// A region names the element, then its opening words.
		g := got[i]
		g.Region, _, _ = strings.Cut(g.Region, " “")
		if g != want[i] {
			t.Errorf("decision %d = %+v, want %+v", i, got[i], want[i])
		}
	}
}

// A Set is shared by a batch's workers: pages use it at once (run with
// -race), each getting its own rules and its own decisions.
func TestSetSharedByPages(t *testing.T) {
	s := set(t, "- match: example.com\n  drop: .promo\n  title: h1\n", []string{"aside"}, []string{".entry"})
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			doc := parse(t, page)
			tr := rules.NewTrace(nil, true)
			p := s.For(doc, []string{"", "https://other.example/"}[i%2], tr)
			p.Drop(doc)
			p.Fields(doc, &meta.Meta{})
			p.Keep(doc)
			// The page's own host: .promo, aside, the title and .entry;
			// another host: the command line's aside and .entry.
			if want := [2]int{4, 2}[i%2]; len(p.Decisions()) != want {
				t.Errorf("page %d: %d decisions, want %d: %+v", i, len(p.Decisions()), want, p.Decisions())
			}
		}()
	}
	wg.Wait()
}

// Decisions returns what the page's rules did, in order, when explaining.
func (p *Page) Decisions() []article.Decision {
	if p == nil {
		return nil
	}
	return p.trace.Decisions()
}
