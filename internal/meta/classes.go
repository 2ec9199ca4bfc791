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
