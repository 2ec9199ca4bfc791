package meta

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Each source needs a few kinds of elements from anywhere in the page:
// <meta> and <link> tags, JSON-LD scripts, elements with itemprop, the
// <h1>s. One walk collects them all, so that the page is not walked once
// per source.

// page lists the elements the sources read, each in document order.
type page struct {
	doc *html.Node
	// heads are <html>, <title>, <base>, <link> and <meta> outside
	// <svg> and <style>.
	heads []*html.Node
	// scripts are the JSON-LD scripts; states are the other scripts,
	// read for a publication date only when nothing else gives one.
	scripts, states []*html.Node
	// props are elements with itemprop, property or rel outside
	// <script>, <style> and <template>.
	props []*html.Node
	h1s   []*html.Node
}

func scan(doc *html.Node) *page {
	p := &page{doc: doc}
	p.walk(doc, false, false)
	return p
}

// walk visits n. noHead and noProps say that n lies inside an element
// whose content the head or the property readers ignore.
func (p *page) walk(n *html.Node, noHead, noProps bool) {
	if n.Type == html.ElementNode {
		switch n.DataAtom {
		case atom.Html, atom.Title, atom.Base, atom.Link, atom.Meta:
			if !noHead {
				p.heads = append(p.heads, n)
			}
		case atom.H1:
			p.h1s = append(p.h1s, n)
		case atom.Script:
			if isLDScript(n) {
				p.scripts = append(p.scripts, n)
			} else if n.FirstChild != nil {
				p.states = append(p.states, n)
			}
			return
		case atom.Svg:
			noHead = true
		case atom.Style:
			noHead, noProps = true, true
		case atom.Template:
			noProps = true
		}
		if !noProps {
			for i := range n.Attr {
				if k := n.Attr[i].Key; k == "itemprop" || k == "property" || k == "rel" {
					p.props = append(p.props, n)
					break
				}
			}
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c, noHead, noProps)
	}
}

func isLDScript(n *html.Node) bool {
	for _, a := range n.Attr {
		if a.Key == "type" && strings.Contains(strings.ToLower(a.Val), "ld+json") {
			return true
		}
	}
	return false
}
