package decode

import (
	"bytes"
	"net/http"
	"strings"
)

// NotHTMLError reports input that is clearly not a web page.
type NotHTMLError struct {
	Type string // a MIME type, or a short description such as "binary data"
}

func (e *NotHTMLError) Error() string {
	return "not an HTML page (" + e.Type + ")"
}

// magic lists signatures that http.DetectContentType does not know or that
// must win over its text heuristics.
var magic = []struct {
	offset int
	sig    string
	typ    string
}{
	{0, "%PDF-", "application/pdf"},
	{0, "%!PS", "application/postscript"},
	{0, "\x1f\x8b", "application/gzip"},
	{0, "PK\x03\x04", "application/zip"},
	{0, "BZh", "application/x-bzip2"},
	{0, "\xfd7zXZ\x00", "application/x-xz"},
	{0, "\x28\xb5\x2f\xfd", "application/zstd"},
	{0, "7z\xbc\xaf\x27\x1c", "application/x-7z-compressed"},
	{0, "Rar!\x1a\x07", "application/vnd.rar"},
	{0, "\x7fELF", "application/x-executable"},
	{0, "\x00asm", "application/wasm"},
	{0, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "application/x-ole-storage"},
	{0, "SQLite format 3\x00", "application/vnd.sqlite3"},
	{4, "ftyp", "video/mp4"},
}

// binaryPrefixes are the DetectContentType answers that can never be a page.
var binaryPrefixes = []string{
	"image/", "audio/", "video/", "font/",
	"application/pdf", "application/postscript", "application/zip",
	"application/x-gzip", "application/x-rar-compressed", "application/wasm",
	"application/vnd.ms-fontobject", "application/ogg",
}

// sniffLen is how much of the input the binary checks look at; enough to
// see past a magic number and judge the share of control bytes.
const sniffLen = 8 << 10

// CheckHTML returns a *NotHTMLError when raw is clearly not an HTML page
// (PDF, images, archives, executables, or other binary data), nil
// otherwise. Plain text, XML and empty input pass: they are not clearly
// something else, and the extractor reports when no article is found.
func CheckHTML(raw []byte) error {
	head := raw[:min(len(raw), sniffLen)]
	// A UTF-16 page is full of zero bytes; it is text, not binary.
	if _, name, _ := sniffBOM(head); name == nameUTF16LE || name == nameUTF16BE {
		return nil
	}
	if e, _ := sniffUTF16(head); e != nil {
		return nil
	}
	for _, m := range magic {
		if len(head) >= m.offset+len(m.sig) && string(head[m.offset:m.offset+len(m.sig)]) == m.sig {
			return &NotHTMLError{Type: m.typ}
		}
	}
	trimmed := bytes.TrimLeft(head, " \t\r\n\f")
	ct := http.DetectContentType(trimmed)
	for _, p := range binaryPrefixes {
		if strings.HasPrefix(ct, p) {
			return &NotHTMLError{Type: strings.TrimSuffix(ct, "; charset=utf-8")}
		}
	}
	if controlShare(head) {
		return &NotHTMLError{Type: "binary data"}
	}
	return nil
}

// controlShare reports whether more than one byte in ten is a C0 control
// other than the whitespace and escape characters text uses (ESC belongs
// to ISO-2022-JP). Legacy encodings and UTF-8 put non-ASCII letters in
// bytes >= 0x80, so only real binary data trips this.
func controlShare(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	ctl := 0
	for _, c := range b {
		if c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b {
			ctl++
		}
	}
	return ctl*10 > len(b)
}
