// Package article is pith's document model: the metadata, body blocks and
// FAQ entries of one extracted article. It is plain data: no HTML, no I/O.
// Extractors build it; renderers read it.
package article

// Article is one extracted page.
type Article struct {
	Source       string   // the input as the user named it
	ID           string   // the caller's record id (stdin JSON Lines records) as JSON text, a string literal or a number, echoed as it came
	URL          string   // final or canonical URL, "" when unknown
	Title        string   // headline, without the site name
	Byline       string   // display string: Authors joined with ", "
	Authors      []string // person names (or one organisation when no person is named)
	Date         string   // publication date, ISO 8601
	DateModified string   // last modification, ISO 8601
	Fetched      string   // when the page was captured (a WARC record's WARC-Date); never a publication date
	SiteName     string
	Lang         string // BCP 47 primary language, e.g. "en", "de"
	Description  string
	Image        string // absolute URL
	Tags         []string

	Blocks []Block // the body, in reading order
	FAQ    []QA    // question/answer pairs, each once, in page order

	// Explain lists, when asked for, what the extractor kept and dropped
	// and why, region by region (pith --explain).
	Explain []Decision
}

// Decision records one extraction decision about a region of the page.
type Decision struct {
	Region string `json:"region"` // e.g. `div.related-posts` or `nav#menu`
	Kept   bool   `json:"kept"`
	Rule   string `json:"rule"`             // the registered rule's name (package rules), or a user rule's label
	Detail string `json:"detail,omitempty"` // what the rule saw: a class word, a score
}

// QA is one FAQ entry. Answer is plain text; paragraphs are separated by
// a blank line ("\n\n").
type QA struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

// Kind names a block type. The string values are part of the JSON schema.
type Kind string

const (
	Heading   Kind = "heading"
	Paragraph Kind = "paragraph"
	List      Kind = "list"
	Quote     Kind = "quote"
	Code      Kind = "code"
	Table     Kind = "table"
	Figure    Kind = "figure"
)

// Block is one body element. Which fields are used depends on Kind:
//
//	Heading:   Level (2..6 for headings inside the body), Text, Spans
//	Paragraph: Text, Spans
//	List:      Ordered, Items
//	Quote:     Text (paragraphs separated by "\n\n"), Spans
//	Code:      Text (verbatim, indentation and newlines kept), Lang
//	Table:     Rows (cells as plain text), HeaderRows
//	Figure:    Src (absolute URL), Alt, Caption
type Block struct {
	Kind       Kind
	Level      int
	Text       string
	Spans      []Span
	Ordered    bool
	Items      []Item
	Lang       string
	Rows       [][]string
	HeaderRows int
	Src        string
	Alt        string
	Caption    string
}

// Item is one list item: its own inline text and any nested blocks
// (typically a nested list).
type Item struct {
	Text     string
	Spans    []Span
	Children []Block
}

// Span is a run of inline text with its formatting. The concatenation of
// a block's span texts equals its Text (modulo whitespace normalisation);
// renderers that do not format inline text use Text alone.
type Span struct {
	Text   string
	Href   string // absolute URL of a link, "" when not a link
	Strong bool
	Em     bool
	Code   bool
	Image  string // absolute URL of an inline image; Text is its alt text
}

// PlainText returns the body as plain text: blocks separated by a blank
// line, list items one per line, table cells separated by " | ", figures
// (and their captions) left out. It is the "text" field of JSON output
// and the text that word counts use.
func (a *Article) PlainText() string {
	var b []byte
	for i := range a.Blocks {
		s := a.Blocks[i].PlainText()
		if s == "" {
			continue
		}
		if len(b) > 0 {
			b = append(b, "\n\n"...)
		}
		b = append(b, s...)
	}
	return string(b)
}

// PlainText renders one block as plain text, without decoration.
func (bl *Block) PlainText() string {
	switch bl.Kind {
	case List:
		var out []byte
		appendItems(&out, bl.Items)
		return string(out)
	case Table:
		var out []byte
		for _, row := range bl.Rows {
			if len(out) > 0 {
				out = append(out, '\n')
			}
			for j, c := range row {
				if j > 0 {
					out = append(out, " | "...)
				}
				out = append(out, c...)
			}
		}
		return string(out)
	case Figure:
		// A caption says what a picture shows; it is not the article's
		// prose (most gold standards agree), so the plain text leaves it
		// out and only the formats that show figures show it.
		return ""
	default:
		return bl.Text
	}
}

// appendItems appends list items one per line, each followed by its
// nested blocks, nested lists flattened in order.
func appendItems(out *[]byte, items []Item) {
	for _, it := range items {
		if len(*out) > 0 {
			*out = append(*out, '\n')
		}
		*out = append(*out, it.Text...)
		for i := range it.Children {
			c := &it.Children[i]
			if c.Kind == List {
				appendItems(out, c.Items)
				continue
			}
			if s := c.PlainText(); s != "" {
				*out = append(*out, '\n')
				*out = append(*out, s...)
			}
		}
	}
}
