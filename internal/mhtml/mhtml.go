// Package mhtml reads MHTML files (RFC 2557: a multipart/related MIME
// message), what Chrome and Edge write for "Save page as… single file"
// and Internet Explorer and Word for .mht: the page's HTML as one part,
// usually quoted-printable, its images and stylesheets as base64 parts,
// each part named by the URL it came from.
package mhtml

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/textproto"
	"sort"
	"strings"
)

// Page is the document an MHTML file holds.
type Page struct {
	HTML        []byte // the HTML part, transfer encoding undone, charset untouched
	ContentType string // the HTML part's Content-Type, for its charset
	URL         string // the HTML part's Content-Location, else Snapshot-Content-Location
}

// ErrNoHTML means the file has no HTML part.
var ErrNoHTML = errors.New("MHTML file has no HTML part")

// ErrTooLarge means the HTML part exceeds the limit given to Read.
var ErrTooLarge = errors.New("HTML part too large")

// Is reports whether head, the start of a file, is an MHTML message: a
// MIME header whose Content-Type is multipart/related. HTML never parses
// as such a header, so the test is by content, whatever the file's name.
func Is(head []byte) bool {
	h, _ := textproto.NewReader(bufio.NewReader(bytes.NewReader(head))).ReadMIMEHeader()
	// A header cut by the end of head still has its first fields.
	mt, _, _ := mime.ParseMediaType(h.Get("Content-Type"))
	return mt == "multipart/related"
}

// Read reads the page out of an MHTML message. Only the HTML part is
// kept in memory, up to limit bytes; the other parts are read past. Image
// references by Content-ID ("cid:…", as IE and Word write them) are
// replaced by the URL the part came from, so the article's images point
// at the web and not into a file that is no longer at hand.
func Read(r io.Reader, limit int64) (*Page, error) {
	tp := textproto.NewReader(bufio.NewReader(r))
	h, err := tp.ReadMIMEHeader()
	if err != nil {
		return nil, fmt.Errorf("MHTML header: %v", err)
	}
	mt, params, err := mime.ParseMediaType(h.Get("Content-Type"))
	if err != nil || !strings.HasPrefix(mt, "multipart/") || params["boundary"] == "" {
		return nil, errors.New("MHTML file without a multipart boundary")
	}
	start := strings.Trim(params["start"], "<>")
	mr := multipart.NewReader(tp.R, params["boundary"])

	var page *Page
	locations := map[string]string{} // Content-ID → Content-Location
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			if page != nil {
				break // the page is whole; a damaged tail costs only images
			}
			return nil, fmt.Errorf("MHTML part: %v", err)
		}
		id := strings.Trim(part.Header.Get("Content-ID"), "<> ")
		loc := strings.TrimSpace(part.Header.Get("Content-Location"))
		if id != "" && loc != "" {
			locations[id] = loc
		}
		if page != nil || !isPage(part.Header.Get("Content-Type"), id, start) {
			continue
		}
		html, err := readPart(part, limit)
		if err != nil {
			return nil, err
		}
		page = &Page{HTML: html, ContentType: part.Header.Get("Content-Type"), URL: loc}
	}
	if page == nil {
		return nil, ErrNoHTML
	}
	if page.URL == "" {
		page.URL = strings.TrimSpace(h.Get("Snapshot-Content-Location"))
	}
	page.HTML = resolveCIDs(page.HTML, locations)
	return page, nil
}

// isPage tells the root part: the one the start parameter names, or
// else the first HTML part (Chrome puts the page first, its frames after).
func isPage(contentType, id, start string) bool {
	if start != "" {
		return id == start
	}
	mt, _, _ := mime.ParseMediaType(contentType)
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// readPart reads a part's body; multipart has already undone
// quoted-printable, base64 is undone here.
func readPart(p *multipart.Part, limit int64) ([]byte, error) {
	var r io.Reader = p
	if strings.EqualFold(strings.TrimSpace(p.Header.Get("Content-Transfer-Encoding")), "base64") {
		r = base64.NewDecoder(base64.StdEncoding, p) // it skips line breaks
	}
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if int64(len(data)) > limit {
		return nil, ErrTooLarge
	}
	if err != nil {
		return nil, fmt.Errorf("MHTML HTML part: %v", err)
	}
	return data, nil
}

// resolveCIDs replaces cid: references with the parts' URLs, longest
// Content-ID first so that one ID that prefixes another does not cut it.
func resolveCIDs(html []byte, locations map[string]string) []byte {
	if len(locations) == 0 || !bytes.Contains(html, []byte("cid:")) {
		return html
	}
	ids := make([]string, 0, len(locations))
	for id := range locations {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return len(ids[i]) > len(ids[j]) })
	for _, id := range ids {
		html = bytes.ReplaceAll(html, []byte("cid:"+id), []byte(locations[id]))
	}
	return html
}
