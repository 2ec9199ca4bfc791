package meta

// Bylines and dates count by their distance from the headline, in nodes
// of the document order: a candidate just under it is the article's own,
// one far down the page is a teaser's or a comment's.

// dateWindow is how far (in nodes) from the headline a visible date
// still counts as the article's own date line.
const dateWindow = 150

// bylineWindow is how far (in nodes) after the headline a byline still
// reads as the article's own.
const bylineWindow = 60

// hugWindow is how far (in nodes) above the headline a date line still
// belongs to its header.
const hugWindow = 30

func closeAfter(pos, anchor int) bool {
	return pos >= anchor && pos-anchor <= bylineWindow
}

// hugs reports whether a date line sits in the headline's own block:
// just under it, or in the row just above it.
func hugs(pos, anchor int) bool {
	return closeAfter(pos, anchor) || pos < anchor && anchor-pos <= hugWindow
}

// within returns the candidates that lie within dateWindow of the
// headline, so that a date far down the page never shadows one close
// to it.
func within(cs []cand, anchor int) []cand {
	var out []cand
	for _, c := range cs {
		if c.pos >= anchor-dateWindow && c.pos <= anchor+dateWindow {
			out = append(out, c)
		}
	}
	return out
}

// nearest picks the candidate closest after the headline, or the last one
// before it when none follows or when the one after lies far down the
// page while the one before sits close above the headline (a date line
// in the header's top row). Candidates from skipped regions count only
// (dates only) when they sit within dateWindow of the headline and
// nothing else exists.
func nearest(cs []cand, anchor int, allowSkipped bool) (cand, bool) {
	var before *cand
	for i := range cs {
		if cs[i].skipped {
			continue
		}
		if cs[i].pos >= anchor {
			if before != nil && !closeAfter(cs[i].pos, anchor) && anchor-before.pos <= bylineWindow && anchor-before.pos < cs[i].pos-anchor {
				return *before, true
			}
			return cs[i], true
		}
		before = &cs[i]
	}
	if before != nil {
		return *before, true
	}
	if !allowSkipped {
		return cand{}, false
	}
	for i := range cs {
		if cs[i].pos >= anchor-dateWindow && cs[i].pos <= anchor+dateWindow {
			return cs[i], true
		}
	}
	return cand{}, false
}

func dist(a, b int) int {
	if a < b {
		return b - a
	}
	return a - b
}

// nearHeadline reports whether a candidate lies in the headline's part
// of the page: from the row just above it to dateWindow below.
func nearHeadline(pos, anchor int) bool {
	return pos >= anchor-hugWindow && pos <= anchor+dateWindow
}
