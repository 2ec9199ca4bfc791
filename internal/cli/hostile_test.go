package cli

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// TestHostileInputs feeds one batch with every kind of broken or hostile
// input at once. Each must give its own clear outcome, the batch must go
// on, the exit status must be 1, and every input must have exactly one
// output line, in input order.
func TestHostileInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	gz := func(data []byte) []byte {
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, gzip.BestSpeed)
		w.Write(data)
		w.Close()
		return b.Bytes()
	}
	page := []byte(articlePage(1))

	type want struct {
		ok   bool   // an article is expected
		any  bool   // either outcome is fine, as long as there is one
		errs string // substring of the error
	}
	var args []string
	wants := map[string]want{}
	add := func(p string, w want) { args = append(args, p); wants[p] = w }

	add(write("empty.html", nil), want{errs: "no article found"})
	add(write("blank.html", []byte(" \n\t \r\n  ")), want{errs: "no article found"})
	add(write("zero.html.gz", nil), want{errs: "gzip"})
	trunc := gz(page)
	add(write("truncated.html.gz", trunc[:len(trunc)/2]), want{errs: "gzip"})
	garbage := make([]byte, 4096)
	r := rand.New(rand.NewPCG(1, 2))
	for i := range garbage {
		garbage[i] = byte(r.IntN(256))
	}
	add(write("garbage.html", garbage), want{errs: "not an HTML page"})

	u16 := utf16.Encode([]rune(string(page)))
	b16 := []byte{0xff, 0xfe}
	for _, c := range u16 {
		b16 = append(b16, byte(c), byte(c>>8))
	}
	add(write("utf16.html", b16), want{ok: true})
	add(write("invalid-utf8.html", bytes.Replace(page, []byte("council voted"), []byte("council \xff\xfe voted \xc3"), 1)), want{ok: true})

	add(write("nested.html", []byte(strings.Repeat("<div>", 200000)+"<p>deep</p>"+strings.Repeat("</div>", 200000))), want{any: true})
	heavy := !testing.Short() && !raceEnabled
	if heavy { // ~25 s of extraction on its own: bounded by --page-timeout below
		add(write("paragraphs.html", []byte("<html><body>"+strings.Repeat("<p>a b</p>", 1000000)+"</body></html>")), want{any: true})
	}
	var attrs strings.Builder
	attrs.WriteString("<html><body><div")
	for i := range 10000 {
		attrs.WriteString(" data-a" + pad(i) + `="v"`)
	}
	attrs.WriteString(">")
	attrs.Write(page)
	attrs.WriteString("</div></body></html>")
	add(write("attributes.html", []byte(attrs.String())), want{any: true})
	add(write("textnode.html", []byte("<html><body><p>"+strings.Repeat("word ", 2<<20)+"</p></body></html>")), want{any: true})

	// 100 MB pages; under -race just over the 20 MiB limit, which tests
	// the same refusal without the detector checking 100 MB of copies.
	bigMB := 100
	if raceEnabled {
		bigMB = 21
	}
	big := filepath.Join(dir, "huge.html")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	chunk := bytes.Repeat([]byte("<p>filler text for a very large page</p>\n"), 25000) // ~1 MB
	for range bigMB {
		f.Write(chunk)
	}
	f.Close()
	add(big, want{errs: "larger than"})

	add(write("bomb.html.gz", gz(make([]byte, bigMB<<20))), want{errs: "larger than"})
	add(write("really.pdf.html", []byte("%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<</Type/Catalog>>\nendobj\n")), want{errs: "not an HTML page"})
	add(write("image.html", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), garbage[:64]...)), want{errs: "not an HTML page"})

	loopDir := filepath.Join(dir, "loopdir")
	os.MkdirAll(loopDir, 0o755)
	os.WriteFile(filepath.Join(loopDir, "ok.html"), page, 0o644)
	os.Symlink(loopDir, filepath.Join(loopDir, "again")) // a directory that contains itself
	os.Symlink(filepath.Join(loopDir, "l2.html"), filepath.Join(loopDir, "l1.html"))
	os.Symlink(filepath.Join(loopDir, "l1.html"), filepath.Join(loopDir, "l2.html"))
	args = append(args, loopDir) // its members are checked below by name

	if os.Geteuid() != 0 { // root reads everything: permission tests mean nothing then
		locked := write("locked.html", page)
		os.Chmod(locked, 0)
		add(locked, want{errs: "permission denied"})
	}
	add(filepath.Join(dir, "deleted.html"), want{errs: "no such file"})
	add(filepath.Join(dir, "no-such-dir")+"/", want{errs: "no such file"})

	start := time.Now()
	code, stdout, stderr := run(t, context.Background(), Options{
		Args: args, Format: "jsonl", Jobs: 4, PageTimeout: 8 * time.Second,
	}, "", false)
	t.Logf("hostile batch took %v", time.Since(start))
	if code != ExitFailed {
		t.Errorf("exit %d, want %d", code, ExitFailed)
	}
	if !utf8.ValidString(stdout) {
		t.Error("stdout is not valid UTF-8")
	}
	type rec struct{ Source, Text, Error string }
	var recs []rec
	for i, l := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		var r rec
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		recs = append(recs, r)
	}
	byName := map[string]rec{}
	for _, r := range recs {
		byName[r.Source] = r
	}
	// Every named input has its line, in order.
	pos := 0
	for _, a := range args {
		w, named := wants[a]
		if !named {
			continue // the directory: its members are checked by name below
		}
		for pos < len(recs) && recs[pos].Source != a {
			pos++
		}
		if pos == len(recs) {
			t.Errorf("%s: missing from the output or out of order", filepath.Base(a))
			pos = 0
			continue
		}
		got := recs[pos]
		switch {
		case w.any:
			if got.Error == "" && got.Text == "" {
				t.Errorf("%s: neither an article nor an error", filepath.Base(a))
			}
		case w.ok:
			if got.Error != "" || !strings.Contains(got.Text, "harbour council") {
				t.Errorf("%s: want an article, got error %q text %.60q", filepath.Base(a), got.Error, got.Text)
			}
		default:
			if !strings.Contains(got.Error, w.errs) {
				t.Errorf("%s: error %q, want one mentioning %q", filepath.Base(a), got.Error, w.errs)
			}
			if !strings.Contains(stderr, "pith: "+a+": ") {
				t.Errorf("%s: no error line on stderr", filepath.Base(a))
			}
		}
	}
	if r, ok := byName[filepath.Join(loopDir, "ok.html")]; !ok || r.Error != "" {
		t.Errorf("the good page next to the symlink loops: %+v (present %v)", r, ok)
	}
	if !strings.Contains(stderr, " failed (") {
		t.Errorf("no summary: %s", tail(stderr))
	}

	// Under a raised --max-bytes the 100 MB page is worked on, within its
	// time budget: an article, no article or a timeout, never a hang.
	if !heavy {
		return
	}
	start = time.Now()
	code, stdout, _ = run(t, context.Background(), Options{
		Args: []string{big}, Format: "jsonl", MaxBytes: 200 << 20, PageTimeout: 8 * time.Second,
	}, "", false)
	if time.Since(start) > 20*time.Second || strings.Count(stdout, "\n") != 1 || strings.Contains(stdout, "larger than") {
		t.Errorf("raised limit: exit %d after %v: %.200s", code, time.Since(start), stdout)
	}
}
