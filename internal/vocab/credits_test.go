package vocab

import "testing"

func TestTrailingCredit(t *testing.T) {
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"Marco Odermatt, ski star. © AFP / Jane Doe", "Marco Odermatt, ski star.", true},
		{"The new wall, seen from the ferry (REUTERS/Jane Doe)", "The new wall, seen from the ferry", true},
		{"Wer die Äste auf die Wege zieht, ist unklar (Symbolbild).", "Wer die Äste auf die Wege zieht, ist unklar", true},
		{"The quay at dawn, with the new wall behind it.", "", false},
		// A mark followed by a long tail is a sentence that mentions a
		// photo, not a credit at the end of a caption.
		{"Photo: the town council asked readers to send in their pictures of the harbour wall before the works began.", "", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, ok := TrailingCredit(tc.in)
			if ok != tc.ok || ok && got != tc.want {
				t.Errorf("TrailingCredit(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
			}
		})
	}
}
