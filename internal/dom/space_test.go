package dom

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// referenceCollapse is the straightforward definition CollapseSpace must
// agree with on valid UTF-8: drop the invisible characters, then split on
// Unicode whitespace and join with one space.
func referenceCollapse(s string) string {
	s = strings.NewReplacer("\u00ad", "", "\u200b", "", "\u2060", "", "\ufeff", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}

func TestCollapseSpace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{" ", ""},
		{"word", "word"},
		{"two words", "two words"},
		{"  lead and trail  ", "lead and trail"},
		{"tab\tnew\nline\r\nfeed\fvt\v.", "tab new line feed vt ."},
		{"no\u00a0break", "no break"},
		{"em\u2003space ideographic\u3000space", "em space ideographic space"},
		{"line\u2028sep nel\u0085x", "line sep nel x"},
		{"soft\u00adhyphen zero\u200bwidth join\u2060er \ufeffbom", "softhyphen zerowidth joiner bom"},
		{"a \u00ad b", "a b"},
		{"\u200b\u200b", ""},
		{"  \u00a0\u200b ", ""},
		{"Straße  München  ", "Straße München"},
		{"Łódź\u00a0— Kraków", "Łódź — Kraków"},
		{"bad\xffbyte  here", "bad\ufffdbyte here"},
		{"trailing\xe2", "trailing\ufffd"},
		{"\xe2\u00ad\x80\x8b", "\ufffd\ufffd\ufffd"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := CollapseSpace(tt.in); got != tt.want {
				t.Errorf("CollapseSpace(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := collapse([]byte(tt.in)); got != tt.want {
				t.Errorf("collapse(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got := CollapsedLen(tt.in); got != len(tt.want) {
				t.Errorf("CollapsedLen(%q) = %d, want %d", tt.in, got, len(tt.want))
			}
		})
	}
}

// TestCollapsedWords covers the eight-byte scan of collapsed: spaces at
// each position of a word and across words, and control characters.
func TestCollapsedWords(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"abcdefgh", true},
		{"abcdefghijklmnop", true},
		{" bcdefghijklmnop", false},
		{"abcdefgh ", false},
		{"abcdefg  ijklmnop", false},   // double space across words
		{"abcdefg hijklmnop", true},    // single space at the end of a word
		{"abcdefgh ijklmnop", true},    // single space at the start of a word
		{"abc  fghijklmnop", false},    // double space inside a word
		{"abcdefgh\tijklmnop", false},  // tab
		{"abcdefgh\x01ijklmnop", true}, // a control character is no space
		{"abcdefgh\x7fijklmnop", true},
		{"abcdefgh\u00a0ijklmnop", false},
		{"abcdefghüjklmnop", true},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := collapsed(tc.in); got != tc.want {
				t.Errorf("collapsed(%q) = %v, want %v", tc.in, got, tc.want)
			}
			if got := collapsed([]byte(tc.in)); got != tc.want {
				t.Errorf("collapsed([]byte(%q)) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func BenchmarkCollapsed(b *testing.B) {
	s := strings.Repeat("Already collapsed text, with one space between words. ", 40) + "end"
	for b.Loop() {
		collapsed(s)
	}
}

func TestCollapseSpaceNoAllocWhenCollapsed(t *testing.T) {
	s := "Already collapsed text, with ünïcode and one space between words."
	if n := testing.AllocsPerRun(100, func() { _ = CollapseSpace(s) }); n != 0 {
		t.Errorf("CollapseSpace on collapsed text: %v allocations, want 0", n)
	}
}

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<p>Hello <b>big</b>  world</p>`, "Hello big world"},
		{`<div><p>one</p><p>two</p></div>`, "one two"},
		{`<p>a<br>b</p>`, "a b"},
		{`<p>keep<script>drop()</script><style>p{}</style>this</p>`, "keepthis"},
		{`<p>x<!-- comment -->y</p>`, "xy"},
		{`<ul><li>ä</li><li>ö</li></ul>`, "ä ö"},
		{`<p>  </p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			body := Find(doc, func(n *html.Node) bool { return n.Data == "body" })
			if got := Text(body); got != tt.want {
				t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if got, want := Text(body), CollapseSpace(RawText(body)); got != want {
				t.Errorf("Text(%q) = %q, CollapseSpace(RawText) = %q", tt.in, got, want)
			}
		})
	}
}

// FuzzCollapseSpace checks CollapseSpace against the reference on valid
// UTF-8 and, on any input, that it is idempotent, trimmed, free of double
// spaces, and that the in-place variant agrees.
func FuzzCollapseSpace(f *testing.F) {
	for _, s := range []string{"", " a  b ", "x\u00a0\u200by", "\xff \xc2\xad\xa0", "Grüße\u2003aus\tKöln\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := CollapseSpace(s)
		if utf8.ValidString(s) {
			if want := referenceCollapse(s); got != want {
				t.Fatalf("CollapseSpace(%q) = %q, reference %q", s, got, want)
			}
		}
		if !utf8.ValidString(got) {
			t.Fatalf("CollapseSpace(%q) = %q: invalid UTF-8", s, got)
		}
		if again := CollapseSpace(got); again != got {
			t.Fatalf("not idempotent: %q -> %q -> %q", s, got, again)
		}
		if strings.Contains(got, "  ") || strings.HasPrefix(got, " ") || strings.HasSuffix(got, " ") {
			t.Fatalf("CollapseSpace(%q) = %q: untrimmed or double space", s, got)
		}
		if b := collapse([]byte(s)); b != got {
			t.Fatalf("collapse(%q) = %q, CollapseSpace %q", s, b, got)
		}
		if c := collapsed(s); c != (string(appendCollapsed(nil, s)) == s) {
			t.Fatalf("collapsed(%q) = %v, but collapsing gives %q", s, c, got)
		}
		if n := CollapsedLen(s); n != len(got) {
			t.Fatalf("CollapsedLen(%q) = %d, len(CollapseSpace) = %d", s, n, len(got))
		}
	})
}
