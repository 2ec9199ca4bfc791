package decode

import (
	"bytes"
	"compress/gzip"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/unicode"
)

func TestCheckHTML(t *testing.T) {
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte("<html></html>"))
	w.Close()
	binary := bytes.Repeat([]byte{0x00, 0x01, 0x02, 0x03, 0x10, 'a'}, 100)
	iso2022, _ := japanese.ISO2022JP.NewEncoder().Bytes([]byte("<p>日本語のテキストです。東京都。</p>"))
	utf16, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte("<html><body><p>hi there</p></body></html>"))

	tests := []struct {
		name     string
		raw      []byte
		wantType string // "" means CheckHTML must accept
	}{
		{"html", []byte("<!DOCTYPE html><html><body><p>x</p></body></html>"), ""},
		{"fragment", []byte("<p>just a paragraph</p>"), ""},
		{"empty", nil, ""},
		{"whitespace", []byte(" \n\t "), ""},
		{"plain text", []byte("Just some text, no markup."), ""},
		{"xml", []byte(`<?xml version="1.0"?><rss></rss>`), ""},
		{"latin-1 bytes", []byte("<p>caf\xe9 cr\xe8me</p>"), ""},
		{"iso-2022-jp escapes", iso2022, ""},
		{"utf-16 with bom", append([]byte{0xFF, 0xFE}, utf16...), ""},
		{"utf-16 without bom", utf16, ""},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "application/pdf"},
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "image/png"},
		{"jpeg", []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), "image/jpeg"},
		{"gif", []byte("GIF89a\x01\x00\x01\x00"), "image/gif"},
		{"gzip", gz.Bytes(), "application/gzip"},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00"), "application/zip"},
		{"elf", []byte("\x7fELF\x02\x01\x01"), "application/x-executable"},
		{"mp4", []byte("\x00\x00\x00\x18ftypmp42"), "video/mp4"},
		{"pdf after whitespace", []byte("\n\n%PDF-1.4"), "application/pdf"},
		{"control bytes", binary, "binary data"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckHTML(tt.raw)
			if tt.wantType == "" {
				if err != nil {
					t.Fatalf("CheckHTML = %v, want nil", err)
				}
				return
			}
			var nh *NotHTMLError
			if !errors.As(err, &nh) {
				t.Fatalf("CheckHTML = %v, want *NotHTMLError", err)
			}
			if nh.Type != tt.wantType {
				t.Errorf("Type = %q, want %q", nh.Type, tt.wantType)
			}
			if want := "not an HTML page (" + tt.wantType + ")"; err.Error() != want {
				t.Errorf("Error() = %q, want %q", err.Error(), want)
			}
		})
	}
}

func TestCheckHTMLLongPageWithFewControls(t *testing.T) {
	// Stray control characters in a real page (form feeds, NULs pasted
	// from word processors) must not make it "binary".
	page := "<html><body>" + strings.Repeat("<p>some text\x00 and a bit more text\x0c</p>", 200) + "</body></html>"
	if err := CheckHTML([]byte(page)); err != nil {
		t.Errorf("CheckHTML = %v, want nil", err)
	}
}
