// Package warctest builds WARC files for tests and benchmarks: the
// records a crawler writes (warcinfo, request, response, revisit), plain
// or gzip'd one member per record, and damaged ones.
package warctest

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
)

// Record is one WARC record to write.
type Record struct {
	Type    string            // WARC-Type
	URI     string            // WARC-Target-URI ("" for none)
	Date    string            // WARC-Date ("" for a fixed one)
	Fields  map[string]string // more named fields
	CType   string            // the record's Content-Type
	Block   string            // the content block
	Version string            // "" for WARC/1.0
}

// Bytes renders the record, CRLF CRLF included.
func (r Record) Bytes() []byte {
	var b bytes.Buffer
	v := r.Version
	if v == "" {
		v = "WARC/1.0"
	}
	date := r.Date
	if date == "" {
		date = "2024-03-05T10:20:30Z"
	}
	fmt.Fprintf(&b, "%s\r\nWARC-Type: %s\r\nWARC-Date: %s\r\nWARC-Record-ID: <urn:uuid:%s>\r\n", v, r.Type, date, fakeUUID(r))
	if r.URI != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", r.URI)
	}
	for _, k := range slices.Sorted(maps.Keys(r.Fields)) {
		fmt.Fprintf(&b, "%s: %s\r\n", k, r.Fields[k])
	}
	if r.CType != "" {
		fmt.Fprintf(&b, "Content-Type: %s\r\n", r.CType)
	}
	fmt.Fprintf(&b, "Content-Length: %d\r\n\r\n%s\r\n\r\n", len(r.Block), r.Block)
	return b.Bytes()
}

func fakeUUID(r Record) string {
	h := uint32(2166136261)
	for _, c := range []byte(r.Type + r.URI + r.Block) {
		h = (h ^ uint32(c)) * 16777619
	}
	return fmt.Sprintf("%08x-0000-4000-8000-000000000000", h)
}

// Warcinfo is the record that opens a file.
func Warcinfo() Record {
	return Record{Type: "warcinfo", CType: "application/warc-fields", Block: "software: warctest\r\nformat: WARC File Format 1.0\r\n"}
}

// Request is the request record a crawler writes before its response.
func Request(uri string) Record {
	host := strings.SplitN(strings.TrimPrefix(strings.TrimPrefix(uri, "https://"), "http://"), "/", 2)[0]
	return Record{Type: "request", URI: uri, CType: "application/http; msgtype=request",
		Block: "GET / HTTP/1.1\r\nHost: " + host + "\r\nUser-Agent: warctest\r\n\r\n"}
}

// Response is a response record holding an HTTP response.
func Response(uri string, status int, contentType, body string) Record {
	return ResponseHeaders(uri, status, "Content-Type: "+contentType, body)
}

// ResponseHeaders is Response with the HTTP header lines given ("\r\n"
// separated), Content-Length added unless chunked.
func ResponseHeaders(uri string, status int, headers, body string) Record {
	var b strings.Builder
	fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\n", status, statusText(status))
	if headers != "" {
		b.WriteString(headers + "\r\n")
	}
	if !strings.Contains(strings.ToLower(headers), "transfer-encoding: chunked") {
		fmt.Fprintf(&b, "Content-Length: %d\r\n", len(body))
	}
	b.WriteString("\r\n" + body)
	return Record{Type: "response", URI: uri, CType: "application/http; msgtype=response", Block: b.String()}
}

func statusText(code int) string {
	switch code {
	case 200:
		return "OK"
	case 404:
		return "Not Found"
	case 301:
		return "Moved Permanently"
	}
	return "Status"
}

// Revisit is a revisit record (the payload was seen before).
func Revisit(uri string) Record {
	return Record{Type: "revisit", URI: uri, CType: "application/http; msgtype=response",
		Fields: map[string]string{"WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest"},
		Block:  "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"}
}

// Write writes the records, each as its own gzip member when gz.
func Write(w io.Writer, gz bool, recs ...Record) error {
	for _, r := range recs {
		if err := WriteRaw(w, gz, r.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// WriteRaw writes data as is, or as one gzip member.
func WriteRaw(w io.Writer, gz bool, data []byte) error {
	if !gz {
		_, err := w.Write(data)
		return err
	}
	zw := gzip.NewWriter(w)
	if _, err := zw.Write(data); err != nil {
		return err
	}
	return zw.Close()
}

// File renders the records as one file's bytes.
func File(gz bool, recs ...Record) []byte {
	var b bytes.Buffer
	Write(&b, gz, recs...)
	return b.Bytes()
}
