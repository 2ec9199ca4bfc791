package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
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

// TestRecordFilterUnderGNUParallel runs the README's GNU parallel line on
// page-sized records: no warning, one answer per record, order kept. It
// needs parallel, which CI does not install: then it skips.
func TestRecordFilterUnderGNUParallel(t *testing.T) {
	par, err := exec.LookPath("parallel")
	if err != nil {
		t.Skip("GNU parallel is not installed")
	}
	const records = 40
	var in bytes.Buffer
	pad := "<script>var pad = '" + strings.Repeat("x", 150<<10) + "';</script>"
	for i := range records {
		line, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("r%02d", i), "html": strings.Replace(articlePage(i), "</head>", pad+"</head>", 1)})
		in.Write(append(line, '\n'))
	}
	// The README says --block 50M; a block of 1M holds several of these
	// 150 KB records and still cuts this small input into several jobs.
	// Without -q, so that each job's summary line counts the jobs.
	cmd := exec.Command(par, "--pipe", "--block", "1M", "--keep-order", "pith", "-f", "jsonl", "--stdin-format", "jsonl", "-")
	cmd.Stdin = &in
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	if strings.Contains(stderr.String(), "Warning") {
		t.Errorf("parallel warned:\n%s", stderr.String())
	}
	if jobs := strings.Count(stderr.String(), "pith: "); jobs < 2 {
		t.Errorf("%d jobs, want the input cut into several", jobs)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != records {
		t.Fatalf("%d answers for %d records", len(lines), records)
	}
	for i, l := range lines {
		var got struct{ ID, Error string }
		if err := json.Unmarshal([]byte(l), &got); err != nil || got.ID != fmt.Sprintf("r%02d", i) || got.Error != "" {
			t.Errorf("answer %d: id %q error %q (%v)", i, got.ID, got.Error, err)
		}
	}
}
