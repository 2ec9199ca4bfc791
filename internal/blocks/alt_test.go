package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/blocks"
)

// TestImageAltInTableCells: a table of icons keeps its meaning. An image
// with alt text and no caption reads as its alt text in a cell.
func TestImageAltInTableCells(t *testing.T) {
	tests := []struct {
		name, cell, want string
	}{
		{"icon", `<img src="/yes.png" alt="yes">`, "yes"},
		{"tiny icon", `<img src="/yes.png" alt="yes" width="16" height="16">`, "yes"},
		{"icon beside text", `<img src="/warn.png" alt="Warning"> partial`, "partial"},
		{"logos", `<img src="/a.png" alt="Acme"> <img src="/b.png" alt="Bolt Co">`, "Acme Bolt Co"},
		{"a label", `<img src="/n.png" alt="Nothing offered">`, "Nothing offered"},
		{"a description", `<img src="/p.jpg" alt="The striker in action in the final">`, ""},
		{"linked tick", `<a href="/mac"><img src="/tick.svg" alt="yes"></a>`, "yes"},
		{"no alt", `<img src="/yes.png">`, ""},
		{"file name for alt", `<img src="/yes.png" alt="yes.png">`, ""},
		{"wiki file name", `<img src="/p.png" alt="Penny Happy.png">`, ""},
		{"captioned", `<figure><img src="/m.png" alt="a map"><figcaption>Route 3</figcaption></figure>`, "Route 3"},
		{"text only", `plain <b>text</b>`, "plain text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := build(t, `<table><tr><th>Feature</th><th>Pro</th></tr><tr><td>Offline</td><td>`+tt.cell+`</td></tr></table>`, blocks.Options{})
			if len(bs) != 1 || bs[0].Kind != article.Table {
				t.Fatalf("got %s (%q), want a table", kinds(bs), plain(bs))
			}
			if got := bs[0].Rows[1][1]; got != tt.want {
				t.Errorf("cell = %q, want %q", got, tt.want)
			}
		})
	}
	// One row of linked icons is a toolbar: its pictures are the links'.
	bs := build(t, `<table><tr><td><a href="/p"><img src="/p.png" alt="Print"></a></td><td><a href="/p">Print article</a></td></tr></table>`, blocks.Options{})
	if len(bs) != 1 || bs[0].Kind != article.Table || bs[0].Rows[0][0] != "" {
		t.Errorf("toolbar: got %s %+v", kinds(bs), bs)
	}
}

// TestImageAltInRunningText: an image inside a sentence reads as its alt
// text (a tick, an emoji, a button); one that opens or closes the text,
// or is a link's picture, does not, and alone an image stays a figure.
func TestImageAltInRunningText(t *testing.T) {
	tests := []struct {
		name, src, kinds, text string
	}{
		{"tiny icon", `<p>Works offline: <img src="/tick.png" alt="yes" width="16"> and syncs later.</p>`,
			"paragraph", "Works offline: yes and syncs later."},
		{"emoji", `<p>We loved it <img src="/e/1f600.svg" alt="😀"> and so did the kids.</p>`,
			"paragraph", "We loved it 😀 and so did the kids."},
		{"button image", `<p>Press <img src="/btn.png" alt="Start"> to begin.</p>`,
			"paragraph", "Press Start to begin."},
		{"a picture beside the text", `<p>The rally <img src="/r.jpg" alt="Crowds at the rally"> drew thousands.</p>`,
			"paragraph", "The rally drew thousands."},
		{"on a line of its own", `<p>Tracking in Ohio<br><img src="/o.png" alt="Ohio"><br>by week</p>`,
			"paragraph", "Tracking in Ohio\nby week"},
		{"no alt", `<p>Press <img src="/btn.png"> to begin.</p>`, "paragraph", "Press to begin."},
		{"tiny, no alt", `<p>Tracked <img src="/px.gif" width="1" height="1"> here.</p>`, "paragraph", "Tracked here."},
		{"alone", `<p><img src="/dog.jpg" alt="A dog on the quay"></p>`, "figure", ""},
		{"opening a paragraph", `<p><img src="/dog.jpg" alt="A dog"> The dog waited on the quay all day.</p>`,
			"paragraph", "The dog waited on the quay all day."},
		{"an avatar before a name", `<p>Posted by <span><img src="/a.png" alt="avatar"></span></p>`,
			"paragraph", "Posted by"},
		{"linked", `<p>Read <a href="/p"><img src="/link.png" alt="permalink"></a> this note.</p>`,
			"paragraph", "Read this note."},
		{"file name", `<p>See <img src="/x/photo_12.jpg" alt="photo_12.jpg"> above.</p>`, "paragraph", "See above."},
		{"deep in inline markup", `<p><b>Status:</b> <span><i><img src="/ok.png" alt="OK" width="12"></i></span> <b>done</b></p>`,
			"paragraph", "Status: OK done"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bs := build(t, tt.src, blocks.Options{Base: mustURL(t, "https://example.org/")})
			if kinds(bs) != tt.kinds {
				t.Fatalf("got %s (%q), want %s", kinds(bs), plain(bs), tt.kinds)
			}
			b := bs[0]
			if b.Kind == article.Figure {
				return
			}
			if b.Text != tt.text {
				t.Errorf("text = %q, want %q", b.Text, tt.text)
			}
			if st := spanText(b.Spans); strings.TrimSpace(st) != b.Text {
				t.Errorf("spans read %q, text %q", st, b.Text)
			}
		})
	}
}
