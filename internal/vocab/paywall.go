package vocab

import "strings"

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

// PaywallLow reports lower-cased text that holds such a prompt.
func PaywallLow(low string) bool {
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
