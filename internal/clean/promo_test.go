package clean_test

import (
	"testing"

	"github.com/pith-org/pith/internal/clean"
)

// TestCleanProseNotAd: a section named "banner" or "promo" that reads
// as the page's prose stays; ad slots and teaser promos go.
func TestCleanProseNotAd(t *testing.T) {
	long := "We rent gym machines for film shoots and events, deliver them across the city, set them up, and take them away again when the shoot is over."
	page := func(box string) string {
		return "<html><body><main><h1>Fitness rentals</h1><p>" + prose(6) + "</p>" + box + "</main></body></html>"
	}
	runCleanCases(t, []cleanCase{
		{name: "banner section", page: page(`<div class="banner has-hover"><h2>Why choose us</h2><p>BANNER ` + long + `</p><p>` + long + `</p></div>`), keep: []string{"BANNER"}},
		{name: "promo row", page: page(`<section class="landing-row android-promo"><h3>Courses</h3><p>PROMO ` + long + `</p><p>` + long + `</p></section>`), keep: []string{"PROMO"}},
		{name: "ad slot", page: page(`<div class="ad-slot"><p>ADSLOT Advertisement</p></div>`), drop: []string{"ADSLOT"}},
		{name: "promo without a heading", page: page(`<div class="promo"><p>NOHEAD ` + long + `</p><p>` + long + `</p></div>`), drop: []string{"NOHEAD"}},
		{name: "teaser promo", page: page(`<div class="internalAd"><h2>Don't miss</h2><p><a href="/a">TEASER Waxing lyrical</a></p><p>An actor bids a fond farewell to the theatre of his youth</p><p><a href="/b">From farm to fork</a></p><p>A region leads the way with a new system for tracing food</p><p><a href="/c">Homefinder</a></p><p>A visit to a converted coaching house in the hills</p></div>`), drop: []string{"TEASER"}},
		{name: "linked prose", page: page(`<div class="promo"><h2>Deals</h2><p><a href="/d">LINKED ` + long + `</a></p></div>`), drop: []string{"LINKED"}},
	}, clean.Options{})
}

// TestCleanProseNotNavigation: a section named as navigation that reads
// as prose stays; menus, even with a heading, go.
func TestCleanProseNotNavigation(t *testing.T) {
	long := "Keep every contact in one place, see the last mail you sent them and the deal they are on, and call them back from the same screen."
	page := func(box string) string {
		return "<html><body><main><h1>Free CRM</h1><p>" + prose(6) + "</p>" + box + "</main></body></html>"
	}
	runCleanCases(t, []cleanCase{
		{name: "section a sticky menu scrolls to", page: page(`<div class="contact_section lm_navSource"><h2>Manage your contacts</h2><p>NAVSOURCE ` + long + `</p><p>` + long + `</p></div>`), keep: []string{"NAVSOURCE"}},
		{name: "menu with a heading", page: page(`<div class="main-nav"><h2>MENU Products</h2><p><a href="/a">Contacts and the people you know</a> <a href="/b">Email marketing for small teams</a> <a href="/c">Leads found online and followed up</a></p></div>`), drop: []string{"MENU"}},
		{name: "menu of blurbs", page: page(`<div class="site-menu"><h2>BLURBS Products</h2><p>Short blurb.</p></div>`), drop: []string{"BLURBS"}},
	}, clean.Options{})
}

// TestCleanProseNotSidebar: a column named after the sidebar beside it
// that holds pages of prose stays; a sidebar's "About" widget goes.
func TestCleanProseNotSidebar(t *testing.T) {
	long := "As the gardening season starts, the beds want turning, the seedlings want light, and the slugs want watching every evening after rain."
	page := func(box string) string {
		return "<html><body><div><h1>Spring beds</h1><p>" + prose(2) + "</p>" + box + "</div></body></html>"
	}
	column := `<div class="sidebar-content"><h2>Turning the beds</h2>`
	for i := 0; i < 10; i++ {
		column += "<p>COLUMN " + long + "</p>"
	}
	runCleanCases(t, []cleanCase{
		{name: "content column", page: page(column + "</div>"), keep: []string{"COLUMN"}},
		{name: "code samples in an aside", page: page(`<div class="api-section-aside"><p>POST /v1/charges</p><pre>CODE curl https://api.example.com/v1/charges -u key: -d amount=2000 -d currency=usd -d source=tok_visa -d description=test</pre></div>`), keep: []string{"CODE"}},
		{name: "about widget", page: page(`<div class="sidebar widget-area"><h3>About</h3><p>WIDGET ` + long + `</p><p>` + long + `</p></div>`), drop: []string{"WIDGET"}},
	}, clean.Options{})
}

// TestCleanTextNotAd: headings and paragraphs of prose named with an ad
// word stay; short paragraphs and boxes so named go.
func TestCleanTextNotAd(t *testing.T) {
	long := "Our technicians repair treadmills, bikes and rowers at your gym, your studio or your building, and keep them running between visits."
	page := func(box string) string {
		return "<html><body><main><h1>Equipment repair</h1><p>" + prose(6) + "</p>" + box + "</main></body></html>"
	}
	runCleanCases(t, []cleanCase{
		{name: "builder heading", page: page(`<h2 class="kt-adv-heading356">HEADING Full-service repair</h2>`), keep: []string{"HEADING"}},
		{name: "builder paragraph", page: page(`<p class="kt-adv-heading357">PARA ` + long + `</p>`), keep: []string{"PARA"}},
		{name: "disclaimer", page: page(`<p class="affiliate-disclaimer">DISCLAIMER As an associate we earn from purchases.</p>`), drop: []string{"DISCLAIMER"}},
		{name: "ad box", page: page(`<div class="ad-slot"><h3>SLOT Sponsored</h3></div>`), drop: []string{"SLOT"}},
	}, clean.Options{})
}

// TestCleanProseNotRelated: a section named "more info" that reads as
// prose stays; a rail of related cards, each a title over a blurb, goes.
func TestCleanProseNotRelated(t *testing.T) {
	long := "Examples are drawn from news sources to reflect current usage of the word, and they do not represent the opinion of the editors here."
	page := func(box string) string {
		return "<html><body><main><h1>Restaurant</h1><p>" + prose(6) + "</p>" + box + "</main></body></html>"
	}
	runCleanCases(t, []cleanCase{
		{name: "more-info section", page: page(`<section class="sec-example-sentences sec-more-info"><h2>Example sentences</h2><p>EXAMPLES ` + long + `</p><p>` + long + `</p></section>`), keep: []string{"EXAMPLES"}},
		{name: "related cards", page: page(`<section class="related-pages"><h2>Explore more</h2><div><h3>Desk setup</h3><p>CARDS ` + long + `</p></div><div><h3>Chairs</h3><p>` + long + `</p></div></section>`), drop: []string{"CARDS"}},
	}, clean.Options{})
}
