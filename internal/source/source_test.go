package source

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// collect drains the stream, failing the test if it does not end.
func collect(t *testing.T, ch <-chan Input) []Input {
	t.Helper()
	var out []Input
	timeout := time.After(10 * time.Second)
	for {
		select {
		case in, ok := <-ch:
			if !ok {
				return out
			}
			out = append(out, in)
		case <-timeout:
			t.Fatal("stream did not end")
		}
	}
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestIsURL(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"http://example.com/a", true},
		{"https://example.com", true},
		{"HTTPS://EXAMPLE.COM", true},
		{"http://", true},
		{"ftp://example.com", false},
		{"example.com/page.html", false},
		{"./http://x", false},
		{"-", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := IsURL(tt.in); got != tt.want {
				t.Errorf("IsURL(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestIsHTMLName(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"a.html", true}, {"a.HTM", true}, {"a.xhtml", true}, {"a.shtml", true},
		{"a.html.gz", true}, {"a.htm.GZ", true}, {"a.txt", false}, {"a.gz", false},
		{"html", false}, {"a.html.bak", false}, {"a.phtml", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := IsHTMLName(tt.in); got != tt.want {
				t.Errorf("IsHTMLName(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// want describes an expected input: its name, relative path and whether
// it carries an error.
type want struct {
	name, rel string
	err       bool
}

func check(t *testing.T, got []Input, wants []want) {
	t.Helper()
	if len(got) != len(wants) {
		var names []string
		for _, g := range got {
			names = append(names, g.Name)
		}
		t.Fatalf("got %d inputs %q, want %d", len(got), names, len(wants))
	}
	for i, w := range wants {
		g := got[i]
		if g.Name != w.name || g.Rel != w.rel || (g.Err != nil) != w.err {
			t.Errorf("input %d = {Name:%q Rel:%q Err:%v}, want {Name:%q Rel:%q err:%v}", i, g.Name, g.Rel, g.Err, w.name, w.rel, w.err)
		}
	}
}

func TestExpandDirectory(t *testing.T) {
	root := filepath.Join(t.TempDir(), "pages")
	for _, f := range []string{"b.html", "a.htm", "c.txt", "d.HTML", "e.html.gz", "f.xhtml", "g.shtml",
		"sub/z.html", "sub/deeper/y.htm", ".hidden/x.html", ".dot.html", "empty/readme.md"} {
		write(t, filepath.Join(root, f), "<p>x</p>")
	}
	for link, target := range map[string]string{
		"loop":          ".",
		"self.html":     "self.html",
		"dangling.html": "nowhere.html",
		"link.html":     "b.html",
		"sub/up":        "..",
	} {
		if err := os.Symlink(target, filepath.Join(root, link)); err != nil {
			t.Fatal(err)
		}
	}
	ch, err := Expand(context.Background(), []string{root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := collect(t, ch)
	p := func(s string) string { return filepath.Join(root, s) }
	check(t, got, []want{
		{p("a.htm"), "a.htm", false},
		{p("b.html"), "b.html", false},
		{p("d.HTML"), "d.HTML", false},
		{p("dangling.html"), "dangling.html", true},
		{p("e.html.gz"), "e.html.gz", false},
		{p("f.xhtml"), "f.xhtml", false},
		{p("g.shtml"), "g.shtml", false},
		{p("link.html"), "link.html", false},
		{p("loop"), "loop", true},
		{p("self.html"), "self.html", true},
		{p("sub/deeper/y.htm"), "sub/deeper/y.htm", false},
		{p("sub/up"), "sub/up", true},
		{p("sub/z.html"), "sub/z.html", false},
	})
	for _, in := range got {
		if in.Kind != File || in.Path != in.Name {
			t.Errorf("%s: Kind=%v Path=%q", in.Name, in.Kind, in.Path)
		}
	}
	if !errors.Is(got[8].Err, errSymlinkLoop) {
		t.Errorf("loop error = %v", got[8].Err)
	}
}

func TestExpandArguments(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "odd name [1]!.txt")
	write(t, file, "<p>x</p>")
	missing := filepath.Join(dir, "missing-dir")
	ch, err := Expand(context.Background(), []string{file, "https://example.com/a", missing, "-"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := collect(t, ch)
	check(t, got, []want{{file, "", false}, {"https://example.com/a", "", false}, {missing, "", true}, {"-", "", false}})
	if got[0].Kind != File || got[0].Path != file {
		t.Errorf("file input = %+v", got[0])
	}
	if got[1].Kind != URL || got[1].URL != "https://example.com/a" {
		t.Errorf("URL input = %+v", got[1])
	}
	if !errors.Is(got[2].Err, fs.ErrNotExist) || strings.Contains(got[2].Err.Error(), missing) {
		t.Errorf("missing: err = %v (want not-exist, without repeating the path)", got[2].Err)
	}
	if got[3].Kind != Stdin {
		t.Errorf("- input = %+v", got[3])
	}
}

func TestExpandNoArgs(t *testing.T) {
	ch, err := Expand(context.Background(), nil, Options{Stdin: strings.NewReader("<p>x</p>")})
	if err != nil {
		t.Fatal(err)
	}
	if got := collect(t, ch); len(got) != 0 {
		t.Errorf("got %d inputs, want none", len(got))
	}
}

func TestExpandInputFile(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.html")
	write(t, a, "<p>a</p>")
	write(t, filepath.Join(dir, "d", "x.htm"), "<p>x</p>")
	listText := "# pages\n\n  " + a + "  \nhttp://example.com/x\r\n" + filepath.Join(dir, "d") + "\n-\n"
	listPath := filepath.Join(dir, "list.txt")
	write(t, listPath, listText)
	wants := []want{
		{"first-arg.html", "", true},
		{a, "", false},
		{"http://example.com/x", "", false},
		{filepath.Join(dir, "d", "x.htm"), "x.htm", false},
		{"-", "", true},
	}
	for _, tc := range []struct {
		name string
		o    Options
	}{
		{"from file", Options{InputFile: listPath}},
		{"from stdin", Options{InputFile: "-", Stdin: strings.NewReader(listText)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ch, err := Expand(context.Background(), []string{"first-arg.html"}, tc.o)
			if err != nil {
				t.Fatal(err)
			}
			check(t, collect(t, ch), wants)
		})
	}
}

func TestExpandUsageErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		o    Options
	}{
		{"missing list", nil, Options{InputFile: filepath.Join(dir, "nope.txt")}},
		{"list is a directory", nil, Options{InputFile: dir}},
		{"stdin twice", []string{"-", "-"}, Options{}},
		{"stdin list and arg", []string{"-"}, Options{InputFile: "-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, err := Expand(context.Background(), tt.args, tt.o)
			if err == nil || ch != nil {
				t.Fatalf("Expand = %v, %v; want a usage error", ch, err)
			}
		})
	}
}

func TestExpandCancel(t *testing.T) {
	root := t.TempDir()
	for i := range 200 {
		write(t, filepath.Join(root, "d", strings.Repeat("x", i%7+1)+string(rune('a'+i%26))+"-"+time.Duration(i).String()+".html"), "")
	}
	ctx, cancel := context.WithCancel(context.Background())
	ch, err := Expand(ctx, []string{root, root}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	<-ch
	cancel()
	n := len(collect(t, ch))
	if n > 1 {
		// One send may already have been committed when cancel ran.
		t.Errorf("got %d more inputs after cancel", n)
	}
}

func TestExpandRecords(t *testing.T) {
	stdin := strings.Join([]string{
		`{"html":"<p>one</p>","url":"https://example.com/1","id":"first"}`,
		``,
		`{"html":"<p>two</p>"}`,
		`{not json`,
		`{"url":"https://example.com/4"}`,
		`{"html":"<p>five</p>","id":5}`,
		`{"html":42}`,
		`[1,2]`,
		`{"html":"` + strings.Repeat("x", 200) + `"}`,
		`{"html":"<p>ten</p>","id":{"a":1}}`,
		`  {"html":"<p>last \u00e9</p>"}  `,
	}, "\n")
	ch, err := Expand(context.Background(), []string{"-"}, Options{StdinJSONL: true, Stdin: strings.NewReader(stdin), MaxBytes: 100})
	if err != nil {
		t.Fatal(err)
	}
	got := collect(t, ch)
	check(t, got, []want{
		{"first", "", false},
		{"stdin:3", "", false},
		{"stdin:4", "", true},
		{"stdin:5", "", true},
		{"5", "", false},
		{"stdin:7", "", true},
		{"stdin:8", "", true},
		{"stdin:9", "", true},
		{"stdin:10", "", true},
		{"stdin:11", "", false},
	})
	if g := got[0]; g.Kind != Record || g.ID != "first" || g.URL != "https://example.com/1" || string(g.HTML) != "<p>one</p>" {
		t.Errorf("record 1 = %+v", g)
	}
	if g := got[4]; g.ID != "5" || string(g.HTML) != "<p>five</p>" {
		t.Errorf("record 6 = %+v", g)
	}
	var tl *TooLargeError
	if !errors.As(got[7].Err, &tl) {
		t.Errorf("oversized record: err = %v", got[7].Err)
	}
	if string(got[9].HTML) != "<p>last é</p>" {
		t.Errorf("last record html = %q", got[9].HTML)
	}
	if !strings.Contains(got[6].Err.Error(), "JSON object") {
		t.Errorf("array record: err = %v", got[6].Err)
	}
}

func TestRecordLineTooLongNotHeld(t *testing.T) {
	// A line longer than the line limit is skipped as it streams by; the
	// next line is still read.
	huge := `{"html":"` + strings.Repeat("y", 2<<20) + `"}`
	stdin := huge + "\n" + `{"html":"<p>ok</p>"}` + "\n"
	ch, err := Expand(context.Background(), []string{"-"}, Options{StdinJSONL: true, Stdin: strings.NewReader(stdin), MaxBytes: 1000})
	if err != nil {
		t.Fatal(err)
	}
	got := collect(t, ch)
	check(t, got, []want{{"stdin:1", "", true}, {"stdin:2", "", false}})
}

func TestParseRecord(t *testing.T) {
	tests := []struct {
		line           string
		name, idJSON   string
		html, url, err string
	}{
		{`{"id":"a","url":"https://x.org/","html":"<p>x</p>"}`, "a", `"a"`, "<p>x</p>", "https://x.org/", ""},
		{`{"id": 42, "html":"<p>x</p>"}`, "42", "42", "<p>x</p>", "", ""},
		{`{"id":-1.5e3,"html":""}`, "-1.5e3", "-1.5e3", "", "", ""},
		{`{"id":"caf\u00e9","html":"x"}`, "café", `"caf\u00e9"`, "x", "", ""},
		{`{"id":null,"html":"x"}`, "stdin:3", "", "x", "", ""},
		{`{"id":"","html":"x"}`, "stdin:3", `""`, "x", "", ""},
		// A bad field keeps the id.
		{`{"id":7,"html":42}`, "7", "7", "", "", `"html" must be a string`},
		{`{"id":"b","html":"x","url":["u"]}`, "b", `"b"`, "", "", `"url" must be a string`},
		{`{"id":"c"}`, "c", `"c"`, "", "", `record has no "html" field`},
		{`{"id":"d","html":null}`, "d", `"d"`, "", "", `record has no "html" field`},
		// Not a record at all: named by the line.
		{`{"html": "<p>unterminated`, "stdin:3", "", "", "", "line 3: not a JSON object"},
		{`[1,2]`, "stdin:3", "", "", "", "line 3: not a JSON object"},
		{`null`, "stdin:3", "", "", "", "line 3: not a JSON object"},
		{`{"id":{"a":1},"html":"x"}`, "stdin:3", "", "", "", `line 3: "id" must be a string or a number`},
		{"{\"id\":\"bad\xff\",\"html\":\"x\"}", "stdin:3", "", "", "", `line 3: "id" is not valid UTF-8`},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			in := parseRecord([]byte(tt.line), 3, 100)
			errText := ""
			if in.Err != nil {
				errText = in.Err.Error()
			}
			if in.Name != tt.name || in.IDJSON != tt.idJSON || string(in.HTML) != tt.html || in.URL != tt.url || errText != tt.err {
				t.Errorf("got name %q id %q html %q url %q err %q\nwant name %q id %q html %q url %q err %q",
					in.Name, in.IDJSON, in.HTML, in.URL, errText, tt.name, tt.idJSON, tt.html, tt.url, tt.err)
			}
		})
	}
}
