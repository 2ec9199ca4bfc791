package clean

import (
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
)

// The cleaner's rules, by what they recognise. Removing rules first,
// then the rules that keep an element another rule would remove.
var (
	ruleNonText     = rules.Register(rules.Clean, "non-text-element", "scripts, styles, media, form controls, iframes: elements that are never text")
	ruleHiddenAttr  = rules.Register(rules.Clean, "hidden-attribute", "elements with the hidden attribute")
	ruleHiddenStyle = rules.Register(rules.Clean, "hidden-style", "elements an inline style hides (display:none, visibility:hidden)")
	ruleAriaHidden  = rules.Register(rules.Clean, "aria-hidden", "elements hidden from screen readers: decorative copies")
	ruleHiddenClass = rules.Register(rules.Clean, "hidden-class", "elements a class hides on every screen (sr-only, d-none, visually-hidden)")
	ruleChromeNav   = rules.Register(rules.Clean, "chrome-nav", "<nav> and <menu>")
	ruleChromeAside = rules.Register(rules.Clean, "chrome-aside", "<aside> outside the article")
	ruleChromeFoot  = rules.Register(rules.Clean, "chrome-footer", "<footer>")
	ruleChromeHead  = rules.Register(rules.Clean, "chrome-header", "<header> outside the article")
	ruleSmallForm   = rules.Register(rules.Clean, "small-form", "a <form> with little text (search boxes, sign-up forms)")
	ruleSponsored   = rules.Register(rules.Clean, "sponsored-box", "a box around a paid link (rel=sponsored) with little text of its own: a price or affiliate widget")
	ruleARIAChrome  = rules.Register(rules.Clean, "aria-chrome", "ARIA landmark roles of page chrome (navigation, banner, contentinfo, dialog, search…)")

	// conceptRules name the class/id vocabulary's concepts (vocab.go).
	conceptRules = map[vocab.Concept]string{
		vocab.Navigation: rules.Register(rules.Clean, "navigation-name", "blocks named as navigation, menus, breadcrumbs"),
		vocab.Footer:     rules.Register(rules.Clean, "footer-name", "blocks named as the page footer"),
		vocab.Share:      rules.Register(rules.Clean, "share-widget", "share and follow bars"),
		vocab.Newsletter: rules.Register(rules.Clean, "newsletter-box", "newsletter and subscription prompts"),
		vocab.Related:    rules.Register(rules.Clean, "related-rail", "related, recommended and most-read rails"),
		vocab.Comments:   rules.Register(rules.Clean, "comments-section", "comment threads and forms"),
		vocab.Consent:    rules.Register(rules.Clean, "cookie-consent", "cookie and consent banners"),
		vocab.Paywall:    rules.Register(rules.Clean, "paywall-box", "paywall and registration walls"),
		vocab.Ads:        rules.Register(rules.Clean, "ad-slot", "ads and sponsored slots"),
		vocab.AuthorBio:  rules.Register(rules.Clean, "author-bio", "author boxes and bios"),
		vocab.Tags:       rules.Register(rules.Clean, "tag-list", "tag and category lists"),
		vocab.Meta:       rules.Register(rules.Clean, "byline-block", "byline and date-line blocks (metadata reads them first)"),
		vocab.Popup:      rules.Register(rules.Clean, "popup-modal", "pop-ups, modals and overlays"),
		vocab.Sidebar:    rules.Register(rules.Clean, "sidebar-widget", "sidebars and widgets"),
		vocab.Print:      rules.Register(rules.Clean, "print-tools", "print, font-size and other page tools"),
	}

	ruleLargeRegion    = rules.Register(rules.Clean, "large-region", "keeps a region another rule names as chrome when it holds much of the page's prose")
	ruleProtectBody    = rules.Register(rules.Clean, "declared-body-kept", "keeps the element declared the article body (itemprop=articleBody, the only <article>) and its ancestors")
	ruleArticleHeader  = rules.Register(rules.Clean, "article-header", "keeps a <header> holding the headline and no navigation: the article's own")
	ruleRunningText    = rules.Register(rules.Clean, "running-text-inline", "keeps an inline element inside a sentence whatever its class says")
	ruleContentName    = rules.Register(rules.Clean, "content-named-wrapper", "keeps a large block whose name also names the content")
	ruleHeadlineHolder = rules.Register(rules.Clean, "headline-holder", "keeps an element holding the article's headline over paragraphs, whatever its class words say")

	ruleNoscriptImage = rules.Register(rules.Clean, "noscript-image", "puts the image a lazy loader hides in <noscript> in its place")
	ruleBrParagraphs  = rules.Register(rules.Clean, "br-paragraphs", "text set apart by blank lines (<br><br>) in a block becomes paragraphs")
	ruleTemplate      = rules.Register(rules.Clean, "template-markup", "unpacks an article shipped in <script type=text/template>")
)
