package vocab

import (
	"regexp/syntax"
	"strings"
	"testing"
	"unicode"
)

// language lists the strings a finite expression matches, lower-cased,
// ignoring \b. It fails the test on an operator it cannot expand, so a
// word list grown with repetition is noticed here rather than missed.
func language(t *testing.T, re *syntax.Regexp) []string {
	t.Helper()
	switch re.Op {
	case syntax.OpWordBoundary, syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpBeginLine, syntax.OpEndLine:
		return []string{""}
	case syntax.OpLiteral:
		return []string{strings.ToLower(string(re.Rune))}
	case syntax.OpCharClass:
		var out []string
		seen := map[string]bool{}
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 64 {
				t.Fatalf("wide class %v", re)
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				s := string(unicode.ToLower(r))
				if !seen[s] {
					seen[s] = true
					out = append(out, s)
				}
			}
		}
		return out
	case syntax.OpCapture:
		return language(t, re.Sub[0])
	case syntax.OpQuest, syntax.OpStar:
		// A repetition is tried zero times and once.
		return append([]string{""}, language(t, re.Sub[0])...)
	case syntax.OpPlus:
		return language(t, re.Sub[0])
	case syntax.OpAlternate:
		var out []string
		for _, s := range re.Sub {
			out = append(out, language(t, s)...)
		}
		return out
	case syntax.OpConcat:
		out := []string{""}
		for _, s := range re.Sub {
			var next []string
			for _, tail := range language(t, s) {
				for _, head := range out {
					next = append(next, head+tail)
				}
			}
			out = next
		}
		return out
	}
	t.Fatalf("cannot expand %v (op %v)", re, re.Op)
	return nil
}

// TestWordGateLeads expands each gated expression into every string it
// matches and checks that the gate lets each through, alone and inside a
// name, so that a word added to the expression but not to the gate fails
// here.
func TestWordGateLeads(t *testing.T) {
	for name, g := range map[string]*wordGate{"noise": noiseGate, "roleWords": roleGate} {
		t.Run(name, func(t *testing.T) {
			tree, err := syntax.Parse(g.re.String(), syntax.Perl)
			if err != nil {
				t.Fatal(err)
			}
			words := language(t, tree)
			if len(words) < 50 {
				t.Fatalf("%s: only %d words expanded", name, len(words))
			}
			for _, w := range words {
				for _, s := range []string{w, "Jane Doe " + w, strings.ToUpper(w) + ", Jane"} {
					if !g.re.MatchString(s) {
						continue // the closing \b fails after a non-word end
					}
					if !g.mayMatch(s) {
						t.Errorf("%s gate rejects %q", name, s)
					}
				}
			}
		})
	}
}

// TestLabelGateLeads is TestWordGateLeads for bylineLabel.
func TestLabelGateLeads(t *testing.T) {
	tree, err := syntax.Parse(bylineLabel.String(), syntax.Perl)
	if err != nil {
		t.Fatal(err)
	}
	words := language(t, tree)
	if len(words) < 500 {
		t.Fatalf("only %d labels expanded", len(words))
	}
	for _, w := range words {
		for _, s := range []string{w, strings.ToUpper(w)} {
			if bylineLabel.MatchString(s) && !mayBeLabel(s) {
				t.Errorf("label gate rejects %q", s)
			}
		}
	}
	for s, want := range map[string]bool{"Von:": true, " | Autorin": true, "Home": false, "12:30": false, "": false, "Écrit par": true, "Bylines": false, "·": false} {
		t.Run(s, func(t *testing.T) {
			if got := mayBeLabel(s); got != want {
				t.Errorf("mayBeLabel(%q) = %v, want %v", s, got, want)
			}
		})
	}
}

func TestWordGate(t *testing.T) {
	for _, c := range []struct {
		g    *wordGate
		s    string
		want bool
	}{
		{noiseGate, "Jane Doe", false},
		{noiseGate, "Jane Doe Updated", true},
		{noiseGate, "Mis à jour le", true},
		{noiseGate, "Anna Muster, Veröffentlicht", true},
		{noiseGate, "Jonathan Atkins", false}, // "on", "at" only inside words
		{noiseGate, "Jane_on", false},
		{noiseGate, "\u212aommentar", true}, // Kelvin sign folds to k
		{noiseGate, "", false},
		{roleGate, "Senior Editor", true},
		{roleGate, "Omar Haddad", false},
		{roleGate, "Rédactrice", true},
		{roleGate, "Dr. phil. Anna", true},
	} {
		t.Run(c.s, func(t *testing.T) {
			if got := c.g.mayMatch(c.s); got != c.want {
				t.Errorf("mayMatch(%q) = %v, want %v", c.s, got, c.want)
			}
			if c.g.MatchString(c.s) != c.g.re.MatchString(c.s) {
				t.Errorf("MatchString(%q) differs from the expression", c.s)
			}
		})
	}
}

// FuzzWordGate checks that the gates never reject a text their
// expression matches.
func FuzzWordGate(f *testing.F) {
	for _, s := range []string{"Jane Doe Updated 3 March", "Von Anna Muster, Redakteurin", "mis à jour", "s'abonner", "\u017fhare", " · Autor:", "\u017fcritto da"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if bylineLabel.MatchString(s) && !mayBeLabel(s) {
			t.Fatalf("label gate rejects %q", s)
		}
		for _, g := range []*wordGate{noiseGate, roleGate} {
			if g.re.MatchString(s) && !g.mayMatch(s) {
				t.Fatalf("gate for %v rejects %q", g.re, s)
			}
			got, want := g.FindStringIndex(s), g.re.FindStringIndex(s)
			if (got == nil) != (want == nil) || got != nil && (got[0] != want[0] || got[1] != want[1]) {
				t.Fatalf("FindStringIndex(%q) = %v, want %v", s, got, want)
			}
		}
	})
}
