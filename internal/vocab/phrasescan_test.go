package vocab

import (
	"strings"
	"testing"
)

// firstCreditMarkByIndex and boilerHeadingByConcat are the plain
// definitions the one-pass scans must agree with.
func firstCreditMarkByIndex(low string) int {
	cut := -1
	for _, m := range creditMarks {
		if i := strings.Index(low, m); i >= 0 && (cut < 0 || i < cut) {
			cut = i
		}
	}
	return cut
}

func boilerHeadingByConcat(text string) bool {
	if len(text) > 60 {
		return false
	}
	low := strings.ToLower(strings.TrimRight(strings.TrimSpace(text), ":.!?"))
	if commentCount.MatchString(low) {
		return true
	}
	for _, h := range boilerHeadings {
		if low == h || strings.HasPrefix(low, h+":") {
			return true
		}
		if strings.Contains(h, " ") && strings.HasPrefix(low, h+" ") {
			return true
		}
	}
	return false
}

func TestFirstCreditMark(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", -1},
		{"the harbour at dawn.", -1},
		{"the harbour. foto: jane doe", 13},
		{"© afp/sid", 0},
		{"x getty images / afp/ y", 2}, // the earliest of several marks
		{"photo", -1},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := firstCreditMark(tc.in); got != tc.want {
				t.Errorf("firstCreditMark(%q) = %d, want %d", tc.in, got, tc.want)
			}
		})
	}
}

func TestBoilerHeading(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Related", true},
		{"Related:", true},
		{"Related: more", true},
		{"Related stories from Ohio", true}, // a phrase may go on
		{"Popular varieties", false},        // a single word may not
		{"Relatedness", false},
		{"  Most read!", true},
		{"", false},
		// the readers' comments, counted or prompted
		{"12 Comments", true},
		{"3 Responses to “The harbour”", true},
		{"Comments (4)", true},
		{"5 Kommentare", true},
		{"Have your say", true},
		{"What do you think?", true},
		{"12 thoughts on “Harbour works reopen”", true},
		{"2024 in review", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := BoilerHeading(tc.in); got != tc.want {
				t.Errorf("BoilerHeading(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestCommentHeading(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"9 Comments", true},
		{"Comments", true},
		{"Leave a Reply", true},
		{"Have your say:", true},
		{"TrackBack", true},
		{"Related stories", false},
		{"Most read", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := CommentHeading(tc.in); got != tc.want {
				t.Errorf("CommentHeading(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestCommentLabel(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Comments", true},
		{"Comments:", true},
		{"12 comments", true},
		{"Comments (4)", true},
		{"Have your say", true},
		{"Comments welcome!", false},
		{"Comments on the draft are due by Friday.", false},
		{"Related stories", false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			if got := CommentLabel(tc.in); got != tc.want {
				t.Errorf("CommentLabel(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzPhraseScans(f *testing.F) {
	f.Add("the harbour. foto: jane doe ©")
	f.Add("Related stories: x")
	f.Fuzz(func(t *testing.T, s string) {
		low := strings.ToLower(s)
		if got, want := firstCreditMark(low), firstCreditMarkByIndex(low); got != want {
			t.Errorf("firstCreditMark(%q) = %d, want %d", low, got, want)
		}
		if got, want := BoilerHeading(s), boilerHeadingByConcat(s); got != want {
			t.Errorf("BoilerHeading(%q) = %v, want %v", s, got, want)
		}
	})
}
