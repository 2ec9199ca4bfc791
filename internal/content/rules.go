package content

import "github.com/pith-org/pith/internal/rules"

// Selection's rules: the scoring method, the evidence that adjusts a
// candidate's score, and the rules that widen the choice.
var (
	ruleScore         = rules.RegisterCore(rules.Select, "paragraph-score", "paragraphs score by length and clauses and pass the score up to their containers; the best container wins")
	ruleMassChoice    = rules.RegisterCore(rules.Select, "text-mass", "the element with the most prose for the least furniture, when no paragraph scores")
	ruleArticleTag    = rules.Register(rules.Select, "article-tag-bonus", "an <article> element starts with a higher score")
	ruleBodyProp      = rules.Register(rules.Select, "articlebody-bonus", "an element marked itemprop=articleBody starts with a much higher score")
	ruleBoilerName    = rules.Register(rules.Select, "boilerplate-name-penalty", "a container still named as boilerplate starts lower")
	ruleContentName   = rules.Register(rules.Select, "content-name-bonus", "a container named as content (entry-content, article-body) starts higher")
	ruleNearHeadline  = rules.Register(rules.Select, "near-headline", "a candidate holding or following the headline closely weighs a third more")
	ruleShared        = rules.Register(rules.Select, "shared-ancestor", "the article split into parts: three runner-ups under one ancestor of the winner take the ancestor")
	ruleOnlyChild     = rules.Register(rules.Select, "only-child-climb", "a winner alone in its parent climbs to the parent")
	ruleMainAlone     = rules.Register(rules.Select, "main-alone", "nothing beside the page's <main> joins it: the page declares that its main content")
	ruleSibScore      = rules.Register(rules.Select, "sibling-score", "a sibling of the winner that scores a share of its score joins")
	ruleSibClass      = rules.Register(rules.Select, "sibling-same-name", "a sibling named like the winner needs less score to join")
	ruleSibProse      = rules.Register(rules.Select, "sibling-prose", "a sibling paragraph of prose with few links joins")
	ruleCousins       = rules.Register(rules.Select, "split-body-parts", "parts of a body split into wrappers of the same name join the winner")
	ruleWiden         = rules.Register(rules.Select, "text-mass-widen", "the choice widens to an ancestor holding far more prose for little furniture")
	ruleHeadlineBound = rules.Register(rules.Select, "headline-bound", "the text-mass widening stops at the element holding the headline and the chosen content")
	ruleBoundBefore   = rules.Register(rules.Select, "headline-bound-before", "the text-mass widening stops at the element holding the headline and the chosen content when the prose it would add stands mostly before the headline")
	ruleFeed          = rules.Register(rules.Select, "feed-not-prose", "a feed of linked headlines over blurbs counts as furniture in the text mass")
	ruleLead          = rules.Register(rules.Select, "standfirst", "the standfirst between the headline and the body joins the content")
	ruleLeadHeadline  = rules.Register(rules.Select, "standfirst-under-headline", "the standfirst follows the page's headline, not an <h1> before it (the blog's name in its banner, over the blog's description)")

	ruleSlides      = rules.Register(rules.Prune, "slideshow-captions", "a slideshow's numbered captions beside an article")
	ruleCards       = rules.Register(rules.Prune, "teaser-cards", "a run of teaser cards: linked headlines over short blurbs")
	ruleGallery     = rules.Register(rules.Prune, "image-gallery", "a box of images with hardly any text")
	ruleEmptyBox    = rules.Register(rules.Prune, "near-empty-box", "a box with almost no text")
	ruleBareLinks   = rules.Register(rules.Prune, "bare-link-list", "a list whose items are bare links")
	ruleLinkBox     = rules.Register(rules.Prune, "link-dense-box", "a box whose links outweigh its text")
	ruleHeadlineBox = rules.Register(rules.Prune, "headline-box-kept", "keeps a box holding the article's headline, however linked: a short post is all there is")
	ruleBulk        = rules.Register(rules.Prune, "bulk-of-content", "keeps a box holding most of the content's text")
	ruleDataTable   = rules.Register(rules.Prune, "data-table-whole", "keeps a data table whole, and boxes holding code, quotes, figures or data tables")
	ruleCommaProse  = rules.Register(rules.Prune, "clause-rich-box", "keeps a box with ten or more clauses")
)
