package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/rules"
)

func TestReadMoreTeaser(t *testing.T) {
	const prose = `<p>The harbour was quiet this morning, and the boats stayed in, waiting for the wind to drop before the tide turned at noon.</p>`
	base := mustURL(t, "https://www.example.org/news/quay")
	off := rules.NewTrace(map[string]bool{"read-more-teaser": true}, false)
	for _, tc := range []struct {
		name, src string
		o         blocks.Options
		gone      bool
	}{
		{name: "teaser of the site's story", src: `<p>TEASERMARK Summer is here, and the ferry crews are ready for it. <a href="/news/summer">Read more</a></p>`, gone: true},
		{name: "prompt in bold inside the link", src: `<p>TEASERMARK Summer is here, and the crews are ready. <a href="https://example.org/s"><b>Weiterlesen</b> »</a></p>`, gone: true},
		{name: "bracketed short prompt", src: `<p>TEASERMARK Was gibt es Neues? Regelmäßig beantwortet die Hafenmeisterin Fragen. <a href="/mehr">mehr</a></p>`, gone: true},
		{name: "a source on another site", src: `<p>TEASERMARK In this essay, the author asks what the harbour is for. <a href="https://essays.example.net/harbour">Read more</a></p>`},
		{name: "a link that is not a prompt", src: `<p>TEASERMARK The works are described in <a href="/news/works">the council's plan</a></p>`},
		{name: "a listing's items", src: `<p>TEASERMARK Summer is here, and the crews are ready. <a href="/news/summer">Read more</a></p>`, o: blocks.Options{Listing: true}},
		{name: "rule off", src: `<p>TEASERMARK Summer is here, and the crews are ready. <a href="/news/summer">Read more</a></p>`, o: blocks.Options{Trace: off}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tc.o.Base = base
			got := plain(build(t, prose+tc.src, tc.o))
			if strings.Contains(got, "TEASERMARK") == tc.gone {
				t.Errorf("gone=%v, text %q", tc.gone, got)
			}
			if !strings.Contains(got, "The harbour was quiet") {
				t.Errorf("prose lost: %q", got)
			}
		})
	}
}
