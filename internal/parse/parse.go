// Package parse turns a page's UTF-8 text into a tree: one html.Parse.
//
// The parser gives up on a page with more than 512 elements open at once,
// which browsers render: sloppy pages leave hundreds of <font>, <div> or
// <span> tags unclosed. Such a page gets a second parse of a copy in
// which the elements that would be open beyond a depth are closed first
// (CloseDeep), so its text keeps its place and hostile nesting costs a
// bounded stack. Every other page is parsed once, as it is.
package parse

import (
	"bytes"
	"context"
	"io"
	"strings"

	"golang.org/x/net/html"
)

// retries are the copies a page too deep for the parser is tried as, in
// turn. Their depths are well under the parser's 512, whose stack also
// holds elements the tokenizer never sees (<html>, <body>, <tbody>),
// which CloseDeep only approximates; they are not lower because each
// tag costs the parser a look down its stack. The last also closes the
// formatting elements the parser would reopen block after block.
var retries = []struct {
	depth      int
	formatting bool
}{{128, false}, {64, true}}

// DocumentContext is Document that stops with ctx's error once ctx is
// done: the parser reads its input in chunks, so a huge page stops
// mid-parse.
func DocumentContext(ctx context.Context, text []byte) (*html.Node, error) {
	doc, err := html.Parse(&contextReader{ctx: ctx, r: bytes.NewReader(text)})
	for _, r := range retries {
		if err == nil || !TooDeep(err) {
			break
		}
		doc, err = html.Parse(&contextReader{ctx: ctx, r: bytes.NewReader(closeDeep(text, r.depth, r.formatting))})
	}
	if cerr := ctx.Err(); err != nil && cerr != nil {
		return nil, cerr
	}
	return doc, err
}

// contextReader ends a parse with ctx's error once ctx is done.
type contextReader struct {
	ctx context.Context
	r   io.Reader
}

func (c *contextReader) Read(b []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.r.Read(b)
}

// TooDeep reports the parser's error for a page nested beyond its limit
// on open elements.
func TooDeep(err error) bool {
	return err != nil && strings.Contains(err.Error(), "open stack of elements")
}
