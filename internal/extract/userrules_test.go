package extract_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/render"
	"github.com/pith-org/pith/internal/siterules"
)

// userPage has what each user rule must change: a promo box inside the
// story that nothing marks as one, holding the page's only visible
// byline line, a JSON-LD block and a FAQ; a link-dense paragraph and a
// "Related" heading inside the story that pith's own filters drop.
const userPage = `<!doctype html><html lang="en"><head><title>Harbour wall repaired | Gazette</title>
<link rel="canonical" href="https://www.gazette.example/wall">
</head><body>
<nav><a href="/">Home</a></nav>
<article>
<h1>Harbour wall repaired</h1>
<p>The harbour wall that storms breached in January has been rebuilt with granite blocks from the old quarry on the hill.</p>
<div class="box">
  <p class="byline">By Lena Marsh · 4 March 2025</p>
  <p>Win a weekend on the islands with our partner airline: enter before Friday and take a friend along.</p>
  <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour wall repaired","author":{"@type":"Person","name":"Ada Stone"}}</script>
  <section class="faq"><h2>Frequently asked questions</h2>
    <h3>How do I enter the draw?</h3><p>Fill in the form on our partner's page before Friday noon.</p>
    <h3>Who can take part?</h3><p>Anyone over eighteen who lives in the county can take part.</p>
  </section>
</div>
<p>Work took eleven weeks and cost less than planned, the council said, because the quarry reopened for the job.</p>
<p><a href="/a">Tides</a> <a href="/b">Ferries</a> <a href="/c">Moorings</a> and the fees.</p>
<h2>Related</h2>
<p>Fishing crews say the new wall already shelters the inner basin better than the old one ever did.</p>
<p style="display:none">Hidden teaser text that no reader sees on the page.</p>
<script>var tracking = "never text";</script>
</article>
<footer><p>© Gazette</p></footer>
</body></html>`

func userRules(t *testing.T, yaml string, drop, keep []string) *siterules.Set {
	t.Helper()
	var files []siterules.File
	if yaml != "" {
		files = []siterules.File{{Path: "rules.yaml", Data: []byte(yaml)}}
	}
	s, err := siterules.Build(files, drop, keep)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestUserRules(t *testing.T) {
	for _, tc := range []struct {
		name       string
		rules      *siterules.Set
		url        string
		body       []string // in the body text
		absent     []string // not in the body text
		faq        int
		authors    string
		title      string
		date       string
		firstRules []string // the first explain entries' rules, in order
	}{
		{
			name:    "without rules the promo leaks and its date line is read",
			rules:   nil,
			body:    []string{"Win a weekend", "granite blocks"},
			absent:  []string{"Tides Ferries", "Related", "inner basin", "Hidden teaser", "never text"},
			faq:     2,
			authors: "Ada Stone",
			date:    "2025-03-04",
		},
		{
			name:       "--drop: gone from body and FAQ, JSON-LD still read",
			rules:      userRules(t, "", []string{".box"}, nil),
			body:       []string{"granite blocks"},
			absent:     []string{"Win a weekend", "Lena Marsh", "enter the draw", "inner basin"},
			faq:        0,
			authors:    "Ada Stone",
			firstRules: []string{"--drop .box"},
		},
		{
			name:   "--keep: exactly the chosen elements, not second-guessed",
			rules:  userRules(t, "", nil, []string{"article > p", "article > h2"}),
			body:   []string{"granite blocks", "eleven weeks", "Tides Ferries Moorings", "Related", "inner basin"},
			absent: []string{"Win a weekend", "Home", "Hidden teaser", "never text", "Harbour wall repaired"},
			date:   "2025-03-04",
			faq:    2, authors: "Ada Stone",
			firstRules: []string{"--keep article > p", "--keep article > p"},
		},
		{
			name:   "--keep of a region: FAQ found as usual, hidden and script nodes still go",
			rules:  userRules(t, "", nil, []string{"article"}),
			body:   []string{"Win a weekend", "Tides Ferries Moorings", "Related"},
			absent: []string{"enter the draw", "Hidden teaser", "never text"},
			faq:    2, authors: "Ada Stone", date: "2025-03-04",
			firstRules: []string{"--keep article"},
		},
		{
			name: "a rules file entry for the canonical host",
			rules: userRules(t, `
- match: gazette.example
  drop: .box
  title: article p
  byline: .byline
  date: '.absent@datetime'
`, nil, nil),
			absent:  []string{"Win a weekend"},
			title:   "The harbour wall that storms breached in January has been rebuilt with granite blocks from the old quarry on the hill.",
			authors: "Ada Stone", // its byline line was dropped first: detection stands
			firstRules: []string{"rules.yaml:3 drop .box", "rules.yaml:4 title article p",
				"rules.yaml:5 byline .byline", "rules.yaml:6 date .absent@datetime"},
		},
		{
			name:    "an entry for another host changes nothing",
			rules:   userRules(t, "- match: elsewhere.example\n  drop: article\n", nil, nil),
			body:    []string{"Win a weekend", "granite blocks"},
			faq:     2,
			authors: "Ada Stone",
			date:    "2025-03-04",
		},
		{
			name:       "the page URL's host wins over the canonical one",
			rules:      userRules(t, "- match: mirror.example\n  byline: .byline\n  date: 'h1@data-none'\n", nil, nil),
			url:        "https://mirror.example/wall",
			body:       []string{"Win a weekend"},
			faq:        2,
			authors:    "Lena Marsh",
			date:       "2025-03-04",
			firstRules: []string{"rules.yaml:2 byline .byline", "rules.yaml:3 date h1@data-none"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, err := extract.FromBytes([]byte(userPage), extract.Options{URL: tc.url, Rules: tc.rules, Explain: true})
			if err != nil {
				t.Fatal(err)
			}
			text := a.PlainText()
			for _, s := range tc.body {
				if !strings.Contains(text, s) {
					t.Errorf("body lacks %q:\n%s", s, text)
				}
			}
			for _, s := range tc.absent {
				if strings.Contains(text, s) {
					t.Errorf("body holds %q:\n%s", s, text)
				}
			}
			if len(a.FAQ) != tc.faq {
				t.Errorf("%d FAQ entries, want %d", len(a.FAQ), tc.faq)
			}
			if got := strings.Join(a.Authors, ", "); got != tc.authors {
				t.Errorf("authors %q, want %q", got, tc.authors)
			}
			if !strings.HasPrefix(a.Date, tc.date) || tc.date == "" && a.Date != "" {
				t.Errorf("date %q, want %q", a.Date, tc.date)
			}
			if tc.title != "" && a.Title != tc.title {
				t.Errorf("title %q, want %q", a.Title, tc.title)
			}
			// The user's decisions, in the order the pipeline made them:
			// drops before any reader, a kept body after the FAQ.
			var user []article.Decision
			for _, d := range a.Explain {
				if strings.HasPrefix(d.Rule, "--") || strings.HasPrefix(d.Rule, "rules.yaml") {
					user = append(user, d)
				}
			}
			for i, r := range tc.firstRules {
				if i >= len(user) || user[i].Rule != r {
					t.Fatalf("user decision %d is not %q: %+v", i, r, a.Explain)
				}
			}
			if len(tc.firstRules) == 0 {
				for _, d := range a.Explain {
					if strings.HasPrefix(d.Rule, "--") || strings.HasPrefix(d.Rule, "rules.yaml") {
						t.Errorf("a user rule decided with no rule applying: %+v", d)
					}
				}
			}
		})
	}
}

// A kept body is exactly the chosen elements, in document order, even
// when they are what every automatic rule would call furniture.
func TestKeepIsVerbatim(t *testing.T) {
	page := `<html><body><main><p>Intro paragraph that is long enough to be the article text on its own here.</p></main>
<aside class="related"><h2>Related stories</h2><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul></aside>
<div class="share"><p>Share this</p></div></body></html>`
	a, err := extract.FromBytes([]byte(page), extract.Options{Rules: userRules(t, "", nil, []string{".share, .related"})})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range a.Blocks {
		got = append(got, string(b.Kind)+":"+b.PlainText())
	}
	want := "heading:Related stories|list:One\nTwo|paragraph:Share this"
	if strings.Join(got, "|") != want {
		t.Errorf("blocks %q, want %q", got, want)
	}
}

// A date selector's value goes through pith's date parsing: ISO 8601.
func TestRuleDateIsISO(t *testing.T) {
	page := `<html><head><link rel="canonical" href="https://news.example/a"></head><body><article>
<p class="when">Published 3 February 2025, 14:05</p>
<p>A story long enough to be taken for the article on this small test page, and then some more words.</p>
</article></body></html>`
	a, err := extract.FromBytes([]byte(page), extract.Options{Rules: userRules(t, "- match: news.example\n  date: .when\n", nil, nil)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(a.Date, "2025-02-03T14:05") {
		t.Errorf("date %q", a.Date)
	}
}

// Rules that apply to no page leave every golden page's output as it is,
// byte for byte.
func TestNoApplicableRulesUnchanged(t *testing.T) {
	rules := userRules(t, "- match: nowhere.example\n  drop: p\n  body: article\n", nil, nil)
	pages, _ := filepath.Glob(filepath.Join("testdata", "pages", "*.html"))
	for _, p := range pages {
		t.Run(filepath.Base(p), func(t *testing.T) {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			out := func(r *siterules.Set) string {
				a, err := extract.FromBytes(raw, extract.Options{Rules: r, Explain: true})
				if a == nil {
					return err.Error()
				}
				var buf bytes.Buffer
				if err := render.JSON(&buf, a, render.Options{}); err != nil {
					t.Fatal(err)
				}
				return buf.String()
			}
			if without, with := out(nil), out(rules); without != with {
				t.Errorf("output changed:\n%s\n---\n%s", without, with)
			}
		})
	}
}
