package blocks

import (
	"strconv"
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
)

var ruleSignedThread = rules.Register(rules.Blocks, "signed-comment-run",
	"a run of three or more like signature lines (\"Posted by: Jo | Jan 14, 2008 6:24 PM\") between paragraphs, after the body's text: a comment thread without a comment name")

// Sizes of a comment thread told by its signatures.
const (
	minSignatures = 3
	maxSignature  = 150 // bytes of a signature line
	minPostBefore = 100 // bytes of body text before the thread
)

// dropSignedThread removes a comment thread that names itself nowhere
// but in its signatures: three or more short lines opening with the same
// byline words and carrying a date or time, each beside a comment's
// paragraphs. Signed first ("Posted by: …" over the comment), the thread
// runs from the first signature to the end of the body; signed last
// (the comment, then "Posted by: …"), it starts as many blocks before
// the first signature as lie between the first two, and ends at the
// last; signatures in a row are what is left of a thread whose text
// went. A listing's posts carry such lines too, and it keeps them.
func (b *builder) dropSignedThread(bs []article.Block) []article.Block {
	if b.o.Listing || !b.on(ruleSignedThread) {
		return bs
	}
	var sig []int
	opener := ""
	for i := range bs {
		if o, ok := signature(&bs[i]); ok && (opener == "" || o == opener) {
			opener = o
			sig = append(sig, i)
		}
	}
	if len(sig) < minSignatures {
		return bs
	}
	first, last := sig[0], len(bs)
	switch {
	case sig[len(sig)-1]-sig[0] == len(sig)-1:
		// The signatures in a row: the cleaner took the comments'
		// text (named as such), and left their signatures.
		last = sig[len(sig)-1] + 1
	case sig[len(sig)-1] == len(bs)-1 || !commentText(bs, sig[len(sig)-1]+1):
		// Signed last: the first comment's text stands before its
		// signature, as long as the second's does before its own.
		first = sig[0] - (sig[1] - sig[0] - 1)
		last = sig[len(sig)-1] + 1
	}
	if first < 1 || textBefore(bs[:first]) < minPostBefore {
		return bs
	}
	b.o.Trace.Drop(ruleSignedThread, "comment thread", strconv.Itoa(len(sig))+" signatures, "+strconv.Itoa(last-first)+" blocks")
	return append(bs[:first:first], bs[last:]...)
}

// signature reports a short paragraph that is a byline with a date or
// time in it, and the word it opens with.
func signature(bl *article.Block) (string, bool) {
	if bl.Kind != article.Paragraph || len(bl.Text) > maxSignature || !strings.ContainsAny(bl.Text, "0123456789") || !vocab.BylineLine(bl.Text) {
		return "", false
	}
	f := strings.Fields(strings.ToLower(bl.Text))
	if len(f) < 2 {
		return "", false
	}
	return f[0] + " " + f[1], true
}

// commentText reports whether block i is a comment's text: a paragraph.
func commentText(bs []article.Block, i int) bool {
	return i < len(bs) && bs[i].Kind == article.Paragraph
}

// textBefore is the length of the paragraphs among bs.
func textBefore(bs []article.Block) int {
	n := 0
	for i := range bs {
		if bs[i].Kind == article.Paragraph || bs[i].Kind == article.List || bs[i].Kind == article.Quote {
			n += len(bs[i].Text)
		}
	}
	return n
}
