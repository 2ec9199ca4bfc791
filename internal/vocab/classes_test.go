package vocab_test

import (
	"testing"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
)

func words(class string) []string { return dom.SplitWords(nil, class) }

func TestClassify(t *testing.T) {
	cases := []struct {
		class string
		want  vocab.Concept
	}{
		// single words, several languages
		{"share", vocab.Share}, {"teilen", vocab.Share}, {"partager", vocab.Share}, {"compartir", vocab.Share},
		{"condividi", vocab.Share}, {"delen", vocab.Share}, {"udostepnij", vocab.Share}, {"compartilhar", vocab.Share},
		{"newsletter", vocab.Newsletter}, {"abonnieren", vocab.Newsletter}, {"inscription", vocab.Newsletter},
		{"suscripcion", vocab.Newsletter}, {"iscriviti", vocab.Newsletter}, {"nieuwsbrief", vocab.Newsletter}, {"subskrypcja", vocab.Newsletter},
		{"related", vocab.Related}, {"empfehlungen", vocab.Related}, {"similaires", vocab.Related}, {"relacionados", vocab.Related},
		{"correlati", vocab.Related}, {"gerelateerd", vocab.Related}, {"powiazane", vocab.Related},
		{"comments", vocab.Comments}, {"kommentare", vocab.Comments}, {"commentaires", vocab.Comments}, {"comentarios", vocab.Comments},
		{"commenti", vocab.Comments}, {"reacties", vocab.Comments}, {"komentarze", vocab.Comments},
		{"cookie", vocab.Consent}, {"gdpr", vocab.Consent},
		{"paywall", vocab.Paywall},
		{"ad", vocab.Ads}, {"anzeige", vocab.Ads}, {"werbung", vocab.Ads}, {"publicite", vocab.Ads}, {"publicidad", vocab.Ads},
		{"pubblicita", vocab.Ads}, {"reclame", vocab.Ads}, {"reklama", vocab.Ads},
		{"breadcrumbs", vocab.Navigation}, {"suche", vocab.Navigation}, {"recherche", vocab.Navigation}, {"busqueda", vocab.Navigation},
		{"ricerca", vocab.Navigation}, {"zoeken", vocab.Navigation}, {"szukaj", vocab.Navigation}, {"pesquisa", vocab.Navigation},
		{"impressum", vocab.Footer}, {"schlagworte", vocab.Tags}, {"etiquetas", vocab.Tags}, {"etichette", vocab.Tags},
		{"byline", vocab.Meta}, {"modal", vocab.Popup}, {"seitenleiste", vocab.Sidebar}, {"toolbar", vocab.Print},
		// compounds written as separate words
		{"author-bio", vocab.AuthorBio}, {"about-the-author", vocab.AuthorBio}, {"post-meta", vocab.Meta},
		{"entry-meta", vocab.Meta}, {"post-tags", vocab.Tags}, {"main-nav", vocab.Navigation}, {"site-footer", vocab.Footer},
		{"mehr-zum-thema", vocab.Related}, {"table-of-contents", vocab.Navigation},
		{"rightRail", vocab.Sidebar}, {"skip-to-content", vocab.Navigation}, {"tag-cloud", vocab.Tags},
		// compounds glued into one word, caught by stems
		{"sharebuttons", vocab.Share}, {"newsletterbox2", vocab.Newsletter}, {"cookiebanner", vocab.Consent},
		{"advertorial", vocab.Ads}, {"breadcrumbnav", vocab.Navigation}, {"relatedstories", vocab.Related},
		// state modifiers skip the word they modify
		{"has-sidebar", vocab.None}, {"no-comments", vocab.None}, {"show-ads", vocab.None}, {"is-sponsored", vocab.None},
		{"with-share", vocab.None},
		// content words and unrelated words
		{"content", vocab.None}, {"article-body", vocab.None}, {"entry-content", vocab.None}, {"headline", vocab.None},
		{"padding", vocab.None}, {"grid", vocab.None}, {"", vocab.None},
		// short words are not matched by stem
		{"adapter", vocab.None}, {"shadow", vocab.None},
	}
	for _, tc := range cases {
		t.Run(tc.class, func(t *testing.T) {
			if got := vocab.Classify(words(tc.class)); got != tc.want {
				t.Errorf("Classify(%q) = %q, want %q", tc.class, got, tc.want)
			}
		})
	}
}

func TestPositive(t *testing.T) {
	for class, want := range map[string]bool{
		"article-body": true, "entry-content": true, "post": true, "artikel": true, "inhalt": true,
		"contenu": true, "contenido": true, "contenuto": true, "tresc": true, "main-content": true,
		"sidebar": false, "comments": false, "": false,
	} {
		t.Run(class, func(t *testing.T) {
			if got := vocab.Positive(words(class)); got != want {
				t.Errorf("Positive(%q) = %v, want %v", class, got, want)
			}
		})
	}
}

func TestStrongPositive(t *testing.T) {
	for class, want := range map[string]bool{
		"article-body": true, "articleBody": true, "entry-content": true, "post-content share": true,
		"storycontent": true, "artikeltext": true, "article-inhalt": true, "body-text": true,
		"post": false, "content": false, "text": false, "post-list": false, "": false,
	} {
		t.Run(class, func(t *testing.T) {
			if got := vocab.StrongPositive(words(class)); got != want {
				t.Errorf("StrongPositive(%q) = %v, want %v", class, got, want)
			}
		})
	}
}

func TestHiddenClass(t *testing.T) {
	for class, want := range map[string]bool{
		"sr-only": true, "a sr-only b": true, "visually-hidden": true, "screen-reader-text": true,
		"hidden": true, "Hidden": true, "d-none": true, "is-hidden": true, "element-invisible": true,
		"field-label-hidden": false, "hidden-xs": false, "d-md-none": false, "hide-on-mobile": false,
		"md:hidden": false, "": false,
	} {
		t.Run(class, func(t *testing.T) {
			if got := vocab.HiddenClass(class); got != want {
				t.Errorf("HiddenClass(%q) = %v, want %v", class, got, want)
			}
		})
	}
}
