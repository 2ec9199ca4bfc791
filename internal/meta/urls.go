package meta

import (
	"net/url"
	"strings"
)

// baseURL follows the URL rule: the page URL, else <base href> resolved
// against the canonical address, else the canonical link, else og:url.
func baseURL(h *head, mt fields, pageURL string) string {
	if u := absURL("", pageURL); u != "" {
		if h.base != "" {
			if b := absURL(u, h.base); b != "" {
				return b
			}
		}
		return u
	}
	canon := absURL("", h.canonical)
	if canon == "" {
		canon = absURL("", mt.url)
	}
	if h.base != "" {
		if b := absURL(canon, h.base); b != "" {
			return b
		}
	}
	return canon
}

// absURL resolves ref against base and returns it only when the result
// is an absolute http(s) URL.
func absURL(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return ""
	}
	r, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if base != "" && !r.IsAbs() {
		b, err := url.Parse(base)
		if err != nil {
			return ""
		}
		r = b.ResolveReference(r)
	}
	if (r.Scheme != "http" && r.Scheme != "https") || r.Host == "" {
		return ""
	}
	return r.String()
}

// hostName returns the host name of URL raw, or raw itself when it is
// not an absolute URL (a bare host).
func hostName(raw string) string {
	if u, err := url.Parse(raw); err == nil && u.Host != "" {
		return u.Hostname()
	}
	return raw
}

// hostCore returns the distinctive part of a host: "www.example.co.uk"
// gives "example".
func hostCore(raw string) string {
	if raw == "" {
		return ""
	}
	h := hostName(raw)
	parts := strings.Split(strings.TrimPrefix(h, "www."), ".")
	if len(parts) == 0 {
		return ""
	}
	best := parts[0]
	for _, p := range parts[:len(parts)-1] {
		if len(p) > len(best) {
			best = p
		}
	}
	return best
}
