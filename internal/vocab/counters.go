package vocab

// counterWords join a slide's position to the gallery's size, in the
// languages templates are written in.
var counterWords = map[string]bool{
	"of": true, "von": true, "aus": true, "sur": true, "de": true, "di": true, "su": true,
	"van": true, "z": true, "ze": true, "na": true, "av": true, "af": true, "из": true,
}

// CounterWord reports a word that joins a slide's position to the
// gallery's size ("3 of 12", "Bild 3 von 12"); w is lower-case.
func CounterWord(w string) bool { return counterWords[w] }
