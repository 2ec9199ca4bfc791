// Package extract is pith's pipeline, from the bytes of a page to an
// article. The pipeline variable below is the whole story, stage by
// stage, in the order they run; each stage is a short function in
// stages.go that calls the package doing the work, and records its own
// decisions in the page's rule trace (package rules) for --explain.
package extract

import (
	"bytes"
	"context"
	"errors"
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/cancel"
	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/parse"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/siterules"
	"golang.org/x/net/html"
)

// pipeline lists the stages of an extraction in the order they run.
// Metadata and the FAQ read the raw tree first, since cleaning removes
// what they read (hidden accordion panels, JSON-LD scripts, the byline
// line). The two fallbacks run only when selection found too little.
// The stages marked auto choose the body automatically; they stand
// aside when the user chose it (--keep, a rules file's body).
var pipeline = []stage{
	{"title", reopenTitle},                // a <title> never closed, which swallowed the page, closed
	{"noscript", unpackNoscript},          // a script shell's page, server-rendered inside <noscript>, unpacked
	{"unstream", unstream},                // streamed server rendering's hidden parts put in their placeholders
	{"user-drop", userDrop},               // the user's --drop selectors and rules files: gone before any reader looks
	{"metadata", readMetadata},            // title, authors, dates, site… from every source; byline and date lines marked
	{"faq", takeFAQ},                      // FAQ entries from every source; the visible FAQ detached from the tree
	{"user-body", userBody},               // the user's --keep or a rules file's body: then that is the body, verbatim
	{"clean", auto(cleanTree)},            // scripts, hidden nodes, chrome and named boilerplate removed
	{"select", auto(selectContent)},       // the main content: scored paragraphs, widened by text mass
	{"lead", auto(addLead)},               // the standfirst between headline and body joins the content
	{"prune", auto(pruneContent)},         // furniture inside the content: link boxes, cards, galleries
	{"blocks", auto(buildBlocks)},         // typed blocks, with block-level filters and dedup
	{"declared-body", auto(declaredBody)}, // fallback: the JSON-LD articleBody when selection found far less
	{"whole-page", auto(wholePage)},       // fallback: nothing scored, so all the cleaner left
	{"sign-off", signOff},                 // the author from a closing signature, when no source named one
}

// stage is one named step of the pipeline.
type stage struct {
	name string
	run  func(*page)
}

// Mode trades precision against recall.
type Mode int

const (
	Balanced Mode = iota
	Precision
	Recall
)

// Options for one page.
type Options struct {
	URL         string // the page's URL (after redirects) or --base-url; "" for plain files
	ContentType string // the HTTP Content-Type, for its charset; "" for files
	NoFAQ       bool   // leave FAQ sections in the body as the page shows them
	Mode        Mode
	Explain     bool // record kept/dropped decisions in Article.Explain
	// Disabled names rules switched off (ablation, --disable-rule); they
	// must be registered (rules.CheckNames).
	Disabled map[string]bool
	// Rules are the user's selectors (--drop, --keep, rules files),
	// compiled once per run; nil or empty changes nothing.
	Rules *siterules.Set

	threadOnly bool // the second try of a page that is only its comment threads
}

// ErrNoArticle is returned for a page with no article in it: empty, a
// login wall, only navigation.
var ErrNoArticle = errors.New("no article found")

// ParseError is a page the HTML parser gives up on. The only such
// pages are nested beyond the parser's limit on open elements, even
// once parse has closed the elements past a depth.
type ParseError struct{ Err error }

func (e *ParseError) Error() string {
	if strings.Contains(e.Err.Error(), "open stack") {
		return "page nested too deeply to parse (over 512 open elements)"
	}
	return "cannot parse the page: " + e.Err.Error()
}

func (e *ParseError) Unwrap() error { return e.Err }

// FromBytesContext decodes and parses raw and extracts its article. It
// stops, with ctx's error, soon after ctx is done, parsing included.
func FromBytesContext(ctx context.Context, raw []byte, o Options) (*article.Article, error) {
	p, err := fromBytes(ctx, raw, o, nil)
	if p == nil {
		return nil, err
	}
	return p.art, err
}

// fromBytes parses raw and runs the pipeline on it; when the page had
// no article once its comment threads were removed, it runs again on a
// fresh parse keeping them (thread-page): a page that is only a thread
// is its thread. Only pages that would fail pay for the second parse.
// parsed, when not nil, sees each parsed tree before the run changes it.
func fromBytes(ctx context.Context, raw []byte, o Options, parsed func(*html.Node)) (*page, error) {
	for {
		doc, err := parsePage(ctx, raw, o)
		if err != nil {
			return nil, err
		}
		if parsed != nil {
			parsed(doc)
		}
		p, err := run(ctx, doc, o)
		if p == nil || !p.threadOnly(err) {
			return p, err
		}
		o.threadOnly = true
	}
}

// parsePage decodes raw to UTF-8 and parses it, once.
func parsePage(ctx context.Context, raw []byte, o Options) (*html.Node, error) {
	if err := decode.CheckHTML(raw); err != nil {
		return nil, err
	}
	text, _, err := decode.ToUTF8(raw, o.ContentType)
	if err != nil {
		return nil, err
	}
	if len(bytes.TrimSpace(text)) == 0 {
		return nil, ErrNoArticle
	}
	doc, err := parse.DocumentContext(ctx, text)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, &ParseError{Err: err}
	}
	return doc, nil
}

// RunContext extracts the article of a parsed page; it modifies doc. It
// stops, with ctx's error, soon after ctx is done.
func RunContext(ctx context.Context, doc *html.Node, o Options) (*article.Article, error) {
	p, err := run(ctx, doc, o)
	if p == nil {
		return nil, err
	}
	return p.art, err
}

// run takes the page through the pipeline.
func run(ctx context.Context, doc *html.Node, o Options) (p *page, err error) {
	p = newPage(doc, o, rules.NewTrace(o.Disabled, o.Explain), cancel.New(ctx))
	defer cancel.Recover(&err)
	for _, s := range pipeline {
		p.stop.Now()
		s.run(p)
	}
	p.art.Explain = p.trace.Decisions()
	if len(p.art.Blocks) == 0 && len(p.art.FAQ) == 0 {
		return p, p.noArticle()
	}
	return p, nil
}
