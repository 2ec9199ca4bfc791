package meta

import (
	"strings"

	"github.com/pith-org/pith/internal/dom"
	"github.com/pith-org/pith/internal/vocab"
)

// The authors come from the sources that name people (JSON-LD,
// microdata, byline markup, <meta>, "By …" lines), in trust order; a
// source that names only the site or only an organisation yields to a
// later one that names a person, and is used only when none does.

// The rules this file applies; trust.go registers them and orders the
// sources.
const (
	authorJSONLD           = "author-jsonld"
	authorMicrodata        = "author-microdata"
	authorBylineMarkup     = "author-byline-markup"
	authorMeta             = "author-meta"
	authorMetaLabel        = "author-meta-label"
	authorByLine           = "author-by-line"
	authorBylineCorrects   = "author-byline-corrects"
	authorFullName         = "author-full-name"
	authorPersonOverHandle = "author-person-over-handle"
	authorLabelPhrase      = "author-label-phrase"
	authorByColon          = "author-by-colon"
	questionIsArticle      = "question-is-article"
	dateUpdateLine         = "date-update-line"
	dateUpdateWrapper      = "date-update-wrapper"
	authorMarkupFar        = "author-markup-far"
	authorInitials         = "author-initials"
	dateUpdatePart         = "date-update-part"
	dateZoneSpan           = "date-zone-span"
	authorLinkEndsName     = "author-link-ends-name"
	dateRightUnder         = "date-right-under"
	dateTableColumn        = "date-table-column"
)

// personRules are the rules of the person sources, by index.
var personRules = [personSources]string{authorJSONLD, authorMicrodata, authorBylineMarkup, authorMeta, authorMetaLabel, authorByLine}

// authorEv works the evidence out once.
func (g *merger) authorEv() *authorEvidence {
	if g.authors != nil {
		return g.authors
	}
	vis, anchor := g.vis, g.vis.anchor
	e := &authorEvidence{}
	g.authors = e
	e.bc, e.hasBC = vis.nearestByline(anchor, true)
	e.wc, e.hasWC = vis.nearestByline(anchor, false)
	// A "By …" line right under the headline beats byline markup found
	// far away (teasers further down the page).
	if e.hasWC && closeAfter(e.wc.pos, anchor) && (!e.hasBC || !closeAfter(e.bc.pos, anchor) || e.wc.pos < e.bc.pos) {
		e.bc, e.hasBC = e.wc, true
	}
	// Sources that only name the site (a common CMS default) fall
	// through to the next one; the site stands as author only when no
	// source names anyone else.
	e.site = []string{g.m.SiteName, hostCore(g.host)}
	names := [personSources][]string{g.ld.authors, g.md.authors, e.bc.names, g.mt.authors, g.mt.labelled, e.wc.names}
	if e.hasBC && closeAfter(e.bc.pos, anchor) && g.trace.On(authorBylineCorrects) {
		// The byline under the headline corrects a metadata field that
		// holds a login handle or misses co-authors.
		for i := srcJSONLD; i <= srcMicrodata; i++ {
			if len(names[i]) > 0 && betterNames(e.bc.names, names[i]) {
				names[i] = e.bc.names
			}
		}
	}
	for i, ns := range names {
		if len(ns) == 0 || !g.trace.On(personRules[i]) {
			continue
		}
		// Byline markup replaces an organisation only in the
		// headline's block: further down, captions and teasers carry
		// such classes for people who did not write the piece. A "By …"
		// line says what it is wherever it stands.
		if e.orgOnly != nil && i == srcBylineMarkup && !closeAfter(e.bc.pos, anchor) {
			continue
		}
		// Far from the headline, byline markup may be a teaser's, a
		// comment's or a widget's: the author the page declares comes
		// first when it names a person, or when the markup names none.
		if i == srcBylineMarkup && len(g.mt.authors) > 0 && !nearHeadline(e.bc.pos, anchor) && g.trace.On(authorMarkupFar) &&
			(personal(dropSite(g.mt.authors, e.site)) || !personal(ns)) {
			continue
		}
		kept := dropSite(ns, e.site)
		switch {
		case len(kept) > 0 && vocab.AllOrgs(kept):
			// An organisation in a person field ("Verband e.V.",
			// "Example.de-Redaktion") yields to a person named by a
			// later source.
			if e.orgOnly == nil {
				e.orgOnly = kept
			}
		case len(kept) > 0:
			e.person[i] = kept
		case e.siteOnly == nil:
			e.siteOnly = ns
		}
	}
	return e
}

// personal reports whether names hold a full personal name: two words
// or more, not a login handle, not an organisation.
func personal(names []string) bool {
	for _, n := range names {
		if len(strings.Fields(n)) >= 2 && !isHandle(n) && !vocab.IsOrgName(n) {
			return true
		}
	}
	return false
}

// personFrom is the person source at index i.
func personFrom(i int) func(*merger) []string {
	return func(g *merger) []string { return g.authorEv().person[i] }
}

// datelineAuthor reads "25.10.2022 - Reiner Nagel": a date line in the
// headline's block that also names someone. The site's own name on its
// date lines ("Handball Schweiz | 12.01.2022") is not an author.
func datelineAuthor(g *merger) []string {
	if !g.vis.headed {
		return nil
	}
	e := g.authorEv()
	if name := g.vis.datelineName(g.vis.anchor); name != "" && len(dropSite([]string{name}, e.site)) == 1 && !spellsHost(name, g.host) {
		return []string{name}
	}
	return nil
}

// ownerAuthor is the person a personal site is named after (owner.go).
func ownerAuthor(g *merger) []string {
	if owner := siteOwner(g.host, append([]string{g.m.SiteName, g.h.title}, g.vis.copyrights...)); owner != "" {
		return []string{owner}
	}
	return nil
}

// one makes a list of a single non-empty value.
func one(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// completeAuthors completes a single author: a given name alone with the
// full name a byline near the headline shows for it, and a login
// handle with the person named in the headline's block.
func (g *merger) completeAuthors(authors []string) []string {
	if len(authors) != 1 {
		return authors
	}
	vis, anchor := g.vis, g.vis.anchor
	if g.trace.On(authorFullName) {
		if full := vis.fullName(authors[0], anchor); full != authors[0] {
			authors[0] = full
			g.trace.Keep(authorFullName, "authors", full)
		}
	}
	if g.trace.On(authorInitials) {
		if full := vis.initialsName(authors[0], anchor); full != authors[0] {
			authors[0] = full
			g.trace.Keep(authorInitials, "authors", full)
		}
	}
	if isHandle(authors[0]) && g.trace.On(authorPersonOverHandle) {
		// "Submitted by human … Blog post by Margarita Koreneva": the
		// account that posted yields to the person named in the
		// headline's block.
		if names := vis.personalNear(anchor); names != nil {
			g.trace.Keep(authorPersonOverHandle, "authors", strings.Join(names, ", "))
			return names
		}
	}
	return authors
}

// dropByline leaves the visible byline out of the body, whichever source
// named the authors.
func (g *merger) dropByline() {
	e := g.authorEv()
	if e.hasBC {
		g.drop = append(g.drop, e.bc.node)
	} else if e.hasWC {
		g.drop = append(g.drop, e.wc.node)
	}
}

// dropSite removes the names that are the site's name or its host,
// unless what remains is only an agency code ("AFP/The Local").
func dropSite(names []string, sites []string) []string {
	var out []string
	for _, n := range names {
		isSite := false
		for i, s := range sites {
			// A blog's host is often its author's handle: the host
			// counts only against names written like a brand.
			if sameName(n, s) && (i == 0 || strings.ContainsAny(n, " .")) {
				isSite = true
			}
		}
		if !isSite {
			out = append(out, n)
		}
	}
	if len(out) == 0 || len(out) == len(names) {
		return out
	}
	for _, n := range out {
		if strings.ToUpper(n) != n || strings.Contains(n, " ") {
			return out
		}
	}
	return names
}

// betterNames reports whether the visible names vis should replace the
// metadata names md: md holds only login handles ("jdoe",
// "jane.doe") or vis names everyone md names and more.
func betterNames(vis, md []string) bool {
	if len(vis) == 0 {
		return false
	}
	handles := true
	for _, n := range md {
		if !isHandle(n) {
			handles = false
		}
	}
	if handles {
		// Each handle must spell a visible name: "arianschlichenmayer"
		// is "Arian Schlichenmayer".
		for _, h := range md {
			if !spells(h, vis) {
				return false
			}
		}
		return true
	}
	if len(vis) <= len(md) {
		return false
	}
	for _, n := range md {
		if !containsFold(vis, n) {
			return false
		}
	}
	// The extra names must read as people: a first and a last name.
	for _, n := range vis {
		if !containsFold(md, n) && (len(strings.Fields(n)) < 2 || strings.Contains(n, "-")) {
			return false
		}
	}
	return true
}

// spells reports whether every word of one of the names occurs in the
// handle and the name is not itself a handle.
func spells(handle string, names []string) bool {
	fh := dom.LetterKey(handle)
	for _, n := range names {
		if isHandle(n) {
			continue
		}
		ok := true
		for _, w := range strings.Fields(n) {
			if fw := dom.LetterKey(w); fw == "" || !strings.Contains(fh, fw) {
				ok = false
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// isHandle reports whether a name is a login rather than a person's
// name: one token, lower-case or joined with dots or underscores.
func isHandle(n string) bool {
	if strings.ContainsAny(n, " ") {
		return false
	}
	if strings.ContainsAny(n, "._") {
		return true
	}
	return strings.ToLower(n) == n
}

// spellsHost reports whether name holds the distinctive part of the
// host ("Handball Schweiz" on handball.ch).
func spellsHost(name, host string) bool {
	h := dom.LetterKey(hostCore(host))
	return len(h) >= 4 && strings.Contains(dom.LetterKey(name), h)
}
