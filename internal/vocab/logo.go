package vocab

// logoWords are the whole class/id tokens of a logo heading; single
// logo words inside longer names are LogoWord.
var logoWords = map[string]bool{
	"sitetitle": true, "site-title": true, "sitename": true, "site-name": true, "brand": true,
	"blogtitle": true, "blog-title": true, "wpcom-title": true,
}

// LogoToken reports a whole lower-case class/id token of a heading that
// holds the site's name ("site-title", "brand").
func LogoToken(tok string) bool { return logoWords[tok] }

// LogoWord reports a class/id word that names a logo inside a longer
// name ("topbar__logo__title", "siteLogo").
func LogoWord(w string) bool { return w == "logo" || w == "masthead" || w == "branding" }
