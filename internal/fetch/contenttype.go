package fetch

import (
	"bytes"
	"mime"
	"net/http"
	"strings"
)

type verdict int

const (
	accept verdict = iota
	sniff          // decide from the body
	refuse
)

// classify decides from the Content-Type header alone whether the
// response is a page. Missing, generic and plain-text types are common on
// misconfigured servers and saved-page hosts, so those are decided by
// sniffing the body instead of refused outright.
func classify(contentType string) (verdict, string) {
	if strings.TrimSpace(contentType) == "" {
		return sniff, ""
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		// "text/html;;charset=utf-8" and the like: judge the part before
		// the first ';'.
		mt = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	switch {
	case mt == "text/html", mt == "application/xhtml+xml",
		mt == "application/xml", mt == "text/xml", strings.HasSuffix(mt, "+xml"):
		return accept, mt
	case mt == "", mt == "application/octet-stream", mt == "text/plain",
		mt == "binary/octet-stream", mt == "application/unknown":
		return sniff, mt
	}
	return refuse, mt
}

// sniffsAsHTML applies the WHATWG sniffing rules of http.DetectContentType
// (markup tags such as <!DOCTYPE HTML, <html, <head, <p, <!-- at the start)
// after skipping a UTF-8 byte order mark, and returns the detected type
// for the error message otherwise.
func sniffsAsHTML(body []byte) (bool, string) {
	body = bytes.TrimPrefix(body, []byte{0xEF, 0xBB, 0xBF})
	ct := http.DetectContentType(body)
	if strings.HasPrefix(ct, "text/html") || strings.HasPrefix(ct, "text/xml") {
		return true, ct
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = ct
	}
	return false, mt
}
