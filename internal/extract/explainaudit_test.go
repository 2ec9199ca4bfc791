package extract_test

import (
	"testing"

	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/rules"
)

// TestExplainNamesEveryDecision: on every page of the repository's
// testdata, in every mode, each decision --explain records names a
// registered rule (scripts/explain-audit.sh makes the same count over
// the development corpora).
func TestExplainNamesEveryDecision(t *testing.T) {
	pages := loadPages(t, "testdata/pages/*.html", "../decode/testdata/pages/*.html", "../faq/testdata/*.html",
		"../render/testdata/golden/*.html", "../../testdata/sample/*.html", "../../testdata/rules/*.html")
	if len(pages) < 20 {
		t.Fatalf("only %d testdata pages found", len(pages))
	}
	for _, p := range pages {
		t.Run(p.name, func(t *testing.T) {
			for _, mode := range []extract.Mode{extract.Balanced, extract.Precision, extract.Recall} {
				a, err := extract.FromBytes(p.raw, extract.Options{Mode: mode, Explain: true})
				if err != nil {
					continue // no article: nothing was explained either
				}
				for _, d := range a.Explain {
					if _, ok := rules.Lookup(d.Rule); !ok {
						t.Errorf("mode %d: decision %+v names no registered rule", mode, d)
					}
				}
			}
		})
	}
}
