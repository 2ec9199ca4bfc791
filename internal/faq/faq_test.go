package faq

import (
	"bytes"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
)

func parse(t testing.TB, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func render(t testing.TB, n *html.Node) string {
	t.Helper()
	var b bytes.Buffer
	if err := html.Render(&b, n); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func ldScript(json string) string {
	return `<script type="application/ld+json">` + json + `</script>`
}

// qa is a compact expected entry (question, answer).
type qa struct{ q, a string }

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		html string
		want []qa
		// detached: texts that must be inside some detached node;
		// kept: texts that must not be.
		detached []string
		kept     []string
	}{
		{
			name: "jsonld FAQPage list with HTML answers",
			html: ldScript(`{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[
				{"@type":"Question","name":"Is it free?","acceptedAnswer":{"@type":"Answer","text":"<p>Yes.</p><p>For <b>everyone</b>.</p>"}},
				{"@type":"Question","name":"What does it need?","acceptedAnswer":{"@type":"Answer","text":"<ul><li>A phone</li><li>A plan</li></ul>"}}]}`) +
				`<p>Body text only.</p>`,
			want: []qa{{"Is it free?", "Yes.\n\nFor everyone."}, {"What does it need?", "A phone\nA plan"}},
			kept: []string{"Body text only."},
		},
		{
			name: "jsonld single question, answer list, in @graph",
			html: ldScript(`{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"FAQPage","mainEntity":
				{"@type":"Question","name":"Can I  cancel?","acceptedAnswer":[{"@type":"Answer","text":"Any time."}]}}]}`),
			want: []qa{{"Can I cancel?", "Any time."}},
		},
		{
			name: "jsonld escaped HTML and plain paragraphs",
			html: ldScript(`{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"A?","acceptedAnswer":{"text":"&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;"}},
				{"@type":"Question","name":"B?","acceptedAnswer":{"text":"First line.\n\nSecond   para."}}]}`),
			want: []qa{{"A?", "One\n\nTwo"}, {"B?", "First line.\n\nSecond para."}},
		},
		{
			name: "jsonld questions by @id reference",
			html: ldScript(`{"@graph":[{"@type":"FAQPage","mainEntity":[{"@id":"#q1"},{"@id":"#q2"}]},
				{"@id":"#q1","@type":"Question","name":"First?","acceptedAnswer":{"@id":"#a1"}},
				{"@id":"#a1","@type":"Answer","text":"One."},
				{"@id":"#q2","@type":"Question","name":"Second?","acceptedAnswer":{"@type":"Answer","text":"Two."}}]}`),
			want: []qa{{"First?", "One."}, {"Second?", "Two."}},
		},
		{
			name: "jsonld QAPage takes the accepted answer only",
			html: ldScript(`{"@type":"QAPage","mainEntity":{"@type":"Question","name":"Why is the sky blue?","text":"Long body",
				"suggestedAnswer":[{"@type":"Answer","text":"Magic."}],"acceptedAnswer":{"@type":"Answer","text":"Rayleigh scattering."}}}`),
			want: []qa{{"Why is the sky blue?", "Rayleigh scattering."}},
		},
		{
			name: "microdata FAQPage",
			html: `<article><p>Intro paragraph of the article.</p>
				<div itemscope itemtype="https://schema.org/FAQPage">
				<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question">
				  <h3 itemprop="name">How long does shipping take?</h3>
				  <div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><div itemprop="text"><p>Two days.</p><p>Three abroad.</p></div></div>
				</div>
				<div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question">
				  <h3 itemprop="name">Can I return it?</h3>
				  <div itemscope itemprop="acceptedAnswer" itemtype="https://schema.org/Answer"><p itemprop="text">Within 30 days.</p></div>
				</div></div></article>`,
			want:     []qa{{"How long does shipping take?", "Two days.\n\nThree abroad."}, {"Can I return it?", "Within 30 days."}},
			detached: []string{"How long does shipping take?", "Within 30 days."},
			kept:     []string{"Intro paragraph"},
		},
		{
			name: "RDFa FAQPage",
			html: `<main><p>Intro.</p><section vocab="https://schema.org/" typeof="FAQPage">
				<div property="mainEntity" typeof="Question"><h4 property="name">Is parking available?</h4>
				<div property="acceptedAnswer" typeof="Answer"><span property="text">Yes, behind the hall.</span></div></div>
				<div property="mainEntity" typeof="Question"><h4 property="name">Are dogs allowed?</h4>
				<div property="acceptedAnswer" typeof="Answer"><span property="text">On a leash.</span></div></div></section></main>`,
			want:     []qa{{"Is parking available?", "Yes, behind the hall."}, {"Are dogs allowed?", "On a leash."}},
			detached: []string{"Is parking available?", "On a leash."},
			kept:     []string{"Intro."},
		},
		{
			name: "FAQ heading with h3 questions, ends at next h2",
			html: `<article><h2>Setup</h2><p>Body one.</p>
				<h2>Frequently Asked Questions</h2>
				<h3>Does it work offline?</h3><p>Partly.</p><p>Maps need a download.</p>
				<h3>Which phones are supported?</h3><ul><li>Android 12+</li><li>iOS 16+</li></ul>
				<h2>Verdict</h2><p>Closing words.</p></article>`,
			want: []qa{
				{"Does it work offline?", "Partly.\n\nMaps need a download."},
				{"Which phones are supported?", "Android 12+\niOS 16+"},
			},
			detached: []string{"Frequently Asked Questions", "Does it work offline?", "iOS 16+"},
			kept:     []string{"Body one.", "Verdict", "Closing words."},
		},
		{
			name: "German heading with bold questions",
			html: `<article><p>Text.</p><h2>Häufig gestellte Fragen</h2>
				<p><strong>Wie viel kostet der Pass?</strong></p><p>49 Euro im Monat.</p>
				<p><b>Gilt er im Fernverkehr?</b></p><p>Nein.</p><p>Nur im Nahverkehr, mit <strong>wenigen</strong> Ausnahmen.</p></article>`,
			want: []qa{
				{"Wie viel kostet der Pass?", "49 Euro im Monat."},
				{"Gilt er im Fernverkehr?", "Nein.\n\nNur im Nahverkehr, mit wenigen Ausnahmen."},
			},
			detached: []string{"Häufig gestellte Fragen", "49 Euro"},
			kept:     []string{"Text."},
		},
		{
			name: "French heading with inline bold questions",
			html: `<article><p>Corps.</p><h2>Questions fréquentes</h2>
				<p><strong>Faut-il un visa ?</strong> Non, pas pour un séjour court.</p>
				<p><strong>Quelle monnaie ?</strong> L'euro.</p></article>`,
			want: []qa{{"Faut-il un visa ?", "Non, pas pour un séjour court."}, {"Quelle monnaie ?", "L'euro."}},
		},
		{
			name: "FAQ heading over a dl",
			html: `<article><p>Body.</p><h2>Preguntas frecuentes</h2><dl>
				<dt>¿Cuándo abre?</dt><dd>A las nueve.</dd>
				<dt>¿Hay descuentos?</dt><dd><p>Sí.</p><p>Para estudiantes.</p></dd></dl></article>`,
			want:     []qa{{"¿Cuándo abre?", "A las nueve."}, {"¿Hay descuentos?", "Sí.\n\nPara estudiantes."}},
			detached: []string{"Preguntas frecuentes", "A las nueve."},
			kept:     []string{"Body."},
		},
		{
			name: "dl question list without an FAQ title takes its own heading",
			html: `<article><p>Body.</p><section><h2>Quick answers</h2><dl>
				<dt>Is it loud?</dt><dd>Not really.</dd><dt>Is it heavy?</dt><dd>1.2 kg.</dd></dl></section></article>`,
			want:     []qa{{"Is it loud?", "Not really."}, {"Is it heavy?", "1.2 kg."}},
			detached: []string{"Quick answers", "Not really."},
			kept:     []string{"Body."},
		},
		{
			name: "glossary dl is not an FAQ",
			html: `<article><dl><dt>Latency</dt><dd>Delay.</dd><dt>Jitter</dt><dd>Variation.</dd></dl></article>`,
		},
		{
			name: "details group without heading",
			html: `<article><p>Body.</p><div class="acc">
				<details><summary>Can kids join?</summary><p>From age 8.</p></details>
				<details open><summary>Is food included?</summary><p>Lunch only.</p><ul><li>Soup</li><li>Bread</li></ul></details>
				</div><p>After.</p></article>`,
			want:     []qa{{"Can kids join?", "From age 8."}, {"Is food included?", "Lunch only.\n\nSoup\nBread"}},
			detached: []string{"Can kids join?", "Bread"},
			kept:     []string{"Body.", "After."},
		},
		{
			name: "a lone details is not an FAQ",
			html: `<article><p>Body.</p><details><summary>Why does this matter?</summary><p>Because.</p></details></article>`,
		},
		{
			name: "accordion buttons with aria-controls panels",
			html: `<article><p>Body.</p><div class="accordion">
				<h3><button aria-expanded="false" aria-controls="p1">What is the deadline? <span>+</span></button></h3>
				<div id="p1" hidden><p>March 1.</p></div>
				<h3><button aria-expanded="false" aria-controls="p2">Can I apply online?</button></h3>
				<div id="p2" aria-hidden="true"><p>Yes, on the portal.</p></div></div></article>`,
			want:     []qa{{"What is the deadline?", "March 1."}, {"Can I apply online?", "Yes, on the portal."}},
			detached: []string{"What is the deadline?", "March 1.", "Yes, on the portal."},
			kept:     []string{"Body."},
		},
		{
			name: "question subhead is not an FAQ",
			html: `<article><p>Intro.</p><h2>Why did prices rise?</h2><p>Because of demand.</p>
				<h2>What comes next?</h2><p>More of the same.</p></article>`,
			kept: []string{"Why did prices rise?", "Because of demand."},
		},
		{
			name: "heading that mentions FAQ as a question is not an FAQ title",
			html: `<article><h2>Do FAQ pages help readers?</h2><h3>Sometimes?</h3><p>Yes.</p></article>`,
		},
		{
			name: "footer help FAQ is boilerplate",
			html: `<article><p>Body.</p></article><footer><h3>Help &amp; FAQ</h3>
				<details><summary>How do I reset my password?</summary><p>Use the link.</p></details>
				<details><summary>How do I cancel?</summary><p>In settings.</p></details></footer>`,
			kept: []string{"How do I reset my password?"},
		},
		{
			name: "sidebar FAQ outside the article is boilerplate",
			html: `<main><article><p>Body.</p></article></main><aside class="sidebar"><h2>FAQ</h2>
				<h3>Where are you based?</h3><p>Berlin.</p></aside>`,
			kept: []string{"Where are you based?"},
		},
		{
			name: "support widget with FAQ class inside the page",
			html: `<article><p>Body.</p></article><div class="support-widget faq"><h4>Need an account?</h4><p>No.</p>
				<h4>Is there an app?</h4><p>Yes.</p></div>`,
		},
		{
			name: "newsletter box after the last answer",
			html: `<article><h2>FAQ</h2><h3>Is it safe?</h3><p>Yes.</p>
				<div class="newsletter-box"><p>Sign up for our weekly mail.</p></div>
				<p>Stray promo line.</p></article>`,
			want:     []qa{{"Is it safe?", "Yes."}},
			detached: []string{"Is it safe?"},
			kept:     []string{"Sign up for our weekly mail.", "Stray promo line."},
		},
		{
			name: "ad between answers is skipped",
			html: `<article><h2>FAQ</h2><h3>One?</h3><p>A1.</p><div class="ad-slot">Advertisement</div>
				<h3>Two?</h3><p>A2.</p></article>`,
			want: []qa{{"One?", "A1."}, {"Two?", "A2."}},
			kept: []string{"Advertisement"},
		},
		{
			name: "wrapped section leaves as one container",
			html: `<article><p>Body.</p><section class="block"><header class="block__head"><h2>Veelgestelde vragen</h2></header>
				<div class="block__items"><div class="item"><h3>Is het gratis?</h3><div><p>Ja.</p></div></div>
				<div class="item"><h3>Waar kan ik terecht?</h3><div><p>Online.</p></div></div></div></section></article>`,
			want:     []qa{{"Is het gratis?", "Ja."}, {"Waar kan ik terecht?", "Online."}},
			detached: []string{"Veelgestelde vragen", "Online."},
			kept:     []string{"Body."},
		},
		{
			name: "FAQ class box with question/answer classes",
			html: `<article><p>Body.</p><div class="faq-list"><div class="faq-item"><div class="faq-item__question">Quanto costa?</div>
				<div class="faq-item__answer">Dieci euro.</div></div><div class="faq-item"><div class="faq-item__question">Dove si compra?</div>
				<div class="faq-item__answer">In edicola.</div></div></div></article>`,
			want:     []qa{{"Quanto costa?", "Dieci euro."}, {"Dove si compra?", "In edicola."}},
			detached: []string{"Quanto costa?", "In edicola."},
			kept:     []string{"Body."},
		},
		{
			name: "category titles over bold questions",
			html: `<article><h2>FAQ</h2><h3>Billing</h3><p><strong>When am I charged?</strong></p><p>Monthly.</p>
				<h3>Account</h3><p><strong>Can I share it?</strong></p><p>No.</p></article>`,
			want: []qa{{"When am I charged?", "Monthly."}, {"Can I share it?", "No."}},
		},
		{
			name: "merge visible and JSON-LD: visible wording, JSON-LD fills, JSON-LD-only after",
			html: ldScript(`{"@type":"FAQPage","mainEntity":[
				{"@type":"Question","name":"Only in data?","acceptedAnswer":{"text":"Data answer."}},
				{"@type":"Question","name":"what\u2019s the “range”","acceptedAnswer":{"text":"<p>JSON range.</p>"}},
				{"@type":"Question","name":"Is it collapsed?","acceptedAnswer":{"text":"Full answer from data."}}]}`) +
				`<article><p>Body.</p><h2>FAQ</h2>
				<h3>What's the "range"?</h3><p>Visible range answer.</p>
				<h3>Is it collapsed?</h3><div class="answer"></div></article>`,
			want: []qa{
				{`What's the "range"?`, "Visible range answer."},
				{"Is it collapsed?", "Full answer from data."},
				{"Only in data?", "Data answer."},
			},
			detached: []string{"Visible range answer.", "Is it collapsed?"},
			kept:     []string{"Body."},
		},
		{
			name: "hidden accordion repeating the visible FAQ is detached too",
			html: `<article><p>Body.</p><h2>FAQ</h2><h3>Is it open on Sunday?</h3><p>No.</p>
				<h3>Is there a lift?</h3><p>Yes.</p></article>
				<div class="widget-x" aria-hidden="true"><div class="acc-row"><span>Is it open on Sunday?</span><div>No.</div></div>
				<div class="acc-row"><span>Is there a lift?</span><div>Yes.</div></div></div>`,
			want:     []qa{{"Is it open on Sunday?", "No."}, {"Is there a lift?", "Yes."}},
			detached: []string{"Is it open on Sunday?"},
		},
		{
			name: "JSON-LD questions found as plain subheads are taken out of the body",
			html: ldScript(`{"@type":"FAQPage","mainEntity":[{"@type":"Question","name":"How tall is it?","acceptedAnswer":{"text":"Tall."}},
				{"@type":"Question","name":"How old is it?","acceptedAnswer":{"text":"Old."}}]}`) +
				`<article><h2>History</h2><p>Body.</p><h2>Some questions</h2><div class="qs"><h4>How tall is it?</h4><p>About 300 m.</p>
				<h4>How old is it?</h4><p>Built in 1889.</p></div><h2>Visiting</h2><p>Open daily.</p></article>`,
			want:     []qa{{"How tall is it?", "About 300 m."}, {"How old is it?", "Built in 1889."}},
			detached: []string{"How tall is it?", "Built in 1889."},
			kept:     []string{"Body.", "Open daily.", "Visiting"},
		},
		{
			name: "heading ends the section at the same level",
			html: `<article><h3>FAQ</h3><h4>Q one?</h4><p>A one.</p><h3>Next part</h3><p>Body continues.</p></article>`,
			want: []qa{{"Q one?", "A one."}},
			kept: []string{"Next part", "Body continues."},
		},
		{
			// The page's headline names its one question: a Q&A post,
			// whose question and answer are the article.
			name: "a Q&A post is not an FAQ section",
			html: `<title>Reader Q&amp;A: volatile (again) - The Mill</title><article><h2>Reader Q&amp;A: volatile (again)</h2>
				<p><strong>Is volatile enough for a flag shared by threads?</strong></p><p>No: use an atomic, for the reasons below.</p></article>`,
			kept: []string{"Is volatile enough", "No: use an atomic"},
		},
		{
			// The same section under a heading that is not the page's
			// headline is one question of an FAQ.
			name: "one question under an FAQ heading inside an article",
			html: `<title>Harbour works reopen - The Mill</title><article><h2>Reader Q&amp;A: volatile (again)</h2>
				<p><strong>Is volatile enough for a flag shared by threads?</strong></p><p>No: use an atomic, for the reasons below.</p></article>`,
			want:     []qa{{"Is volatile enough for a flag shared by threads?", "No: use an atomic, for the reasons below."}},
			detached: []string{"Is volatile enough"},
		},
		{
			name: "FAQ heading with no questions is not an FAQ",
			html: `<article><h2>FAQ</h2><p>See our help pages.</p></article>`,
			kept: []string{"See our help pages."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := parse(t, "<html><head></head><body>"+tt.html+"</body></html>")
			before := render(t, doc)
			r := Find(doc, nil)
			if after := render(t, doc); after != before {
				t.Fatal("Find modified the tree")
			}
			if !equalQA(r.Entries, tt.want) {
				t.Errorf("entries:\n got %q\nwant %q", r.Entries, tt.want)
			}
			var texts []string
			for _, n := range r.Nodes {
				texts = append(texts, nodeText(n))
			}
			all := strings.Join(texts, "\n")
			for _, s := range tt.detached {
				if !strings.Contains(all, s) {
					t.Errorf("%q not in detached nodes %q", s, texts)
				}
			}
			for _, s := range tt.kept {
				if strings.Contains(all, s) {
					t.Errorf("%q should stay in the body, detached nodes %q", s, texts)
				}
			}
			if len(tt.want) == 0 && len(r.Nodes) > 0 {
				t.Errorf("no FAQ expected, but nodes %q", texts)
			}
		})
	}
}

func nodeText(n *html.Node) string {
	if n.Type == html.TextNode {
		return dom.CollapseSpace(n.Data)
	}
	return dom.Text(n)
}

func equalQA(got []article.QA, want []qa) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i].Question != want[i].q || got[i].Answer != want[i].a {
			return false
		}
	}
	return true
}

func TestKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"What's the \u201crange\u201d?", "what\u2019s the \"range\""},
		{"  Can I   cancel? ", "can i cancel"},
		{"Q: Is it free?", "Is it free"},
		{"1. Is it free?", "is it free?"},
		{"¿Cuándo abre?", "cuándo abre"},
		{"Soft\u00adhyphen?", "softhyphen"},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			if key(tt.a) != key(tt.b) {
				t.Errorf("key(%q) = %q, key(%q) = %q; want equal", tt.a, key(tt.a), tt.b, key(tt.b))
			}
		})
	}
	if key("Is it free?") == key("Is it freely available?") {
		t.Error("different questions share a key")
	}
}

func TestRenderHTMLString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain   text", "plain text"},
		{"<p>a</p>\n<p>b <em>c</em></p>", "a\n\nb c"},
		{"Intro:<ol><li>one</li><li>two<ul><li>two-a</li></ul></li></ol>After.", "Intro:\n\none\ntwo\ntwo-a\n\nAfter."},
		{"line<br>break", "line break"},
		{"<table><tr><td>a</td><td>b</td></tr></table>", "a | b"},
		{"<p>x</p><script>alert(1)</script><button>Helpful?</button>", "x"},
		{"&lt;b&gt;bold&lt;/b&gt; text", "bold text"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := renderHTMLString(tt.in); got != tt.want {
				t.Errorf("renderHTMLString(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestFindNil(t *testing.T) {
	if r := Find(nil, nil); len(r.Entries) != 0 || len(r.Nodes) != 0 {
		t.Errorf("Find(nil, nil) = %+v", r)
	}
}
