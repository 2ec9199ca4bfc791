package extract_test

// Pathological page shapes: every stage must cost time linear in the size
// of the page, so the pipeline's ns/byte on each shape must stay flat as
// the page grows 10x. BenchmarkShapes generates each shape at sizes 10x
// apart and reports, per size, the pipeline's CPU ns/byte, the parse's
// on the same page (parse.Document: html.Parse, and for pages nested
// past its limit the retries; the floor, as a shape the parser itself is
// slow on is not the pipeline's doing), their ratio x-parse and, at every size after
// the first, "growth": x-parse divided by x-parse at the smallest size.
// A stage that is quadratic shows a growth near 10 per decade (a tag
// cloud of links: 83 at 1 MB before the cleaner was fixed).
//
// Growth is taken against the parse because CPU time is steadier than
// wall time on a shared machine, and a ratio of two figures measured
// together steadier still. It is not exactly 1 at 1 MB even for linear
// code: the parser touches each node once, while it is in the caches,
// and the stages walk a tree that no longer fits in them (a bare walk
// with a map entry per node costs 4x more per byte at 1 MB than at
// 100 KB on a 32 MB L3). So 10 KB to 100 KB must stay within noise of
// 1, and 1 MB below 2. scripts/bench.sh (`make bench`) prints the table.

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/parse"
)

// shape is one kind of pathological page. gen writes the repeated part
// until the builder holds about size bytes; the page around it is added
// by shapePage.
type shape struct {
	name string
	gen  func(b *strings.Builder, size int)
}

// shapeSizes are the page sizes each shape is generated at: 10x apart,
// the largest under the default --max-bytes. -shape-sizes replaces them
// (sizes in bytes, comma-separated), to look at one decade closely.
var shapeSizes = []int{10_000, 100_000, 1_000_000}

var shapeSizesFlag = flag.String("shape-sizes", "", "BenchmarkShapes: page sizes in bytes, comma-separated")

func sizesOfShapes(tb testing.TB) []int {
	if *shapeSizesFlag == "" {
		return shapeSizes
	}
	var sizes []int
	for _, f := range strings.Split(*shapeSizesFlag, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			tb.Fatalf("-shape-sizes: %q is not a size in bytes", f)
		}
		sizes = append(sizes, n)
	}
	return sizes
}

// repeat appends unit(i) for i = 0, 1, … until b holds size bytes.
func repeat(b *strings.Builder, size int, unit func(b *strings.Builder, i int)) {
	for i := 0; b.Len() < size; i++ {
		unit(b, i)
	}
}

// word is a distinct made-up word for i. Shapes number their units with
// words, not digits: from 1000 on, numbers read as years and send every
// unit to the date parser, a cost that grows with the page's size only
// because of the generator.
func word(i int) string {
	b := []byte{'z'}
	for ; i > 0; i /= 20 {
		b = append(b, "bcdfghjklmnpqrstvwxz"[i%20])
	}
	return string(b)
}

// run is the common shape: open, then unit repeated with %[1]s standing
// for a distinct word each time, then close.
func run(open, unit, close string) func(b *strings.Builder, size int) {
	return func(b *strings.Builder, size int) {
		b.WriteString(open)
		repeat(b, size, func(b *strings.Builder, i int) { fmt.Fprintf(b, unit, word(i)) })
		b.WriteString(close)
	}
}

var shapes = []shape{
	// A tag cloud or sitemap: one paragraph of links with only
	// whitespace between them.
	{"links", run("<p>", "<a href=\"/tag/%[1]s\">tag %[1]s</a>\n", "</p>")},
	// Spans separated by newlines, each holding a link: inline elements
	// with children of their own.
	{"spans", run("<div class=\"cloud\">", "<span class=\"tag\"><a href=\"/t/%[1]s\">word %[1]s</a></span>\n", "</div>")},
	// A sentence whose words each sit in their own inline element.
	{"inline-run", run("<p>", "word <em>%[1]s</em> and <b>more</b> ", "</p>")},
	// A paragraph exported from a word processor: a span per run of text.
	{"docs-spans", run("<p>", "<span style=\"font-weight:400\">words of run %[1]s </span>", "</p>")},
	// Text broken by comments into many text nodes: one run of text to
	// a reader, thousands of nodes to the tree.
	{"comments", run("<p>", "word %[1]s<!-- c -->\n", "</p>")},
	// Paragraphs each wrapped in 100 levels of inline elements.
	{"inline-nest", func(b *strings.Builder, size int) {
		tags := []string{"span", "em", "strong", "small", "cite", "abbr", "q", "u", "mark", "sub"}
		repeat(b, size, func(b *strings.Builder, i int) {
			b.WriteString("<p>")
			for d := range 100 {
				fmt.Fprintf(b, "<%s class=\"n%d\">", tags[d%len(tags)], d)
			}
			fmt.Fprintf(b, "the text of paragraph %s, deep inside", word(i))
			for d := 99; d >= 0; d-- {
				fmt.Fprintf(b, "</%s>", tags[d%len(tags)])
			}
			b.WriteString("</p>\n")
		})
	}},
	// Blocks each wrapped in 200 levels of named divs.
	{"div-nest", run("", strings.Repeat("<div class=\"wrap\">", 200)+
		"<p>Paragraph %[1]s of the nested page, with a few words in it.</p>"+strings.Repeat("</div>", 200)+"\n", "")},
	// The whole page inside 400 wrappers whose names say boilerplate: each
	// is kept because it holds most of the text, and each asks how much.
	{"wrappers", run(strings.Repeat("<div class=\"sidebar\">", 400),
		"<p>Paragraph %[1]s of the wrapped page, with a few words in it.</p>\n", strings.Repeat("</div>", 400))},
	// Nesting past the parser's 512 open elements, which browsers
	// render: unclosed blocks, and unclosed fonts each reopened by the
	// parser in every paragraph after.
	{"unclosed-divs", run("", "<div class=\"c\">%[1]s ", "")},
	{"unclosed-fonts", run("", "<font color=\"%[1]s\"><p>Paragraph %[1]s.", "")},
	{"table", run("<table>", "<tr><td>%[1]s</td><td>name %[1]s</td><td><a href=\"/r/%[1]s\">row</a></td><td>some value</td></tr>\n", "</table>")},
	{"list", run("<ul>", "<li>item number %[1]s</li>\n", "</ul>")},
	{"definitions", run("<dl>", "<dt>What is %[1]s?</dt><dd>It is the thing called %[1]s.</dd>\n", "</dl>")},
	// Sibling blocks under one parent.
	{"paragraphs", run("", "<p>Paragraph %[1]s says something in a sentence of ordinary length.</p>\n", "")},
	// Question headings, each followed by its answer.
	{"headings", run("", "<h3>How does question %[1]s work?</h3><p>It works as answer %[1]s says.</p>\n", "")},
	// Lines of one block broken by <br>.
	{"brs", run("<div>", "line %[1]s of the poem<br>\n", "</div>")},
	{"images", run("", "<figure><img src=\"/img/%[1]s.jpg\" alt=\"picture %[1]s\"><figcaption>Caption %[1]s</figcaption></figure>\n", "")},
	// Client-side templates next to each other, each unpacked in turn
	// (they hold paragraphs and their parent no text).
	{"templates", run("<div>", "<script type=\"text/template\"><p><img src=\"/%[1]s.png\"></p></script>\n", "</div>")},
	// Headlines, bylines and dates everywhere, for the metadata readers.
	{"metadata", run("", "<h1>Headline %[1]s</h1><p class=\"byline\">By Jane %[1]s</p>"+
		"<time datetime=\"2024-03-01T10:00:00Z\">March 1, 2024</time><p>Text of %[1]s.</p>\n", "")},
	// A JSON-LD graph of many items, as product and listing pages carry.
	{"json-ld", run(`<script type="application/ld+json">{"@context":"https://schema.org","@graph":[`,
		`{"@type":"Article","headline":"Item %[1]s","author":{"@type":"Person","name":"Jane %[1]s"},"datePublished":"2024-03-01"},`,
		`{"@type":"WebPage"}]}</script><p>The text of the page itself, in one paragraph.</p>`)},
	// One element carrying ever more attributes, and class words.
	{"attributes", func(b *strings.Builder, size int) {
		run("<div", " data-%[1]s=\"v\"", " class=\"")(b, size/2)
		run("", "w%[1]s ", "\"><p>The article text sits inside the element with many attributes.</p></div>")(b, size)
	}},
	// One text node.
	{"text", func(b *strings.Builder, size int) {
		b.WriteString("<p>")
		for b.Len() < size {
			b.WriteString("word and another word. ")
		}
		b.WriteString("</p>")
	}},
}

// shapePage is the whole page of shape s at about size bytes.
func shapePage(s shape, size int) []byte {
	var b strings.Builder
	b.Grow(size + 512)
	b.WriteString("<!DOCTYPE html><html><head><title>A pathological page</title></head><body><article><h1>A pathological page</h1>\n" +
		"<p>The page opens with a paragraph of ordinary text, so that every shape has an article to find.</p>\n")
	s.gen(&b, size)
	b.WriteString("\n</article></body></html>\n")
	return []byte(b.String())
}

func BenchmarkShapes(b *testing.B) {
	for _, s := range shapes {
		b.Run(s.name, func(b *testing.B) {
			var first float64 // extract/parse at the smallest size
			for i, size := range sizesOfShapes(b) {
				page := shapePage(s, size)
				b.Run(fmt.Sprintf("%dKB", size/1000), func(b *testing.B) {
					b.SetBytes(int64(len(page)))
					c0 := cpuTime()
					for b.Loop() {
						if _, err := extract.FromBytes(page, extract.Options{}); err != nil {
							b.Fatal(err)
						}
					}
					b.StopTimer()
					// The floor is timed over as many parses right after,
					// and both in CPU time: on a shared machine, ratios of
					// two figures measured together hold where wall times
					// from separate runs do not.
					c1 := cpuTime()
					for range b.N {
						if _, err := parse.DocumentContext(context.Background(), page); err != nil {
							b.Fatal(err)
						}
					}
					c2 := cpuTime()
					perByte := func(d time.Duration) float64 { return float64(d.Nanoseconds()) / float64(b.N) / float64(len(page)) }
					b.ReportMetric(perByte(c1-c0), "cpu-ns/B")
					b.ReportMetric(perByte(c2-c1), "parse-ns/B")
					ratio := float64(c1-c0) / float64(max(c2-c1, 1))
					b.ReportMetric(ratio, "x-parse")
					if i == 0 {
						first = ratio
					} else if first > 0 {
						b.ReportMetric(ratio/first, "growth")
					}
				})
			}
		})
	}
}

// TestShapes keeps BenchmarkShapes honest: every shape, at its smallest
// size, must give an article and be as large as asked.
func TestShapes(t *testing.T) {
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			page := shapePage(s, shapeSizes[0])
			if len(page) < shapeSizes[0] || bytes.Contains(page, []byte("%!")) {
				t.Fatalf("page of %d bytes, want at least %d and no format error: %.300s", len(page), shapeSizes[0], page)
			}
			a, err := extract.FromBytes(page, extract.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(a.Blocks) == 0 {
				t.Error("no blocks")
			}
		})
	}
}
