package faq

import (
	"reflect"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/jsonld"
	"golang.org/x/net/html"
)

// The page index collects the JSON-LD scripts on its walk; it must find
// the ones jsonld.Scripts finds, in the same order, wherever they sit.
func TestPageCollectsJSONLD(t *testing.T) {
	for _, src := range []string{
		``,
		`<head><script type="application/ld+json">{"a":1}</script><script>var x</script></head>`,
		`<head><script type="application/LD+JSON">{"h":1}</script></head><body><div><script type=application/ld+json>{"b":2}</script></div>` +
			`<template><script type="application/ld+json">{"t":3}</script></template><noscript><p>x</p></noscript>` +
			`<h2>FAQ</h2><script type="application/ld+json">{"c":4}</script></body>`,
		`<svg><script type="application/ld+json">{"svg":5}</script></svg><style>p{}</style>`,
	} {
		t.Run(src, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(src))
			if err != nil {
				t.Fatal(err)
			}
			got, want := newPage(doc).ldScripts, jsonld.Scripts(doc)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%q: page collected %q, jsonld.Scripts %q", src, got, want)
			}
		})
	}
}
