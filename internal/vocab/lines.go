package vocab

import (
	"strings"
	"unicode"
)

// boilerPrefixes start short lines that are page furniture rather than
// article text: ad labels, "read more" inserts, share prompts, update
// stamps, image credits. They are matched only on short blocks (see
// BoilerLine), lower-cased, in the main European languages.
var boilerPrefixes = []string{
	// ad labels
	"advertisement", "advertising", "sponsored", "anzeige", "werbung", "publicité", "publicidad",
	"pubblicità", "advertentie", "reklama", "publicidade", "promoted",
	// read-more / see-also inserts
	"read more", "read also", "read next", "see also", "related:", "related articles", "related stories",
	"more on this", "more from", "continue reading", "click here", "recommended", "you may also like",
	"mehr zum thema", "lesen sie auch", "lesen sie mehr", "auch interessant", "weiterlesen", "zum artikel",
	"das könnte sie auch interessieren", "mehr dazu", "lire aussi", "à lire aussi", "a lire aussi",
	"voir aussi", "lire la suite", "lee también", "leer más", "ver también", "te puede interesar",
	"leggi anche", "vedi anche", "potrebbe interessarti", "lees ook", "lees meer", "czytaj też",
	"czytaj także", "czytaj więcej", "zobacz też", "zobacz także", "leia também", "veja também", "saiba mais",
	// share / follow / subscribe prompts
	"share this", "share on", "share article", "artikel teilen", "diesen artikel teilen",
	"den artikel mit anderen teilen", "beitrag teilen", "partager cet article", "compartir este artículo",
	"condividi questo articolo", "deel dit artikel", "udostępnij artykuł", "compartilhe este artigo", "follow us", "sign up", "subscribe", "teilen", "jetzt teilen",
	"folgen sie uns", "partager", "suivez-nous", "compartir", "síguenos", "condividi", "seguici", "delen",
	"volg ons", "udostępnij", "obserwuj", "compartilhe", "siga-nos",
	// interface labels and toggles
	"bild anzeigen", "bild schließen", "show image", "hide image", "mehr anzeigen", "weniger anzeigen",
	"show more", "show less", "afficher plus", "voir plus", "ver más", "mostra di più", "toon meer",
	"pokaż więcej", "mostrar mais", "rezept drucken", "print recipe", "imprimer la recette",
	"imprimir receta", "stampa ricetta", "recept afdrukken", "drukuj przepis",
	"impressum", "weitere infos unter", "mehr infos unter", "more info at",
	// disclaimers
	"alle angaben ohne gewähr", "angaben ohne gewähr", "ohne gewähr", "sans garantie", "sin garantía",
	"senza garanzia", "zonder garantie", "bez gwarancji", "sem garantia",
	// "more articles" teasers
	"weitere aktuelle", "weitere artikel", "weitere beiträge", "weitere themen", "mehr artikel",
	"more articles", "more stories", "plus d'articles", "más artículos", "altri articoli",
	"meer artikelen", "więcej artykułów", "mais artigos",
	// update stamps
	"updated", "last updated", "aktualisiert", "zuletzt aktualisiert", "mis à jour", "actualizado",
	"aggiornato", "bijgewerkt", "zaktualizowano", "aktualizacja", "atualizado",
	// image credits
	"photo:", "photos:", "image:", "images:", "picture:", "credit:", "credits:", "foto:", "fotos:", "bild:",
	"bilder:", "quelle:", "bildquelle:", "crédit photo", "crédits photo", "fotografía:", "zdjęcie:",
	"fot.", "©", "(c)", "copyright", "all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
	"todos los derechos reservados", "tutti i diritti riservati",
	// source credits: where a republished story first ran
	"originally reported by", "originally published", "originally appeared", "this article originally",
	"this story originally", "this article first appeared", "this story first appeared", "first published in",
	"first published on", "ursprünglich erschienen", "zuerst erschienen", "erstmals erschienen",
	"publié initialement", "initialement publié", "publicado originalmente", "publicado originariamente",
	"pubblicato originariamente", "oorspronkelijk gepubliceerd", "pierwotnie opublikowano",
}

// boilerExact are whole short lines that are furniture in any position.
var boilerExact = map[string]bool{
	"share": true, "tweet": true, "print": true, "email": true, "e-mail": true, "comments": true,
	"comment": true, "menu": true, "close": true, "back to top": true, "top": true, "home": true,
	"drucken": true, "kommentare": true, "schließen": true, "nach oben": true, "imprimer": true,
	"fermer": true, "imprimir": true, "cerrar": true, "stampa": true, "chiudi": true, "afdrukken": true,
	"sluiten": true, "drukuj": true, "zamknij": true, "advertisement": true, "anzeige": true,
	"werbung": true, "publicité": true, "publicidad": true, "pubblicità": true, "reklama": true,
	"loading…": true, "loading...": true, "facebook": true, "twitter": true, "whatsapp": true,
	"linkedin": true, "pinterest": true, "x": true, "copy link": true, "link kopieren": true,
	"kontakt": true, "contact": true, "impressum": true, "datenschutz": true, "news": true, "zurück": true,
	"back": true, "retour": true, "volver": true, "indietro": true, "terug": true, "wstecz": true,
	"weitere informationen": true, "more information": true, "plus d'informations": true,
	"más información": true, "maggiori informazioni": true, "meer informatie": true, "więcej informacji": true,
}

// BoilerLine reports whether a short block (90 bytes at most) is page
// furniture: one of boilerExact, or a line opening with one of
// boilerPrefixes.
func BoilerLine(text string) bool {
	if len(text) > 90 {
		return false
	}
	return BoilerLow(strings.ToLower(text))
}

// BoilerLow is BoilerLine on lower-cased text of any length, for a
// caller that lower-cases a paragraph once for several tests.
func BoilerLow(low string) bool {
	low = strings.TrimFunc(low, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '•' || r == '·' || r == '(' || r == ')' || r == '*' ||
			r == '-' || r == '–' || r == '—'
	})
	if boilerExact[strings.TrimRight(low, ":.")] {
		return true
	}
	for _, p := range boilerPrefixes {
		if strings.HasPrefix(low, p) {
			if updateStamps[p] && !strings.ContainsAny(low, "0123456789") {
				// "Updated maps show…" is prose; a stamp carries a date or time.
				continue
			}
			return true
		}
	}
	return false
}

// updateStamps are the prefixes that open an update stamp, which is
// furniture only when it carries a date or a time.
var updateStamps = map[string]bool{
	"updated": true, "last updated": true, "aktualisiert": true, "zuletzt aktualisiert": true,
	"mis à jour": true, "actualizado": true, "aggiornato": true, "bijgewerkt": true,
	"zaktualizowano": true, "aktualizacja": true, "atualizado": true,
}

// readMorePrompts are the whole texts of links that send a reader on to
// the rest of a story, lower-cased, without trailing dots or arrows.
var readMorePrompts = map[string]bool{
	"read more": true, "continue reading": true, "read on": true, "read the full story": true,
	"read full story": true, "read the full article": true, "full story": true,
	"weiterlesen": true, "mehr": true, "mehr lesen": true, "zum artikel": true, "zum beitrag": true,
	"lire la suite": true, "lire plus": true, "leer más": true, "seguir leyendo": true, "sigue leyendo": true,
	"leggi tutto": true, "continua a leggere": true, "lees meer": true, "verder lezen": true,
	"czytaj więcej": true, "czytaj dalej": true, "leia mais": true, "continue lendo": true,
}

// ReadMorePrompt reports a link text that is a read-more prompt ("Read
// more…", "Weiterlesen »", "[mehr]").
func ReadMorePrompt(text string) bool {
	low := strings.ToLower(strings.TrimSpace(text))
	low = strings.Trim(low, " .…»›→>[]()|-–—:")
	return readMorePrompts[low]
}
