package blocks_test

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/blocks"
)

func TestHeadings(t *testing.T) {
	cases := []struct {
		name  string
		src   string
		title string
		want  []article.Block
	}{
		{
			name: "levels kept", src: `<h2>Two</h2><p>a</p><h3>Three</h3><p>b</p>`,
			want: []article.Block{
				{Kind: article.Heading, Level: 2, Text: "Two"}, {Kind: article.Paragraph, Text: "a"},
				{Kind: article.Heading, Level: 3, Text: "Three"}, {Kind: article.Paragraph, Text: "b"},
			},
		},
		{
			name: "h1 repeating the title dropped", title: "The Big Story", src: `<h1>The  big story</h1><p>a</p>`,
			want: []article.Block{{Kind: article.Paragraph, Text: "a"}},
		},
		{
			name: "h1 holding the title and a kicker dropped", title: "The Big Story", src: `<h1>Exclusive: The Big Story</h1><p>a</p>`,
			want: []article.Block{{Kind: article.Paragraph, Text: "a"}},
		},
		{
			name: "other h1 becomes level 2", title: "The Big Story", src: `<h1>Chapter one</h1><p>a</p>`,
			want: []article.Block{{Kind: article.Heading, Level: 2, Text: "Chapter one"}, {Kind: article.Paragraph, Text: "a"}},
		},
		{
			// A trailing heading heads nothing and goes; a heading followed
			// by another stays (kickers and deks are set in heading tags).
			name: "trailing heading dropped", src: `<p>a</p><h2>Kicker</h2><h2>Full</h2><p>b</p><h3>Last</h3>`,
			want: []article.Block{{Kind: article.Paragraph, Text: "a"}, {Kind: article.Heading, Level: 2, Text: "Kicker"}, {Kind: article.Heading, Level: 2, Text: "Full"}, {Kind: article.Paragraph, Text: "b"}},
		},
		{
			name: "heading over a subheading kept", src: `<h2>Part</h2><h3>Sub</h3><p>b</p>`,
			want: []article.Block{{Kind: article.Heading, Level: 2, Text: "Part"}, {Kind: article.Heading, Level: 3, Text: "Sub"}, {Kind: article.Paragraph, Text: "b"}},
		},
		{name: "empty heading", src: `<h2> </h2><p>a</p>`, want: []article.Block{{Kind: article.Paragraph, Text: "a"}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := build(t, tc.src, blocks.Options{Title: tc.title})
			if len(got) != len(tc.want) {
				t.Fatalf("got %d blocks %s (%q), want %d", len(got), kinds(got), plain(got), len(tc.want))
			}
			for i := range got {
				if got[i].Kind != tc.want[i].Kind || got[i].Level != tc.want[i].Level || got[i].Text != tc.want[i].Text {
					t.Errorf("block %d = %s/%d %q, want %s/%d %q", i, got[i].Kind, got[i].Level, got[i].Text, tc.want[i].Kind, tc.want[i].Level, tc.want[i].Text)
				}
			}
		})
	}
}

func TestParagraphSpans(t *testing.T) {
	src := `<p>See <a href="../docs/intro?x=1#top">the  docs</a>, <strong>bold</strong> and <em>em</em>, ` +
		`<b><i>both</i></b>, <code>f(x)</code>, <kbd>Ctrl</kbd>, <a href="#note">a note</a> and <a href="javascript:void(0)">js</a>.</p>`
	got := build(t, src, blocks.Options{Base: mustURL(t, "https://example.org/blog/post/")})
	if len(got) != 1 || got[0].Kind != article.Paragraph {
		t.Fatalf("got %s", kinds(got))
	}
	p := got[0]
	if want := "See the docs, bold and em, both, f(x), Ctrl, a note and js."; p.Text != want {
		t.Errorf("Text = %q, want %q", p.Text, want)
	}
	if spanText(p.Spans) != p.Text {
		t.Errorf("spans %q do not add up to the text %q", spanText(p.Spans), p.Text)
	}
	find := func(text string) article.Span {
		for _, s := range p.Spans {
			if s.Text == text {
				return s
			}
		}
		t.Fatalf("no span %q in %+v", text, p.Spans)
		return article.Span{}
	}
	if s := find("the docs"); s.Href != "https://example.org/blog/docs/intro?x=1#top" {
		t.Errorf("link resolved to %q", s.Href)
	}
	if s := find("bold"); !s.Strong || s.Em || s.Href != "" {
		t.Errorf("bold span = %+v", s)
	}
	if s := find("em"); !s.Em || s.Strong {
		t.Errorf("em span = %+v", s)
	}
	if s := find("both"); !s.Em || !s.Strong {
		t.Errorf("nested span = %+v", s)
	}
	if s := find("f(x)"); !s.Code {
		t.Errorf("code span = %+v", s)
	}
	if s := find("Ctrl"); !s.Code {
		t.Errorf("kbd span = %+v", s)
	}
	// Script links are not links to keep.
	for _, s := range p.Spans {
		if strings.Contains(s.Text, "js") && s.Href != "" {
			t.Errorf("span %+v keeps a link it should not", s)
		}
	}
}

func TestLinksWithoutBase(t *testing.T) {
	got := build(t, `<p>Read <a href="/relative">this page</a> for the details of the plan, or <a href="#fn1">the note</a>.</p>`, blocks.Options{})
	if len(got) != 1 {
		t.Fatalf("got %s", kinds(got))
	}
	for _, s := range got[0].Spans {
		if s.Text == "this page" && s.Href != "/relative" {
			t.Errorf("href = %q, want it as written", s.Href)
		}
		// An in-page anchor is not a link to keep.
		if s.Text == "the note" && s.Href != "" {
			t.Errorf("in-page anchor kept as %q", s.Href)
		}
	}
}

func TestLists(t *testing.T) {
	got := build(t, `<ol><li>One<ul><li>One.a</li><li><em>One.b</em></li></ul></li><li>Two</li></ol>`+
		`<ul><li>Three</li><ul><li>Directly nested</li></ul></ul><ul><li> </li></ul>`, blocks.Options{})
	if kinds(got) != "list,list" {
		t.Fatalf("got %s", kinds(got))
	}
	ol := got[0]
	if !ol.Ordered || len(ol.Items) != 2 || ol.Items[0].Text != "One" || ol.Items[1].Text != "Two" {
		t.Fatalf("ordered list = %+v", ol)
	}
	if len(ol.Items[0].Children) != 1 {
		t.Fatalf("children = %+v", ol.Items[0].Children)
	}
	sub := ol.Items[0].Children[0]
	if sub.Kind != article.List || sub.Ordered || len(sub.Items) != 2 || sub.Items[1].Text != "One.b" || !sub.Items[1].Spans[0].Em {
		t.Errorf("nested list = %+v", sub)
	}
	ul := got[1]
	if ul.Ordered || len(ul.Items) != 1 || len(ul.Items[0].Children) != 1 || ul.Items[0].Children[0].Items[0].Text != "Directly nested" {
		t.Errorf("list nested in a list = %+v", ul)
	}
	if want := "One\nOne.a\nOne.b\nTwo\n\nThree\nDirectly nested"; plain(got) != want {
		t.Errorf("plain text = %q, want %q", plain(got), want)
	}
}

func TestListItemWithParagraphs(t *testing.T) {
	got := build(t, `<ul><li><p>First para.</p><p>Second para.</p></li></ul>`, blocks.Options{})
	if kinds(got) != "list" {
		t.Fatalf("got %s", kinds(got))
	}
	it := got[0].Items[0]
	if it.Text != "First para." || len(it.Children) != 1 || it.Children[0].Text != "Second para." {
		t.Errorf("item = %+v", it)
	}
}

func TestDefinitionList(t *testing.T) {
	got := build(t, `<dl><dt>Term</dt><dd>Its meaning, in words.</dd><dt>Other</dt><dd>Another meaning.</dd></dl>`, blocks.Options{})
	want := []string{"Term", "Its meaning, in words.", "Other", "Another meaning."}
	if len(got) != len(want) {
		t.Fatalf("got %s %q", kinds(got), plain(got))
	}
	for i, w := range want {
		if got[i].Kind != article.Paragraph || got[i].Text != w {
			t.Errorf("block %d = %s %q, want paragraph %q", i, got[i].Kind, got[i].Text, w)
		}
	}
	if !got[0].Spans[0].Strong || got[1].Spans[0].Strong {
		t.Error("terms are strong, definitions are not")
	}
}

func TestBlockquote(t *testing.T) {
	got := build(t, `<p>He spoke.</p><blockquote><p>First <a href="https://x.org/">part</a> of it.</p><p>Second part.</p></blockquote>`, blocks.Options{})
	if kinds(got) != "paragraph,quote" {
		t.Fatalf("got %s", kinds(got))
	}
	q := got[1]
	if q.Text != "First part of it.\n\nSecond part." {
		t.Errorf("quote text = %q", q.Text)
	}
	if spanText(q.Spans) != q.Text {
		t.Errorf("quote spans %q", spanText(q.Spans))
	}
	var linked bool
	for _, s := range q.Spans {
		linked = linked || s.Href == "https://x.org/"
	}
	if !linked {
		t.Error("link inside the quote lost")
	}
}

func TestCode(t *testing.T) {
	cases := []struct {
		src, text, lang string
	}{
		{"<pre><code class=\"language-go\">func main() {\n\tx := 1\n}\n</code></pre>", "func main() {\n\tx := 1\n}", "go"},
		{"<pre class=\"lang-Python\">\n  indented()\n</pre>", "  indented()", "python"},
		{"<pre data-lang=\"sh\">ls   -l</pre>", "ls   -l", "sh"},
		{"<pre class=\"highlight-source-rust\"><code>let x = 1;</code></pre>", "let x = 1;", "rust"},
		{"<pre><code>a &lt; b</code></pre>", "a < b", ""},
	}
	for _, tc := range cases {
		t.Run(tc.src, func(t *testing.T) {
			got := build(t, tc.src, blocks.Options{})
			if len(got) != 1 || got[0].Kind != article.Code {
				t.Errorf("%s: got %s", tc.src, kinds(got))
				return
			}
			if got[0].Text != tc.text || got[0].Lang != tc.lang {
				t.Errorf("%s: got %q lang %q, want %q lang %q", tc.src, got[0].Text, got[0].Lang, tc.text, tc.lang)
			}
		})
	}
	if got := build(t, "<pre>  \n </pre>", blocks.Options{}); len(got) != 0 {
		t.Errorf("blank pre gave %s", kinds(got))
	}
}

func TestTables(t *testing.T) {
	got := build(t, `<table><caption>Results by year</caption><thead><tr><th>Year</th><th>Votes</th></tr></thead>`+
		`<tbody><tr><td>2020</td><td>41 <b>%</b></td></tr><tr><td>2024</td><td>44</td></tr></tbody></table>`, blocks.Options{})
	if kinds(got) != "paragraph,table" {
		t.Fatalf("got %s", kinds(got))
	}
	if got[0].Text != "Results by year" {
		t.Errorf("caption = %q", got[0].Text)
	}
	tb := got[1]
	want := [][]string{{"Year", "Votes"}, {"2020", "41 %"}, {"2024", "44"}}
	if !reflect.DeepEqual(tb.Rows, want) || tb.HeaderRows != 1 {
		t.Errorf("table = %v header %d, want %v header 1", tb.Rows, tb.HeaderRows, want)
	}

	// Layout tables give their content as text.
	for name, src := range map[string]string{
		"one column":   `<table><tr><td>LAYOUT paragraph of text in a cell.</td></tr><tr><td>More text.</td></tr></table>`,
		"presentation": `<table role="presentation"><tr><td>LAYOUT left</td><td>right</td></tr></table>`,
		"nested":       `<table><tr><td><table><tr><td>LAYOUT a</td><td>b</td></tr></table></td><td>c</td></tr></table>`,
		"prose cells":  `<table><tr><td><p>LAYOUT ` + strings.Repeat("A paragraph of prose in a layout cell. ", 5) + `</p></td><td>side</td></tr></table>`,
	} {
		t.Run(name, func(t *testing.T) {
			got := build(t, src, blocks.Options{})
			for _, b := range got {
				if b.Kind == article.Table && b.Rows != nil && strings.Contains(plain([]article.Block{b}), "LAYOUT") && name != "nested" {
					t.Errorf("%s: layout table kept as a table", name)
				}
			}
			if !strings.Contains(plain(got), "LAYOUT") {
				t.Errorf("%s: text lost: %q", name, plain(got))
			}
		})
	}
}

func TestFigures(t *testing.T) {
	base := blocks.Options{Base: mustURL(t, "https://example.org/news/a.html")}
	cases := []struct {
		name          string
		src           string
		src2, caption string
		alt           string
	}{
		{"plain", `<figure><img src="/img/a.jpg" alt=" A  dog "><figcaption>A dog in the park.</figcaption></figure>`, "https://example.org/img/a.jpg", "A dog in the park.", "A dog"},
		{"lazy data-src over placeholder", `<figure><img src="data:image/gif;base64,R0lGOD" data-src="img/b.jpg"></figure>`, "https://example.org/news/img/b.jpg", "", ""},
		{"widest srcset", `<figure><img srcset="s.jpg 320w, l.jpg 1024w, m.jpg 640w"></figure>`, "https://example.org/news/l.jpg", "", ""},
		{"density srcset", `<figure><img srcset="x1.jpg, x2.jpg 2x"></figure>`, "https://example.org/news/x2.jpg", "", ""},
		{"picture", `<picture><source srcset="w.webp"><img src="p.jpg" alt="P"></picture>`, "https://example.org/news/p.jpg", "", "P"},
		{"credit caption dropped", `<figure><img src="c.jpg"><figcaption>Foto: dpa</figcaption></figure>`, "https://example.org/news/c.jpg", "", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := build(t, tc.src, base)
			var fig *article.Block
			for i := range got {
				if got[i].Kind == article.Figure {
					fig = &got[i]
				}
			}
			if fig == nil {
				t.Fatalf("no figure in %s", kinds(got))
			}
			if fig.Src != tc.src2 || fig.Caption != tc.caption || fig.Alt != tc.alt {
				t.Errorf("figure = src %q caption %q alt %q, want %q %q %q", fig.Src, fig.Caption, fig.Alt, tc.src2, tc.caption, tc.alt)
			}
		})
	}
	for name, src := range map[string]string{
		"tracking pixel": `<p>Text.</p><img src="/pixel.gif" width="1" height="1">`,
		"data uri only":  `<p>Text.</p><img src="data:image/png;base64,AAAA">`,
		"same image":     `<figure><img src="/a.jpg"></figure><p>Text.</p><figure><img src="/a.jpg"></figure>`,
	} {
		got := build(t, src, base)
		n := 0
		for _, b := range got {
			if b.Kind == article.Figure {
				n++
			}
		}
		want := 0
		if name == "same image" {
			want = 1
		}
		if n != want {
			t.Errorf("%s: %d figures, want %d", name, n, want)
		}
	}
	// A figure without an image keeps what it holds.
	got := build(t, `<figure><blockquote>A quote in a figure.</blockquote><figcaption>Someone</figcaption></figure>`, base)
	if !strings.Contains(plain(got), "A quote in a figure.") {
		t.Errorf("image-less figure lost its quote: %s %q", kinds(got), plain(got))
	}
}

func TestLineBreaks(t *testing.T) {
	got := build(t, `<p>Line one<br>Line two <br/> Line three<br></p>`, blocks.Options{})
	if len(got) != 1 || got[0].Text != "Line one\nLine two\nLine three" {
		t.Errorf("got %q", plain(got))
	}
	if len(got) == 1 && spanText(got[0].Spans) != got[0].Text {
		t.Errorf("spans %q", spanText(got[0].Spans))
	}
	// A double break separates the lines at least as much as a single one.
	got = build(t, `<div>Para one<br><br>Para two</div>`, blocks.Options{})
	if p := plain(got); p != "Para one\nPara two" && p != "Para one\n\nPara two" {
		t.Errorf("double break: %q", p)
	}
}

func TestWhitespaceAndInvisibles(t *testing.T) {
	got := build(t, "<p>  Zusam\u00admen\u00adarbeit \u200bmit\u00a0 der\n\t<b> Stadt </b>,\ufeff sagte sie. </p>", blocks.Options{})
	if len(got) != 1 {
		t.Fatalf("got %s", kinds(got))
	}
	if want := "Zusammenarbeit mit der Stadt , sagte sie."; got[0].Text != want {
		t.Errorf("Text = %q, want %q", got[0].Text, want)
	}
}

func TestLinkDensity(t *testing.T) {
	cases := []struct {
		name string
		src  string
		max  float64
		keep bool
	}{
		{"link paragraph", `<p><a href="/a">One headline</a> | <a href="/b">Another headline</a></p>`, 0, false},
		{"link list", `<ul><li><a href="/a">First story</a></li><li><a href="/b">Second story</a></li></ul>`, 0, false},
		{"prose with a link", `<p>The report, <a href="/r">published today</a>, says the river is cleaner than in any year since records began.</p>`, 0, true},
		{"list of prose", `<ul><li>Water is cleaner, the report says.</li><li>See <a href="/r">the report</a>.</li></ul>`, 0, true},
		{"strict threshold", `<p>Half of this <a href="/x">text is linked</a></p>`, 0.3, false},
		{"loose threshold", `<p>Half of this <a href="/x">text is linked</a></p>`, 0.9, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := build(t, tc.src, blocks.Options{MaxLinkDensity: tc.max})
			if kept := len(got) > 0; kept != tc.keep {
				t.Errorf("%s: kept = %v, want %v", tc.name, kept, tc.keep)
			}
		})
	}
}

func TestBoilerplateLines(t *testing.T) {
	drop := []string{
		"Advertisement", "ADVERTISEMENT", "Anzeige", "Werbung", "Publicité", "Publicidad", "Pubblicità", "Reklama",
		"Read more: Why the bridge closed", "Lesen Sie auch: Der neue Plan", "Mehr zum Thema", "Lire aussi : Le budget",
		"À lire aussi", "Leggi anche: il piano", "Lee también: el plan", "Lees ook: het plan", "Czytaj też: plan",
		"Leia também: o plano", "Share this article", "Folgen Sie uns auf Instagram", "Suivez-nous",
		"Updated 12:30 GMT", "Aktualisiert am 3. Mai 2024", "Mis à jour le 3 mai 2024", "Photo: Jane Doe / Agency",
		"Foto: dpa", "© 2024 Example Media", "All rights reserved.", "Tweet", "Drucken", "Imprimer", "Back to top", "| Share |",
	}
	for _, line := range drop {
		t.Run(line, func(t *testing.T) {
			got := build(t, `<p>`+line+`</p><p>Body text that stays.</p>`, blocks.Options{})
			if strings.Contains(plain(got), line) {
				t.Errorf("%q kept", line)
			}
			if !strings.Contains(plain(got), "Body text that stays.") {
				t.Errorf("%q: body lost", line)
			}
		})
	}
	keep := []string{
		// prose that starts like a stamp but carries no date
		"Updated maps show the new route through the valley.",
		// a long paragraph that happens to open with a furniture word
		"Advertising revenue fell by a third last year, the company said, as brands moved their budgets to video platforms and search.",
		"Sharing economy firms face new rules.",
	}
	for _, line := range keep {
		t.Run(line, func(t *testing.T) {
			if got := build(t, `<p>`+line+`</p>`, blocks.Options{}); plain(got) != line {
				t.Errorf("%q dropped: %q", line, plain(got))
			}
		})
	}
}

func TestFurnitureHeadingDropsSection(t *testing.T) {
	for _, h := range []string{"Related", "Most read", "Read more", "You may also like", "Comments", "Mehr zum Thema", "Das könnte Sie auch interessieren",
		"À lire aussi", "Sur le même sujet", "Te puede interesar", "Leggi anche", "Articoli correlati", "Lees ook", "Czytaj też", "Leia também"} {
		t.Run(h, func(t *testing.T) {
			src := `<h2>Intro</h2><p>KEEP1 text.</p><h2>` + h + `</h2><p>DROP teaser text.</p><h3>DROPSUB</h3><ul><li>DROP item</li></ul>` +
				`<h2>Conclusion</h2><p>KEEP2 text.</p>`
			got := plain(build(t, src, blocks.Options{}))
			if strings.Contains(got, "DROP") || strings.Contains(got, h) {
				t.Errorf("%q: section kept: %q", h, got)
			}
			if !strings.Contains(got, "KEEP1") || !strings.Contains(got, "Conclusion") || !strings.Contains(got, "KEEP2") {
				t.Errorf("%q: content lost: %q", h, got)
			}
		})
	}
	// A single furniture word heading content is not furniture.
	got := plain(build(t, `<h2>Popular varieties</h2><p>Apples and pears.</p>`, blocks.Options{}))
	if !strings.Contains(got, "Popular varieties") {
		t.Errorf("content heading dropped: %q", got)
	}
}

func TestDeduplication(t *testing.T) {
	short := "A short teaser line."
	long := strings.Repeat("A long paragraph that is repeated on purpose, as a refrain. ", 3)
	got := build(t, `<p>`+short+`</p><p>Middle.</p><p>`+short+`</p><p>`+long+`</p><p>`+long+`</p>`, blocks.Options{})
	text := plain(got)
	if n := strings.Count(text, short); n != 1 {
		t.Errorf("short repeat appears %d times", n)
	}
	if n := strings.Count(text, strings.TrimSpace(long)); n != 2 {
		t.Errorf("long repeat appears %d times, want 2", n)
	}
	// Repeated headings stay: they head different sections.
	got = build(t, `<h2>Details</h2><p>a</p><h2>Details</h2><p>b</p>`, blocks.Options{})
	if kinds(got) != "heading,paragraph,heading,paragraph" {
		t.Errorf("repeated headings: %s", kinds(got))
	}
}

func TestPullQuote(t *testing.T) {
	got := build(t, `<p>The mayor spoke for an hour. "The city will never be the same again," she said, and left.</p>`+
		`<blockquote>The city will never be the same again</blockquote>`+
		`<blockquote>A different quote that appears only once.</blockquote>`, blocks.Options{})
	if kinds(got) != "paragraph,quote" {
		t.Fatalf("got %s %q", kinds(got), plain(got))
	}
	if got[1].Text != "A different quote that appears only once." {
		t.Errorf("kept quote = %q", got[1].Text)
	}
}

func TestSkipNodes(t *testing.T) {
	src := `<p class="byline">By Jane Doe</p><p>Body text.</p>`
	doc := build(t, src, blocks.Options{}) // sanity: both present without Skip
	if len(doc) != 2 {
		t.Fatalf("got %s", kinds(doc))
	}
	// Skip is keyed by node, so build the tree here to hand one over.
	nodes, skip := parseWithSkip(t, src, "byline")
	got := blocks.Build(nodes, blocks.Options{Skip: skip})
	if plain(got) != "Body text." {
		t.Errorf("got %q", plain(got))
	}
}

func TestBuildEmpty(t *testing.T) {
	if got := blocks.Build(nil, blocks.Options{}); len(got) != 0 {
		t.Errorf("Build(nil) = %v", got)
	}
	if got := build(t, `<div> <span> </span> </div>`, blocks.Options{}); len(got) != 0 {
		t.Errorf("blank content gave %s", kinds(got))
	}
}
