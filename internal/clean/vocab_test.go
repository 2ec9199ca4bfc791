package clean_test

import (
	"testing"

	"github.com/pith-org/pith/internal/clean"
	"github.com/pith-org/pith/internal/dom"
)

func words(class string) []string { return dom.SplitWords(nil, class) }

func TestClassify(t *testing.T) {
	cases := []struct {
		class string
		want  clean.Concept
	}{
		// single words, several languages
		{"share", clean.Share}, {"teilen", clean.Share}, {"partager", clean.Share}, {"compartir", clean.Share},
		{"condividi", clean.Share}, {"delen", clean.Share}, {"udostepnij", clean.Share}, {"compartilhar", clean.Share},
		{"newsletter", clean.Newsletter}, {"abonnieren", clean.Newsletter}, {"inscription", clean.Newsletter},
		{"suscripcion", clean.Newsletter}, {"iscriviti", clean.Newsletter}, {"nieuwsbrief", clean.Newsletter}, {"subskrypcja", clean.Newsletter},
		{"related", clean.Related}, {"empfehlungen", clean.Related}, {"similaires", clean.Related}, {"relacionados", clean.Related},
		{"correlati", clean.Related}, {"gerelateerd", clean.Related}, {"powiazane", clean.Related},
		{"comments", clean.Comments}, {"kommentare", clean.Comments}, {"commentaires", clean.Comments}, {"comentarios", clean.Comments},
		{"commenti", clean.Comments}, {"reacties", clean.Comments}, {"komentarze", clean.Comments},
		{"cookie", clean.Consent}, {"gdpr", clean.Consent},
		{"paywall", clean.Paywall},
		{"ad", clean.Ads}, {"anzeige", clean.Ads}, {"werbung", clean.Ads}, {"publicite", clean.Ads}, {"publicidad", clean.Ads},
		{"pubblicita", clean.Ads}, {"reclame", clean.Ads}, {"reklama", clean.Ads},
		{"breadcrumbs", clean.Navigation}, {"suche", clean.Navigation}, {"recherche", clean.Navigation}, {"busqueda", clean.Navigation},
		{"ricerca", clean.Navigation}, {"zoeken", clean.Navigation}, {"szukaj", clean.Navigation}, {"pesquisa", clean.Navigation},
		{"impressum", clean.Footer}, {"schlagworte", clean.Tags}, {"etiquetas", clean.Tags}, {"etichette", clean.Tags},
		{"byline", clean.Meta}, {"modal", clean.Popup}, {"seitenleiste", clean.Sidebar}, {"toolbar", clean.Print},
		// compounds written as separate words
		{"author-bio", clean.AuthorBio}, {"about-the-author", clean.AuthorBio}, {"post-meta", clean.Meta},
		{"entry-meta", clean.Meta}, {"post-tags", clean.Tags}, {"main-nav", clean.Navigation}, {"site-footer", clean.Footer},
		{"mehr-zum-thema", clean.Related}, {"table-of-contents", clean.Navigation},
		{"rightRail", clean.Sidebar}, {"skip-to-content", clean.Navigation},
		// compounds glued into one word, caught by stems
		{"sharebuttons", clean.Share}, {"newsletterbox2", clean.Newsletter}, {"cookiebanner", clean.Consent},
		{"advertorial", clean.Ads}, {"breadcrumbnav", clean.Navigation}, {"relatedstories", clean.Related},
		// state modifiers skip the word they modify
		{"has-sidebar", clean.None}, {"no-comments", clean.None}, {"show-ads", clean.None}, {"is-sponsored", clean.None},
		{"with-share", clean.None},
		// content words and unrelated words
		{"content", clean.None}, {"article-body", clean.None}, {"entry-content", clean.None}, {"headline", clean.None},
		{"padding", clean.None}, {"grid", clean.None}, {"", clean.None},
		// short words are not matched by stem
		{"adapter", clean.None}, {"shadow", clean.None},
	}
	for _, tc := range cases {
		if got := clean.Classify(words(tc.class)); got != tc.want {
			t.Errorf("Classify(%q) = %q, want %q", tc.class, got, tc.want)
		}
	}
}

func TestPositive(t *testing.T) {
	for class, want := range map[string]bool{
		"article-body": true, "entry-content": true, "post": true, "artikel": true, "inhalt": true,
		"contenu": true, "contenido": true, "contenuto": true, "tresc": true, "main-content": true,
		"sidebar": false, "comments": false, "": false,
	} {
		if got := clean.Positive(words(class)); got != want {
			t.Errorf("Positive(%q) = %v, want %v", class, got, want)
		}
	}
}

func TestStrongPositive(t *testing.T) {
	for class, want := range map[string]bool{
		"article-body": true, "articleBody": true, "entry-content": true, "post-content share": true,
		"storycontent": true, "artikeltext": true, "article-inhalt": true, "body-text": true,
		"post": false, "content": false, "text": false, "post-list": false, "": false,
	} {
		if got := clean.StrongPositive(words(class)); got != want {
			t.Errorf("StrongPositive(%q) = %v, want %v", class, got, want)
		}
	}
}

func TestHiddenClass(t *testing.T) {
	for class, want := range map[string]bool{
		"sr-only": true, "a sr-only b": true, "visually-hidden": true, "screen-reader-text": true,
		"hidden": true, "Hidden": true, "d-none": true, "is-hidden": true, "element-invisible": true,
		"field-label-hidden": false, "hidden-xs": false, "d-md-none": false, "hide-on-mobile": false,
		"md:hidden": false, "": false,
	} {
		if got := clean.HiddenClass(class); got != want {
			t.Errorf("HiddenClass(%q) = %v, want %v", class, got, want)
		}
	}
}
