package cli

import (
	"fmt"
	"strings"
)

// articlePage builds a realistic news page: navigation, an article of a
// few paragraphs, a related-links box and a footer. seed varies the title
// and the prose so that every generated page is distinct.
func articlePage(seed int) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Harbour council approves tide barrier plan %d | The Coastal Ledger</title>
<meta property="og:site_name" content="The Coastal Ledger">
</head><body>
<header><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main><article>
<h1>Harbour council approves tide barrier plan %d</h1>
<p class="byline">By Maria Lindqvist</p>
<time datetime="2024-03-%02d">March %d, 2024</time>
`, seed, seed, seed%28+1, seed%28+1)
	paras := []string{
		"The harbour council voted on Tuesday evening to approve a long-debated plan for a movable tide barrier at the mouth of the estuary, ending more than four years of consultation with residents, fishermen and shipping companies.",
		"Engineers say the barrier, made of six steel gates that rest on the seabed until a storm surge is forecast, would protect about eleven thousand homes in the low-lying districts that flooded twice in the last decade.",
		"Opponents argued that the cost, estimated at two hundred and forty million, would fall on local taxpayers for a generation, and that the money could instead raise the existing embankments along the river.",
		"The chair of the council said the decision had not been easy, but that the insurance companies had made clear that several neighbourhoods would soon become impossible to insure without a permanent defence.",
		"Construction is expected to start next spring and to take about five years, during which the main shipping channel will remain open except for short closures that will be announced well in advance.",
	}
	for i, p := range paras {
		fmt.Fprintf(&b, "<p>%s (Report %d, part %d.)</p>\n", p, seed, i+1)
	}
	b.WriteString(`</article>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Ferry timetable changes this summer</a></li><li><a href="/b">New cycle lane opens on the seafront</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© 2024 The Coastal Ledger. All rights reserved.</p><a href="/privacy">Privacy policy</a> <a href="/contact">Contact us</a></footer>
</body></html>
`)
	return b.String()
}
