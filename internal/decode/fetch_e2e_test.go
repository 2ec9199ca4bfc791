package decode_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"

	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/fetch"
)

// TestFetchThenDecode checks the hand-over between the two packages: the
// charset may be declared only by the HTTP header (so fetch must pass the
// Content-Type on) or only inside the page.
func TestFetchThenDecode(t *testing.T) {
	win1252, _ := charmap.Windows1252.NewEncoder().Bytes([]byte("<html><body><p>Ça coûte 5 € — naïve Größe</p></body></html>"))
	sjis, _ := japanese.ShiftJIS.NewEncoder().Bytes([]byte(`<html><head><meta charset="Shift_JIS"></head><body><p>日本語のテキストです</p></body></html>`))
	tests := []struct {
		name, contentType string
		body              []byte
		wantEnc, wantText string
	}{
		{"windows-1252 in header only", "text/html; charset=windows-1252", win1252, "windows-1252", "Ça coûte 5 € — naïve Größe"},
		{"shift_jis in meta only", "text/html", sjis, "shift_jis", "日本語のテキストです"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Content-Type", tt.contentType)
				w.Write(tt.body)
			}))
			defer srv.Close()
			resp, err := fetch.New(fetch.Options{}).Fetch(context.Background(), srv.URL)
			if err != nil {
				t.Fatal(err)
			}
			if resp.ContentType != tt.contentType {
				t.Errorf("ContentType = %q, want %q", resp.ContentType, tt.contentType)
			}
			if err := decode.CheckHTML(resp.Body); err != nil {
				t.Fatal(err)
			}
			out, enc, err := decode.ToUTF8(resp.Body, resp.ContentType)
			if err != nil {
				t.Fatal(err)
			}
			if enc != tt.wantEnc || !strings.Contains(string(out), tt.wantText) {
				t.Errorf("got %s %q, want %s containing %q", enc, out, tt.wantEnc, tt.wantText)
			}
		})
	}
}
