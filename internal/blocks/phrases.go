package blocks

import (
	"regexp"
	"strings"
	"unicode"
)

// boilerPrefixes start short lines that are page furniture rather than
// article text: ad labels, "read more" inserts, share prompts, update
// stamps, image credits. They are matched only on short blocks (see
// isBoilerLine), lower-cased, in the main European languages.
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

// isBoilerLine reports whether a short block is page furniture.
func isBoilerLine(text string) bool {
	if len(text) > 90 {
		return false
	}
	return boilerLow(strings.ToLower(text))
}

// boilerLow is isBoilerLine on lower-cased text.
func boilerLow(low string) bool {
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

// isFurnitureLine reports a paragraph that is page furniture: a
// boilerplate line, an image credit, an in-text prompt or a caption set
// as text. The text is lower-cased once for all the tests, and long
// paragraphs skip them.
func isFurnitureLine(text string) bool {
	n := len(text)
	if n >= 400 {
		return false
	}
	low := strings.ToLower(text)
	return n <= 90 && boilerLow(low) ||
		n <= 150 && creditLow(text, low) ||
		n <= 300 && paywallLow(low) ||
		captionLow(low)
}

var updateStamps = map[string]bool{
	"updated": true, "last updated": true, "aktualisiert": true, "zuletzt aktualisiert": true,
	"mis à jour": true, "actualizado": true, "aggiornato": true, "bijgewerkt": true,
	"zaktualizowano": true, "aktualizacja": true, "atualizado": true,
}

// boilerHeadings are headings that introduce furniture (a related rail,
// comments, a share bar), in the main European languages.
var boilerHeadings = []string{
	"related", "related stories", "related articles", "related posts", "related content",
	"related links", "related news", "related reading", "read more", "more from", "more stories", "recommended", "you may also like",
	"most read", "most popular", "trending", "comments", "leave a reply", "leave a comment",
	"share this", "share", "follow us", "newsletter", "sign up", "subscribe", "about the author",
	"tags", "topics", "keep reading", "more on", "popular", "latest", "editor's picks",
	"mehr zum thema", "das könnte sie auch interessieren", "weitere artikel", "meistgelesen",
	"kommentare", "teilen", "über den autor", "über die autorin", "über die autoren",
	"à propos de l'auteur", "sobre el autor", "sobre la autora", "sull'autore", "over de auteur",
	"o autorze", "sobre o autor", "auch interessant", "themen",
	"à lire aussi", "lire aussi", "les plus lus", "commentaires", "partager", "sur le même sujet",
	"te puede interesar", "lo más leído", "comentarios", "noticias relacionadas", "más noticias",
	"leggi anche", "i più letti", "commenti", "articoli correlati", "lees ook", "meest gelezen",
	"reacties", "czytaj też", "najczęściej czytane", "komentarze", "zobacz też", "leia também",
	"mais lidas", "comentários",
	"recommended for you", "recommended stories", "recommended articles", "recommended reading",
	"empfohlen für sie", "empfohlene artikel", "empfohlene beiträge", "recommandé pour vous",
	"recomendado para ti", "recomendados", "consigliati per te", "aanbevolen voor jou", "polecane dla ciebie",
	"recomendados para você", "watch next", "up next", "now watching", "more videos",
	// next-article previews and "more about" rails
	"next article", "next story", "previous article", "nächster artikel", "vorschau auf den nächsten artikel",
	"article suivant", "siguiente artículo", "articolo successivo", "volgend artikel", "następny artykuł",
	"more about", "mehr über", "plus sur", "más sobre", "di più su", "meer over", "więcej o", "mais sobre",
	// donation and membership appeals
	"support us", "support our journalism", "unterstützen sie uns", "unterstütze uns", "soutenez-nous",
	"apóyanos", "sostienici", "steun ons", "wesprzyj nas", "apoie-nos",
}

func isBoilerHeading(text string) bool {
	if len(text) > 60 {
		return false
	}
	low := strings.ToLower(strings.TrimRight(strings.TrimSpace(text), ":.!"))
	for _, h := range boilerHeadings {
		if !strings.HasPrefix(low, h) {
			continue
		}
		if len(low) == len(h) {
			return true
		}
		switch low[len(h)] {
		case ':':
			return true
		case ' ':
			// A phrase may go on ("Related stories from Ohio"); a single
			// word may not ("Popular varieties" heads content).
			if strings.Contains(h, " ") {
				return true
			}
		}
	}
	return false
}

// creditMarks appear in image credits and captions that sit in the text
// as paragraphs of their own ("Roman Prymula, photo: Archives",
// "(© FEI/Christophe Taniere)", "Bild: AFP/SID"); a short line holding
// one is a credit, not prose.
var creditMarks = []string{
	"©", "photo:", "photos:", "foto:", "fotos:", "bild:", "bilder:", "credit:", "credits:",
	"image:", "quelle:", "symbolbild", "getty images", "shutterstock", "istock", "adobe stock",
	"stock.adobe", "fotolia", "imago images", "picture alliance", "picture-alliance", "dpa/", "afp/",
	"reuters/", "/ap photo", "ap photo/", "crédit photo", "zdjęcie:", "fot.:", "fotografía:",
}

// isCreditLine reports a short line that is an image credit, or a
// caption left in the text as a paragraph: what remains without the
// credit is too short to be a sentence of the article.
func isCreditLine(text string) bool {
	if len(text) > 150 {
		return false
	}
	return creditLow(text, strings.ToLower(text))
}

func creditLow(text, low string) bool {
	rest := stripCreditLow(text, low)
	return rest != text && len([]rune(rest)) < 40
}

// stripCredit cuts the credit off a caption ("The harbour at dawn.
// Foto: Jane Doe" → "The harbour at dawn."), or returns "" when the
// caption is nothing but a credit.
func stripCredit(caption string) string {
	return stripCreditLow(caption, strings.ToLower(caption))
}

func stripCreditLow(caption, low string) string {
	if len(low) != len(caption) {
		// Lower-casing changed byte offsets (rare scripts): positions in
		// low would not fit caption, so leave it whole.
		return caption
	}
	cut := firstCreditMark(low)
	if cut < 0 {
		return caption
	}
	kept := strings.TrimRight(caption[:cut], " \t–—-|/(,;:")
	if len([]rune(kept)) < 12 {
		return ""
	}
	return kept
}

// firstCreditMark returns the offset of the first credit mark in low, or
// -1. One pass tries, at each byte, the marks that start with it, where
// an Index per mark would read the text thirty times.
func firstCreditMark(low string) int {
	for i := 0; i < len(low); i++ {
		for _, m := range creditByFirst[low[i]] {
			if strings.HasPrefix(low[i:], m) {
				return i
			}
		}
	}
	return -1
}

// creditByFirst buckets creditMarks by their first byte.
var creditByFirst = func() (t [256][]string) {
	for _, m := range creditMarks {
		t[m[0]] = append(t[m[0]], m)
	}
	return t
}()

// paywallPhrases mark the prompts that templates put in the text itself,
// as ordinary paragraphs: subscription and donation appeals, app and
// channel promotions, contact prompts, opinion disclaimers.
var paywallPhrases = []string{
	"already a subscriber", "subscribe to read", "subscribe to continue", "to continue reading",
	"to view the full story", "to read the full story", "to read the full article", "subscribers only",
	"subscriber-only", "log in to continue", "sign in to continue", "first-time subscribers",
	"bereits abonnent", "jetzt abonnieren", "um weiterzulesen", "artikel freischalten", "abo abschließen",
	"déjà abonné", "réservé aux abonnés", "pour lire la suite", "pour continuer à lire",
	"ya eres suscriptor", "para seguir leyendo", "exclusivo para suscriptores", "sei già abbonato",
	"per continuare a leggere", "riservato agli abbonati", "al abonnee", "lees verder met",
	"masz już subskrypcję", "aby czytać dalej", "já é assinante", "para continuar lendo",
	// donation and membership appeals
	"consider supporting", "support our work", "support our journalism", "support independent journalism",
	"become a member", "werde mitglied", "jetzt unterstützen", "bezahlschranke", "devenez membre",
	"soutenez-nous", "hazte socio", "cancela cuando quieras", "diventa socio", "sostieni il nostro",
	"word lid", "steun ons", "zostań patronem", "wesprzyj nas", "seja membro", "apoie o nosso",
	"help us continue", "hilf uns",
	// app and channel promotions
	"download our app", "download the app", "apps for ios and android", "straight to your phone",
	"app herunterladen", "telegram channel", "canal de telegram", "whatsapp-kanal", "whatsapp channel",
	"téléchargez l'application", "descarga la app", "scarica l'app",
	// contact prompts and opinion disclaimers
	"mit uns in kontakt", "kontaktieren sie uns", "meinung des autors", "views expressed",
	"opinions expressed", "opinions exprimées", "n'engagent que", "las opiniones expresadas",
	"le opinioni espresse",
	// "you may also like" lines and share prompts
	"könnte dich auch interessieren", "könnte sie auch interessieren", "schon gelesen",
	"möchten sie den artikel teilen", "noch keine bewertungen", "no ratings yet", "video verfügbar bis",
	"video available until", "sign up here",
	// licence notes
	"unless otherwise noted", "unless otherwise stated", "sofern nicht anders", "sauf mention contraire",
	"salvo indicación", "salvo dove diversamente", "tenzij anders vermeld",
}

// isPaywallLine reports a short paragraph that is such a prompt.
func isPaywallLine(text string) bool {
	if len(text) > 300 {
		return false
	}
	return paywallLow(strings.ToLower(text))
}

func paywallLow(low string) bool {
	// One pass over the text: at each byte pair that starts a phrase,
	// try the phrases starting with it (most pairs start none).
	for i := 0; i+1 < len(low); i++ {
		bucket := paywallIndex[uint16(low[i])<<8|uint16(low[i+1])]
		if bucket == 0 {
			continue
		}
		for _, p := range paywallBuckets[bucket] {
			if strings.HasPrefix(low[i:], p) {
				return true
			}
		}
	}
	return false
}

// paywallIndex maps the first two bytes of each phrase to its bucket in
// paywallBuckets (0: none).
var (
	paywallIndex   [1 << 16]uint8
	paywallBuckets = [][]string{nil}
)

func init() {
	for _, p := range paywallPhrases {
		k := uint16(p[0])<<8 | uint16(p[1])
		if paywallIndex[k] == 0 {
			if len(paywallBuckets) == 255 {
				panic("blocks: more than 254 phrase prefixes; widen paywallIndex")
			}
			paywallIndex[k] = uint8(len(paywallBuckets))
			paywallBuckets = append(paywallBuckets, nil)
		}
		b := paywallIndex[k]
		paywallBuckets[b] = append(paywallBuckets[b], p)
	}
}

var captionLabel = regexp.MustCompile(`^(?i)(abbildung|abb\.|figure|fig\.|grafik|illustration|image|bild|foto|photo)\s*\d*[a-z]?\s*:`)

// isCaptionLine reports a paragraph that is a figure caption set as text
// ("Abbildung 4: …", "Fig. 2: …").
func isCaptionLine(text string) bool {
	return len(text) < 400 && captionLow(strings.ToLower(text))
}

func captionLow(low string) bool {
	if low == "" {
		return false
	}
	switch low[0] {
	case 'a', 'f', 'g', 'i', 'b', 'p':
		return captionLabel.MatchString(low)
	}
	return false
}

// isLabelLine reports a lone label ("Kontakt:", "Weitere Informationen:",
// "Release Date:"): a few words ending in a colon, with nothing after.
func isLabelLine(text string) bool {
	if !strings.HasSuffix(text, ":") || len(text) > 40 {
		return false
	}
	return len(strings.Fields(text)) <= 3
}
