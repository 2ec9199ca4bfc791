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

	"github.com/pith-org/pith/internal/dom"
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
	// The rest is not scored; it shows every change of output when two
	// versions of the package are compared.
	DateModified string   `json:"date_modified,omitempty"`
	SiteName     string   `json:"site_name,omitempty"`
	Lang         string   `json:"lang,omitempty"`
	Description  string   `json:"description,omitempty"`
	Image        string   `json:"image,omitempty"`
	Tags         []string `json:"tags,omitempty"`
	URL          string   `json:"url,omitempty"`
	BaseURL      string   `json:"base_url,omitempty"`
	Nodes        []string `json:"nodes,omitempty"`
}

func parseFile(t testing.TB, path string) *html.Node {
	doc, err := html.Parse(bytes.NewReader(decodeFile(t, path)))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// decodeFile returns the page as UTF-8. Valid UTF-8 is taken as is;
// otherwise the declared charset (found anywhere in the head, not only in
// the first 1024 bytes), else windows-1252.
func decodeFile(t testing.TB, path string) []byte {
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if utf8.Valid(raw) {
		return raw
	}
	name := "windows-1252"
	if m := declared.FindSubmatch(raw); m != nil && !strings.EqualFold(string(m[1]), "utf-8") {
		name = string(m[1])
	}
	enc, _ := charset.Lookup(name)
	if enc == nil {
		enc, _ = charset.Lookup("windows-1252")
	}
	out, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(raw)))
	if err != nil {
		t.Fatal(err)
	}
	return out
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
		m := Extract(parseFile(t, p), "", nil)
		line := corpusLine{Source: p, Title: m.Title, Byline: m.Byline, Authors: m.Authors, Date: m.Date,
			DateModified: m.DateModified, SiteName: m.SiteName, Lang: m.Lang, Description: m.Description,
			Image: m.Image, Tags: m.Tags, URL: m.URL, BaseURL: m.BaseURL}
		for _, n := range m.Nodes {
			t := dom.Text(n)
			if len(t) > 60 {
				t = t[:60]
			}
			line.Nodes = append(line.Nodes, n.Data+": "+t)
		}
		if err := enc.Encode(line); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
}
