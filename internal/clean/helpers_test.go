package clean_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/rules"
	"golang.org/x/net/html"
)

// prose returns n sentences of article-like text with commas and no
// links, enough to give a block the weight of real body text.
func prose(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString("The council met on Tuesday evening, heard the residents and voted on the new budget for schools. ")
	}
	return b.String()
}

// allText returns every text node under n, script and style content
// included, so a removed <script> is told from a kept one.
func allText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

func parse(t *testing.T, src string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// cleanCase is one page and the markers that must survive or go.
type cleanCase struct {
	name string
	page string
	keep []string
	drop []string
}

func runCleanCases(t *testing.T, cases []cleanCase, o clean.Options) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc := parse(t, tc.page)
			o := o
			o.Trace = rules.NewTrace(nil, true)
			clean.Clean(doc, o)
			decisions := o.Trace.Decisions()
			got := allText(doc)
			for _, k := range tc.keep {
				if !strings.Contains(got, k) {
					t.Errorf("%q was removed; decisions: %v", k, decisions)
				}
			}
			for _, d := range tc.drop {
				if strings.Contains(got, d) {
					t.Errorf("%q was kept", d)
				}
			}
		})
	}
}
