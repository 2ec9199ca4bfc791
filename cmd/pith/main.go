// Command pith extracts the article from web pages. Everything lives in
// internal/cli; this file only hands over the arguments and exits.
package main

import (
	"os"

	"github.com/pith-org/pith/internal/cli"
)

func main() {
	os.Exit(cli.Execute(os.Args[1:], cli.StdStreams()))
}
