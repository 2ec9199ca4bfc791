package render

import (
	"io"
	"testing"
)

// BenchmarkJSON measures the batch-mode hot path (plain text and word
// count included).
func BenchmarkJSON(b *testing.B) {
	a := fullArticle()
	b.ReportAllocs()
	for b.Loop() {
		if err := JSON(io.Discard, a, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkText(b *testing.B) {
	a := fullArticle()
	b.ReportAllocs()
	for b.Loop() {
		if err := Text(io.Discard, a, Options{Width: 72}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkMarkdown(b *testing.B) {
	a := fullArticle()
	b.ReportAllocs()
	for b.Loop() {
		if err := Markdown(io.Discard, a, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWordCount(b *testing.B) {
	text := fullArticle().PlainText()
	for b.Loop() {
		WordCount(text)
	}
}
