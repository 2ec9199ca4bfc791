package meta

import "testing"

func TestStripSite(t *testing.T) {
	cases := []struct{ title, site, host, want string }{
		{"Big news today | Example Times", "Example Times", "", "Big news today"},
		{"Big news today - Example Times", "Example Times", "", "Big news today"},
		{"Big news today — Example Times", "Example Times", "", "Big news today"},
		{"Big news today :: Example Times", "", "", "Big news today"},
		{"Example Times: Big news today", "Example Times", "", "Big news today"},
		{"Big news today | Politics | Example Times", "", "", "Big news today"},
		{"Big news today - example.com", "", "https://www.example.com/a", "Big news today"},
		// Dashes inside a headline stay when nothing says they name a site.
		{"Brexit vote delayed - chaos days ahead for the government", "", "", "Brexit vote delayed - chaos days ahead for the government"},
		{"People behind the code: The Axios ascent", "AMP", "", "People behind the code: The Axios ascent"},
		// A short suffix opening with the host's name is the site's long name.
		{"Was ist Freie Software - MyOOS Community Forum", "", "https://foren.myoos.de/viewtopic.php?t=167", "Was ist Freie Software"},
		// Not when the headline names the host too, nor when the host
		// comes only at the end of the suffix.
		{"Apple Newsroom - Apple releases new iPhone", "", "https://www.apple.com/newsroom/", "Apple Newsroom - Apple releases new iPhone"},
		{"Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.ch", "", "https://www.gipfelbuch.ch/x", "Outdoornews - Hochauflösende Schneekarten auf Gipfelbuch.ch"},
	}
	for _, c := range cases {
		t.Run(c.title, func(t *testing.T) {
			if got := stripSite(c.title, c.site, c.host); got != c.want {
				t.Errorf("stripSite(%q, %q) = %q, want %q", c.title, c.site, got, c.want)
			}
		})
	}
}

func TestTidyTitle(t *testing.T) {
	fixedNow(t)
	for _, c := range []struct{ in, want string }{
		{"23.01.2022 - Dorothea Wierer darf beim Abschluss noch jubeln", "Dorothea Wierer darf beim Abschluss noch jubeln"},
		{"3 March 2024: Storm hits the coast", "Storm hits the coast"},
		{"National Rail Enquiries -", "National Rail Enquiries"},
		{"| Über André Loibl |", "Über André Loibl"},
		{"-5 °C in Berlin tonight", "-5 °C in Berlin tonight"},
		{"2024: The year in review", "2024: The year in review"},
		{"23.01.2022 - Jubel", "23.01.2022 - Jubel"},
	} {
		t.Run(c.in, func(t *testing.T) {
			if got := tidyTitle(c.in); got != c.want {
				t.Errorf("tidyTitle(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestTitleChoice(t *testing.T) {
	cases := []struct{ name, page, want string }{
		{"h1 agrees with og:title", `<html><head><title>Storm hits coast | Daily</title><meta property="og:title" content="Storm hits coast"></head><body><h1>Storm hits coast</h1></body></html>`, "Storm hits coast"},
		{"kicker inside h1", `<html><head><title>Bohren, bis es heiß wird | ZEIT</title></head><body><h1><span class="kicker">Klimaschutz:</span> Bohren, bis es heiß wird</h1></body></html>`, "Bohren, bis es heiß wird"},
		{"kicker in og:title only", `<html><head><meta property="og:title" content="Klimaschutz: Bohren, bis es heiß wird"></head><body><p class="kicker">Klimaschutz</p><h1>Bohren, bis es heiß wird</h1></body></html>`, "Bohren, bis es heiß wird"},
		{"logo h1 ignored", `<html><head><meta property="og:site_name" content="Daily"><title>Storm hits coast - Daily</title></head><body><h1>Daily</h1><h2>Storm hits coast</h2></body></html>`, "Storm hits coast"},
		{"no metadata", `<html><body><h1>Only a heading</h1></body></html>`, "Only a heading"},
		{"a title cut by an unescaped quotation mark in its attribute",
			`<html><head><title>Senador califica a Biden de "incapacitado"</title><meta property="og:title" content="Senador califica a Biden de "incapacitado"" /></head><body><p>x</p></body></html>`,
			`Senador califica a Biden de "incapacitado"`},
		{"a short first line broken off the h1 is a kicker when the metadata title lacks it",
			`<html><head><meta property="og:title" content="Große Aufgaben für die neue Regierung"></head><body><div itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline"><small>Tunesien</small><br> Große Aufgaben für die neue Regierung</h1></div></body></html>`,
			"Große Aufgaben für die neue Regierung"},
		{"a headline wrapped with <br> stays whole",
			`<html><head><meta property="og:title" content="Die große Reise nach Italien"></head><body><h1>Die große Reise<br>nach Italien</h1></body></html>`,
			"Die große Reise nach Italien"},
		{"a separator shown only to the eye sets a kicker off",
			`<html><head><meta property="og:title" content="Zoonosen – Wie Umweltzerstörung Epidemien begünstigt"></head><body><h1><span class="head">Zoonosen</span><span class="dash" aria-hidden="true"> – </span><span class="text">Wie Umweltzerstörung Epidemien begünstigt</span></h1></body></html>`,
			"Wie Umweltzerstörung Epidemien begünstigt"},
		{"the h1's first element is a kicker when the metadata title sets it off",
			`<html><head><meta property="og:title" content="Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum - Lebensmittelpraxis.de"></head><body><h1> <span class="subtitle">Olympische Spiele in Paris</span> Getränke per Schiff ins Stadtzentrum </h1></body></html>`,
			"Getränke per Schiff ins Stadtzentrum"},
		{"an emphasised first word of the h1 stays when the metadata title runs on",
			`<html><head><meta property="og:title" content="Berlin wählt einen neuen Senat"></head><body><h1><em>Berlin</em> wählt einen neuen Senat</h1></body></html>`,
			"Berlin wählt einen neuen Senat"},
		{"the element the h1 marks as its headline, after a kicker",
			`<html><head><title>Open Progress - Why thinking together beats smarts | The Daily</title></head><body><h1><span class="article__subheadline">Open Progress</span> <span itemprop="headline">Why thinking together beats smarts</span></h1></body></html>`,
			"Why thinking together beats smarts"},
		{"an h1 printing the title's site part, spelled by the host, is the site",
			`<html><head><link rel="canonical" href="https://www.reiterrevue.de/a/heulage"><title>Heulage: Besser als ihr Ruf? - fuetterung - Reiterrevue International</title></head><body><h1 class="sr-only">Reiterrevue International</h1><div><h1>Heulage: Besser als ihr Ruf?</h1></div></body></html>`,
			"Heulage: Besser als ihr Ruf?"},
		{"a long h1 naming the host is the headline",
			`<html><head><link rel="canonical" href="https://www.bundespolizei.de/a"><title>Bundespolizei - Aktuelles - Migration über Polen: Feststellungen durch die Bundespolizei</title></head><body><h1>Migration über Polen: Feststellungen durch die Bundespolizei</h1></body></html>`,
			"Migration über Polen: Feststellungen durch die Bundespolizei"},
		{"jsonld headline", `<html><head><title>Site</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD"}</script></head><body><p>x</p></body></html>`, "From JSON-LD"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, c.page), "", nil)
			if m.Title != c.want {
				t.Errorf("title %q, want %q", m.Title, c.want)
			}
		})
	}
}

func TestSiteFromTitle(t *testing.T) {
	cases := []struct{ doc, headline, want string }{
		{"Vélo électrique : bien choisir sa batterie – Le Guide Mobilité", "Vélo électrique : bien choisir sa batterie", "Le Guide Mobilité"},
		{"Rheinbote | Stadtwerke senken Fernwärmepreis", "Stadtwerke senken Fernwärmepreis", "Rheinbote"},
		{"Stadtwerke senken Fernwärmepreis", "Stadtwerke senken Fernwärmepreis", ""},
		// The rest is not the headline: no guess.
		{"Part one – Part two", "Something else entirely", ""},
		// Too long to be a name.
		{"Headline here – a much longer tail that reads like a sentence of its own", "Headline here", ""},
	}
	for _, c := range cases {
		t.Run(c.doc, func(t *testing.T) {
			if got := siteFromTitle(c.doc, c.headline); got != c.want {
				t.Errorf("siteFromTitle(%q, %q) = %q, want %q", c.doc, c.headline, got, c.want)
			}
		})
	}
}

// A page that does not declare itself an article keeps its metadata
// title over a hero <h1> that shares words with it or is short, and an
// article with two headlines picks none.
func TestArticleH1Needs(t *testing.T) {
	const body = `<p>The storm came in from the sea in the night and flooded the harbour road.</p>`
	for _, c := range []struct{ name, page, want string }{
		{"no article type", `<html><head><title>Pest Control Coupons | Acme</title></head><body><h1>Special Offers</h1>` + body, "Pest Control Coupons"},
		{"website type", `<html><head><title>Pest Control Coupons | Acme</title><meta property="og:type" content="website"></head><body><h1>Special Offers</h1>` + body, "Pest Control Coupons"},
		{"a related metadata title", `<html><head><title>Storm Coast Updates</title></head><body><h1>Storm hits the coast at night</h1>` + body, "Storm Coast Updates"},
		{"a short h1", `<html><head><title>Cape Argus</title></head><body><h1>Storm at night</h1>` + body, "Cape Argus"},
		{"one word more", `<html><head><title>Graphic Design Course Online Today</title></head><body><h1>Online Graphic Design Course</h1>` + body, "Graphic Design Course Online Today"},
		{"a title nearly as long", `<html><head><title>Cybersecurity Consulting Services</title></head><body><h1>Elevate your security maturity</h1>` + body, "Cybersecurity Consulting Services"},
		{"two headlines", `<html><head><title>Coastal Storm Updates | Acme</title><meta property="og:type" content="article"></head><body><h1>Storm hits the coast</h1>` + body + `<h1>Harbour road closed</h1>` + body, "Coastal Storm Updates"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if m := Extract(parse(t, c.page), "", nil); m.Title != c.want {
				t.Errorf("title %q, want %q", m.Title, c.want)
			}
		})
	}
}

func TestTitleRules(t *testing.T) {
	fixedNow(t)
	title := func(m *Meta) string { return m.Title }
	const body = `<p>The storm came in from the sea in the night and flooded the harbour road.</p>`
	runRuleCases(t, []ruleCase{
		{"title-logo-headline",
			`<html><head><title>Event Planning In Seven Steps | Acme</title></head><body><h1 class="blog-title">Event Planning In Seven Steps</h1>` + body,
			"Event Planning In Seven Steps", title},
		{"title-h1-same-words",
			`<html><head><title>Guide to filing your taxes in 2024 | Acme</title></head><body><h1>Guide to filing your taxes in 2025</h1>` + body,
			"Guide to filing your taxes in 2025", title},
		{"title-h1-same-words",
			`<html><head><title>Graphic Design Course Online | Acme</title></head><body><h1>Online Graphic Design Course</h1>` + body,
			"Online Graphic Design Course", title},
		{"title-shown-part",
			`<html><head><title>Storm hits the coast at night - Daily Example, News of the Region since 1890</title></head><body><table><tr><td class="arttitle">Storm hits the coast at night</td></tr></table>` + body,
			"Storm hits the coast at night", title},
		{"title-shown-part",
			`<html><head><title>Harbour Blog: Week in Review - October 29, 2012</title></head><body><h1><a href="/">Harbour Blog</a></h1><h3>Week in Review - October 29, 2012</h3>` + body,
			"Week in Review - October 29, 2012", title},
		{"title-home-link",
			`<html><head><title>jane doe: a good couple of days</title><link rel="start" href="http://example.org/planning/"></head><body><h1><a href="http://example.org/planning/">jane doe</a></h1><h3>a good couple of days</h3>` + body,
			"a good couple of days", title},
		{"title-section-chain",
			`<html><head><title>Chelsea hoping to sign a striker - Soccer - Sport</title></head><body>` + body,
			"Chelsea hoping to sign a striker", title},
		{"title-document-markup",
			`<html><head><title>Daily Example <!-- stats --></title></head><body><h1>Storm hits the coast</h1>` + body,
			"Storm hits the coast", title},
		{"title-subheading-part",
			`<html><head><title>Storm hits the coast | Daily Example News of the Region</title></head><body><h2>Storm hits the coast</h2>` + body,
			"Storm hits the coast", title},
		{"title-subheading",
			`<html><body><h2>Storm hits the coast</h2>` + body,
			"Storm hits the coast", title},
		{"title-h1-first-part",
			`<html><head><title>Models | Django documentation | Django</title></head><body><main><h1>Models</h1>` + body + `</main>`,
			"Models", title},
		{"title-h1-article",
			`<html><head><title>Coastal Storm Updates For 2026 | Daily Example</title><meta property="og:type" content="article"></head><body><h1>Storm hits the coast</h1>` + body,
			"Storm hits the coast", title},
		{"title-h1-article",
			`<html><head><title>Coastal Storm Updates For 2026</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Coastal Storm Updates For 2026"}</script></head><body><article><h1>Storm hits the coast</h1>` + body + `</article>`,
			"Storm hits the coast", title},
		{"title-h1-article",
			`<html><head><title>Coastal Storm Updates For 2026</title></head><body><div itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="headline" content="Coastal Storm Updates For 2026"><h1>Storm hits the coast</h1>` + body + `</div>`,
			"Storm hits the coast", title},
		{"title-h1-unrelated",
			`<html><head><title>Cape Argus</title></head><body><h1>Ronaldo could earn greater fortune at Real</h1>` + body,
			"Ronaldo could earn greater fortune at Real", title},
		{"heading-permalink",
			`<html><head><title>Data Structures — Python 3 documentation</title></head><body><h1>Data Structures<a class="headerlink" href="#data-structures">¶</a></h1>` + body,
			"Data Structures", title},
	})
}
