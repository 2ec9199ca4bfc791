package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/rules"
)

func TestSignedCommentRun(t *testing.T) {
	const post = `<p>POSTMARK The harbour was quiet this morning, and the boats stayed in, waiting for the wind to drop before the tide.</p><p>LASTPOST The ferry will run again on Monday.</p>`
	thread := func(format string) string {
		var b strings.Builder
		for _, who := range []string{"Jo", "Sam", "Alex"} {
			b.WriteString(strings.ReplaceAll(format, "WHO", who))
		}
		return b.String()
	}
	signedFirst := thread(`<div>Posted by: WHO, Quay Street on 8:21pm Tue 1 Jan 08</div><div>COMMENTMARK WHO has never seen it so calm.</div>`)
	signedLast := thread(`<p>COMMENTMARK WHO has never seen it so calm.</p><p class="posted">Posted by: WHO | January 14, 2008 06:24 PM</p>`)
	inARow := thread(`<p>Posted by: WHO | January 14, 2008 06:24 PM</p>`)
	for _, tc := range []struct {
		name, src string
		o         blocks.Options
		gone      []string
		kept      []string
	}{
		{name: "signed first", src: post + signedFirst, gone: []string{"COMMENTMARK", "Posted by"}, kept: []string{"POSTMARK", "LASTPOST"}},
		{name: "signed last", src: post + signedLast, gone: []string{"COMMENTMARK", "Posted by"}, kept: []string{"POSTMARK", "LASTPOST"}},
		{name: "signatures left in a row", src: post + inARow, gone: []string{"Posted by"}, kept: []string{"LASTPOST"}},
		{name: "two signatures", src: post + `<div>Posted by: Jo on 8:21pm Tue 1 Jan 08</div><div>COMMENTMARK calm.</div><div>Posted by: Sam on 9:21pm Tue 1 Jan 08</div><div>Still calm.</div>`, kept: []string{"COMMENTMARK"}},
		{name: "no post before", src: signedFirst, kept: []string{"COMMENTMARK"}},
		{name: "a listing's posts", src: post + signedFirst, o: blocks.Options{Listing: true}, kept: []string{"COMMENTMARK"}},
		{name: "rule off", src: post + signedFirst, o: blocks.Options{Trace: rules.NewTrace(map[string]bool{"signed-comment-run": true}, false)}, kept: []string{"COMMENTMARK"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := plain(build(t, tc.src, tc.o))
			for _, g := range tc.gone {
				if strings.Contains(got, g) {
					t.Errorf("kept %s: %q", g, got)
				}
			}
			for _, k := range tc.kept {
				if !strings.Contains(got, k) {
					t.Errorf("dropped %s: %q", k, got)
				}
			}
		})
	}
}
