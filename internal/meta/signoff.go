package meta

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pith-org/pith/internal/vocab"
)

// SignOff returns the person named by a line that is nothing but a name,
// the way letters, columns and press releases end ("Stefan Wasmer" set in
// bold under the last paragraph). It is strict, since the caller has no
// label to go by: two to four capitalised words (particles aside), no
// digits, no organisation, nothing else on the line.
func SignOff(line string) (string, bool) {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 48 || strings.ContainsAny(line, "\n:,;!?()\"„“”«»") {
		return "", false
	}
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > 4 {
		return "", false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !vocab.NameParticle(w) {
			return "", false
		}
	}
	if !looksLikeName(line) || vocab.IsOrgName(line) {
		return "", false
	}
	names := cleanNames(line)
	if len(names) != 1 || names[0] != line {
		return "", false
	}
	return line, true
}
