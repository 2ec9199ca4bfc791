// Package render writes an extracted article in pith's output formats:
// plain text, Markdown, JSON (and JSON Lines) and standalone HTML.
//
// Renderers only read the article model; they never see the page's HTML.
// Options change presentation, never content: every format is fed by the
// same blocks, so `--width`, `--no-links` and the like cannot make one
// format say more or less than another about the page.
package render

import (
	"fmt"
	"io"

	"github.com/pith-org/pith/internal/article"
)

// Options tune presentation.
type Options struct {
	Width    int  // text: wrap prose at this many columns; 0 = no wrapping
	BodyOnly bool // text, markdown, html: the body alone (no title, metadata or FAQ)
	NoLinks  bool // markdown, html: link text without the link
	NoImages bool // markdown, html: drop images (figure captions stay)
	Pretty   bool // json: indented output
	// NoFrontMatter: markdown without the YAML block, which Markdown
	// renderers that do not know front matter show as a heading.
	NoFrontMatter bool
}

// formats maps each accepted format name to the extension of the file
// written for one input under --output-dir. A jsonl file holding a single
// record is also a JSON document, so it is named .json.
var formats = []struct{ name, ext string }{
	{"text", ".txt"},
	{"markdown", ".md"},
	{"md", ".md"},
	{"json", ".json"},
	{"jsonl", ".json"},
	{"html", ".html"},
}

// Ext returns the file extension, dot included, for a format name, or ""
// when the name is not a known format.
func Ext(format string) string {
	for _, f := range formats {
		if f.name == format {
			return f.ext
		}
	}
	return ""
}

// Render writes a in the named format. "jsonl" is JSON forced compact.
func Render(w io.Writer, format string, a *article.Article, o Options) error {
	switch format {
	case "text":
		return Text(w, a, o)
	case "markdown", "md":
		return Markdown(w, a, o)
	case "json":
		return JSON(w, a, o)
	case "jsonl":
		o.Pretty = false
		return JSON(w, a, o)
	case "html":
		return HTML(w, a, o)
	}
	return fmt.Errorf("unknown format %q", format)
}
