package batch

import (
	"testing"
	"time"
)

func TestSummaryNotPages(t *testing.T) {
	tests := []struct {
		name                     string
		ok, failed, notPages, sk int
		want                     string
	}{
		{"a crawl", 12301, 40, 9877, 0, "pith: 12,301 articles, 40 failed (40 no article found), 9,877 records skipped (not HTML pages) in 2.0s"},
		{"one record", 1, 0, 1, 0, "pith: 1 article, 0 failed, 1 record skipped (not HTML pages) in 2.0s"},
		{"with outputs kept", 2, 0, 3, 4, "pith: 2 articles, 0 failed, 3 records skipped (not HTML pages), 4 skipped (output exists) in 2.0s"},
		{"no WARC", 2, 0, 0, 0, "pith: 2 articles, 0 failed in 2.0s"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var s Summary
			for range tt.ok {
				s.OK()
			}
			for range tt.failed {
				s.Fail(NoArticle)
			}
			for range tt.notPages {
				s.NotPage()
			}
			for range tt.sk {
				s.Skipped()
			}
			if got := s.Line(2 * time.Second); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}
