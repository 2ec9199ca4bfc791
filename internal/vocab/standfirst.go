package vocab

// leadWords name the standfirst (dek, lead, summary) that templates put
// in the article header, apart from the body: it is the article's first
// paragraph for a reader, so it belongs in the text.
var leadWords = map[string]bool{
	"standfirst": true, "dek": true, "lead": true, "leadin": true, "lede": true, "intro": true,
	"summary": true, "excerpt": true, "abstract": true, "subheadline": true, "subtitle": true,
	"description": true, "teaser": true, "chapo": true, "chapeau": true, "entradilla": true,
	"sumario": true, "occhiello": true, "vorspann": true, "einleitung": true, "kurztext": true,
	"wstep": true, "lid": true, "inleiding": true, "leader": true, "perex": true, "deck": true,
	"strapline": true, "preface": true, "subline": true, "subheading": true,
}

// StandfirstWord reports a class/id word that names the standfirst.
func StandfirstWord(w string) bool { return leadWords[w] }
