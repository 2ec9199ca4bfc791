package blocks_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/blocks"
	"github.com/pith-org/pith/internal/rules"
)

// TestDefinitionTerm: a reference's linked terms stay with their
// definitions; linked headlines over blurbs, and terms without a
// definition, are link lines still.
func TestDefinitionTerm(t *testing.T) {
	cases := []struct {
		name string
		src  string
		off  bool
		keep bool
	}{
		{name: "linked code term", src: `<dl><dt><a href="/send"><code>TERM.send()</code></a></dt><dd><p>Enqueues data to be sent.</p></dd></dl>`, keep: true},
		{name: "linked short term", src: `<dl><dt><a href="/close">TERM close</a></dt><dd>Fired when the connection is closed.</dd></dl>`, keep: true},
		{name: "rule off", src: `<dl><dt><a href="/send"><code>TERM.send()</code></a></dt><dd>Enqueues data to be sent.</dd></dl>`, off: true},
		{name: "linked headline", src: `<dl><dt><a href="/s">TERM real estate has a record year in Canada</a></dt><dd>Sales rose again.</dd></dl>`},
		{name: "no definition", src: `<dl><dt><a href="/send"><code>TERM.send()</code></a></dt><dd> </dd></dl>`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var o blocks.Options
			if tc.off {
				o.Trace = rules.NewTrace(map[string]bool{"definition-term": true}, false)
			}
			got := plain(build(t, tc.src, o))
			if kept := strings.Contains(got, "TERM"); kept != tc.keep {
				t.Errorf("term kept = %v, want %v; text: %q", kept, tc.keep, got)
			}
		})
	}
}

// TestCodeLines: a minified highlighted block keeps its line breaks;
// a block that has its own keeps them as they are.
func TestCodeLines(t *testing.T) {
	cases := []struct {
		name string
		src  string
		off  bool
		want string
	}{
		{name: "shiki lines", src: `<pre><code><span class="line"><span>npm</span><span> create vite</span></span><span class="line highlighted"><span>cd</span><span> app</span></span></code></pre>`, want: "npm create vite\ncd app"},
		{name: "div lines", src: `<pre><div><div>import os</div><div>print(os.name)</div></div></pre>`, want: "import os\nprint(os.name)"},
		{name: "rule off", off: true, src: `<pre><code><span class="line">npm i</span><span class="line">cd app</span></code></pre>`, want: "npm icd app"},
		{name: "own line breaks", src: "<pre><code><span class=\"line\">a := 1</span>\n<span class=\"line\">b := 2</span></code></pre>", want: "a := 1\nb := 2"},
		{name: "spans of one line", src: `<pre><code><span>x</span><span> = 1</span></code></pre>`, want: "x = 1"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var o blocks.Options
			if tc.off {
				o.Trace = rules.NewTrace(map[string]bool{"code-lines": true}, false)
			}
			bs := build(t, tc.src, o)
			if len(bs) != 1 || bs[0].Text != tc.want {
				t.Errorf("got %q, want one code block %q", plain(bs), tc.want)
			}
		})
	}
}
