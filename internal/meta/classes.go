package meta

import (
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
)

// kinds returns the kinds of n's class and id words, split as dom.Words
// splits them (separators and lower→upper case changes), without
// allocating.
func kinds(n *html.Node) vocab.MetaKind {
	var k vocab.MetaKind
	for i := range n.Attr {
		if key := n.Attr[i].Key; key == "class" || key == "id" {
			k |= vocab.MetaKinds(n.Attr[i].Val)
		}
	}
	return k
}

// kinds is kinds(n) for the visible pass, which asks it of every
// element. Pages repeat their class values from element to element
// (every item of a list, every paragraph of a theme), and utility-class
// values run to hundreds of bytes, so the kinds of each class value are
// remembered: a lookup costs far less than splitting the value again.
// Ids are unique on a page and are read directly.
func (v *visible) kinds(n *html.Node) vocab.MetaKind {
	var k vocab.MetaKind
	for i := range n.Attr {
		switch a := &n.Attr[i]; a.Key {
		case "class":
			ck, ok := v.classKinds[a.Val]
			if !ok {
				ck = vocab.MetaKinds(a.Val)
				if v.classKinds == nil {
					v.classKinds = map[string]vocab.MetaKind{}
				}
				v.classKinds[a.Val] = ck
			}
			k |= ck
		case "id":
			k |= vocab.MetaKinds(a.Val)
		}
	}
	return k
}
