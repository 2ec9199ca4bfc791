package extract_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/render"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current output")

// goldenPage is one hand-written page under testdata/pages with the text
// its body must and must not hold. The checks stand apart from the golden
// file, so a rewritten golden cannot hide a regression on them.
type goldenPage struct {
	name   string
	url    string
	body   []string // in the body text
	absent []string // nowhere in the body text
	check  func(t *testing.T, a *article.Article)
}

var goldenPages = []goldenPage{
	{
		name: "news-en",
		body: []string{
			"will reopen to swimmers on Saturday",
			"How the clean-up worked",
			"42 kilometres of riverbank fenced",
			"Ten years ago you would not have let a dog in it.",
			"results would be posted at the three main access points",
		},
		absent: []string{
			"We use cookies", "Accept all", "Share on X", "Advertisement", "free newsletter",
			"Great news, I swam", "Council tax to rise", "All rights reserved", "Fish return to the upper Alder",
			"Subscribe from", "Sport",
		},
		check: func(t *testing.T, a *article.Article) {
			if a.Title != "River Alder reopens to swimmers after clean-up" {
				t.Errorf("title %q", a.Title)
			}
			if len(a.Authors) != 1 || a.Authors[0] != "Maya Okafor" {
				t.Errorf("authors %q", a.Authors)
			}
			if !strings.HasPrefix(a.Date, "2024-06-14") {
				t.Errorf("date %q", a.Date)
			}
			// A lazy image in the body: the widest srcset candidate,
			// resolved against the canonical URL.
			var fig bool
			for _, b := range a.Blocks {
				fig = fig || b.Kind == article.Figure && b.Src == "https://courier.example/media/overflow-1280.jpg" &&
					b.Caption == "The rebuilt storm overflow at Hatton."
			}
			if !fig {
				t.Error("body figure missing or not resolved")
			}
		},
	},
	{
		name: "blog-code",
		body: []string{
			"start with one goroutine per file",
			"The shape of a pool",
			"go func() { wg.Wait(); close(out) }()",
			"processed 2000 pages in 11.0s",
			"Past the core count",
		},
		absent: []string{"Priya writes about Go", "Channels are not queues", "Built with a static site generator", "Archive"},
		check: func(t *testing.T, a *article.Article) {
			var goCode, shell, table, link bool
			for _, b := range a.Blocks {
				switch b.Kind {
				case article.Code:
					goCode = goCode || b.Lang == "go" && strings.Contains(b.Text, "\t\tgo func() {\n")
					shell = shell || b.Lang == "shell" && strings.HasPrefix(b.Text, "$ go run")
				case article.Table:
					table = len(b.Rows) == 4 && b.HeaderRows == 1 && b.Rows[2][0] == "4" && b.Rows[0][2] == "Peak memory (MB)"
				case article.Paragraph:
					for _, s := range b.Spans {
						link = link || s.Href == "https://blog.example/posts/errgroup/"
					}
				}
			}
			if !goCode || !shell || !table || !link {
				t.Errorf("go code %v, shell code %v, table %v, link resolved against <base> %v", goCode, shell, table, link)
			}
		},
	},
	{
		name: "german",
		body: []string{
			"Mit 31 zu 28 Stimmen",
			"Was sich für Anwohner ändert",
			"Quartiersgaragen",
			"Zehn-Minuten-Takt",
		},
		absent: []string{"Anzeige", "Lesen Sie auch", "Parkgebühren steigen", "Endlich!", "Impressum", "Drucken", "Mehr zum Thema"},
		check: func(t *testing.T, a *article.Article) {
			if a.Lang != "de" || a.Title != "Stadtrat beschließt autofreie Innenstadt ab 2026" {
				t.Errorf("lang %q title %q", a.Lang, a.Title)
			}
		},
	},
	{
		name: "faq-fr",
		body: []string{
			"la prime à la rénovation énergétique sera recalculée",
			"Les travaux concernés",
			"avec au moins deux autres postes de travaux",
		},
		absent: []string{"Lire aussi", "Isolation : le guide complet", "Qui peut demander la prime", "Comptez en moyenne", "Partager"},
		check: func(t *testing.T, a *article.Article) {
			if len(a.FAQ) < 3 {
				t.Fatalf("FAQ has %d entries, want 3: %+v", len(a.FAQ), a.FAQ)
			}
			seen := map[string]bool{}
			for _, qa := range a.FAQ {
				if seen[qa.Question] {
					t.Errorf("question %q twice", qa.Question)
				}
				seen[qa.Question] = true
			}
			for _, q := range []string{"Qui peut demander la prime ?", "Les travaux déjà commencés sont-ils éligibles ?", "Combien de temps faut-il pour recevoir l'aide ?"} {
				if !seen[q] {
					t.Errorf("FAQ misses %q", q)
				}
			}
		},
	},
}

func readPage(t *testing.T, name string) []byte {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "pages", name+".html"))
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

func TestGolden(t *testing.T) {
	for _, p := range goldenPages {
		t.Run(p.name, func(t *testing.T) {
			a, err := extract.FromBytes(readPage(t, p.name), extract.Options{URL: p.url})
			if err != nil {
				t.Fatal(err)
			}
			text := a.PlainText()
			for _, w := range p.body {
				if !strings.Contains(text, w) {
					t.Errorf("body misses %q", w)
				}
			}
			for _, w := range p.absent {
				if strings.Contains(text, w) {
					t.Errorf("body holds %q", w)
				}
			}
			if p.check != nil {
				p.check(t, a)
			}

			var buf bytes.Buffer
			if err := render.JSON(&buf, a, render.Options{Pretty: true}); err != nil {
				t.Fatal(err)
			}
			golden := filepath.Join("testdata", "golden", p.name+".json")
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("output differs from %s (go test -update rewrites it):\n%s", golden, lineDiff(string(want), buf.String()))
			}
		})
	}
}

// lineDiff shows the first lines where got departs from want.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var out []string
	for i := 0; i < max(len(w), len(g)) && len(out) < 12; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			out = append(out, "- "+wl, "+ "+gl)
		}
	}
	return strings.Join(out, "\n")
}

func TestNoArticle(t *testing.T) {
	a, err := extract.FromBytes(readPage(t, "nav-only"), extract.Options{})
	if !errors.Is(err, extract.ErrNoArticle) {
		t.Fatalf("err = %v, want ErrNoArticle", err)
	}
	// Metadata is still reported for a page without an article.
	if a == nil || a.Title == "" {
		t.Errorf("article = %+v, want the metadata", a)
	}
}

func TestFromBytesBadInput(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00")
	bin := bytes.Repeat([]byte{0, 1, 2, 3, 4, 5, 6, 7}, 64)
	cases := []struct {
		name    string
		in      []byte
		noArt   bool // ErrNoArticle
		notHTML bool // *decode.NotHTMLError
	}{
		{name: "nil", in: nil, noArt: true},
		{name: "empty", in: []byte{}, noArt: true},
		{name: "whitespace", in: []byte(" \n\t\r\n  "), noArt: true},
		{name: "empty document", in: []byte("<!DOCTYPE html><html><head></head><body></body></html>"), noArt: true},
		{name: "only a comment", in: []byte("<!-- nothing here -->"), noArt: true},
		{name: "png", in: png, notHTML: true},
		{name: "binary", in: bin, notHTML: true},
		{name: "pdf", in: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), notHTML: true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := extract.FromBytes(tc.in, extract.Options{})
			if err == nil {
				t.Fatal("no error")
			}
			if tc.noArt && !errors.Is(err, extract.ErrNoArticle) {
				t.Errorf("err = %v, want ErrNoArticle", err)
			}
			var nh *decode.NotHTMLError
			if got := errors.As(err, &nh); got != tc.notHTML {
				t.Errorf("err = %v (%T): NotHTMLError %v, want %v", err, err, got, tc.notHTML)
			}
		})
	}
}

func TestPlainTextPage(t *testing.T) {
	// A text file is parsed as a body with one run of text.
	a, err := extract.FromBytes([]byte("A plain text note, long enough to read as a paragraph of prose with a few clauses."), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.PlainText(), "A plain text note") {
		t.Errorf("body = %q", a.PlainText())
	}
}

func TestNoFAQ(t *testing.T) {
	raw := readPage(t, "faq-fr")
	a, err := extract.FromBytes(raw, extract.Options{NoFAQ: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.FAQ) != 0 {
		t.Errorf("NoFAQ gave %d FAQ entries", len(a.FAQ))
	}
	text := a.PlainText()
	for _, w := range []string{"Questions fréquentes", "Qui peut demander la prime ?", "Comptez en moyenne trois mois"} {
		if !strings.Contains(text, w) {
			t.Errorf("NoFAQ: body misses %q", w)
		}
	}
	with, err := extract.FromBytes(raw, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(with.PlainText(), "Comptez en moyenne") {
		t.Error("with FAQ detection the answers are in the body too")
	}
}

func TestModes(t *testing.T) {
	for _, p := range goldenPages {
		t.Run(p.name, func(t *testing.T) {
			raw := readPage(t, p.name)
			lens := map[extract.Mode]int{}
			for _, m := range []extract.Mode{extract.Precision, extract.Balanced, extract.Recall} {
				a, err := extract.FromBytes(raw, extract.Options{Mode: m})
				if err != nil {
					t.Fatalf("%s mode %d: %v", p.name, m, err)
				}
				text := a.PlainText()
				lens[m] = len(text)
				// The first sentence of the body is article text in every mode.
				if !strings.Contains(text, p.body[0]) {
					t.Errorf("%s mode %d: body misses %q", p.name, m, p.body[0])
				}
			}
			if lens[extract.Precision] > lens[extract.Recall] {
				t.Errorf("%s: precision gives more text (%d) than recall (%d)", p.name, lens[extract.Precision], lens[extract.Recall])
			}
		})
	}
}

func TestExplain(t *testing.T) {
	raw := readPage(t, "news-en")
	a, err := extract.FromBytes(raw, extract.Options{Explain: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Explain) == 0 {
		t.Fatal("Explain is empty")
	}
	var kept, dropped, cookie bool
	for _, d := range a.Explain {
		if d.Region == "" || d.Rule == "" {
			t.Errorf("incomplete decision %+v", d)
		}
		kept = kept || d.Kept
		dropped = dropped || !d.Kept
		cookie = cookie || strings.Contains(d.Region, "cookie-banner") && !d.Kept
	}
	if !kept || !dropped || !cookie {
		t.Errorf("kept %v, dropped %v, cookie banner dropped %v in %+v", kept, dropped, cookie, a.Explain)
	}
	plain, err := extract.FromBytes(raw, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if plain.Explain != nil {
		t.Errorf("Explain filled without the option: %v", plain.Explain)
	}
	// Explaining does not change the result.
	if plain.PlainText() != a.PlainText() {
		t.Error("Explain changed the body")
	}
}

func TestArticleBodyFallback(t *testing.T) {
	// The visible body is split into fragments scoring cannot read; the
	// page's JSON-LD declares the whole text.
	body := strings.Repeat("The declared body of the article runs on for a good while, with clauses and detail. ", 8)
	src := `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H","articleBody":"` +
		body + `\nA second declared paragraph."}</script></head><body><div><span>Teaser.</span></div></body></html>`
	a, err := extract.FromBytes([]byte(src), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Blocks) != 2 || !strings.HasPrefix(a.Blocks[0].Text, "The declared body") || a.Blocks[1].Text != "A second declared paragraph." {
		t.Errorf("blocks = %q", a.PlainText())
	}
}

func TestRunOnParsedTree(t *testing.T) {
	// FromBytes and Run on the same page agree.
	raw := readPage(t, "german")
	a1, err := extract.FromBytes(raw, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text, _, err := decode.ToUTF8(raw, "")
	if err != nil {
		t.Fatal(err)
	}
	doc := parseHTML(t, text)
	a2, err := extract.Run(doc, extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if a1.PlainText() != a2.PlainText() || a1.Title != a2.Title {
		t.Error("Run and FromBytes differ")
	}
}

// TestAuthorClassedArticle: a CMS classes the whole <article> with the
// author's markup; the byline dropped from the body must be the name,
// not the article, whichever region selection keeps.
func TestAuthorClassedArticle(t *testing.T) {
	para := strings.Repeat("Die Wahl wurde von Beobachtern als ruhig beschrieben, die Beteiligung lag höher als erwartet. ", 6)
	page := `<html><body><div id="page"><nav><a href="/">Start</a> <a href="/a">A</a></nav>
<article class="node author-box"><h1>Wahl in Tunis</h1><span class="name">Karim Ben Salah</span>
<div class="field-item"><p>` + para + `</p><p>` + para + `</p></div></article>
<aside><ul><li><a href="/x">Mehr</a></li></ul></aside></div></body></html>`
	for _, m := range []extract.Mode{extract.Precision, extract.Balanced, extract.Recall} {
		t.Run(fmt.Sprintf("mode %d", m), func(t *testing.T) {
			a, err := extract.FromBytes([]byte(page), extract.Options{Mode: m})
			if err != nil {
				t.Fatalf("mode %d: %v", m, err)
			}
			if !strings.Contains(a.PlainText(), "Beobachtern") {
				t.Errorf("mode %d: body lost the article: %q", m, a.PlainText())
			}
			if len(a.Authors) != 1 || a.Authors[0] != "Karim Ben Salah" {
				t.Errorf("mode %d: authors %q", m, a.Authors)
			}
		})
	}
}
