package meta

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/rules"
)

// trustPage has every field in several sources that disagree, so that
// switching a source off shows the next one in its trust list.
const trustPage = `<html lang="de"><head>
<title>Document title here | Site Title</title>
<meta property="og:site_name" content="Meta Site">
<meta property="og:title" content="Meta title of the story">
<meta property="article:published_time" content="2024-03-05T08:00:00Z">
<meta name="author" content="Mona Meta">
<meta name="description" content="Meta description.">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"The headline of the story",
 "datePublished":"2024-03-04T08:00:00Z","author":{"@type":"Person","name":"Jana Json"},
 "publisher":{"@type":"Organization","name":"Json Site"},"description":"Json description."}</script>
</head><body><h1>The headline of the story</h1><p class="byline">By Bert Byline</p>
<p>Body text of the article goes on for a while here.</p></body></html>`

// extractWith runs Extract over trustPage with the named rules off.
func extractWith(t *testing.T, off ...string) (*Meta, []article.Decision) {
	t.Helper()
	return extractOff(t, trustPage, off...)
}

// extractOff runs Extract over page with the named rules off.
func extractOff(t *testing.T, page string, off ...string) (*Meta, []article.Decision) {
	t.Helper()
	offs := map[string]bool{}
	for _, r := range off {
		offs[r] = true
	}
	if err := rules.CheckNames(off); err != nil {
		t.Fatal(err)
	}
	tr := rules.NewTrace(offs, true)
	m := Extract(parse(t, page), "", tr)
	return m, tr.Decisions()
}

func TestTrustOrderRulesOff(t *testing.T) {
	fixedNow(t)
	for _, tc := range []struct {
		name  string
		off   []string
		field func(*Meta) string
		want  string
	}{
		{"title from the agreeing h1", nil, func(m *Meta) string { return m.Title }, "The headline of the story"},
		{"title without the h1 and JSON-LD", []string{"title-h1-agrees", "title-h1-article", "title-jsonld"}, func(m *Meta) string { return m.Title }, "Meta title of the story"},
		{"title from the document title last", []string{"title-h1-agrees", "title-h1-article", "title-h1-unrelated", "title-jsonld", "title-meta"}, func(m *Meta) string { return m.Title }, "Document title here"},
		{"site from meta", nil, func(m *Meta) string { return m.SiteName }, "Meta Site"},
		{"site from JSON-LD", []string{"site-meta"}, func(m *Meta) string { return m.SiteName }, "Json Site"},
		{"authors from JSON-LD", nil, func(m *Meta) string { return m.Byline }, "Jana Json"},
		{"authors from the byline markup", []string{"author-jsonld"}, func(m *Meta) string { return m.Byline }, "Bert Byline"},
		{"authors from meta", []string{"author-jsonld", "author-byline-markup"}, func(m *Meta) string { return m.Byline }, "Mona Meta"},
		{"date from JSON-LD, in the language's zone", nil, func(m *Meta) string { return m.Date }, "2024-03-04T09:00:00+01:00"},
		{"date from meta", []string{"date-jsonld"}, func(m *Meta) string { return m.Date }, "2024-03-05T09:00:00+01:00"},
		{"date left in UTC", []string{"date-local-zone"}, func(m *Meta) string { return m.Date }, "2024-03-04T08:00:00Z"},
		{"description from meta", nil, func(m *Meta) string { return m.Description }, "Meta description."},
		{"description from JSON-LD", []string{"description-meta"}, func(m *Meta) string { return m.Description }, "Json description."},
		{"lang from html", nil, func(m *Meta) string { return m.Lang }, "de"},
		{"lang guessed", []string{"lang-html"}, func(m *Meta) string { return m.Lang }, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m, _ := extractWith(t, tc.off...)
			if got := tc.field(m); got != tc.want {
				t.Errorf("with %v off: got %q, want %q", tc.off, got, tc.want)
			}
		})
	}
}

func TestTrustOrderExplained(t *testing.T) {
	fixedNow(t)
	_, ds := extractWith(t)
	chosen := map[string]string{}
	for _, d := range ds {
		if !d.Kept {
			t.Errorf("meta decision %+v is not a kept choice", d)
		}
		if r, ok := rules.Lookup(d.Rule); !ok || r.Stage != rules.Meta {
			t.Errorf("decision %+v names no registered meta rule", d)
		}
		chosen[d.Region] = d.Rule + " " + d.Detail
	}
	want := map[string]string{
		"site_name":   "site-meta Meta Site",
		"title":       "title-h1-agrees The headline of the story",
		"authors":     "author-jsonld Jana Json",
		"date":        "date-local-zone 2024-03-04T09:00:00+01:00",
		"description": "description-meta Meta description.",
		"lang":        "lang-html de",
	}
	for field, w := range want {
		if chosen[field] != w {
			t.Errorf("%s: recorded %q, want %q", field, chosen[field], w)
		}
	}
}

// Every source in every trust list is a registered meta rule, and no
// rule stands twice in one list.
func TestTrustListsRegistered(t *testing.T) {
	lists := map[string][]string{
		"site": rulesOf(siteTrust), "title": rulesOf(titleTrust), "authors": rulesOf(authorTrust),
		"date": rulesOf(dateTrust), "modified": rulesOf(modifiedTrust), "description": rulesOf(descriptionTrust),
		"tags": rulesOf(tagTrust), "image": rulesOf(imageTrust), "url": append(rulesOf(urlTrust), rulesOf(urlFallback)...),
		"lang": append(rulesOf(langTrust), rulesOf(langFallback)...),
	}
	for field, names := range lists {
		t.Run(field, func(t *testing.T) {
			seen := map[string]bool{}
			for _, n := range names {
				if r, ok := rules.Lookup(n); !ok || r.Stage != rules.Meta || r.Doc == "" {
					t.Errorf("%q is not a documented meta rule", n)
				}
				if seen[n] {
					t.Errorf("%q twice in the list", n)
				}
				seen[n] = true
				if !strings.HasPrefix(n, field+"-") && !(field == "authors" && strings.HasPrefix(n, "author-")) && !(field == "site" && n == "site-in-title") {
					t.Errorf("%q does not name its field %s", n, field)
				}
			}
		})
	}
	if !reflect.DeepEqual(rulesOf(siteDeclared), rulesOf(siteTrust)[:len(siteDeclared)]) {
		t.Error("the declared site sources are not the head of the site list")
	}
}

func rulesOf[T any](trust []source[T]) []string {
	var out []string
	for _, s := range trust {
		out = append(out, s.rule)
	}
	return out
}

// ruleCase is a tiny page on which one rule decides a field: with the
// rule the field is want, without it something else.
type ruleCase struct {
	rule, page, want string
	field            func(*Meta) string
}

func runRuleCases(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.rule, func(t *testing.T) {
			if _, ok := rules.Lookup(tc.rule); !ok {
				t.Fatalf("%s is not registered", tc.rule)
			}
			m, _ := extractOff(t, tc.page)
			if got := tc.field(m); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			m, _ = extractOff(t, tc.page, tc.rule)
			if got := tc.field(m); got == tc.want {
				t.Errorf("without the rule still %q", got)
			}
		})
	}
}
