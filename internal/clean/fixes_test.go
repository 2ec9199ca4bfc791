package clean_test

import (
	"strings"
	"testing"

	"github.com/pith-org/pith/internal/clean"
	"golang.org/x/net/html"
)

func TestUpperCaseInlineStyleHides(t *testing.T) {
	doc := parse(t, `<p style="DISPLAY: NONE">secret words</p><p>`+prose(3)+`</p>`)
	clean.Clean(doc, clean.Options{})
	if strings.Contains(allText(doc), "secret words") {
		t.Error("an upper-case display:none paragraph survived")
	}
}

func TestNoscriptImageFallback(t *testing.T) {
	doc := parse(t, `<figure><img class="lazy" src="data:image/gif;base64,R0lGOD"><noscript><img src="https://example.org/real.jpg" alt="A harbour"></noscript><figcaption>The harbour</figcaption></figure><p>`+prose(3)+`</p>`)
	clean.Clean(doc, clean.Options{})
	var found bool
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && n.Data == "img" {
			for _, a := range n.Attr {
				if a.Key == "src" && a.Val == "https://example.org/real.jpg" {
					found = true
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	if !found {
		t.Error("the <noscript> image was not rescued")
	}
}

func TestTemplateScriptContent(t *testing.T) {
	doc := parse(t, `<div class="post-body"><script type="text/template"><p>Over the past few years we have seen threats grow.</p><p>Second paragraph.</p></script></div>`)
	clean.Clean(doc, clean.Options{})
	if !strings.Contains(allText(doc), "Over the past few years") {
		t.Error("the article inside a text/template script was not unpacked")
	}
	doc = parse(t, `<div><script type="text/template">{"caption":"<p>Ellen<\/p>"}</script></div>`)
	clean.Clean(doc, clean.Options{})
	if strings.Contains(allText(doc), "Ellen") {
		t.Error("a JSON template was unpacked as markup")
	}
}

func TestHeadingSpansAreNotJudgedByTheirIDs(t *testing.T) {
	doc := parse(t, `<h2><span class="mw-headline" id="Eich_CEO_promotion_controversy">Eich CEO promotion controversy</span></h2><p>`+prose(3)+`</p>`)
	clean.Clean(doc, clean.Options{})
	if !strings.Contains(allText(doc), "Eich CEO promotion controversy") {
		t.Error("a heading's text was removed for its anchor id")
	}
}

func TestDataAndARIANames(t *testing.T) {
	doc := parse(t, `<div class="not-prose my-10 rounded-xl" data-component="newsletter"><p>The Weekly Letter, every Tuesday.</p></div>`+
		`<section aria-label="Most popular"><ol><li>One</li><li>Two</li></ol></section><p>`+prose(3)+`</p>`)
	clean.Clean(doc, clean.Options{})
	got := allText(doc)
	if strings.Contains(got, "Weekly Letter") || strings.Contains(got, "One") {
		t.Errorf("blocks named by data-component or aria-label survived: %q", got)
	}
}
