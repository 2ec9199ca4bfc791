package rules

import "maps"

// Why rules that move no figure stay. `make ablate` switches every rule
// off in turn and scores every development corpus; a rule whose absence
// changes no figure (or only lowers one) is deleted, or it is listed
// here with the reason it stays. The ablation prints these reasons
// beside the idle rules and flags an idle rule without one, and
// `pith --list-rules` shows them. Every rule listed has a case that
// fails without it (internal/extract's rule cases, meta's tests).
//
// The reasons fall into a few kinds:
//   - the rule decides a field or a block that no scorer reads: the
//     corpora score the body text and the title, author and date, not
//     the description, image, language, tags, URL, modification date or
//     site name, nor the figures, captions, code lines and FAQ entries
//     of the typed blocks;
//   - another rule, or selection, decides the same nodes first on the
//     development pages, and this one decides where that one does not
//     (its case is such a page): a second line, not a duplicate;
//   - what it removes is too short for the scorers to see (a "Skip to
//     content" link, a print button), but a reader sees it.
var idleReasons = map[string]string{
	// Fields no corpus scores.
	"description-jsonld":    unscoredField,
	"description-meta":      unscoredField,
	"description-microdata": unscoredField,
	"image-jsonld":          unscoredField,
	"image-meta":            unscoredField,
	"image-microdata":       unscoredField,
	"lang-guess":            unscoredField,
	"lang-hreflang":         unscoredField,
	"lang-html":             unscoredField,
	"lang-jsonld":           unscoredField,
	"lang-meta":             unscoredField,
	"lang-microdata":        unscoredField,
	"modified-jsonld":       unscoredField,
	"modified-microdata":    unscoredField,
	"site-in-title":         unscoredField,
	"site-jsonld":           unscoredField,
	"tags-jsonld":           unscoredField,
	"tags-meta":             unscoredField,
	"tags-microdata":        unscoredField,
	"url-canonical":         unscoredField,
	"url-jsonld":            unscoredField,
	"url-og":                unscoredField,
	"url-page":              unscoredField,

	// Blocks no scorer reads.
	"caption-credit":    unscoredBlocks,
	"caption-furniture": unscoredBlocks,
	"code-lines":        unscoredBlocks,
	"code-block-whole":  unscoredBlocks,
	"definition-term":   unscoredBlocks,
	"image-alt-cell":    unscoredBlocks,
	"image-alt-word":    unscoredBlocks,
	"noscript-image":    unscoredBlocks,
	"repeated-image":    unscoredBlocks,
	"tiny-image":        unscoredBlocks,
	"pull-quote":        "a pull quote repeats a sentence already in the text, set large for the eye: a reader would read it twice",

	// FAQ sources: the mission pages check the entries, and on each of
	// them more than one source finds the same questions.
	"faq-box":        unscoredFAQ,
	"faq-heading":    unscoredFAQ,
	"faq-jsonld":     unscoredFAQ,
	"faq-known-copy": unscoredFAQ,
	"faq-microdata":  unscoredFAQ,

	// Too short for the scorers, seen by a reader.
	"hidden-attribute":   "a browser never shows an element marked hidden, whatever a gold text holds",
	"print-tools":        tooShort,
	"near-empty-box":     tooShort,
	"author-meta-credit": "a <meta> author naming no person (a site, a team) is not the author; on the ten development pages where it decides, no author figure moves",
	"author-full-name":   "a reader is shown the full name the byline gives; WCXB's author figure moves 0.001 the other way",

	// Guards: another rule takes the same nodes first on the
	// development pages.
	"chrome-aside":            guard,
	"chrome-header":           guard,
	"furniture-heading-first": "without it a \"Share this article\" heading set over the story takes the whole story as its section",
	"clause-rich-box":         guard,
	"template-markup":         guard,
	"chrome-nav":              guard,
	"entry-terms":             guard,
	"grid-cell":               guard,
	"sibling-same-name":       guard,
	"text-not-ad":             guard,
	"thread-page":             "a page that is nothing but its comment thread would end as \"no article found\" without it; on the two development pages where it decides, other rules keep the same text",
	"title-home-link":         "decides the title of blogs kept under a path (49 Dragnet posts), and Dragnet has no title gold",
	"page-veil":               guard,
	"prose-not-related":       guard,
	"prose-under-heading":     guard,
	"table-wrapper":           guard,
	"date-loose-any":          "the last date fallback: it dates pages of Dragnet and L3S-GN1, which have no date gold",
	"heading-permalink":       "a heading's own permalink mark (\"¶\") is not part of the title; no development page needs it",
	"title-document-markup":   "a <title> left open holds the page's markup; unclosed-title closes it first on the development pages",
}

const (
	unscoredField  = "decides a metadata field no development corpus scores"
	unscoredBlocks = "shapes typed blocks (figures, captions, code, alt text) that the text scorers do not read"
	unscoredFAQ    = "finds FAQ entries, which the text scorers do not read; the mission checks of FAQ entries hold without it because another source finds them there"
	tooShort       = "what it removes is too short for the scorers to see, but a reader sees it"
	guard          = "on the development pages another rule, or selection, decides the same nodes first; this one decides where that one does not, as its case shows"
)

// IdleReason returns why a rule that moves no corpus figure stays, or
// "" when none is given.
func IdleReason(name string) string { return idleReasons[name] }

// IdleReasons returns the names that have a reason, for tests.
func IdleReasons() map[string]string { return maps.Clone(idleReasons) }
