package meta

import (
	"strings"
	"testing"
	"time"

	"golang.org/x/net/html"
)

func parse(t testing.TB, s string) *html.Node {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// fixedNow pins the clock so future-date rejection is deterministic.
func fixedNow(t *testing.T) {
	old := now
	now = func() time.Time { return time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC) }
	t.Cleanup(func() { now = old })
}

func eqList(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// fromJSONLD, fromMicrodata and readHead read one source of a whole
// page, for the tests of each source alone.
func fromJSONLD(doc *html.Node) fields {
	return readJSONLD(scan(doc), nil)
}

func fromMicrodata(doc *html.Node) fields {
	return readMicrodata(scan(doc), nil)
}

func readHead(doc *html.Node) *head {
	return headOf(scan(doc))
}
