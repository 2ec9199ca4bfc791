package cli

import (
	"context"
	"errors"
	"io/fs"
	"strings"

	"github.com/pith-org/pith/internal/batch"
	"github.com/pith-org/pith/internal/decode"
	"github.com/pith-org/pith/internal/extract"
	"github.com/pith-org/pith/internal/fetch"
	"github.com/pith-org/pith/internal/source"
)

// Exit statuses.
const (
	ExitOK          = 0   // every input produced an article
	ExitFailed      = 1   // at least one input failed; the others were still processed
	ExitUsage       = 2   // bad flag, unreadable --input-file, nothing to read
	ExitInterrupted = 130 // SIGINT or SIGTERM: stopped cleanly, 128+SIGINT as shells report it
)

// classify puts a failure in one summary category.
func classify(err error) batch.Category {
	var (
		httpErr    *fetch.HTTPError
		fetchNot   *fetch.NotHTMLError
		decodeNot  *decode.NotHTMLError
		fetchLarge *fetch.TooLargeError
		readLarge  *source.TooLargeError
		readErr    readError
		pathErr    *fs.PathError
		timeout    interface{ Timeout() bool }
	)
	switch {
	case errors.Is(err, extract.ErrNoArticle):
		return batch.NoArticle
	case errors.As(err, &httpErr):
		return batch.HTTPError
	case errors.As(err, &fetchNot), errors.As(err, &decodeNot):
		return batch.NotHTML
	case errors.As(err, &fetchLarge), errors.As(err, &readLarge):
		return batch.TooLarge
	case errors.Is(err, batch.ErrTimeout), errors.Is(err, context.DeadlineExceeded),
		errors.As(err, &timeout) && timeout.Timeout():
		return batch.Timeout
	case errors.As(err, &readErr), errors.As(err, &pathErr), errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrPermission):
		return batch.ReadError
	}
	return batch.Other
}

// reason renders an error as the one-line reason of `pith: SOURCE: reason`.
func reason(err error) string {
	s := strings.Join(strings.Fields(err.Error()), " ")
	if s == "" {
		s = "failed"
	}
	return s
}
