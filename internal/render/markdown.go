package render

import (
	"io"
	"strconv"
	"strings"

	"github.com/pith-org/pith/internal/article"
)

// Markdown writes a as CommonMark with GitHub tables: YAML front matter
// (title, byline, date, site, url, lang, description; only the known ones,
// all double-quoted), the title as "# ", the body, and the FAQ as
// "## Frequently Asked Questions" with one "### " heading per question.
// Text is escaped wherever it would read as markup. o.NoLinks keeps link
// text without the link; o.NoImages drops images but keeps captions;
// o.BodyOnly writes the body alone; o.NoFrontMatter leaves out the YAML.
func Markdown(w io.Writer, a *article.Article, o Options) error {
	m := mdWriter{o: o}
	if !o.BodyOnly {
		if !o.NoFrontMatter {
			m.frontMatter(a)
		}
		if t := oneLine(a.Title); t != "" {
			m.sep()
			m.buf = append(m.buf, "# "...)
			m.buf = append(m.buf, escapeHeadingEnd(escapeLineStart(string(appendMDText(nil, t))))...)
			m.buf = append(m.buf, '\n')
		}
	}
	m.blocks(a.Blocks, "")
	if !o.BodyOnly && len(a.FAQ) > 0 {
		m.sep()
		m.buf = append(m.buf, "## "+faqHeading+"\n"...)
		for _, qa := range a.FAQ {
			q := oneLine(qa.Question)
			if q != "" {
				m.sep()
				m.buf = append(m.buf, "### "...)
				m.buf = append(m.buf, escapeHeadingEnd(escapeLineStart(string(appendMDText(nil, q))))...)
				m.buf = append(m.buf, '\n')
			}
			if ans := strings.TrimSpace(qa.Answer); ans != "" {
				m.sep()
				m.prefixed(m.inlineLines(ans, nil), "", "")
			}
		}
	}
	return writeClean(w, m.buf)
}

type mdWriter struct {
	buf []byte
	o   Options
	// plain renders inline text without emphasis; badFlank records that
	// a line's emphasis markers would not be recognised (see inline).
	plain, badFlank bool
}

func (m *mdWriter) sep() {
	if len(m.buf) > 0 {
		m.buf = append(m.buf, '\n')
	}
}

func (m *mdWriter) frontMatter(a *article.Article) {
	fields := []struct{ k, v string }{
		{"title", a.Title}, {"byline", a.Byline}, {"date", a.Date},
		{"site", a.SiteName}, {"url", a.URL}, {"lang", a.Lang},
		{"description", a.Description},
	}
	start := len(m.buf)
	for _, f := range fields {
		if v := strings.TrimSpace(f.v); v != "" {
			if len(m.buf) == start {
				m.buf = append(m.buf, "---\n"...)
			}
			m.buf = append(m.buf, f.k...)
			m.buf = append(m.buf, ": "...)
			m.buf = append(m.buf, yamlQuote(v)...)
			m.buf = append(m.buf, '\n')
		}
	}
	if len(m.buf) > start {
		m.buf = append(m.buf, "---\n"...)
	}
}

// blocks writes a sequence of sibling blocks whose lines start with
// indent. Two lists in a row would merge into one in Markdown, so the
// second uses the other bullet ("*" after "-", ")" after ".").
func (m *mdWriter) blocks(bs []article.Block, indent string) {
	alt := false
	var prev *article.Block
	for i := range bs {
		b := &bs[i]
		if m.empty(b) {
			continue
		}
		if b.Kind == article.List {
			alt = prev != nil && prev.Kind == article.List && prev.Ordered == b.Ordered && !alt
		}
		if len(m.buf) > 0 {
			m.buf = append(m.buf, strings.TrimRight(indent, " ")...)
			m.buf = append(m.buf, '\n')
		}
		m.block(b, indent, alt)
		prev = b
	}
}

// empty reports whether b writes nothing in Markdown with these options.
func (m *mdWriter) empty(b *article.Block) bool {
	if b.Kind == article.Figure {
		return blank(b.Caption) && (m.o.NoImages || !imageOK(b.Src))
	}
	if len(b.Spans) > 0 && (b.Kind == article.Paragraph || b.Kind == article.Heading || b.Kind == article.Quote) {
		return len(m.inlineLines(b.Text, b.Spans)) == 0
	}
	return blockEmpty(b)
}

func (m *mdWriter) block(b *article.Block, indent string, alt bool) {
	switch b.Kind {
	case article.Heading:
		level := min(max(b.Level, 1), 6)
		m.buf = append(m.buf, indent...)
		m.buf = append(m.buf, strings.Repeat("#", level)...)
		m.buf = append(m.buf, ' ')
		m.buf = append(m.buf, escapeHeadingEnd(strings.Join(m.inlineLines(b.Text, flatSpans(b.Text, b.Spans)), " "))...)
		m.buf = append(m.buf, '\n')
	case article.List:
		m.list(b, indent, alt)
	case article.Quote:
		m.prefixed(m.inlineLines(b.Text, b.Spans), indent+"> ", indent+"> ")
	case article.Code:
		text := trimCode(b.Text)
		fence := strings.Repeat("`", max(3, longestRun(text, '`')+1))
		m.buf = append(m.buf, indent...)
		m.buf = append(m.buf, fence...)
		m.buf = append(m.buf, codeLang(b.Lang)...)
		m.buf = append(m.buf, '\n')
		for line := range strings.SplitSeq(text, "\n") {
			if line != "" {
				m.buf = append(m.buf, indent...)
			}
			m.buf = append(m.buf, line...)
			m.buf = append(m.buf, '\n')
		}
		m.buf = append(m.buf, indent...)
		m.buf = append(m.buf, fence...)
		m.buf = append(m.buf, '\n')
	case article.Table:
		m.table(b, indent)
	case article.Figure:
		img := !m.o.NoImages && imageOK(b.Src)
		if img {
			m.buf = append(m.buf, indent...)
			m.buf = appendMDImage(m.buf, b.Alt, b.Src)
			m.buf = append(m.buf, '\n')
		}
		if c := oneLine(b.Caption); c != "" {
			if img {
				m.buf = append(m.buf, strings.TrimRight(indent, " ")...)
				m.buf = append(m.buf, '\n')
			}
			m.buf = append(m.buf, indent...)
			m.buf = append(m.buf, '*')
			m.buf = appendMDText(m.buf, c)
			m.buf = append(m.buf, "*\n"...)
		}
	default:
		m.prefixed(m.inlineLines(b.Text, b.Spans), indent, indent)
	}
}

// flatSpans returns the runs of a block with line breaks turned into
// spaces, for headings, which are one line.
func flatSpans(text string, spans []article.Span) []article.Span {
	src := spansOf(text, spans)
	out := make([]article.Span, len(src))
	for i, s := range src {
		s.Text = strings.ReplaceAll(s.Text, "\n", " ")
		out[i] = s
	}
	return out
}

// codeLang makes the info string of a fence: the first word of the
// language name, without backticks, which would end the info string.
func codeLang(lang string) string {
	f := strings.Fields(strings.ReplaceAll(lang, "`", ""))
	if len(f) == 0 {
		return ""
	}
	return f[0]
}

func (m *mdWriter) list(b *article.Block, indent string, alt bool) {
	bullet, delim := "- ", ". "
	if alt {
		bullet, delim = "* ", ") "
	}
	for i := range b.Items {
		it := &b.Items[i]
		marker := bullet
		if b.Ordered {
			marker = strconv.Itoa(i+1) + delim
		}
		inner := indent + strings.Repeat(" ", len(marker))
		lines := m.inlineLines(it.Text, it.Spans)
		if len(lines) == 0 {
			lines = []string{""}
		}
		m.prefixed(lines, indent+marker, inner)
		var prev *article.Block
		for j := range it.Children {
			c := &it.Children[j]
			if m.empty(c) {
				continue
			}
			// A nested list may follow the item text directly; any other
			// block needs a blank line, or it would continue the text.
			if c.Kind != article.List || (prev != nil && prev.Kind != article.List) {
				m.buf = append(m.buf, '\n')
			}
			childAlt := c.Kind == article.List && prev != nil && prev.Kind == article.List && prev.Ordered == c.Ordered
			m.block(c, inner, childAlt)
			prev = c
		}
	}
}

func (m *mdWriter) table(b *article.Block, indent string) {
	cols := 0
	for _, r := range b.Rows {
		cols = max(cols, len(r))
	}
	if cols == 0 {
		return
	}
	// GitHub tables need exactly one header row: the first row serves when
	// the page marked none, and further header rows become body rows.
	for i, r := range b.Rows {
		m.buf = append(m.buf, indent...)
		m.buf = append(m.buf, '|')
		for j := range cols {
			m.buf = append(m.buf, ' ')
			if j < len(r) {
				m.buf = appendMDCell(m.buf, r[j])
			}
			m.buf = append(m.buf, " |"...)
		}
		m.buf = append(m.buf, '\n')
		if i == 0 {
			m.buf = append(m.buf, indent...)
			m.buf = append(m.buf, '|')
			for range cols {
				m.buf = append(m.buf, " --- |"...)
			}
			m.buf = append(m.buf, '\n')
		}
	}
}

// appendMDCell appends a table cell: escaped text on one line, line
// breaks kept as <br>.
func appendMDCell(dst []byte, c string) []byte {
	c = strings.TrimSpace(c)
	for i, line := range strings.Split(c, "\n") {
		if i > 0 {
			dst = append(dst, "<br>"...)
		}
		dst = appendMDText(dst, strings.TrimSpace(line))
	}
	return dst
}

func appendMDImage(dst []byte, alt, src string) []byte {
	dst = append(dst, "!["...)
	dst = appendMDText(dst, oneLine(alt))
	dst = append(dst, "]("...)
	dst = append(dst, mdURL(src)...)
	return append(dst, ')')
}

// prefixed writes lines, the first after first and the others after rest;
// empty lines (paragraph breaks) get rest without trailing blanks.
func (m *mdWriter) prefixed(lines []string, first, rest string) {
	for i, l := range lines {
		p := rest
		if i == 0 {
			p = first
		}
		if l == "" {
			p = strings.TrimRight(p, " ")
		}
		m.buf = append(m.buf, p...)
		m.buf = append(m.buf, l...)
		m.buf = append(m.buf, '\n')
	}
}

// inlineLines renders text with its runs as Markdown lines: "" marks a
// paragraph break, a line followed by another in the same paragraph ends
// with a backslash (a hard line break). Blank lines at either end are
// dropped.
func (m *mdWriter) inlineLines(text string, spans []article.Span) []string {
	var out []string
	blank := false
	for _, line := range splitLines(spansOf(text, spans)) {
		if blankLine(line) {
			blank = len(out) > 0
			continue
		}
		m.badFlank = false
		rendered := m.inline(nil, line, style{}, false)
		if m.badFlank {
			m.plain = true
			rendered = m.inline(nil, line, style{}, false)
			m.plain = false
		}
		s := escapeLineStart(strings.TrimRight(string(rendered), " \t"))
		if s == "" {
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		} else if n := len(out); n > 0 {
			out[n-1] += `\`
		}
		out = append(out, s)
	}
	return out
}
