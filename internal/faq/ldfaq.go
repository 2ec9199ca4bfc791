package faq

import (
	"strings"

	"github.com/pith-org/pith/internal/article"
	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/jsonld"
)

// fromJSONLD returns the question/answer pairs of the page's schema.org
// FAQPage and QAPage objects, in the order the data lists them, and the
// keys of those that come from a QAPage. Questions may be nested, listed
// or referenced by @id from elsewhere in the data. scripts are the
// page's JSON-LD scripts (newPage collects them).
func fromJSONLD(scripts []string) ([]article.QA, map[string]bool) {
	// Only scripts that name a question are decoded: most pages carry
	// JSON-LD for the article alone, and decoding it again here (meta
	// has read it) was most of this stage's cost.
	var objs []jsonld.Object
	for _, s := range scripts {
		if strings.Contains(s, "Question") || strings.Contains(s, "question") || strings.Contains(s, "QAPage") {
			objs = jsonld.AppendObjects(objs, s)
		}
	}
	byID := map[string]jsonld.Object{}
	for _, o := range objs {
		if id, ok := o["@id"].(string); ok && id != "" {
			if _, seen := byID[id]; !seen || len(o) > len(byID[id]) {
				byID[id] = o
			}
		}
	}
	resolve := func(v any) jsonld.Object {
		o, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		if id, ok := o["@id"].(string); ok && len(o) <= 2 {
			if full, ok := byID[id]; ok {
				return full
			}
		}
		return o
	}
	var out []article.QA
	seen := map[string]bool{}
	qaPage := map[string]bool{}
	add := func(q article.QA, fromQAPage bool) {
		k := key(q.Question)
		if k == "" || q.Answer == "" || seen[k] {
			return
		}
		seen[k] = true
		if fromQAPage {
			qaPage[k] = true
		}
		out = append(out, q)
	}
	for _, o := range objs {
		faqPage := jsonld.HasType(o, "FAQPage")
		if !faqPage && !jsonld.HasType(o, "QAPage") {
			continue
		}
		for _, v := range jsonld.List(o["mainEntity"]) {
			q := resolve(v)
			if q == nil || (len(jsonld.Types(q)) > 0 && !jsonld.HasType(q, "Question")) {
				continue
			}
			name := renderInline(jsonld.String(q, "name"))
			if name == "" {
				name = renderInline(jsonld.String(q, "text"))
			}
			ans := answers(q["acceptedAnswer"], resolve)
			if ans == "" && faqPage {
				// FAQPage should use acceptedAnswer, but suggestedAnswer
				// is common. On a QAPage only the accepted answer counts.
				ans = answers(q["suggestedAnswer"], resolve)
			}
			add(article.QA{Question: name, Answer: ans}, !faqPage)
		}
	}
	return out, qaPage
}

// answers renders the first usable Answer of v: an object, a list of
// them or a bare string. A list normally holds one accepted answer;
// further ones repeat it in other forms and would only add noise.
func answers(v any, resolve func(any) jsonld.Object) string {
	for _, a := range jsonld.List(v) {
		var s string
		if str, ok := a.(string); ok {
			s = renderHTMLString(str)
		} else if o := resolve(a); o != nil {
			s = renderHTMLString(jsonld.AsString(o["text"]))
		}
		if s != "" {
			return s
		}
	}
	return ""
}

// renderInline renders a short string that may contain markup as one
// line of text.
func renderInline(s string) string {
	return dom.CollapseSpace(renderHTMLString(s))
}
