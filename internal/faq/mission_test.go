package faq

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/dom"
)

// missionDir holds the project's hand-made FAQ pages with expectations;
// it lives outside the repository and the test skips when it is absent.
const missionDir = "../../../shared/corpus/mission"

type missionExpect struct {
	FAQ []struct {
		Question string `json:"question"`
		Answer   string `json:"answer"`
	} `json:"faq"`
	MustContain []string `json:"must_contain"`
}

// norm folds what the mission checker ignores: curly quotes and runs of
// whitespace.
func norm(s string) string {
	s = strings.NewReplacer("\u2018", "'", "\u2019", "'", "\u201c", `"`, "\u201d", `"`).Replace(s)
	return dom.CollapseSpace(s)
}

func TestMissionPages(t *testing.T) {
	pages, _ := filepath.Glob(filepath.Join(missionDir, "*.expected.json"))
	if len(pages) == 0 {
		t.Skip("mission corpus not found at " + missionDir)
	}
	for _, exp := range pages {
		name := strings.TrimSuffix(filepath.Base(exp), ".expected.json")
		t.Run(name, func(t *testing.T) {
			raw, err := os.ReadFile(exp)
			if err != nil {
				t.Fatal(err)
			}
			var want missionExpect
			if err := json.Unmarshal(raw, &want); err != nil {
				t.Fatal(err)
			}
			src, err := os.ReadFile(filepath.Join(missionDir, name+".html"))
			if err != nil {
				t.Fatal(err)
			}
			r := Find(parse(t, string(src)), nil)
			if len(r.Entries) != len(want.FAQ) {
				t.Errorf("%d entries, want %d: %q", len(r.Entries), len(want.FAQ), r.Entries)
			}
			for i := 0; i < len(r.Entries) && i < len(want.FAQ); i++ {
				if norm(r.Entries[i].Question) != norm(want.FAQ[i].Question) {
					t.Errorf("question %d = %q, want %q", i, r.Entries[i].Question, want.FAQ[i].Question)
				}
				if norm(r.Entries[i].Answer) != norm(want.FAQ[i].Answer) {
					t.Errorf("answer %d = %q, want %q", i, r.Entries[i].Answer, want.FAQ[i].Answer)
				}
			}
			var detached strings.Builder
			for _, n := range r.Nodes {
				detached.WriteString(norm(nodeText(n)))
				detached.WriteByte('\n')
			}
			for _, q := range want.FAQ {
				if !strings.Contains(detached.String(), norm(q.Question)) {
					t.Errorf("visible question %q not detached", q.Question)
				}
			}
			for _, s := range want.MustContain {
				if strings.Contains(detached.String(), norm(s)) {
					t.Errorf("body sentence %q would be detached", s)
				}
			}
		})
	}
}

func BenchmarkFindMission(b *testing.B) {
	pages, _ := filepath.Glob(filepath.Join(missionDir, "*.html"))
	if len(pages) == 0 {
		b.Skip("mission corpus not found")
	}
	var srcs []string
	for _, p := range pages {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, string(raw))
	}
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			Find(parse(b, s), nil)
		}
	}
}
