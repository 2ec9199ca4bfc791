package cli

import (
	"fmt"
	"net/http"
	"net/textproto"
	"strings"
	"time"

	"github.com/pith-org/pith/internal/bytesize"

	"github.com/pith-org/pith/internal/render"
)

// Options is everything the flags say, as plain data: Run needs nothing
// from cobra, so tests drive it directly.
type Options struct {
	Args        []string // positional inputs, in order
	InputFile   string   // --input-file / -i ("-" = the list on stdin)
	StdinFormat string   // "html" (default) or "jsonl"

	Format string // text, markdown, md, json, jsonl, html
	// FrontMatter is markdown's metadata block: "yaml" (default) or "none".
	FrontMatter string
	Width       int
	BodyOnly    bool
	NoLinks     bool
	NoImages    bool
	NoFAQ       bool

	Precision bool
	Recall    bool
	Explain   bool

	ExplainHTML  string   // --explain-html: the report file
	ListRules    bool     // --list-rules
	DisableRules []string // --disable-rule: rules switched off
	Drop         []string // --drop selectors
	Keep         []string // --keep selectors
	RulesFiles   []string // --rules files, in order
	NoRules      bool     // --no-rules: no default or $PITH_RULES file

	Timeout     time.Duration // one URL's fetch, retries included
	MaxBytes    int64
	UserAgent   string
	Headers     []string // "Name: value"
	BaseURL     string
	PerHost     int
	PageTimeout time.Duration // whole input: read or fetch, then extract
	// AllowPrivateRedirects lets a public URL redirect to a private address.
	AllowPrivateRedirects bool

	Jobs         int
	OutputDir    string
	Force        bool
	SkipExisting bool
	FailLog      string
	Quiet        bool
	Progress     bool
}

// Defaults.
const (
	DefaultTimeout     = 30 * time.Second
	DefaultPageTimeout = 30 * time.Second
	DefaultMaxBytes    = 20 << 20
	DefaultPerHost     = 2
)

// canonicalFormat folds aliases.
func canonicalFormat(f string) string {
	f = strings.ToLower(f)
	if f == "md" {
		return "markdown"
	}
	return f
}

// UsageError is a mistake in the command line: exit status 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, a ...any) error { return &UsageError{fmt.Sprintf(format, a...)} }

// validate checks flags before any work starts and normalises them.
func (o *Options) validate() error {
	if o.Format == "" {
		o.Format = "text"
	}
	if render.Ext(strings.ToLower(o.Format)) == "" {
		return usagef("unknown --format %q (want text, markdown, json, jsonl or html)", o.Format)
	}
	o.Format = canonicalFormat(o.Format)
	switch o.StdinFormat {
	case "", "html":
		o.StdinFormat = "html"
	case "jsonl":
	default:
		return usagef("unknown --stdin-format %q (want html or jsonl)", o.StdinFormat)
	}
	switch o.FrontMatter {
	case "", "yaml":
		o.FrontMatter = "yaml"
	case "none":
		if o.Format != "markdown" {
			return usagef("--front-matter applies to markdown output")
		}
	default:
		return usagef("unknown --front-matter %q (want yaml or none)", o.FrontMatter)
	}
	if o.Precision && o.Recall {
		return usagef("--precision and --recall cannot be used together")
	}
	if o.Width < 0 {
		return usagef("--width must be 0 (no wrapping) or more, not %d", o.Width)
	}
	if o.Jobs < 0 {
		return usagef("--jobs must be at least 1, not %d", o.Jobs)
	}
	if o.PerHost < 0 {
		return usagef("--per-host must be at least 1, not %d", o.PerHost)
	}
	if o.Timeout < 0 || o.PageTimeout < 0 {
		return usagef("timeouts cannot be negative")
	}
	if o.MaxBytes < 0 {
		return usagef("--max-bytes cannot be negative")
	}
	if o.OutputDir == "" && o.Force {
		return usagef("--force needs --output-dir (it replaces the files written there)")
	}
	if o.OutputDir == "" && o.SkipExisting {
		return usagef("--skip-existing needs --output-dir (it skips the inputs whose file is there)")
	}
	if o.BodyOnly && (o.Format == "json" || o.Format == "jsonl") {
		return usagef("--body-only applies to text, markdown and html output; %s always carries every field", o.Format)
	}
	if o.Force && o.SkipExisting {
		return usagef("--force and --skip-existing cannot be used together")
	}
	if o.Quiet && o.Progress {
		return usagef("--quiet and --progress cannot be used together")
	}
	if o.BaseURL != "" && !isHTTPURL(o.BaseURL) {
		return usagef("--base-url must be an http or https URL, not %q", o.BaseURL)
	}
	if _, err := o.header(); err != nil {
		return err
	}
	return o.validateRules()
}

func isHTTPURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && len(s) > len("https://")
}

// header parses the --header flags.
func (o *Options) header() (http.Header, error) {
	h := http.Header{}
	for _, raw := range o.Headers {
		name, value, ok := strings.Cut(raw, ":")
		name = strings.TrimSpace(name)
		if !ok || name == "" || strings.ContainsAny(name, " \t\r\n") || strings.ContainsAny(value, "\r\n") {
			return nil, usagef("--header wants 'Name: value', got %q", raw)
		}
		h.Add(textproto.CanonicalMIMEHeaderKey(name), strings.TrimSpace(value))
	}
	return h, nil
}

// byteSize is a pflag.Value for sizes: a number of bytes with an optional
// unit (k, KB, KiB, M, MB, MiB, G, GB, GiB; decimal units are powers of
// 1000, binary units of 1024, a bare letter means binary).
type byteSize int64

func (b *byteSize) String() string { return bytesize.Format(int64(*b)) }
func (b *byteSize) Type() string   { return "size" }
func (b *byteSize) Set(s string) error {
	n, err := bytesize.Parse(s)
	if err != nil {
		return err
	}
	*b = byteSize(n)
	return nil
}
