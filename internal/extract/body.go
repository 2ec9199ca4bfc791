package extract

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/content"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/meta"
	"github.com/pith-org/pith/internal/siterules"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// body cleans the tree, selects the main content and builds its blocks,
// falling back to the page's JSON-LD articleBody when selection finds
// much less text than the page itself declares.
func body(doc *html.Node, m *meta.Meta, base *url.URL, o Options, user *siterules.Page) ([]article.Block, []article.Decision) {
	params := content.Balanced
	maxLD := 0.5
	switch o.Mode {
	case Precision:
		params, maxLD = content.Precision, 0.35
	case Recall:
		params, maxLD = content.Recall, 0.65
	}
	skip := map[*html.Node]bool{}
	for _, n := range m.Nodes {
		skip[n] = true
	}
	if kept := user.Keep(doc); kept != nil {
		return keptBody(kept, blocks.Options{Base: base, Title: m.Title, Skip: skip, Verbatim: true}, o.Explain)
	}
	decisions := clean.Clean(doc, clean.Options{Recall: o.Mode == Recall, Explain: o.Explain})
	root := dom.Find(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
	if root == nil {
		root = doc
	}
	sel := content.Select(root, params)
	bopts := blocks.Options{Base: base, Title: m.Title, Skip: skip, MaxLinkDensity: maxLD}
	var bs []article.Block
	if len(sel.Nodes) > 0 {
		lead := content.Lead(sel.Nodes)
		if o.Mode != Recall {
			for _, n := range content.PruneSelection(sel, maxLD) {
				if o.Explain {
					decisions = append(decisions, article.Decision{Region: clean.Describe(n), Kept: false, Rule: "furniture inside the content (links, fields or images outweigh text)"})
				}
			}
		}
		bs = blocks.Build(append(lead, sel.Nodes...), bopts)
	}
	if o.Explain {
		for _, n := range sel.Nodes {
			inTop := false
			for _, c := range sel.Top {
				inTop = inTop || c.Node == n
			}
			if !inTop {
				decisions = append(decisions, article.Decision{Region: clean.Describe(n), Kept: true, Rule: sel.Why})
			}
		}
		for i, c := range sel.Top {
			kept := false
			for _, n := range sel.Nodes {
				if n == c.Node {
					kept = true
				}
			}
			rule := fmt.Sprintf("content score %.1f (rank %d)", c.Score, i+1)
			if i == 0 {
				rule += "; " + sel.Why
			}
			decisions = append(decisions, article.Decision{Region: clean.Describe(c.Node), Kept: kept, Rule: rule})
		}
	}
	// The selection is measured only against a declared body: building
	// the plain text of every block costs more than the rest of this
	// function.
	if ab := strings.TrimSpace(m.ArticleBody); ab != "" && textLen(bs) < utf8.RuneCountInString(ab)/3 {
		// The page declares a body three times longer than what selection
		// found: the markup hides the text from scoring (split into
		// fragments, or rendered by script). The declared body is the
		// page's own statement of its text.
		if o.Explain {
			decisions = append(decisions, article.Decision{Region: "JSON-LD articleBody", Kept: true,
				Rule: fmt.Sprintf("selection found %d characters, the page declares %d", textLen(bs), utf8.RuneCountInString(ab))})
		}
		return paragraphs(ab), decisions
	}
	if len(bs) == 0 {
		// Nothing scored: fall back to everything the cleaner left.
		bs = blocks.Build([]*html.Node{root}, bopts)
		if o.Explain && len(bs) > 0 {
			decisions = append(decisions, article.Decision{Region: "body", Kept: true, Rule: "no candidate scored; whole cleaned page"})
		}
	}
	return bs, decisions
}

// keptBody builds the body from the elements the user chose: only what
// is never visible text goes from them, and blocks keeps them verbatim.
// The title and the byline and date lines are left out as everywhere:
// the article shows them as its metadata.
func keptBody(kept []*html.Node, bopts blocks.Options, explain bool) ([]article.Block, []article.Decision) {
	var decisions []article.Decision
	shown := kept[:0]
	for _, n := range kept {
		delete(bopts.Skip, n) // a kept element is never left out whole
		decisions = append(decisions, clean.Invisible(n, explain)...)
		if n.Parent != nil { // not itself hidden
			shown = append(shown, n)
		}
	}
	return blocks.Build(shown, bopts), decisions
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
