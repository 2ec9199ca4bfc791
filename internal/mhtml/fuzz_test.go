package mhtml

import (
	"bytes"
	"testing"
)

// FuzzRead feeds arbitrary, often MIME-shaped, bytes to Is and Read: no
// panic, and a page never over the limit.
func FuzzRead(f *testing.F) {
	f.Add(chrome("<p>caf\xe9</p>", "windows-1252"))
	f.Add([]byte("Content-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\nPHA+\n--b--\n"))
	f.Add([]byte("Content-Type: multipart/related; boundary=b; start=x\n\n--b\nContent-ID: <x>\nContent-Transfer-Encoding: quoted-printable\n\n=3Cp=\n>cid:x\n--b"))
	f.Fuzz(func(t *testing.T, data []byte) {
		const limit = 1 << 10
		Is(data)
		p, err := Read(bytes.NewReader(data), limit)
		// Only cid: rewriting can lengthen the part past the limit.
		if err == nil && len(p.HTML) > limit && !bytes.Contains(data, []byte("cid:")) {
			t.Fatalf("page of %d bytes over the %d limit", len(p.HTML), limit)
		}
	})
}
