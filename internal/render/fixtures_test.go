package render

import "github.com/pith-org/pith/internal/article"

// fixtures are the hand-built articles that the golden files render.
func fixtures() map[string]*article.Article {
	return map[string]*article.Article{
		"full":    fullArticle(),
		"minimal": minimalArticle(),
		"cjk":     cjkArticle(),
		"record":  recordArticle(),
		"tricky":  trickyArticle(),
	}
}

// fullArticle uses every block kind, inline formatting and the FAQ.
func fullArticle() *article.Article {
	return &article.Article{
		Source:       "pages/solar.html",
		URL:          "https://news.example.org/2024/solar-roofs",
		Title:        "Solar roofs: what a year of data says",
		Byline:       "Ana Ruiz, Tom Berg",
		Authors:      []string{"Ana Ruiz", "Tom Berg"},
		Date:         "2024-03-05T08:30:00Z",
		DateModified: "2024-03-06",
		SiteName:     "Example News",
		Lang:         "en",
		Description:  `A "quiet" revolution on the roofs of the north`,
		Image:        "https://news.example.org/img/roof.jpg",
		Tags:         []string{"energy", "housing"},
		Blocks: []article.Block{
			{Kind: article.Paragraph,
				Text: "Homeowners who installed panels in 2023 saw bills fall by a third, according to the utility's data, and most say they would do it again.",
				Spans: []article.Span{
					{Text: "Homeowners who installed panels in 2023 saw bills "},
					{Text: "fall by a third", Strong: true},
					{Text: ", according to "},
					{Text: "the utility's data", Href: "https://utility.example.com/report?id=7&y=2023"},
					{Text: ", and "},
					{Text: "most", Em: true},
					{Text: " say they would do it again."},
				}},
			{Kind: article.Heading, Level: 2, Text: "How the numbers were gathered"},
			{Kind: article.Paragraph, Text: "Readings came from 1,200 smart meters. The export tariff is set by the `tariff` field of each record.",
				Spans: []article.Span{
					{Text: "Readings came from 1,200 smart meters. The export tariff is set by the "},
					{Text: "tariff", Code: true},
					{Text: " field of each record."},
				}},
			{Kind: article.List, Items: []article.Item{
				{Text: "Meters were read every 15 minutes"},
				{Text: "Households were grouped by roof direction:", Children: []article.Block{
					{Kind: article.List, Ordered: true, Items: []article.Item{
						{Text: "south-facing"},
						{Text: "east/west split, which produced power for longer each day but peaked lower"},
					}},
				}},
				{Text: "Outliers were removed"},
			}},
			{Kind: article.Table, HeaderRows: 1, Rows: [][]string{
				{"Roof", "Saving", "Notes"},
				{"South", "34%", "best | simplest"},
				{"East/West", "29%", "two arrays\nsplit inverter"},
			}},
			{Kind: article.Heading, Level: 3, Text: "The analysis script"},
			{Kind: article.Code, Lang: "python", Text: "def saving(before, after):\n    if before == 0:\n        return 0.0\n    return 1 - after / before\n"},
			{Kind: article.Quote, Text: "We expected savings, not this much.\n\nThe winter months surprised everyone.",
				Spans: []article.Span{
					{Text: "We expected savings, not "},
					{Text: "this", Em: true},
					{Text: " much.\n\nThe winter months surprised everyone."},
				}},
			{Kind: article.Figure, Src: "https://news.example.org/img/roof.jpg", Alt: "Panels on a red-tiled roof", Caption: "A south-facing array in Leeds."},
			{Kind: article.Paragraph, Text: "Installers expect demand to keep rising through 2025."},
		},
		FAQ: []article.QA{
			{Question: "How long do panels last?", Answer: "Most come with a 25-year warranty."},
			{Question: "Do they work in winter?", Answer: "Yes, at lower output.\n\nSnow cover stops them until it melts."},
		},
	}
}

// minimalArticle lacks most metadata: no byline, no site, no FAQ.
func minimalArticle() *article.Article {
	return &article.Article{
		Source: "min.html",
		Title:  "Notice",
		Date:   "2023-11-02",
		Blocks: []article.Block{
			{Kind: article.Paragraph, Text: "The library closes early on Friday."},
			{Kind: article.Paragraph, Text: "Opening hours resume on Monday."},
		},
	}
}

// cjkArticle exercises wide characters in wrapping and word counts.
func cjkArticle() *article.Article {
	return &article.Article{
		Source:   "jp.html",
		Title:    "東京の天気",
		SiteName: "天気ニュース",
		Lang:     "ja",
		Blocks: []article.Block{
			{Kind: article.Paragraph, Text: "明日の東京は晴れ、最高気温は二十度の予想です。週末は雨が降るでしょう。"},
			{Kind: article.Paragraph, Text: "Mixed text: 日本語 and English words."},
		},
	}
}

// recordArticle comes from a stdin record and was explained.
func recordArticle() *article.Article {
	return &article.Article{
		Source: "-",
		ID:     "rec-42",
		Title:  "Short",
		Blocks: []article.Block{{Kind: article.Paragraph, Text: "One line."}},
		Explain: []article.Decision{
			{Region: "nav#menu", Kept: false, Rule: "navigation"},
			{Region: "div.post", Kept: true, Rule: "score 41.5"},
		},
	}
}

// trickyArticle carries text that is markup in Markdown or HTML, unsafe
// links and awkward formatting boundaries.
func trickyArticle() *article.Article {
	return &article.Article{
		Source:      "tricky.html",
		Title:       "# Not a heading: <b>really</b> & more #",
		Byline:      "- Dash",
		Description: "line one\nline two",
		Blocks: []article.Block{
			{Kind: article.Paragraph, Text: "1. not a list, *not em*, _not em_, snake_case, [not a link](x), a|b, &amp; `tick` <tag>"},
			{Kind: article.Paragraph, Text: "> not a quote\n- not an item\n---"},
			{Kind: article.Paragraph, Text: "bold both em a`b bad ok pic data",
				Spans: []article.Span{
					{Text: "bold ", Strong: true},
					{Text: "both", Strong: true, Em: true},
					{Text: " em", Em: true},
					{Text: " ", Em: true},
					{Text: "a`b", Code: true},
					{Text: " bad", Href: "javascript:alert(1)"},
					{Text: " ok", Href: "https://example.com/a b(c)"},
					{Text: " pic", Image: "https://example.com/p.png"},
					{Text: " data", Image: "data:image/png;base64,AAAA"},
				}},
			{Kind: article.List, Items: []article.Item{{Text: "first list"}}},
			{Kind: article.List, Items: []article.Item{{Text: "second list"}}},
			{Kind: article.Code, Text: "```\nfenced inside\n```"},
			{Kind: article.Heading, Level: 2, Text: "Issue #"},
		},
	}
}
