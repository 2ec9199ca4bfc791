package render

import (
	"bytes"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/article"
)

// JSON writes a as one JSON object followed by a newline: compact (one
// line, as in JSON Lines) unless o.Pretty. Links and images options do not
// apply: JSON carries the extracted content as it is.
//
// Schema. Every field below is always present; unknown strings are "",
// unknown lists are [].
//
//	source         string   the input as given (for directory members, the file's path)
//	id             string or number   the record's id as it came; only present when set (stdin records)
//	url            string   final or canonical URL
//	fetched        string   when the page was captured (WARC-Date); only
//	                        present for pages read out of a WARC file
//	title          string
//	byline         string   display string, several names joined with ", "
//	authors        [string]
//	date           string   publication date, ISO 8601
//	date_modified  string   ISO 8601
//	site_name      string
//	lang           string   BCP 47 primary language, e.g. "en"
//	description    string
//	image          string   absolute URL of the lead image
//	tags           [string]
//	text           string   the body as plain text, without title and FAQ
//	blocks         [block]  the body as typed blocks, see below
//	faq            [{"question": string, "answer": string}]
//	word_count     int      words of text (see WordCount)
//	explain        [{"region": string, "kept": bool, "rule": string}]
//	                        only present when the extraction was explained
//	error          string   one-line reason; only present on failure. The
//	                        body fields (text, blocks, faq, word_count) are
//	                        then empty; the metadata fields hold what was
//	                        found (a page with no article still has a title)
//
// Blocks, by "type":
//
//	{"type":"heading","level":2,"text":"…"}
//	{"type":"paragraph","text":"…"}
//	{"type":"list","ordered":false,"items":[{"text":"…","children":[block,…]}]}
//	{"type":"quote","text":"…"}                  paragraphs separated by "\n\n"
//	{"type":"code","lang":"go","text":"…"}       verbatim; lang "" when not named
//	{"type":"table","header_rows":1,"rows":[["…","…"],…]}
//	{"type":"figure","src":"…","alt":"…","caption":"…"}
//
// List items are always objects and always carry "children" (usually []
// or a nested list block), so consumers need handle one shape only.
//
// Output is always valid UTF-8 (invalid bytes become U+FFFD); control
// characters, U+2028 and U+2029 are escaped; <, > and & are not.
func JSON(w io.Writer, a *article.Article, o Options) error {
	e := getEncoder()
	defer putEncoder(e)
	e.article(a, "")
	return e.flush(w, o.Pretty)
}

// JSONError writes the object for a failed input, "error" set to a
// one-line reason. a carries the source, the id and whatever metadata was
// found before the failure (a page with no article still has a title and
// a date a reader wants); its body (blocks, FAQ) and explanation are never
// written, so the body fields are always empty.
func JSONError(w io.Writer, a *article.Article, err error, o Options) error {
	msg := "unknown error"
	if err != nil {
		msg = strings.Join(strings.Fields(err.Error()), " ")
	}
	meta := *a
	meta.Blocks, meta.FAQ, meta.Explain = nil, nil, nil
	e := getEncoder()
	defer putEncoder(e)
	e.article(&meta, msg)
	return e.flush(w, o.Pretty)
}

type encoder struct {
	buf    []byte
	text   []byte // the article's plain text, built here rather than as a string
	pretty bytes.Buffer
}

var encoders = sync.Pool{New: func() any { return new(encoder) }}

func getEncoder() *encoder { return encoders.Get().(*encoder) }

func putEncoder(e *encoder) {
	if cap(e.buf) > 1<<20 || cap(e.text) > 1<<20 { // do not keep huge buffers alive
		return
	}
	e.buf = e.buf[:0]
	e.text = e.text[:0]
	e.pretty.Reset()
	encoders.Put(e)
}

func (e *encoder) flush(w io.Writer, pretty bool) error {
	if pretty {
		if err := json.Indent(&e.pretty, e.buf, "", "  "); err != nil {
			return err
		}
		e.pretty.WriteByte('\n')
		_, err := w.Write(e.pretty.Bytes())
		return err
	}
	e.buf = append(e.buf, '\n')
	_, err := w.Write(e.buf)
	return err
}

func (e *encoder) article(a *article.Article, errMsg string) {
	e.text = e.text[:0]
	if errMsg == "" {
		e.text = appendPlainText(e.text, a)
	}
	e.buf = append(e.buf, '{')
	e.str("source", a.Source)
	if a.ID != "" {
		e.key("id")
		e.buf = appendID(e.buf, a.ID)
	}
	e.str("url", a.URL)
	if a.Fetched != "" {
		e.str("fetched", a.Fetched)
	}
	e.str("title", a.Title)
	e.str("byline", a.Byline)
	e.strs("authors", a.Authors)
	e.str("date", a.Date)
	e.str("date_modified", a.DateModified)
	e.str("site_name", a.SiteName)
	e.str("lang", a.Lang)
	e.str("description", a.Description)
	e.str("image", a.Image)
	e.strs("tags", a.Tags)
	e.key("text")
	e.buf = appendJSONString(e.buf, e.text)
	e.key("blocks")
	e.blocks(a.Blocks)
	e.key("faq")
	e.buf = append(e.buf, '[')
	for i, qa := range a.FAQ {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = append(e.buf, '{')
		e.str("question", qa.Question)
		e.str("answer", qa.Answer)
		e.buf = append(e.buf, '}')
	}
	e.buf = append(e.buf, ']')
	e.key("word_count")
	e.buf = strconv.AppendInt(e.buf, int64(wordCount(e.text)), 10)
	if len(a.Explain) > 0 {
		e.key("explain")
		e.buf = append(e.buf, '[')
		for i, d := range a.Explain {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.buf = append(e.buf, '{')
			e.str("region", d.Region)
			e.key("kept")
			e.buf = strconv.AppendBool(e.buf, d.Kept)
			e.str("rule", d.Rule)
			if d.Detail != "" {
				e.str("detail", d.Detail)
			}
			e.buf = append(e.buf, '}')
		}
		e.buf = append(e.buf, ']')
	}
	if errMsg != "" {
		e.str("error", errMsg)
	}
	e.buf = append(e.buf, '}')
}

func (e *encoder) blocks(bs []article.Block) {
	e.buf = append(e.buf, '[')
	for i := range bs {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.block(&bs[i])
	}
	e.buf = append(e.buf, ']')
}

func (e *encoder) block(b *article.Block) {
	kind := string(b.Kind)
	if kind == "" {
		kind = string(article.Paragraph)
	}
	e.buf = append(e.buf, '{')
	e.str("type", kind)
	switch b.Kind {
	case article.Heading:
		e.key("level")
		e.buf = strconv.AppendInt(e.buf, int64(b.Level), 10)
		e.str("text", b.Text)
	case article.List:
		e.key("ordered")
		e.buf = strconv.AppendBool(e.buf, b.Ordered)
		e.key("items")
		e.buf = append(e.buf, '[')
		for i := range b.Items {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.buf = append(e.buf, '{')
			e.str("text", b.Items[i].Text)
			e.key("children")
			e.blocks(b.Items[i].Children)
			e.buf = append(e.buf, '}')
		}
		e.buf = append(e.buf, ']')
	case article.Code:
		e.str("lang", b.Lang)
		e.str("text", b.Text)
	case article.Table:
		e.key("header_rows")
		e.buf = strconv.AppendInt(e.buf, int64(b.HeaderRows), 10)
		e.key("rows")
		e.buf = append(e.buf, '[')
		for i, row := range b.Rows {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			e.list(row)
		}
		e.buf = append(e.buf, ']')
	case article.Figure:
		e.str("src", b.Src)
		e.str("alt", b.Alt)
		e.str("caption", b.Caption)
	default:
		e.str("text", b.Text)
	}
	e.buf = append(e.buf, '}')
}

// key writes a member name, preceded by a comma unless it opens an object.
func (e *encoder) key(k string) {
	if n := len(e.buf); n > 0 && e.buf[n-1] != '{' {
		e.buf = append(e.buf, ',')
	}
	e.buf = append(e.buf, '"')
	e.buf = append(e.buf, k...)
	e.buf = append(e.buf, '"', ':')
}

// appendID appends a record id, JSON text, as it came: a record's numeric
// id stays a number. Anything but a valid JSON string or number is
// written as a string.
func appendID(b []byte, id string) []byte {
	if c := id[0]; (c == '"' || c == '-' || c >= '0' && c <= '9') && utf8.ValidString(id) && json.Valid([]byte(id)) {
		return append(b, id...)
	}
	return appendJSONString(b, id)
}

func (e *encoder) str(k, v string) {
	e.key(k)
	e.buf = appendJSONString(e.buf, v)
}

func (e *encoder) strs(k string, vs []string) {
	e.key(k)
	e.list(vs)
}

func (e *encoder) list(vs []string) {
	e.buf = append(e.buf, '[')
	for i, v := range vs {
		if i > 0 {
			e.buf = append(e.buf, ',')
		}
		e.buf = appendJSONString(e.buf, v)
	}
	e.buf = append(e.buf, ']')
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string. Invalid UTF-8 becomes
// U+FFFD; control characters and the JavaScript line terminators U+2028
// and U+2029 are escaped; HTML characters are left alone for readability.
func appendJSONString[T string | []byte](dst []byte, s T) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
		switch {
		case r == utf8.RuneError && n == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, "\uFFFD"...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xf])
		default:
			i += n
			continue
		}
		i += n
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
