package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/rules"
)

func TestCreditCaptions(t *testing.T) {
	const prose = `<p>The harbour was quiet this morning, and the boats stayed in, waiting for the wind to drop before the tide turned at noon.</p><p>The ferry will run again on Monday, the company said, once the new wall has been checked by the engineers of the port.</p>`
	const img = `<img src="https://example.org/quay.jpg" alt="">`
	off := rules.NewTrace(map[string]bool{"credit-caption": true}, false)
	for _, tc := range []struct {
		name, src string
		o         blocks.Options
		caption   string // the figure's caption, "" for none
		kept      string // in the text
	}{
		{name: "credit after the image", src: img + `<p>CAPMARK the quay at dawn, with the new wall behind it. © Jane Doe / AFP</p>` + prose, caption: "CAPMARK the quay at dawn, with the new wall behind it."},
		{name: "credit in brackets", src: img + `<div>CAPMARK the new wall, seen from the ferry (Foto: Jane Doe/dpa).</div>` + prose, caption: "CAPMARK the new wall, seen from the ferry"},
		{name: "no image before", src: prose + `<p>CAPMARK the quay at dawn, with the new wall behind it. © Jane Doe / AFP</p>`, kept: "CAPMARK"},
		{name: "no credit", src: img + `<p>CAPMARK the quay at dawn, with the new wall behind it.</p>` + prose, kept: "CAPMARK"},
		{name: "sentences going on", src: img + `<p>CAPMARK I still cannot believe this is a drawing. Mind blown, really. Artwork and photos © Jane Doe</p>` + prose, kept: "CAPMARK"},
		{name: "a gallery's captions are its text", src: img + `<p>CAPMARK the quay at dawn, with the new wall behind it. © Jane Doe</p>` + img + `<p>The wall at noon, with the ferry coming in from the isle. © Jane Doe</p>` + img + `<p>The ferry at dusk, on its way back out to the isle. © Jane Doe</p>`, kept: "CAPMARK"},
		{name: "rule off", src: img + `<p>CAPMARK the quay at dawn, with the new wall behind it. © Jane Doe / AFP</p>` + prose, o: blocks.Options{Trace: off}, kept: "CAPMARK"},
		{name: "a body the user chose", src: img + `<p>CAPMARK the quay at dawn, with the new wall behind it. © Jane Doe / AFP</p>` + prose, o: blocks.Options{Verbatim: true}, kept: "CAPMARK"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			bs := build(t, tc.src, tc.o)
			got := plain(bs)
			if tc.kept != "" && !strings.Contains(got, tc.kept) {
				t.Errorf("dropped %s: %q", tc.kept, got)
			}
			if tc.caption == "" {
				return
			}
			if strings.Contains(got, "CAPMARK") {
				t.Errorf("caption left in the text: %q", got)
			}
			if bs[0].Kind != article.Figure || bs[0].Caption != tc.caption {
				t.Errorf("first block %+v, want a figure captioned %q", bs[0], tc.caption)
			}
		})
	}
}
