package meta

import "testing"

// Each case exercises one rule of datepick.go through Extract, with a
// counter-case that the rule must leave alone.
func TestDatePick(t *testing.T) {
	fixedNow(t)
	cases := []struct {
		name, head, body string
		want             string
	}{
		{"visible line confirms the second metadata source",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-06T18:19:00+01:00"}</script><meta property="article:published_time" content="2023-11-07T07:30:00+01:00">`,
			`<h1>Titel</h1><p class="stand">Stand: 07.11.2023, 07:30 Uhr</p><p>Text.</p>`,
			"2023-11-07T07:30:00+01:00"},
		{"unconfirmed sources keep the trust order",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2023-11-06T18:19:00+01:00"}</script><meta property="article:published_time" content="2023-11-07T07:30:00+01:00">`,
			`<h1>Titel</h1><p>Text.</p>`,
			"2023-11-06T18:19:00+01:00"},
		{"UTC stamp shown in the site's zone on the day before",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-04T02:41:00Z"}</script>`,
			`<h1>Titular</h1><div><span>03/05/2022 22:41</span></div><p>Texto.</p>`,
			"2022-05-03T22:41:00-04:00"},
		{"other minutes are another moment",
			`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-05-04T02:41:00Z"}</script>`,
			`<h1>Titular</h1><div><span>03/05/2022 22:15</span></div><p>Texto.</p>`,
			"2022-05-04T02:41:00Z"},
		{"date line shows the UTC day: no move into the zone",
			`<html lang="de-DE"><meta property="article:published_time" content="2019-12-26T23:07:45Z">`,
			`<h1>Protokoll</h1><span class="posted-on">26.12.2019</span><p>Text.</p>`,
			"2019-12-26T23:07:45Z"},
		{"no date line: the UTC stamp moves into the zone",
			`<html lang="de-DE"><meta property="article:published_time" content="2019-12-26T23:07:45Z">`,
			`<h1>Protokoll</h1><p>Text.</p>`,
			"2019-12-27T00:07:45+01:00"},
		{"local midnight stays local even if the UTC day is printed",
			`<html lang="de"><meta property="article:published_time" content="2022-11-06T23:00:00Z">`,
			`<h1>Reise</h1><div>6.11.2022</div><p>Text.</p>`,
			"2022-11-07T00:00:00+01:00"},
		{"subline above the headline beats a body date far below",
			``,
			`<p class="subline">21. Jan 2022</p><h1>Schnitte</h1>` + repeatP(70) + `<p><strong>17.10.2021</strong></p>`,
			"2022-01-21"},
		{"a date line just under the headline still wins",
			``,
			`<p class="subline">21. Jan 2022</p><h1>Schnitte</h1><div><span>22.01.2022</span></div><p>Text.</p>`,
			"2022-01-22"},
		{"a loose date beyond the window is not the article's",
			``,
			`<h1>Schnitte</h1>` + repeatP(160) + `<p><strong>17.10.2021</strong></p>`,
			""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := Extract(parse(t, c.head+"<body>"+c.body+"</body></html>"), "", nil)
			if m.Date != c.want {
				t.Errorf("date %q, want %q", m.Date, c.want)
			}
		})
	}
}

func repeatP(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += "<p>Absatz.</p>"
	}
	return s
}
