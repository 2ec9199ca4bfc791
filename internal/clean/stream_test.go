package clean

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
)

func TestUnstream(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		want      string // the body's text after, spaces collapsed
	}{
		{"a boundary's part replaces its skeleton",
			`<main><!--$?--><template id="B:0"></template><p>Loading…</p><!--/$--></main><div hidden id="S:0"><p>The article.</p></div>`,
			"The article."},
		{"a segment's part goes where its placeholder stands",
			`<main><h1>Title</h1><template id="P:1"></template><p>After.</p></main><div hidden id="S:1"><p>Body.</p></div>`,
			"Title Body. After."},
		{"a part inside a part",
			`<main><template id="P:1"></template></main><div hidden id="S:1"><p>Outer.</p><template id="P:2"></template></div><div hidden id="S:2"><p>Inner.</p></div>`,
			"Outer. Inner."},
		{"a hidden div without a placeholder stays hidden",
			`<main><p>Shown.</p></main><div hidden id="S:9"><p>Never placed.</p></div>`,
			"Shown. Never placed."}, // still there, for the cleaner to remove as hidden
		{"a placeholder inside its own part is left",
			`<div hidden id="S:3"><template id="P:3"></template><p>Loop.</p></div>`,
			"Loop."},
		{"the part standing in the fallback",
			`<main><template id="B:4"></template><div hidden id="S:4"><p>Here.</p></div><!--/$--></main>`,
			"Here."},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<body>" + tc.src))
			if err != nil {
				t.Fatal(err)
			}
			Unstream(doc, nil)
			body := dom.Find(doc, func(n *html.Node) bool { return n.Data == "body" })
			if got := dom.Text(body); got != tc.want {
				t.Errorf("body text %q, want %q", got, tc.want)
			}
		})
	}
}

func FuzzUnstream(f *testing.F) {
	f.Add(`<main><!--$?--><template id="B:0"></template><p>x</p><!--/$--></main><div hidden id="S:0"><p>a</p><template id="P:1"></template></div><div hidden id="S:1">b</div>`)
	f.Add(`<template id="B:1"></template><div hidden id="S:1"><template id="B:1"></template></div>`)
	f.Add(`<div hidden id="S:2"><div hidden id="S:3"><template id="P:2"></template></div></div><template id="P:3"></template>`)
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		Unstream(doc, nil) // must not panic or loop
		dom.Walk(doc, func(n *html.Node) bool {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Parent != n {
					t.Fatalf("broken tree under <%s>", n.Data)
				}
			}
			return true
		})
	})
}
