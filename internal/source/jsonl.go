package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"unicode/utf8"
)

// records emits one Input per non-blank line of r. A line that is not a
// valid record becomes an error input named "stdin:LINE", and the stream
// goes on. Lines are read one at a time; a line too long to hold a page of
// the size limit is skipped without being kept in memory.
func (e *expander) records(r io.Reader) bool {
	// JSON escaping can make a page up to six times longer (\u00e9 for é),
	// plus room for the other fields.
	lineLimit := 6*e.o.MaxBytes + 64<<10
	br := bufio.NewReaderSize(r, 64<<10)
	for n := 1; ; n++ {
		line, tooLong, err := readLine(br, lineLimit)
		if tooLong {
			if !e.emit(Input{Name: lineName(n), Kind: Record, Err: &TooLargeError{Limit: e.o.MaxBytes}}) {
				return false
			}
		} else if len(bytes.TrimSpace(line)) > 0 {
			if !e.emit(parseRecord(line, n, e.o.MaxBytes)) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
		if err != nil {
			return e.emit(Input{Name: lineName(n), Kind: Record, Err: fmt.Errorf("reading standard input: %w", err)})
		}
	}
}

func lineName(n int) string { return "stdin:" + strconv.Itoa(n) }

// readLine returns the next line without its terminator. When the line
// exceeds limit it is consumed but not kept, and tooLong is set.
func readLine(br *bufio.Reader, limit int64) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(line)+len(chunk)) > limit {
				tooLong, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), tooLong, err
	}
}

// parseRecord turns one JSON line, {"html": "...", "url": "...", "id":
// ...}, into an Input. The id names the input when present, otherwise the
// line number does. Each field is read on its own, so a record with a bad
// field keeps its id in the answer.
func parseRecord(line []byte, n int, maxBytes int64) Input {
	in := Input{Name: lineName(n), Kind: Record}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil || fields == nil {
		in.Err = fmt.Errorf("line %d: not a JSON object", n)
		return in
	}
	if raw := bytes.TrimSpace(fields["id"]); len(raw) > 0 && string(raw) != "null" {
		id, err := recordID(raw)
		if err != nil {
			in.Err = fmt.Errorf("line %d: %w", n, err)
			return in
		}
		in.ID, in.IDJSON = id, string(raw)
		if id != "" {
			in.Name = id
		}
	}
	var html string
	switch err := stringField(fields, "url", &in.URL); {
	case err != nil:
		in.Err = err
	case stringField(fields, "html", &html) != nil:
		in.Err = errors.New(`"html" must be a string`)
	case fields["html"] == nil || string(bytes.TrimSpace(fields["html"])) == "null":
		in.Err = errors.New(`record has no "html" field`)
	case int64(len(html)) > maxBytes:
		in.Err = &TooLargeError{Limit: maxBytes}
	default:
		in.HTML = []byte(html)
	}
	return in
}

// stringField decodes the field name, when present and not null, into s.
func stringField(fields map[string]json.RawMessage, name string, s *string) error {
	raw := fields[name]
	if raw == nil || string(bytes.TrimSpace(raw)) == "null" {
		return nil
	}
	if json.Unmarshal(raw, s) != nil {
		return fmt.Errorf("%q must be a string", name)
	}
	return nil
}

// recordID reads an id, a JSON string or number, as the text that names
// the input. The answer echoes the id as it came (raw), so it must be
// valid UTF-8: a JSON decoder would silently change the bytes that are
// not, and the caller could not match the answer to the record.
func recordID(raw []byte) (string, error) {
	if raw[0] == '"' {
		var s string
		if json.Unmarshal(raw, &s) != nil {
			return "", errors.New(`"id" must be a string or a number`)
		}
		if !utf8.Valid(raw) {
			return "", errors.New(`"id" is not valid UTF-8`)
		}
		return s, nil
	}
	var num json.Number
	if json.Unmarshal(raw, &num) != nil {
		return "", errors.New(`"id" must be a string or a number`)
	}
	return string(raw), nil
}
