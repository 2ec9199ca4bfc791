package meta

import (
	"flag"
	"fmt"
	"strings"
	"testing"
)

var debugFiles = flag.String("debug-files", "", "comma-separated segments file names to dump")

func TestZZDebug(t *testing.T) {
	if *debugFiles == "" {
		t.Skip()
	}
	for _, name := range strings.Split(*debugFiles, "\n") {
		path := corpusDir + "/segments/html/" + name
		if !strings.HasSuffix(name, ".html") {
			path = corpusDir + "/readability/" + name + "/source.html"
		}
		doc := parseFile(t, path)
		head := readHead(doc)
		ld := fromJSONLD(doc)
		md := fromMicrodata(doc)
		mt := fromMetaTags(head)
		vis := fromVisible(doc, false)
		fmt.Printf("==== %s\n ld: a=%q org=%q d=%q\n md: a=%q org=%q d=%q\n mt: a=%q d=%q site=%q\n", name, ld.authors, ld.org, ld.date, md.authors, md.org, md.date, mt.authors, mt.date, mt.siteName)
		for _, h := range vis.h1s {
			fmt.Printf(" h1 %d %q\n", h.pos, h.text)
		}
		for _, c := range vis.byline {
			fmt.Printf(" by %d strong=%v skip=%v %q\n", c.pos, c.strong, c.skipped, c.names)
		}
		for _, c := range vis.dates {
			fmt.Printf(" date %d strong=%v skip=%v %q\n", c.pos, c.strong, c.skipped, c.date)
		}
		for _, c := range vis.updates {
			fmt.Printf(" upd %d skip=%v %q\n", c.pos, c.skipped, c.date)
		}
		for _, c := range vis.loose {
			fmt.Printf(" loose %d skip=%v %q\n", c.pos, c.skipped, c.date)
		}
		m := Extract(doc, "")
		fmt.Printf(" => title=%q authors=%q date=%q\n", m.Title, m.Authors, m.Date)
	}
}
