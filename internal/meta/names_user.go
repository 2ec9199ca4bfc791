package meta

// Names splits a byline the user pointed at (a rules file's byline
// selector) into person names, as pith reads every other byline: "By
// Jane Doe and John Roe" gives both names. It returns nil when nothing
// in s looks like a name.
func Names(s string) []string { return cleanNames(s) }
