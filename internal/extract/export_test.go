package extract

import (
	"context"

	"github.com/pith-org/pith/internal/article"
	"golang.org/x/net/html"
)

// FromBytes and Run are FromBytesContext and RunContext without a
// context, for the tests.
func FromBytes(raw []byte, o Options) (*article.Article, error) {
	return FromBytesContext(context.Background(), raw, o)
}

func Run(doc *html.Node, o Options) (*article.Article, error) {
	return RunContext(context.Background(), doc, o)
}
