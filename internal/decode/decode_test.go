package decode

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func mustEncode(t *testing.T, e encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

func TestToUTF8(t *testing.T) {
	const frText = "Ça coûte 5 € — naïve"
	tests := []struct {
		name        string
		raw         []byte
		contentType string
		wantEnc     string
		wantText    string // must appear in the output
	}{
		{"plain utf-8 undeclared", []byte("<p>Grüße — 日本</p>"), "", "utf-8", "Grüße — 日本"},
		{"ascii undeclared", []byte("<p>hello</p>"), "", "utf-8", "hello"},
		{"utf-8 bom stripped", append([]byte{0xEF, 0xBB, 0xBF}, "<p>é</p>"...), "", "utf-8", "<p>é</p>"},
		{"bom beats header", append([]byte{0xEF, 0xBB, 0xBF}, "<p>é</p>"...), "text/html; charset=iso-8859-2", "utf-8", "é"},
		{"utf-16le bom", mustEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), "<p>Łódź</p>"), "", "utf-16le", "<p>Łódź</p>"},
		{"utf-16be bom", mustEncode(t, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), "<p>Łódź</p>"), "", "utf-16be", "<p>Łódź</p>"},
		{"utf-16le no bom", mustEncode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), "<html><body><p>Łódź</p></body></html>"), "", "utf-16le", "Łódź"},
		{"windows-1252 from header", mustEncode(t, charmap.Windows1252, "<p>"+frText+"</p>"), "text/html; charset=windows-1252", "windows-1252", frText},
		{"iso-8859-1 label is windows-1252", mustEncode(t, charmap.Windows1252, "<p>"+frText+"</p>"), "text/html; charset=ISO-8859-1", "windows-1252", frText},
		{"header beats meta", mustEncode(t, charmap.ISO8859_2, `<meta charset="windows-1252"><p>Zażółć</p>`), "text/html; charset=iso-8859-2", "iso-8859-2", "Zażółć"},
		{"quoted header charset", mustEncode(t, charmap.KOI8R, "<p>Съешь</p>"), `text/html; charset="koi8-r"`, "koi8-r", "Съешь"},
		{"malformed header still read", mustEncode(t, charmap.KOI8R, "<p>Съешь</p>"), `text/html; charset=koi8-r; charset=utf-8`, "koi8-r", "Съешь"},
		{"unknown header charset falls to meta", mustEncode(t, charmap.ISO8859_2, `<meta charset="iso-8859-2"><p>Zażółć</p>`), "text/html; charset=x-nonsense", "iso-8859-2", "Zażółć"},
		{"meta charset shift_jis", mustEncode(t, japanese.ShiftJIS, `<meta charset="shift_jis"><p>日本語です</p>`), "", "shift_jis", "日本語です"},
		{"http-equiv gb18030", mustEncode(t, simplifiedchinese.GB18030, `<meta http-equiv="Content-Type" content="text/html; charset=gb18030"><p>中文内容</p>`), "", "gb18030", "中文内容"},
		{"gb2312 label is gbk", mustEncode(t, simplifiedchinese.GBK, `<meta charset="gb2312"><p>新华网</p>`), "", "gbk", "新华网"},
		{"content without http-equiv ignored", mustEncode(t, charmap.Windows1252, `<meta content="text/html; charset=koi8-r"><p>été</p>`), "", "windows-1252", "été"},
		{"meta in comment ignored", mustEncode(t, charmap.Windows1252, `<!-- <meta charset="koi8-r"> --><p>été</p>`), "", "windows-1252", "été"},
		{"meta after body ignored", mustEncode(t, charmap.Windows1252, `<body><meta charset="koi8-r"><p>été</p>`), "", "windows-1252", "été"},
		{"meta utf-16 means utf-8", []byte(`<meta charset="utf-16"><p>Grüße</p>`), "", "utf-8", "Grüße"},
		{"xml declaration", mustEncode(t, charmap.ISO8859_15, `<?xml version="1.0" encoding="ISO-8859-15"?><html><p>€uro</p></html>`), "", "iso-8859-15", "€uro"},
		{"undeclared latin-1 sniffed", mustEncode(t, charmap.Windows1252, "<p>"+frText+"</p>"), "", "windows-1252", frText},
		{"declared utf-8 but latin-1", mustEncode(t, charmap.Windows1252, `<meta charset="utf-8"><p>`+frText+`</p>`), "", "windows-1252", frText},
		{"header utf-8 but latin-1", mustEncode(t, charmap.Windows1252, `<p>`+frText+`</p>`), "text/html; charset=utf-8", "windows-1252", frText},
		{"utf-8 with one stray byte stays utf-8", []byte("<meta charset=utf-8><p>Grüße aus Köln, schön\xe9 und Zürich</p>"), "", "utf-8", "Grüße aus Köln, schön\uFFFD und Zürich"},
		{"declared latin-1 but valid utf-8", []byte(`<meta charset="iso-8859-1"><p>Le gâteau était délicieux</p>`), "", "utf-8", "Le gâteau était délicieux"},
		{"declared latin-1 ascii only", []byte(`<meta charset="iso-8859-1"><p>plain</p>`), "", "windows-1252", "plain"},
		{"replacement label ignored", []byte(`<meta charset="iso-2022-kr"><p>Grüße</p>`), "", "utf-8", "Grüße"},
		{"x-user-defined is windows-1252", mustEncode(t, charmap.Windows1252, `<meta charset="x-user-defined"><p>été</p>`), "", "windows-1252", "été"},
		{"empty", nil, "", "utf-8", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, enc, err := ToUTF8(tt.raw, tt.contentType)
			if err != nil {
				t.Fatalf("err = %v", err)
			}
			if enc != tt.wantEnc {
				t.Errorf("encoding = %q, want %q", enc, tt.wantEnc)
			}
			if !utf8.Valid(out) {
				t.Errorf("output is not valid UTF-8: %q", out)
			}
			if !strings.Contains(string(out), tt.wantText) {
				t.Errorf("output %q does not contain %q", out, tt.wantText)
			}
			if bytes.HasPrefix(out, []byte{0xEF, 0xBB, 0xBF}) {
				t.Errorf("output keeps the BOM")
			}
		})
	}
}

func TestToUTF8InvalidUTF8Repaired(t *testing.T) {
	raw := []byte("<p>" + strings.Repeat("ü", 20) + "\xff\xfe\xc3</p>")
	out, enc, err := ToUTF8(raw, "text/html; charset=utf-8")
	if err != nil || enc != "utf-8" {
		t.Fatalf("enc=%q err=%v", enc, err)
	}
	if !utf8.Valid(out) || !strings.Contains(string(out), "\uFFFD") {
		t.Errorf("got %q, want valid UTF-8 with U+FFFD", out)
	}
}

func TestCharsetFromContent(t *testing.T) {
	tests := []struct{ in, want string }{
		{"text/html; charset=utf-8", "utf-8"},
		{"text/html;charset=Shift_JIS", "Shift_JIS"},
		{"text/html; CHARSET = 'koi8-r' ", "koi8-r"},
		{`text/html; charset="gb2312"`, "gb2312"},
		{"text/html; charset=", ""},
		{`text/html; charset="unterminated`, ""},
		{"text/html; charsetx; charset=iso-8859-2", "iso-8859-2"},
		{"text/html", ""},
		{"İİİ charset=x", "x"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := charsetFromContent(tt.in); got != tt.want {
				t.Errorf("charsetFromContent(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestHasCharsetText(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"", false}, {"charse", false}, {"charset", true}, {"x CharSet=y", true},
		{"CHARSET", true}, {"chars et", false}, {"c\xc8arset", false},
	} {
		t.Run(tt.in, func(t *testing.T) {
			if got := hasCharsetText([]byte(tt.in)); got != tt.want {
				t.Errorf("hasCharsetText(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestMetaCharset(t *testing.T) {
	long := strings.Repeat("x", 4000)
	tests := []struct{ name, in, want string }{
		{"charset attr", `<meta charset="koi8-r">`, "koi8-r"},
		{"unquoted", `<meta charset=koi8-r>`, "koi8-r"},
		{"http-equiv", `<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">`, "windows-1250"},
		{"http-equiv order", `<meta content="text/html; charset=windows-1250" http-equiv="content-type">`, "windows-1250"},
		{"charset wins over content", `<meta http-equiv="content-type" content="text/html; charset=a" charset="b">`, "b"},
		{"duplicate attr ignored", `<meta charset="a" charset="b">`, "a"},
		{"first meta wins", `<meta name="x"><meta charset="a"><meta charset="b">`, "a"},
		{"late meta found", `<script>var s="` + long + `";</script><meta charset="iso-8859-2">`, "iso-8859-2"},
		{"charset in script ignored", `<script>document.write('<meta charset="koi8-r">')</script><meta charset="a">`, "a"},
		{"stops at body", `<body><meta charset="a">`, ""},
		{"xml decl", `<?xml version="1.0" encoding='windows-1251'?><html>`, "windows-1251"},
		{"none", `<html><head><title>t</title></head>`, ""},
		{"upper case", `<META CHARSET="koi8-r">`, "koi8-r"},
		{"hidden in a reference", `<meta http-equiv="content-type" content="text/html; ch&#97;rset=iso-8859-2">`, "iso-8859-2"},
		{"no charset text", `<head><title>t</title><style>` + long + `</style></head><body>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := metaCharset([]byte(tt.in)); got != tt.want {
				t.Errorf("metaCharset = %q, want %q", got, tt.want)
			}
		})
	}
}
