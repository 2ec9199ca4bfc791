package source

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
)

// record is one JSON Lines input: {"html": "...", "url": "...", "id": ...}.
type record struct {
	HTML *string         `json:"html"`
	URL  string          `json:"url"`
	ID   json.RawMessage `json:"id"`
}

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

// parseRecord turns one JSON line into an Input. The id names the input
// when present, otherwise the line number does.
func parseRecord(line []byte, n int, maxBytes int64) Input {
	in := Input{Name: lineName(n), Kind: Record}
	var rec record
	if err := json.Unmarshal(line, &rec); err != nil {
		in.Err = fmt.Errorf("invalid JSON record: %s", jsonErrText(err))
		return in
	}
	if id, err := idString(rec.ID); err != nil {
		in.Err = err
		return in
	} else if id != "" {
		in.ID, in.Name = id, id
	}
	in.URL = rec.URL
	switch {
	case rec.HTML == nil:
		in.Err = errors.New(`record has no "html" field`)
	case int64(len(*rec.HTML)) > maxBytes:
		in.Err = &TooLargeError{Limit: maxBytes}
	default:
		in.HTML = []byte(*rec.HTML)
	}
	return in
}

// idString accepts a string or a number as id.
func idString(raw json.RawMessage) (string, error) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return "", nil
	}
	var s string
	if err := json.Unmarshal(raw, &s); err == nil {
		return s, nil
	}
	var num json.Number
	if err := json.Unmarshal(raw, &num); err == nil {
		return num.String(), nil
	}
	return "", errors.New(`record "id" must be a string or a number`)
}

// jsonErrText keeps encoding/json's message but not its Go type names.
func jsonErrText(err error) string {
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		if te.Field == "" {
			return "a record must be a JSON object, not " + te.Value
		}
		return fmt.Sprintf("field %q has the wrong type (%s)", te.Field, te.Value)
	}
	return err.Error()
}
