package extract

import (
	"errors"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/cancel"
	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/faq"
	"github.com/pith-org/pith/internal/meta"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/siterules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// page is what one extraction carries from stage to stage.
type page struct {
	o     Options
	doc   *html.Node
	trace *rules.Trace  // rule switches and --explain decisions
	stop  *cancel.Point // checked by the long walks

	params content.Params // the mode's selection thresholds
	maxLD  float64        // the mode's link density above which a block is furniture

	user      *siterules.Page // the user's rules for this page; nil when none
	userChose bool            // the user's rules chose the body

	meta       *meta.Meta
	body       *html.Node        // the cleaned <body> (the document when there is none)
	headline   *html.Node        // the heading printing the title, nil when none
	discussion clean.Discussion  // what the page declares about being a discussion
	thread     int               // text the cleaner removed as comment threads
	sel        content.Selection // the chosen content nodes
	lead       []*html.Node      // standfirst nodes before the selection
	art        *article.Article

	shell shell // the page as served, for the noscript stage and the no-article reason
}

func newPage(doc *html.Node, o Options, trace *rules.Trace, stop *cancel.Point) *page {
	p := &page{o: o, doc: doc, trace: trace, stop: stop, params: content.Balanced, maxLD: 0.5}
	switch o.Mode {
	case Precision:
		p.params, p.maxLD = content.Precision, 0.35
	case Recall:
		p.params, p.maxLD = content.Recall, 0.65
	}
	return p
}

// Rules the pipeline itself applies; the stages' packages register
// their own.
var (
	ruleDeclaredBody = rules.Register(rules.Fallback, "declared-body",
		"the JSON-LD articleBody replaces a selection holding under a third of its text")
	ruleWholePage = rules.Register(rules.Fallback, "whole-page",
		"when no candidate scores, the body is all the cleaner left")
	ruleSignOff = rules.Register(rules.Meta, "author-sign-off",
		"a bold or italic name closing the body is the author when no source names one")
)

// auto marks a stage that chooses the body automatically: it does
// nothing when the user chose the body.
func auto(run func(*page)) func(*page) {
	return func(p *page) {
		if !p.userChose {
			run(p)
		}
	}
}

// unstream puts in place the parts a streaming server sent hidden (see
// clean.Unstream), before any reader looks at the page.
func unstream(p *page) { clean.Unstream(p.doc, p.trace) }

// userDrop applies the user's rules that match the page's host: what
// they drop is gone before any reader sees the page.
func userDrop(p *page) {
	if p.o.Rules.Empty() {
		return
	}
	p.user = p.o.Rules.For(p.doc, p.o.URL, p.trace)
	p.user.Drop(p.doc)
}

// userBody builds the body from the elements the user chose: only what
// is never visible text goes from them, and the block builder keeps
// them verbatim. The title and the byline and date lines stay out, as
// everywhere: the article shows them as its metadata.
func userBody(p *page) {
	kept := p.user.Keep(p.doc)
	if kept == nil {
		return
	}
	p.userChose = true
	opts := p.blockOptions()
	opts.Verbatim = true
	shown := kept[:0]
	for _, n := range kept {
		delete(opts.Skip, n) // a kept element is never left out whole
		clean.Invisible(n, p.trace)
		if n.Parent != nil { // not itself hidden
			shown = append(shown, n)
		}
	}
	p.art.Blocks = blocks.Build(shown, opts)
}

func readMetadata(p *page) {
	p.meta = meta.Extract(p.doc, p.o.URL, p.trace)
	p.user.Fields(p.doc, p.meta)
	m := p.meta
	p.art = &article.Article{
		URL: m.URL, Title: m.Title, Byline: m.Byline, Authors: m.Authors,
		Date: m.Date, DateModified: m.DateModified, SiteName: m.SiteName,
		Lang: m.Lang, Description: m.Description, Image: m.Image, Tags: m.Tags,
	}
}

func takeFAQ(p *page) {
	if p.o.NoFAQ {
		return
	}
	f := faq.Find(p.doc, p.trace)
	p.art.FAQ = f.Entries
	for _, n := range f.Nodes {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

func cleanTree(p *page) {
	p.discussion = clean.ReadDiscussion(p.doc)
	if p.o.threadOnly {
		p.discussion = clean.ThreadOnly
	}
	r := clean.Clean(p.doc, clean.Options{Recall: p.o.Mode == Recall, Title: p.meta.Title, SiteName: p.meta.SiteName, Discussion: p.discussion, Trace: p.trace, Stop: p.stop})
	p.headline, p.thread = r.Headline, r.Thread
	p.body = dom.Find(p.doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if p.body == nil {
		p.body = p.doc
	}
}

func selectContent(p *page) {
	p.sel = content.Select(p.body, content.Options{Params: p.params, Headline: p.headline, Trace: p.trace, Stop: p.stop})
}

func addLead(p *page) {
	if len(p.sel.Nodes) > 0 {
		p.lead = content.LeadUnder(p.sel.Nodes, p.headline, p.trace)
	}
}

func pruneContent(p *page) {
	if len(p.sel.Nodes) > 0 && p.o.Mode != Recall && !p.sel.Listing {
		content.PruneSelection(p.sel, p.maxLD, p.trace)
	}
}

func (p *page) blockOptions() blocks.Options {
	var base *url.URL
	if p.meta.BaseURL != "" {
		base, _ = url.Parse(p.meta.BaseURL)
	}
	skip := make(map[*html.Node]bool, len(p.meta.Nodes))
	for _, n := range p.meta.Nodes {
		skip[n] = true
	}
	maxLD := p.maxLD
	if p.sel.Listing {
		maxLD = 2 // a listing's items are links: no share of linked text is furniture
	}
	return blocks.Options{Base: base, Title: p.meta.Title, Skip: skip, MaxLinkDensity: maxLD, Listing: p.sel.Listing, Trace: p.trace, Stop: p.stop,
		Discussion: p.discussion != clean.NoDiscussion}
}

func buildBlocks(p *page) {
	if len(p.sel.Nodes) > 0 {
		opts := p.blockOptions()
		if len(p.lead) > 0 {
			opts.Lead = make(map[*html.Node]bool, len(p.lead))
			for _, n := range p.lead {
				opts.Lead[n] = true
			}
		}
		p.art.Blocks = blocks.Build(append(p.lead, p.sel.Nodes...), opts)
	}
}

// declaredBody: a page that declares a body three times longer than
// what selection found hides its text from scoring (split into
// fragments, or rendered by script); the declared body is the page's
// own statement of its text. The selection is measured only against a
// declared body: building the plain text of every block is costly.
func declaredBody(p *page) {
	ab := strings.TrimSpace(p.meta.ArticleBody)
	if ab == "" || !p.trace.On(ruleDeclaredBody) {
		return
	}
	found, declared := textLen(p.art.Blocks), utf8.RuneCountInString(ab)
	if found >= declared/3 {
		return
	}
	p.trace.Keep(ruleDeclaredBody, "JSON-LD articleBody", strconv.Itoa(found)+" characters selected, "+strconv.Itoa(declared)+" declared")
	p.art.Blocks = append(declaredDek(p, ab), paragraphs(ab)...)
}

func wholePage(p *page) {
	if len(p.art.Blocks) > 0 || !p.trace.On(ruleWholePage) {
		return
	}
	p.art.Blocks = blocks.Build([]*html.Node{p.body}, p.blockOptions())
	if len(p.art.Blocks) > 0 {
		p.trace.KeepNode(ruleWholePage, p.body, "no candidate scored")
	}
}

// threadOnly reports a first try that found no article on a page whose
// cleaning removed comment threads with some prose in them: the second
// try keeps them (thread-page). A declared discussion already keeps its
// posts, and the user's own body is final.
func (p *page) threadOnly(err error) bool {
	return errors.Is(err, ErrNoArticle) && !p.o.threadOnly && !p.userChose &&
		p.discussion == clean.NoDiscussion && p.thread >= minThread && p.trace.On(clean.ThreadPageRule)
}

// minThread is the least text of removed threads worth a second try:
// a few short comments under an empty page are not its content.
const minThread = 200

func signOff(p *page) {
	if len(p.art.Authors) > 0 || !p.trace.On(ruleSignOff) {
		return
	}
	if name, ok := signedBy(p.art.Blocks, p.art.Title); ok {
		p.art.Authors, p.art.Byline = []string{name}, name
		p.trace.Keep(ruleSignOff, "author", name)
	}
}

func textLen(bs []article.Block) int {
	n := 0
	for i := range bs {
		n += utf8.RuneCountInString(bs[i].PlainText())
	}
	return n
}

// paragraphs splits plain text into paragraph blocks at line breaks.
func paragraphs(s string) []article.Block {
	var out []article.Block
	for _, line := range strings.Split(s, "\n") {
		line = dom.CollapseSpace(line)
		if line == "" {
			continue
		}
		out = append(out, article.Block{Kind: article.Paragraph, Text: line, Spans: []article.Span{{Text: line}}})
	}
	return out
}
