package faq

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// FuzzFind checks that Find never panics, never changes the tree, and
// keeps its promises on any input: each question once, with an answer,
// and no detached node inside another.
func FuzzFind(f *testing.F) {
	f.Add(`<h2>FAQ</h2><h3>Is it?</h3><p>Yes.</p>`)
	f.Add(`<dl><dt>A?</dt><dd>1</dd><dt>B?</dt><dd>2</dd></dl>`)
	f.Add(`<details><summary>A?</summary>x</details><details><summary>B?</summary>y</details>`)
	f.Add(`<button aria-controls="p">Q?</button><div id="p"><button aria-controls="q">R?</button></div><div id="q">z</div>`)
	f.Add(`<script type="application/ld+json">{"@type":"FAQPage","mainEntity":{"@type":"Question","name":"Q?","acceptedAnswer":{"text":"<p>A"}}}</script><p>Q?</p>`)
	f.Add(`<div itemscope itemtype="schema.org/FAQPage"><div itemscope itemtype="schema.org/Question"><b itemprop="name">Q?</b><i itemprop="acceptedAnswer">A</i></div></div>`)
	f.Fuzz(func(t *testing.T, src string) {
		doc, err := html.Parse(strings.NewReader(src))
		if err != nil {
			return
		}
		var before strings.Builder
		_ = html.Render(&before, doc)
		r := Find(doc, nil)
		var after strings.Builder
		_ = html.Render(&after, doc)
		if before.String() != after.String() {
			t.Fatal("Find modified the tree")
		}
		seen := map[string]bool{}
		for _, e := range r.Entries {
			k := key(e.Question)
			if k == "" || e.Answer == "" {
				t.Fatalf("empty question or answer: %q", e)
			}
			if seen[k] {
				t.Fatalf("question %q twice", e.Question)
			}
			seen[k] = true
		}
		set := map[*html.Node]bool{}
		for _, n := range r.Nodes {
			if n == nil {
				t.Fatal("nil node")
			}
			set[n] = true
		}
		for _, n := range r.Nodes {
			if insideSet(n, set) {
				t.Fatal("detached node inside another")
			}
		}
	})
}
