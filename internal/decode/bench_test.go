package decode

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkToUTF8 decodes every development-corpus page (skipped when
// ../shared is absent).
func BenchmarkToUTF8(b *testing.B) {
	files, _ := filepath.Glob("../../../shared/corpus/segments/html/*")
	more, _ := filepath.Glob("../../../shared/corpus/readability/*/source.html")
	files = append(files, more...)
	if len(files) == 0 {
		b.Skip("corpus not found")
	}
	var pages [][]byte
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, raw)
		size += len(raw)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			if _, _, err := ToUTF8(p, ""); err != nil {
				b.Fatal(err)
			}
		}
	}
}
