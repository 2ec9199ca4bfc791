package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// TestRecordFilterAsRDDPipe runs the record filter the way Spark's
// RDD.pipe does (README, "As a filter in pipelines and clusters"): one
// process per partition, all at once, each started by absolute path with
// an EMPTY environment (no PATH, no HOME, no LANG), the partition's
// records written to its stdin one a line, and every stdout line taken as
// one answer. Each record must get exactly one answer, carrying its id, in
// the order of the partition, failures included.
func TestRecordFilterAsRDDPipe(t *testing.T) {
	pith, err := exec.LookPath("pith") // the test binary, set up by testscript.Main
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(pith) {
		t.Fatalf("%s is not an absolute path", pith)
	}
	const records, partitions = 120, 4
	type rec struct {
		ID   string `json:"id"`
		URL  string `json:"url"`
		HTML string `json:"html"`
	}
	var parts [partitions][]rec
	for i := range records {
		r := rec{ID: fmt.Sprintf("doc-%03d", i), URL: fmt.Sprintf("https://example.org/p/%d", i), HTML: articlePage(i)}
		if i%17 == 5 {
			r.HTML = "<html><body><nav>menu only</nav></body></html>" // no article: an error answer
		}
		// Contiguous slices, as parallelize() cuts a list into partitions.
		p := i * partitions / records
		parts[p] = append(parts[p], r)
	}

	var wg sync.WaitGroup
	outs := make([][]byte, partitions)
	errs := make([]error, partitions)
	for p := range partitions {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var in bytes.Buffer
			for _, r := range parts[p] {
				line, _ := json.Marshal(r)
				in.Write(append(line, '\n'))
			}
			cmd := exec.Command(pith, "-q", "-f", "jsonl", "--stdin-format", "jsonl", "-")
			cmd.Env = []string{} // not nil: nil would inherit this process's environment
			cmd.Dir = t.TempDir()
			cmd.Stdin = &in
			outs[p], errs[p] = cmd.Output()
			if _, ok := errs[p].(*exec.ExitError); ok {
				errs[p] = nil // failed records make exit status 1; RDD.pipe ignores it by default
			}
		}()
	}
	wg.Wait()

	for p := range partitions {
		if errs[p] != nil {
			t.Fatalf("partition %d: %v", p, errs[p])
		}
		sc := bufio.NewScanner(bytes.NewReader(outs[p]))
		sc.Buffer(nil, 1<<20)
		n := 0
		for ; sc.Scan(); n++ {
			var got struct {
				ID, URL, Title, Error string
			}
			if err := json.Unmarshal(sc.Bytes(), &got); err != nil {
				t.Fatalf("partition %d line %d: %v", p, n+1, err)
			}
			if n >= len(parts[p]) {
				continue
			}
			want := parts[p][n]
			noArticle := len(want.HTML) < 100
			switch {
			case got.ID != want.ID:
				t.Errorf("partition %d answer %d has id %q, want %q (order or ids lost)", p, n+1, got.ID, want.ID)
			case noArticle && got.Error == "":
				t.Errorf("record %s: an article out of a page without one", want.ID)
			case !noArticle && got.Error != "":
				t.Errorf("record %s: %s", want.ID, got.Error)
			case !noArticle && got.URL != want.URL:
				t.Errorf("record %s: url %q, want %q", want.ID, got.URL, want.URL)
			}
		}
		if n != len(parts[p]) {
			t.Errorf("partition %d: %d answers for %d records", p, n, len(parts[p]))
		}
	}
}
