package meta

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// corpusOut, when set, makes TestCorpusDump write Extract's output for
// every page of the segments and readability corpora as JSON Lines, for
// ../shared/bench/score. Example:
//
//	go test ./internal/meta -run TestCorpusDump -corpus-out /tmp/seg.jsonl
//	../shared/bench/score segments /tmp/seg.jsonl --worst 30
//
// The readability output goes to the same name with ".readability"
// inserted before the extension.
var corpusOut = flag.String("corpus-out", "", "write metadata of the corpus pages as JSON Lines to this file")

var declared = regexp.MustCompile(`(?i)charset\s*=\s*["']?([\w-]+)`)

const corpusDir = "../../../shared/corpus"

type corpusLine struct {
	Source  string   `json:"source"`
	Text    string   `json:"text"`
	Title   string   `json:"title"`
	Byline  string   `json:"byline"`
	Authors []string `json:"authors"`
	Date    string   `json:"date"`
}

func parseFile(t testing.TB, path string) *html.Node {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Valid UTF-8 is taken as is; otherwise the declared charset (found
	// anywhere in the head, not only in the first 1024 bytes), else
	// windows-1252.
	var r io.Reader = bytes.NewReader(raw)
	if !utf8.Valid(raw) {
		name := "windows-1252"
		if m := declared.FindSubmatch(raw); m != nil && !strings.EqualFold(string(m[1]), "utf-8") {
			name = string(m[1])
		}
		if enc, _ := charset.Lookup(name); enc != nil {
			r = enc.NewDecoder().Reader(r)
		} else if enc, _ := charset.Lookup("windows-1252"); enc != nil {
			r = enc.NewDecoder().Reader(r)
		}
	}
	doc, err := html.Parse(r)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestCorpusDump(t *testing.T) {
	if *corpusOut == "" {
		t.Skip("-corpus-out not set")
	}
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skip("corpus not found")
	}
	seg, _ := filepath.Glob(filepath.Join(corpusDir, "segments/html/*"))
	rd, _ := filepath.Glob(filepath.Join(corpusDir, "readability/*/source.html"))
	ext := filepath.Ext(*corpusOut)
	dump(t, seg, *corpusOut)
	dump(t, rd, (*corpusOut)[:len(*corpusOut)-len(ext)]+".readability"+ext)
}

func dump(t *testing.T, files []string, out string) {
	sort.Strings(files)
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for _, p := range files {
		m := Extract(parseFile(t, p), "")
		if err := enc.Encode(corpusLine{Source: p, Title: m.Title, Byline: m.Byline, Authors: m.Authors, Date: m.Date}); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}
