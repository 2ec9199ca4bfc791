package content

import (
	"github.com/pith-org/pith/internal/rules"
	"github.com/pith-org/pith/internal/vocab"
	"golang.org/x/net/html"
)

var ruleWidgetName = rules.Register(rules.Select, "widget-content-name",
	"\"widget-content\" names the inside of a widget, not the page's content: no content bonus")

// widgetContent reports class words whose every content word is the
// second half of a widget's name ("widget-content", "widget-body"): the
// inside of a sidebar widget, which blog templates give every box of
// the sidebar. With the bonus, a profile box outscored the post.
func (s *scorer) widgetContent(n *html.Node, ws []string) bool {
	if !s.t.On(ruleWidgetName) {
		return false
	}
	for i := range ws {
		if vocab.Positive(ws[i:i+1]) && (i == 0 || ws[i-1] != "widget") {
			return false
		}
	}
	if s.t.Explaining() {
		s.t.DropNode(ruleWidgetName, n, "no content bonus")
	}
	return true
}
