package vocab

import (
	"regexp"
	"strings"
)

// commentHeadings are the headings of the readers' comments among
// boilerHeadings.
var commentHeadings = []string{
	"comments", "leave a reply", "leave a comment", "kommentare", "commentaires", "comentarios", "commenti",
	"reacties", "komentarze", "comentários", "have your say", "your say", "reader comments", "readers' comments",
	"readers comments", "your comments", "join the conversation", "join the discussion", "add your comment",
	"add a comment", "post a comment", "write a comment", "what do you think", "leserkommentare",
	"ihre meinung", "diskutieren sie mit", "réagissez", "vos commentaires", "deja tu comentario",
	"tu opinión", "lascia un commento", "trackback", "trackbacks",
}

// commentCount matches the heading over a comment thread that counts it:
// "12 comments", "3 responses to …", "Comments (4)", "5 Kommentare".
var commentCount = regexp.MustCompile(`^(\(?\d+\)?\s+(comments?|responses?|replies|thoughts|reactions|kommentare?|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?|comentários?)\b|(comments?|responses|kommentare|commentaires|comentarios|commenti|reacties|komentarze|comentários)\s*\(\d+\)$)`)

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
	// the readers' own section (commentHeadings)
	"have your say", "your say", "reader comments", "readers' comments", "readers comments", "your comments",
	"join the conversation", "join the discussion", "add your comment", "add a comment", "post a comment",
	"write a comment", "what do you think", "leserkommentare", "ihre meinung", "diskutieren sie mit",
	"réagissez", "vos commentaires", "deja tu comentario", "tu opinión", "lascia un commento",
	"trackback", "trackbacks",
	// donation and membership appeals
	"support us", "support our journalism", "unterstützen sie uns", "unterstütze uns", "soutenez-nous",
	"apóyanos", "sostienici", "steun ons", "wesprzyj nas", "apoie-nos",
}

// BoilerHeading reports a heading that introduces furniture: one of
// boilerHeadings alone, followed by a colon, or, for a phrase of several
// words, followed by more words.
func BoilerHeading(text string) bool {
	if len(text) > 60 {
		return false
	}
	low := strings.ToLower(strings.TrimRight(strings.TrimSpace(text), ":.!?"))
	if commentCount.MatchString(low) {
		return true
	}
	return boilerPrefix(low)
}

// CommentHeading reports a heading over the readers' comments: a count
// of them ("12 comments", "Comments (4)") or a comment prompt ("Have
// your say", "Leave a reply"). On a discussion page it heads the posts.
func CommentHeading(text string) bool {
	if len(text) > 60 {
		return false
	}
	low := strings.ToLower(strings.TrimRight(strings.TrimSpace(text), ":.!?"))
	if commentCount.MatchString(low) {
		return true
	}
	for _, h := range commentHeadings {
		if low == h || strings.HasPrefix(low, h+" ") || strings.HasPrefix(low, h+":") {
			return true
		}
	}
	return false
}

// boilerPrefix reports low opening with one of boilerHeadings.
func boilerPrefix(low string) bool {
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

// CommentLabel reports a label that is only a comment heading: a count
// of comments ("12 comments", "Comments (4)") or one of the headings
// over the readers' comments with nothing after it ("Comments", "Have
// your say"), where CommentHeading also takes a phrase that begins so
// ("Comments welcome!" closing a post).
func CommentLabel(text string) bool {
	if len(text) > 60 {
		return false
	}
	low := strings.ToLower(strings.TrimRight(strings.TrimSpace(text), ":."))
	if commentCount.MatchString(low) {
		return true
	}
	for _, h := range commentHeadings {
		if low == h {
			return true
		}
	}
	return false
}
