package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/rules"
)

func TestStrayFigcaption(t *testing.T) {
	const prose = `<p>The harbour was quiet this morning, and the boats stayed in, waiting for the wind to drop.</p>`
	off := rules.NewTrace(map[string]bool{"stray-figcaption": true}, false)
	for _, tc := range []struct {
		name, src string
		o         blocks.Options
		caption   string // the figure's caption; "" when CAPMARK stays text
	}{
		{name: "beside its image", src: `<div><img src="https://example.org/q.jpg"><figcaption>CAPMARK the quay at dawn</figcaption></div>`, caption: "CAPMARK the quay at dawn"},
		{name: "credit cut", src: `<div><img src="https://example.org/q.jpg"><figcaption>CAPMARK the quay at dawn. Foto: Jane Doe</figcaption></div>`, caption: "CAPMARK the quay at dawn."},
		{name: "under a quote", src: `<div><blockquote>The best ferry on the coast.</blockquote><figcaption>CAPMARK Jane D.</figcaption></div>`},
		{name: "under a code listing", src: `<div><pre>open("quay.txt")</pre><figcaption>CAPMARK Listing 3: opening a file</figcaption></div>`},
		{name: "rule off", src: `<div><img src="https://example.org/q.jpg"><figcaption>CAPMARK the quay at dawn</figcaption></div>`, o: blocks.Options{Trace: off}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bs := build(t, prose+tc.src, tc.o)
			text := plain(bs)
			if strings.Contains(text, "CAPMARK") != (tc.caption == "") {
				t.Fatalf("caption in the text: %v, want %v; text %q", !(tc.caption == ""), tc.caption == "", text)
			}
			if tc.caption == "" {
				return
			}
			last := bs[len(bs)-1]
			if last.Kind != article.Figure || last.Caption != tc.caption {
				t.Errorf("last block %+v, want a figure captioned %q", last, tc.caption)
			}
		})
	}
}
