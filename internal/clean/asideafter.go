package clean

import (
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
)

var ruleAsideAfter = rules.Register(rules.Clean, "aside-after-article",
	"an <aside> or sidebar set after the headline and the article's prose stays out however much text it holds")

// asideAfterArticle reports an <aside> outside the article, or a region
// named as a sidebar, that the large-region rule would keep for its
// size, set after the article: the headline stands before it, outside
// it, with an article's worth of prose between the two. Under a short
// post (a photo and its data, a few lines) the sidebar's widgets
// outweigh the post, and it is their size that made the region look like
// content. A wrapper misnamed as a sidebar around the article holds the
// article's prose, so none lies between the headline and it.
func (c *cleaner) asideAfterArticle(n *html.Node, rule string) bool {
	return (rule == ruleChromeAside || rule == conceptRules[vocab.Sidebar]) && c.t.On(ruleAsideAfter) && c.threadAfterArticle(n)
}
