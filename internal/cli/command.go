// Package cli is pith's command line: cobra flags become an Options value,
// and Run does the work through an IOStreams value, so the whole program
// is testable without cobra, a real terminal or a real process.
package cli

import (
	"context"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/spf13/cobra"
)

const longHelp = `pith prints the article of a web page: its title, byline, date, body and
FAQ, without the menus, footers, ads and teasers around it.

Inputs, any mix, in the order given: a file (.gz read transparently;
MHTML and WARC crawls told by content, a WARC giving one input per HTML
page), a directory (every .html/.htm/.xhtml/.shtml/.mhtml/.mht/.warc
file under it, sorted, hidden directories skipped), an http(s) URL, - for standard input, and
--input-file LIST (one path or URL a line, # comments; - reads it from
stdin). With no argument pith reads the page from standard input.

Formats (--format): text (default), markdown (md), json, jsonl, html.
With several inputs, text, markdown and html articles are each preceded by
'==> SOURCE <==', json makes an array and jsonl one line per input, in
input order whatever --jobs finishes first. --output-dir writes one file
per input instead.

Errors go to stderr as 'pith: SOURCE: reason'; the other inputs are still
processed. Exit status: 0 every input gave an article, 1 some failed,
2 usage error, 130 interrupted.`

const examples = `  pith page.html                              # a saved page, as text
  pith page.html.gz -f markdown               # a gzipped page, as Markdown
  pith https://example.org/news/story -f json # fetch a URL, one JSON object
  curl -s https://example.org/a | pith -f html --base-url https://example.org/a
  pith - < page.html                          # standard input, explicitly
  pith site/ -f jsonl > articles.jsonl        # a directory: one JSON line per page
  pith a.html b.html -f json                  # several inputs: a JSON array
  pith -i urls.txt -o out/ -f md --skip-existing   # a resumable batch to files
  find . -name '*.html' | pith -i - -f jsonl  # the list of inputs on stdin
  pith -f jsonl --stdin-format jsonl -        # a filter: {"id","url","html"} lines in, one line out each
  pith -i big.txt -j 8 --fail-log failed.txt; pith -i failed.txt   # retry the failures
  pith crawl.warc.gz -f jsonl                 # every HTML page of a crawl, in record order
  pith page.html --drop '.promo' --drop 'aside.related'   # your own fix: remove what leaks in
  pith page.html --keep 'article .entry-content'          # your own body: exactly these elements
  pith -i urls.txt --rules sites.yaml -f jsonl            # per-site rules (see README), by each page's host`

// Execute runs pith with the command-line arguments args (without the
// program name) and returns the exit status. SIGINT and SIGTERM cancel the
// run cleanly.
func Execute(args []string, s IOStreams) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return execute(ctx, args, s)
}

func execute(ctx context.Context, args []string, s IOStreams) int {
	var o Options
	code := ExitOK
	ran := false
	root := newRoot(&o, func(cmd *cobra.Command, positional []string) {
		ran = true
		o.Args = positional
		tuneGC(o.Jobs)
		code = Run(cmd.Context(), o, s)
	})
	root.SetArgs(args)
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	err := root.ExecuteContext(ctx)
	if err != nil {
		return usage(s, err)
	}
	if !ran {
		return ExitOK // --help, --version, completion
	}
	return code
}

func newRoot(o *Options, run func(*cobra.Command, []string)) *cobra.Command {
	maxBytes := byteSize(DefaultMaxBytes)
	root := &cobra.Command{
		Use:           "pith [flags] [FILE | DIR | URL | -]...",
		Short:         "Extract the article from web pages",
		Long:          longHelp,
		Example:       examples,
		Version:       "set below",
		Args:          cobra.ArbitraryArgs,
		SilenceErrors: true,
		SilenceUsage:  true,
		Run: func(cmd *cobra.Command, args []string) {
			o.MaxBytes = int64(maxBytes)
			run(cmd, args)
		},
		ValidArgsFunction: func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
			return nil, cobra.ShellCompDirectiveDefault // files and directories
		},
	}
	root.SetVersionTemplate("{{.Version}}")
	root.Version = versionString()
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return &UsageError{err.Error()} })

	f := root.Flags()
	f.SortFlags = false
	f.StringVarP(&o.Format, "format", "f", "text", "output format: text, markdown (md), json, jsonl, html")
	f.StringVarP(&o.InputFile, "input-file", "i", "", "read inputs (paths, URLs) from `LIST`, one a line; - for stdin")
	f.StringVar(&o.StdinFormat, "stdin-format", "html", "what stdin holds: html (one page) or jsonl (records with html and optional url, id; blank lines skipped)")
	f.StringVarP(&o.OutputDir, "output-dir", "o", "", "write one file per input under `DIR` instead of stdout")
	f.BoolVar(&o.Force, "force", false, "with --output-dir: replace existing files")
	f.BoolVar(&o.SkipExisting, "skip-existing", false, "with --output-dir: skip inputs whose output exists (resume a batch)")
	f.StringVar(&o.FailLog, "fail-log", "", "write the failed inputs to `FILE`, readable by -i for a rerun")
	f.IntVar(&o.Width, "width", 0, "text: wrap at `N` columns (0: no wrapping)")
	f.BoolVar(&o.BodyOnly, "body-only", false, "the body alone: no title, metadata or FAQ")
	f.StringVar(&o.FrontMatter, "front-matter", "yaml", "markdown: the metadata block, yaml or none (the # title heading stays)")
	f.BoolVar(&o.NoLinks, "no-links", false, "keep link text, drop the links")
	f.BoolVar(&o.NoImages, "no-images", false, "drop images")
	f.BoolVar(&o.NoFAQ, "no-faq", false, "leave FAQ sections in the body as the page shows them")
	f.BoolVar(&o.Precision, "precision", false, "prefer leaving out doubtful text")
	f.BoolVar(&o.Recall, "recall", false, "prefer keeping doubtful text")
	f.BoolVar(&o.Explain, "explain", false, "tell what was kept and dropped and why (stderr, or the JSON explain field)")
	addRuleFlags(f, o)
	f.StringArrayVar(&o.Drop, "drop", nil, "remove elements matching CSS `SELECTOR` before extraction (repeatable), e.g. --drop '.promo'")
	f.StringArrayVar(&o.Keep, "keep", nil, "the body is exactly the elements matching `SELECTOR` (repeatable), e.g. --keep 'article .entry'")
	f.StringArrayVar(&o.RulesFiles, "rules", nil, "per-site rules from YAML `FILE` (repeatable), e.g. --rules sites.yaml (default: $PITH_RULES, else ~/.config/pith/rules.yaml when present)")
	f.BoolVar(&o.NoRules, "no-rules", false, "read no rules file, e.g. pith --no-rules page.html")
	f.DurationVar(&o.Timeout, "timeout", DefaultTimeout, "HTTP: time limit for fetching one URL, retries and their waits included")
	f.Var(&maxBytes, "max-bytes", "refuse pages larger than this (e.g. 20MiB, 500k)")
	f.StringVar(&o.UserAgent, "user-agent", "", "HTTP: User-Agent header (default: a browser-like one naming pith)")
	f.StringArrayVar(&o.Headers, "header", nil, "HTTP: extra header 'Name: value' (repeatable)")
	f.StringVar(&o.BaseURL, "base-url", "", "the page's URL for files and stdin (resolves relative links)")
	f.IntVar(&o.PerHost, "per-host", DefaultPerHost, "HTTP: at most `N` concurrent requests per host")
	f.BoolVar(&o.AllowPrivateRedirects, "allow-private-redirects", false, "HTTP: follow redirects from public to loopback, private or link-local addresses")
	f.DurationVar(&o.PageTimeout, "page-timeout", DefaultPageTimeout, "time limit for one input, fetch and extraction, from when its work starts (0: none)")
	f.IntVarP(&o.Jobs, "jobs", "j", 0, "inputs worked on in parallel (default: the number of CPUs)")
	f.BoolVarP(&o.Quiet, "quiet", "q", false, "no progress line and no summary (errors are still printed)")
	f.BoolVar(&o.Progress, "progress", false, "show the progress line even when stderr is not a terminal")

	_ = root.RegisterFlagCompletionFunc("format", fixedCompletion("text", "markdown", "md", "json", "jsonl", "html"))
	_ = root.RegisterFlagCompletionFunc("stdin-format", fixedCompletion("html", "jsonl"))
	_ = root.RegisterFlagCompletionFunc("front-matter", fixedCompletion("yaml", "none"))
	_ = root.MarkFlagDirname("output-dir")
	_ = root.MarkFlagFilename("input-file")
	_ = root.MarkFlagFilename("rules", "yaml", "yml")

	root.CompletionOptions.DisableDescriptions = false
	// Named, cobra adds the completion command even though pith has no
	// other; with it comes `pith help` (and `pith help completion`). A
	// page file called help or completion is then read as ./help.
	root.InitDefaultCompletionCmd("completion")
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Short = "Print the shell completion script (bash, zsh, fish or powershell)"
			c.Example = "  source <(pith completion bash)\n  pith completion zsh > \"${fpath[1]}/_pith\"\n  pith completion fish > ~/.config/fish/completions/pith.fish"
		}
	}
	return root
}

func fixedCompletion(vals ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(_ *cobra.Command, _ []string, prefix string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, v := range vals {
			if strings.HasPrefix(v, prefix) {
				out = append(out, v)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}
