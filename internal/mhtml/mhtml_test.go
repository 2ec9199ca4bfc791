package mhtml

import (
	"bytes"
	"encoding/base64"
	"errors"
	"mime/quotedprintable"
	"strings"
	"testing"
)

// chrome builds an MHTML file the way Chrome's "Save page as… single
// file" does: CRLF lines, the page first as quoted-printable (76-column
// lines with soft breaks), then the resources as base64.
func chrome(html, charset string) []byte {
	var qp bytes.Buffer
	w := quotedprintable.NewWriter(&qp)
	w.Write([]byte(html))
	w.Close()
	ct := "text/html"
	if charset != "" {
		ct += "; charset=" + charset
	}
	const b = "----MultipartBoundary--Xn0dJ8mK2qLp----"
	return []byte(strings.ReplaceAll(`From: <Saved by Blink>
Snapshot-Content-Location: https://news.example.org/2024/story?ref=home
Subject: A story
Date: Tue, 5 Mar 2024 10:20:30 -0000
MIME-Version: 1.0
Content-Type: multipart/related;
	type="text/html";
	boundary="`+b+`"


--`+b+`
Content-Type: `+ct+`
Content-ID: <frame-0A1B2C@mhtml.blink>
Content-Transfer-Encoding: quoted-printable
Content-Location: https://news.example.org/2024/story

`, "\n", "\r\n") + qp.String() /* CRLF already */ + strings.ReplaceAll(`
--`+b+`
Content-Type: image/png
Content-Transfer-Encoding: base64
Content-Location: https://cdn.example.org/img/harbour.png

`+base64.StdEncoding.EncodeToString([]byte("\x89PNG\r\n\x1a\nfake image data"))+`
--`+b+`--
`, "\n", "\r\n"))
}

func TestRead(t *testing.T) {
	long := strings.Repeat("Caf\xe9 au lait, ", 20) // a long Latin-1 line: soft breaks
	page := `<html><head><title>A story</title></head><body><p>` + long + `</p><img src="https://cdn.example.org/img/harbour.png"></body></html>`
	ie := strings.ReplaceAll(`MIME-Version: 1.0
Content-Type: multipart/related; boundary="=_NextPart_01"; start="<root@x>"

--=_NextPart_01
Content-Type: image/gif
Content-ID: <image001.gif@01D0>
Content-Location: https://example.org/pic.gif
Content-Transfer-Encoding: base64

R0lGODlhAQABAAAAACw=

--=_NextPart_01
Content-Type: text/html; charset="utf-8"
Content-ID: <root@x>
Content-Transfer-Encoding: base64

`, "\n", "\r\n") + base64.StdEncoding.EncodeToString([]byte(`<p>Photo: <img src="cid:image001.gif@01D0"></p>`)) + "\r\n--=_NextPart_01--\r\n"
	tests := []struct {
		name    string
		data    []byte
		html    string
		ctype   string
		url     string
		wantErr error
	}{
		{"chrome, windows-1252 quoted-printable", chrome(page, "windows-1252"), page, "text/html; charset=windows-1252", "https://news.example.org/2024/story", nil},
		{"chrome, no charset", chrome("<p>x</p>", ""), "<p>x</p>", "text/html", "https://news.example.org/2024/story", nil},
		{"start parameter and cid references", []byte(ie), `<p>Photo: <img src="https://example.org/pic.gif"></p>`, `text/html; charset="utf-8"`, "", nil},
		{"snapshot location when the part has none", bytes.Replace(chrome("<p>x</p>", ""), []byte("Content-Location: https://news.example.org/2024/story\r\n"), nil, 1),
			"<p>x</p>", "text/html", "https://news.example.org/2024/story?ref=home", nil},
		{"no html part", bytes.Replace(chrome("<p>x</p>", ""), []byte("Content-Type: text/html"), []byte("Content-Type: text/css"), 1), "", "", "", ErrNoHTML},
		{"too large", chrome(page, ""), "", "", "", ErrTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !Is(tt.data[:min(len(tt.data), 512)]) {
				t.Fatal("not recognised as MHTML")
			}
			limit := int64(1 << 20)
			if tt.wantErr == ErrTooLarge {
				limit = 100
			}
			p, err := Read(bytes.NewReader(tt.data), limit)
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("err = %v, want %v", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if string(p.HTML) != tt.html || p.ContentType != tt.ctype || p.URL != tt.url {
				t.Errorf("got %q %q %q\nwant %q %q %q", p.HTML, p.ContentType, p.URL, tt.html, tt.ctype, tt.url)
			}
		})
	}
}

func TestIs(t *testing.T) {
	tests := []struct {
		head string
		want bool
	}{
		{"From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"x\"\r\n\r\n", true},
		{"MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x\n", true}, // cut before the blank line
		{"<!DOCTYPE html><html><body>Content-Type: multipart/related</body></html>", false},
		{"Content-Type: text/html\r\n\r\n<p>x</p>", false},
		{"Subject: x\r\nContent-Type: multipart/mixed; boundary=y\r\n\r\n", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.head, func(t *testing.T) {
			if got := Is([]byte(tt.head)); got != tt.want {
				t.Errorf("Is(%q) = %v, want %v", tt.head, got, tt.want)
			}
		})
	}
}
