package render

import (
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/pith-org/pith/internal/article"
)

// faqHeading introduces the FAQ in text, Markdown and HTML output.
const faqHeading = "Frequently Asked Questions"

// Text writes a as plain text: the title, a "byline · date · site" line,
// a blank line, the body, then the FAQ. Blocks are separated by a blank
// line; list items are "  • item" or "  1. item" with nested lists under
// the item text; quotes are prefixed "  > "; code is verbatim; table
// cells are separated by " | ". With o.Width > 0 prose is wrapped (code
// and tables never are). With o.BodyOnly only the body is written.
func Text(w io.Writer, a *article.Article, o Options) error {
	t := textWriter{width: o.Width}
	if !o.BodyOnly {
		if s := oneLine(a.Title); s != "" {
			t.buf = appendWrapped(t.buf, s, t.width, "", "")
		}
		if s := metaLine(a); s != "" {
			t.buf = appendWrapped(t.buf, s, t.width, "", "")
		}
	}
	for i := range a.Blocks {
		t.block(&a.Blocks[i], "")
	}
	if !o.BodyOnly && len(a.FAQ) > 0 {
		t.sep()
		t.buf = appendWrapped(t.buf, faqHeading, t.width, "", "")
		for _, qa := range a.FAQ {
			q, ans := oneLine(qa.Question), strings.TrimSpace(qa.Answer)
			if blank(ans) {
				ans = ""
			}
			if q == "" && ans == "" {
				continue
			}
			t.sep()
			if q != "" {
				t.buf = appendWrapped(t.buf, q, t.width, "Q: ", "   ")
			}
			if ans != "" {
				t.buf = appendWrapped(t.buf, ans, t.width, "A: ", "   ")
			}
		}
	}
	return writeClean(w, t.buf)
}

// metaLine joins byline, date and site name with " · ", leaving out the
// parts that are missing and a site name that repeats the byline. The
// date is for a reader ("24 Feb 2020"); JSON keeps ISO 8601.
func metaLine(a *article.Article) string {
	byline, site := oneLine(a.Byline), oneLine(a.SiteName)
	if strings.EqualFold(strings.Join(strings.Fields(byline), " "), site) {
		site = ""
	}
	var parts []string
	for _, s := range []string{byline, readableDate(oneLine(a.Date)), site} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// readableDate writes an ISO 8601 date or date-time as day, month and
// year, the day being the one of the offset the page gave; what it cannot
// read stays as it is.
func readableDate(iso string) string {
	for _, l := range []struct{ in, out string }{
		{time.RFC3339Nano, "2 Jan 2006"},
		{"2006-01-02T15:04", "2 Jan 2006"},
		{time.DateOnly, "2 Jan 2006"},
		{"2006-01", "Jan 2006"},
	} {
		if t, err := time.Parse(l.in, iso); err == nil {
			return t.Format(l.out)
		}
	}
	if len(iso) > len("2006-01-02T") && (iso[10] == 'T' || iso[10] == ' ') {
		// A time in a form not listed: the date before it still reads.
		if t, err := time.Parse(time.DateOnly, iso[:10]); err == nil {
			return t.Format("2 Jan 2006")
		}
	}
	return iso
}

// oneLine trims s and folds its line breaks into spaces, for values that
// must stay on one line (titles, metadata, headings, table cells).
func oneLine(s string) string {
	if blank(s) {
		return ""
	}
	s = strings.TrimSpace(s)
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

type textWriter struct {
	buf   []byte
	width int
}

// sep starts a new block: a blank line unless nothing was written yet.
func (t *textWriter) sep() {
	if len(t.buf) > 0 {
		t.buf = append(t.buf, '\n')
	}
}

// block writes one body block at the given indentation; top-level blocks
// are preceded by a blank line, blocks nested in a list item are not.
func (t *textWriter) block(b *article.Block, indent string) {
	if blockEmpty(b) || b.Kind == article.Figure {
		// The text format is the article's prose: figures and their
		// captions are for the formats that show pictures.
		return
	}
	if indent == "" {
		t.sep()
	}
	switch b.Kind {
	case article.List:
		t.list(b, indent+"  ")
	case article.Quote:
		t.buf = appendWrapped(t.buf, strings.TrimSpace(b.Text), t.width, indent+"  > ", indent+"  > ")
	case article.Code:
		for line := range strings.SplitSeq(trimCode(b.Text), "\n") {
			if line != "" {
				t.buf = append(t.buf, indent...)
				t.buf = append(t.buf, strings.TrimRight(line, "\r")...)
			}
			t.buf = append(t.buf, '\n')
		}
	case article.Table:
		for _, row := range b.Rows {
			if len(row) == 0 {
				continue
			}
			t.buf = append(t.buf, indent...)
			for j, c := range row {
				if j > 0 {
					t.buf = append(t.buf, " | "...)
				}
				t.buf = append(t.buf, oneLine(c)...)
			}
			t.buf = append(t.buf, '\n')
		}
	case article.Heading:
		t.buf = appendWrapped(t.buf, oneLine(b.Text), t.width, indent, indent)
	default:
		t.buf = appendWrapped(t.buf, strings.TrimSpace(b.Text), t.width, indent, indent)
	}
}

// list writes the items of a list whose markers start at indent; an
// item's continuation lines and nested blocks align under its text.
func (t *textWriter) list(b *article.Block, indent string) {
	n := 0
	for i := range b.Items {
		it := &b.Items[i]
		n++
		marker := "• "
		if b.Ordered {
			marker = strconv.Itoa(n) + ". "
		}
		inner := indent + strings.Repeat(" ", strWidth(marker))
		// An empty item (one holding only blocks) still shows its marker.
		t.buf = appendWrapped(t.buf, strings.TrimSpace(it.Text), t.width, indent+marker, inner)
		for j := range it.Children {
			c := &it.Children[j]
			if c.Kind == article.List {
				if !blockEmpty(c) {
					t.list(c, inner)
				}
				continue
			}
			t.block(c, inner)
		}
	}
}

// blockEmpty reports whether b would print nothing, so that it adds no
// blank line either.
func blockEmpty(b *article.Block) bool {
	switch b.Kind {
	case article.List:
		return len(b.Items) == 0
	case article.Table:
		for _, r := range b.Rows {
			if len(r) > 0 {
				return false
			}
		}
		return true
	case article.Figure:
		return blank(b.Caption) && b.Src == ""
	case article.Code:
		return trimCode(b.Text) == ""
	}
	return blank(b.Text)
}

// trimCode drops the blank lines around a code block but keeps the
// indentation of its first line.
func trimCode(s string) string {
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 || !blank(s[:i]) {
			break
		}
		s = s[i+1:]
	}
	s = strings.TrimRight(s, " \t\r\n")
	if blank(s) {
		return ""
	}
	return s
}
