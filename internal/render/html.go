package render

import (
	"html"
	"io"
	"strconv"
	"strings"

	"github.com/pith-org/pith/internal/article"
)

// pageStyle keeps the read-later page legible without any external
// resource.
const pageStyle = `body{max-width:42em;margin:2em auto;padding:0 1em;font:1.1em/1.6 Georgia,serif;color:#222}` +
	`pre{overflow:auto;background:#f5f5f5;padding:.6em}table{border-collapse:collapse}` +
	`td,th{border:1px solid #ccc;padding:.2em .5em}img{max-width:100%}.meta{color:#666}`

// HTML writes a as a small standalone HTML5 document: charset, title,
// an <article> with the headline, a byline/date line, the body blocks and
// the FAQ as a <section> of <h3> questions and answer paragraphs. All text
// is escaped; links keep only http, https and mailto targets and images
// only http and https sources. o.NoLinks, o.NoImages and o.BodyOnly apply
// as in Markdown.
func HTML(w io.Writer, a *article.Article, o Options) error {
	h := htmlWriter{o: o}
	h.s("<!DOCTYPE html>\n<html")
	if l := strings.TrimSpace(a.Lang); l != "" {
		h.s(` lang="`)
		h.esc(l)
		h.s(`"`)
	}
	h.s(">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
	h.esc(oneLine(a.Title))
	h.s("</title>\n")
	h.meta("author", a.Byline)
	h.meta("description", a.Description)
	if linkOK(a.URL) {
		h.s(`<link rel="canonical" href="`)
		h.esc(strings.TrimSpace(a.URL))
		h.s("\">\n")
	}
	h.s("<style>" + pageStyle + "</style>\n</head>\n<body>\n<article>\n")
	if !o.BodyOnly {
		h.header(a)
	}
	for i := range a.Blocks {
		h.block(&a.Blocks[i])
	}
	if !o.BodyOnly && len(a.FAQ) > 0 {
		h.s("<section class=\"faq\">\n<h2>" + faqHeading + "</h2>\n")
		for _, qa := range a.FAQ {
			if q := oneLine(qa.Question); q != "" {
				h.s("<h3>")
				h.esc(q)
				h.s("</h3>\n")
			}
			h.paras(qa.Answer, nil)
		}
		h.s("</section>\n")
	}
	h.s("</article>\n</body>\n</html>\n")
	return writeClean(w, h.buf)
}

type htmlWriter struct {
	buf []byte
	o   Options
}

func (h *htmlWriter) s(s string) { h.buf = append(h.buf, s...) }

func (h *htmlWriter) esc(s string) { h.buf = append(h.buf, html.EscapeString(s)...) }

// text escapes s and keeps its line breaks as <br>.
func (h *htmlWriter) text(s string) {
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			h.s("<br>\n")
		}
		h.esc(line)
	}
}

func (h *htmlWriter) meta(name, content string) {
	if content = oneLine(content); content != "" {
		h.s(`<meta name="` + name + `" content="`)
		h.esc(content)
		h.s("\">\n")
	}
}

func (h *htmlWriter) header(a *article.Article) {
	title, byline, date, site := oneLine(a.Title), oneLine(a.Byline), oneLine(a.Date), oneLine(a.SiteName)
	if title == "" && byline == "" && date == "" && site == "" {
		return
	}
	h.s("<header>\n")
	if title != "" {
		h.s("<h1>")
		h.esc(title)
		h.s("</h1>\n")
	}
	if byline != "" || date != "" || site != "" {
		h.s(`<p class="meta">`)
		n := 0
		part := func() {
			if n > 0 {
				h.s(" · ")
			}
			n++
		}
		if byline != "" {
			part()
			h.s(`<span class="byline">`)
			h.esc(byline)
			h.s("</span>")
		}
		if date != "" {
			part()
			h.s(`<time datetime="`)
			h.esc(date)
			h.s(`">`)
			h.esc(date)
			h.s("</time>")
		}
		if site != "" {
			part()
			h.esc(site)
		}
		h.s("</p>\n")
	}
	h.s("</header>\n")
}

func (h *htmlWriter) block(b *article.Block) {
	if blockEmpty(b) {
		return
	}
	switch b.Kind {
	case article.Heading:
		tag := "h" + strconv.Itoa(min(max(b.Level, 1), 6))
		h.s("<" + tag + ">")
		h.inline(flatSpans(b.Text, b.Spans))
		h.s("</" + tag + ">\n")
	case article.List:
		h.list(b)
	case article.Quote:
		h.s("<blockquote>\n")
		h.paras(b.Text, b.Spans)
		h.s("</blockquote>\n")
	case article.Code:
		h.s("<pre><code")
		if l := codeLang(b.Lang); l != "" {
			h.s(` class="language-`)
			h.esc(l)
			h.s(`"`)
		}
		h.s(">")
		h.esc(trimCode(b.Text))
		h.s("</code></pre>\n")
	case article.Table:
		h.table(b)
	case article.Figure:
		img := !h.o.NoImages && imageOK(b.Src)
		caption := strings.TrimSpace(b.Caption)
		switch {
		case img:
			h.s("<figure>\n<img src=\"")
			h.esc(strings.TrimSpace(b.Src))
			h.s(`" alt="`)
			h.esc(oneLine(b.Alt))
			h.s("\">\n")
			if caption != "" {
				h.s("<figcaption>")
				h.text(caption)
				h.s("</figcaption>\n")
			}
			h.s("</figure>\n")
		case caption != "":
			h.s("<p>")
			h.text(caption)
			h.s("</p>\n")
		}
	default:
		h.paras(b.Text, b.Spans)
	}
}

// paras writes text as paragraphs: a blank line starts a new <p>, a
// single line break becomes <br>.
func (h *htmlWriter) paras(text string, spans []article.Span) {
	open := false
	pending := false // a line was written and the next one needs a <br>
	for _, line := range splitLines(spansOf(text, spans)) {
		if blankLine(line) {
			if open {
				h.s("</p>\n")
				open, pending = false, false
			}
			continue
		}
		if !open {
			h.s("<p>")
			open = true
		}
		if pending {
			h.s("<br>\n")
		}
		h.inline(line)
		pending = true
	}
	if open {
		h.s("</p>\n")
	}
}

func (h *htmlWriter) list(b *article.Block) {
	tag := "ul"
	if b.Ordered {
		tag = "ol"
	}
	h.s("<" + tag + ">\n")
	for i := range b.Items {
		it := &b.Items[i]
		h.s("<li>")
		lines := splitLines(spansOf(strings.TrimSpace(it.Text), it.Spans))
		for k, line := range lines {
			if k > 0 {
				h.s("<br>\n")
			}
			h.inline(line)
		}
		if len(it.Children) > 0 {
			h.s("\n")
			for j := range it.Children {
				h.block(&it.Children[j])
			}
		}
		h.s("</li>\n")
	}
	h.s("</" + tag + ">\n")
}

func (h *htmlWriter) table(b *article.Block) {
	h.s("<table>\n")
	for i, row := range b.Rows {
		head := i < b.HeaderRows
		if i == 0 && head {
			h.s("<thead>\n")
		}
		if i == b.HeaderRows {
			if i > 0 {
				h.s("</thead>\n")
			}
			h.s("<tbody>\n")
		}
		cell := "td"
		if head {
			cell = "th"
		}
		h.s("<tr>")
		for _, c := range row {
			h.s("<" + cell + ">")
			h.text(strings.TrimSpace(c))
			h.s("</" + cell + ">")
		}
		h.s("</tr>\n")
	}
	switch {
	case len(b.Rows) > b.HeaderRows:
		h.s("</tbody>\n")
	case b.HeaderRows > 0:
		h.s("</thead>\n")
	}
	h.s("</table>\n")
}

// inline writes one line of runs with their formatting. Each run gets its
// own tags: HTML has no delimiter ambiguity to avoid.
func (h *htmlWriter) inline(line []article.Span) {
	for i := range line {
		s := &line[i]
		if s.Image != "" {
			if h.o.NoImages || !imageOK(s.Image) {
				continue
			}
			h.link(s.Href, func() {
				h.s(`<img src="`)
				h.esc(strings.TrimSpace(s.Image))
				h.s(`" alt="`)
				h.esc(s.Text)
				h.s(`">`)
			})
			continue
		}
		h.link(s.Href, func() {
			var closeTags string
			if s.Strong {
				h.s("<strong>")
				closeTags = "</strong>"
			}
			if s.Em {
				h.s("<em>")
				closeTags = "</em>" + closeTags
			}
			if s.Code {
				h.s("<code>")
				closeTags = "</code>" + closeTags
			}
			h.esc(s.Text)
			h.s(closeTags)
		})
	}
}

// link wraps what body writes in <a> when href is an allowed target.
func (h *htmlWriter) link(href string, body func()) {
	if href == "" || h.o.NoLinks || !linkOK(href) {
		body()
		return
	}
	h.s(`<a href="`)
	h.esc(strings.TrimSpace(href))
	h.s(`">`)
	body()
	h.s("</a>")
}
