package blocks

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// table emits a data table as one table block, and reads a table used
// for layout as the blocks it holds.
func (b *builder) table(n *html.Node) {
	if b.o.Trace.On(ruleLayoutTable) && layoutTable(n) {
		b.o.Trace.KeepNode(ruleLayoutTable, n, "read as text")
		b.children(n, format{})
		b.flush()
		return
	}
	var rows [][]string
	header := 0
	linked := manyRows(n) // see cellText
	dom.Walk(n, func(x *html.Node) bool {
		if x != n && x.DataAtom == atom.Table {
			return false
		}
		if x.DataAtom != atom.Tr {
			return true
		}
		var row []string
		allTh := true
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
				if b.o.Trace.On(ruleAltCell) {
					text := cellText(c, linked)
					if text != "" && b.o.Trace.Explaining() && dom.Text(c) == "" {
						b.o.Trace.KeepNode(ruleAltCell, c, "read as "+quote(text))
					}
					row = append(row, text)
				} else {
					row = append(row, dom.Text(c))
				}
				if c.DataAtom == atom.Td {
					allTh = false
				}
			}
		}
		if len(row) > 0 {
			if allTh && len(rows) == header {
				header++
			}
			rows = append(rows, row)
		}
		return false
	})
	if len(rows) == 0 {
		return
	}
	if cap := dom.Find(n, func(x *html.Node) bool { return x.DataAtom == atom.Caption }); cap != nil {
		if t := dom.Text(cap); t != "" {
			b.emit(article.Block{Kind: article.Paragraph, Text: t, Spans: []article.Span{{Text: t}}})
		}
	}
	b.emit(article.Block{Kind: article.Table, Rows: rows, HeaderRows: header})
}

// cellText is the text of a table cell, or, for a cell with no text, the
// alt text of its images that have no caption: a table of ticks and
// crosses would otherwise lose its meaning to empty cells. A linked image
// counts only when linked is set (a table of several rows, where a link
// on each tick is still a value); in one row of links the pictures are a
// toolbar's (print, mail) or teasers' thumbnails.
func cellText(c *html.Node, linked bool) string {
	if t := dom.Text(c); t != "" || dom.Find(c, altImage) == nil {
		return t // a cell with words of its own needs no alt text
	}
	var raw []byte
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			raw = append(raw, n.Data...)
			return
		case n.Type != html.ElementNode:
			return
		case n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Template || n.DataAtom == atom.Noscript:
			return
		case n.DataAtom == atom.Br:
			raw = append(raw, ' ')
			return
		case n.DataAtom == atom.Img:
			if !captioned(n, c, linked) {
				raw = append(raw, labelAlt(n, 3)...)
			}
			return
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			walk(k)
		}
		if !dom.IsInline(n) {
			raw = append(raw, ' ')
		}
	}
	walk(c)
	return dom.CollapseSpace(string(raw))
}

func altImage(n *html.Node) bool {
	return n.DataAtom == atom.Img && strings.TrimSpace(dom.Attr(n, "alt")) != ""
}

// captioned reports whether img sits, below the cell, in a figure with a
// caption (which says what the image is), or in a link unless linked is
// set.
func captioned(img, cell *html.Node, linked bool) bool {
	for p := img.Parent; p != nil && p != cell; p = p.Parent {
		switch {
		case p.DataAtom == atom.A && !linked:
			return true
		case p.DataAtom == atom.Figure:
			return dom.Find(p, func(x *html.Node) bool { return x.DataAtom == atom.Figcaption }) != nil
		}
	}
	return false
}

// manyRows reports whether table n has more than one row of its own.
func manyRows(n *html.Node) bool {
	rows := 0
	dom.Walk(n, func(x *html.Node) bool {
		switch {
		case rows > 1, x != n && x.DataAtom == atom.Table:
			return false
		case x.DataAtom == atom.Tr:
			rows++
			return false
		}
		return true
	})
	return rows > 1
}

// layoutTable tells tables used for page layout (one column, nested
// tables, long prose in cells) from data tables.
func layoutTable(n *html.Node) bool {
	if dom.Attr(n, "role") == "presentation" {
		return true
	}
	nested := false
	maxCells, rows, longCells := 0, 0, 0
	dom.Walk(n, func(x *html.Node) bool {
		if x == n {
			return true
		}
		switch x.DataAtom {
		case atom.Table:
			nested = true
			return false
		case atom.Tr:
			rows++
			cells := 0
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				if c.DataAtom == atom.Td || c.DataAtom == atom.Th {
					cells++
					// Prose in a cell means layout; a div or p around a short
					// value (as document exporters write) does not.
					if len(dom.Text(c)) > 300 || len(dom.Text(c)) > 120 && dom.Find(c, func(y *html.Node) bool { return y.DataAtom == atom.P || y.DataAtom == atom.Div }) != nil {
						longCells++
					}
				}
			}
			maxCells = max(maxCells, cells)
			return false
		}
		return true
	})
	return nested || maxCells < 2 || longCells > 0
}
