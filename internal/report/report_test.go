package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pith-org/pith/internal/extract"
	nethtml "golang.org/x/net/html"
)

const testPage = `<!doctype html><html><head><title>Quay reopens</title>
<script>var tracking = "SCRIPTTEXT";</script><style>p{color:red}</style></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Quay reopens</h1>
<p>The harbour works will finish in spring, after two years of delays, and the ferry should run again by May.</p>
<div class="share-bar"><a href="#">Share on X</a></div>
<p>Engineers said the new wall, built from recycled stone, would hold against the winter storms <b>&lt;tag&gt;</b>.</p>
<p><img src="q.jpg" alt="The quay at dawn"></p>
<p>Traders on the quay, who lost most of last summer, welcomed the news but asked for help with the rents.</p>
</article>
<footer>All rights reserved</footer>
</body></html>`

func build(t testing.TB) string {
	t.Helper()
	a, tr, err := extract.FromBytesTraced(context.Background(), []byte(testPage), extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := Write(&buf, "quay.html", a, tr); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestReport(t *testing.T) {
	out := build(t)
	doc, err := nethtml.Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	marked := map[string]string{} // text of each marked element -> its class
	var walk func(n *nethtml.Node)
	walk = func(n *nethtml.Node) {
		if n.Type == nethtml.ElementNode {
			for _, a := range n.Attr {
				if a.Key == "class" && strings.HasPrefix(a.Val, "pith-") && a.Val != "pith-label" {
					marked[text(n)] = a.Val
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	// find returns the class of the smallest marked element holding sub.
	find := func(sub string) string {
		best := ""
		for txt := range marked {
			if strings.Contains(txt, sub) && (best == "" || len(txt) < len(best)) {
				best = txt
			}
		}
		if best == "" {
			return ""
		}
		return marked[best] + " | " + best
	}
	for _, tc := range []struct {
		name, text, class string
	}{
		{"the article is kept", "The harbour works will finish", "pith-content"},
		{"the share bar is dropped with its rule", "Share on X", "pith-drop"},
		{"the footer is dropped", "All rights reserved", "pith-drop"},
		{"the navigation is dropped", "Home", "pith-drop"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := find(tc.text)
			if class, _, _ := strings.Cut(got, " | "); !strings.Contains(" "+class+" ", " "+tc.class+" ") {
				t.Errorf("element with %q: %q, want class %s", tc.text, got, tc.class)
			}
		})
	}
	for _, tc := range []struct {
		name, want string
		present    bool
	}{
		{"rule label shown", `<span class="pith-label">share-widget</span>`, true},
		{"rule named in the counts", "<code>chrome-footer</code>", true},
		{"page text escaped", "&lt;tag&gt;", true},
		{"image as its alt text", "[image: The quay at dawn]", true},
		{"metadata shown", "Quay reopens", true},
		{"no script text", "SCRIPTTEXT", false},
		{"no page styles", "color:red", false},
		{"loads nothing", "src=", false},
		{"links not followed", "href=", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if strings.Contains(out, tc.want) != tc.present {
				t.Errorf("report contains %q = %v, want %v", tc.want, !tc.present, tc.present)
			}
		})
	}
}

func text(n *nethtml.Node) string {
	var b strings.Builder
	var walk func(n *nethtml.Node)
	walk = func(n *nethtml.Node) {
		if n.Type == nethtml.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// TestReportInChromium loads the report in headless Chromium, as a
// person would open it, and checks the browser's own rendering: the
// DOM it builds has the marks, and a screenshot of it is drawn. It
// skips where Chromium is not installed (.ci/run installs it).
func TestReportInChromium(t *testing.T) {
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("Chromium is not installed")
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "report.html")
	if err := os.WriteFile(file, []byte(build(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	flags := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + filepath.Join(dir, "profile"), "--window-size=1000,1400"}
	run := func(extra ...string) []byte {
		ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
		defer cancel()
		out, err := exec.CommandContext(ctx, bin, append(append(flags, extra...), "file://"+file)...).Output()
		if err != nil {
			t.Fatalf("chromium %v: %v", extra, err)
		}
		return out
	}
	dom := string(run("--dump-dom"))
	for _, want := range []string{`class="pith-content`, `class="pith-drop"`, `data-rule="share-widget"`, "What pith kept and dropped"} {
		if !strings.Contains(dom, want) {
			t.Errorf("the DOM Chromium built has no %q", want)
		}
	}
	shot := filepath.Join(dir, "report.png")
	run("--screenshot=" + shot)
	png, err := os.ReadFile(shot)
	if err != nil {
		t.Fatal(err)
	}
	if len(png) < 1000 || !bytes.HasPrefix(png, []byte("\x89PNG")) {
		t.Errorf("screenshot: %d bytes, not a drawn page", len(png))
	}
}
