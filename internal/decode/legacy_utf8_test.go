package decode

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestMultiByteDeclarationOverValidUTF8(t *testing.T) {
	body := strings.Repeat("谷歌在2014年收购的人工智能公司开发出一款计算机。", 3)
	page := `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><p>` + body + `</p></body></html>`
	out, enc, err := ToUTF8([]byte(page), "")
	if err != nil {
		t.Fatal(err)
	}
	if enc != "utf-8" || !strings.Contains(string(out), body) {
		t.Errorf("UTF-8 page declared gb2312: got encoding %q, text %q", enc, out)
	}

	// A real GBK page under the same declaration stays GBK.
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	out, enc, _ = ToUTF8([]byte(gbk), "")
	if enc == "utf-8" || !strings.Contains(string(out), body) {
		t.Errorf("GBK page: got encoding %q, text %q", enc, out)
	}
}
