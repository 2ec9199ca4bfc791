package dates

import "strings"

// months maps lower-case month names and abbreviations of the main
// European languages to their number. Genitive and accented/unaccented
// spellings are listed because pages use both.
var months = map[string]int{}

func init() {
	table := [12]string{
		"january jan janvier janv enero ene gennaio gen janeiro januari januar jänner jän styczeń stycznia sty leden ledna",
		"february feb februar février fevrier févr fevr febrero febbraio fevereiro fev februari luty lutego lut únor února",
		"march mar märz maerz mrz mars marzo março marco maart mrt marzec marca březen března",
		"april apr avril avr abril aprile kwiecień kwietnia kwi duben dubna",
		"may mai mayo maggio mag maio mei maj maja květen května",
		"june jun juni juin junio giugno giu junho czerwiec czerwca cze červen června",
		"july jul juli juillet juil julio luglio lug julho lipiec lipca lip červenec července",
		"august aug août aout agosto ago augustus sierpień sierpnia sie augusti srpen srpna",
		"september sep sept septembre septiembre setiembre settembre set setembro wrzesień września wrz září",
		"october oct oktober okt octobre octubre ottobre ott outubro out październik października paź říjen října",
		"november nov novembre noviembre novembro listopad listopada lis",
		"december dec dezember dez décembre decembre déc dic diciembre dicembre dezembro grudzień grudnia gru prosinec prosince",
	}
	for i, names := range table {
		for _, n := range strings.Fields(names) {
			months[n] = i + 1
		}
	}
	for i, names := range table {
		for _, n := range strings.Fields(names) {
			months[n] = i + 1
		}
	}
}

// IsMonth reports whether the word w, in any case, is a month name. The
// longest names have twelve letters; ASCII words are lower-cased on the
// stack.
func IsMonth(w string) bool {
	if len(w) > 24 {
		return false
	}
	var buf [24]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			_, ok := months[strings.ToLower(w)]
			return ok
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	_, ok := months[string(buf[:len(w)])]
	return ok
}
