package render

import "github.com/pith-org/pith/internal/article"

// appendPlainText appends a.PlainText() to dst. JSON output needs the
// text once, to escape it and count its words, so it is built in the
// encoder's reused buffer instead of as a string per block and per page;
// the layout rules are article.PlainText's, and a test holds the two
// equal.
func appendPlainText(dst []byte, a *article.Article) []byte {
	start := len(dst)
	for i := range a.Blocks {
		mark := len(dst)
		if mark > start {
			dst = append(dst, "\n\n"...)
		}
		at := len(dst)
		dst = appendBlockText(dst, &a.Blocks[i])
		if len(dst) == at {
			dst = dst[:mark] // an empty block adds no separator
		}
	}
	return dst
}

// appendBlockText appends bl.PlainText() to dst.
func appendBlockText(dst []byte, bl *article.Block) []byte {
	switch bl.Kind {
	case article.List:
		return appendItemsText(dst, len(dst), bl.Items)
	case article.Table:
		start := len(dst)
		for _, row := range bl.Rows {
			if len(dst) > start {
				dst = append(dst, '\n')
			}
			for j, c := range row {
				if j > 0 {
					dst = append(dst, " | "...)
				}
				dst = append(dst, c...)
			}
		}
		return dst
	case article.Figure:
		return dst // captions are not prose (see article.Block.PlainText)
	default:
		return append(dst, bl.Text...)
	}
}

// appendItemsText appends list items one per line, their nested blocks
// after them; start is where the list's text begins in dst.
func appendItemsText(dst []byte, start int, items []article.Item) []byte {
	for _, it := range items {
		if len(dst) > start {
			dst = append(dst, '\n')
		}
		dst = append(dst, it.Text...)
		for i := range it.Children {
			c := &it.Children[i]
			if c.Kind == article.List {
				dst = appendItemsText(dst, start, c.Items)
				continue
			}
			mark := len(dst)
			dst = append(dst, '\n')
			at := len(dst)
			if dst = appendBlockText(dst, c); len(dst) == at {
				dst = dst[:mark] // an empty child adds no line
			}
		}
	}
	return dst
}
