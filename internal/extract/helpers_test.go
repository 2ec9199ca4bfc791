package extract_test

import (
	"bytes"
	"testing"

	"golang.org/x/net/html"
)

func parseHTML(t *testing.T, b []byte) *html.Node {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}
