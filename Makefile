# pith build, test and fuzz targets.

GO       ?= go
FUZZTIME ?= 30s
CLI      := github.com/pith-org/pith/internal/cli
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT   ?= $(shell git rev-parse --short=12 HEAD 2>/dev/null)
LDFLAGS  := -X $(CLI).version=$(VERSION) -X $(CLI).commit=$(COMMIT)

.PHONY: build test fuzz

build:
	$(GO) build -ldflags "$(LDFLAGS)" -o bin/pith ./cmd/pith

# A race-enabled binary sleeps 1 s at exit by default (atexit_sleep_ms),
# once per test package and once per pith run of the CLI scripts: most of
# `make test`'s wall time before it was turned off.
test:
	$(GO) vet ./...
	GORACE="$(GORACE) atexit_sleep_ms=0" $(GO) test -race ./...

# Runs every FuzzXxx target of every package for FUZZTIME each.
fuzz:
	@set -e; for pkg in $$($(GO) list ./...); do \
		for f in $$($(GO) test -list 'Fuzz.*' $$pkg | grep '^Fuzz' || true); do \
			echo "== $$pkg $$f ($(FUZZTIME))"; \
			$(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) $$pkg; \
		done; \
	done

# Corpus-based quality figures and gate: they need ../shared (the
# development corpora and scorer), which users do not have, so they are
# not part of `make test`. .ci/run calls `make gate` after the tests.
.PHONY: eval gate
eval:
	scripts/eval.sh

gate:
	scripts/eval.sh --gate

# Raise the floors to today's figures (commit testdata/eval-floor.json).
.PHONY: floor
floor:
	scripts/eval.sh --set-floor

# Pipeline cost against html.Parse alone over the development corpus, on
# one core (BENCH_ROUNDS, BENCH_TIME, BENCH_RSS=1: see the script).
.PHONY: bench
bench:
	scripts/bench.sh

# What each extraction rule is worth: every corpus scored with each rule
# switched off in turn (needs ../shared; ABLATE_JOBS rules at a time).
ABLATE_JOBS ?= 1
.PHONY: ablate
ablate:
	scripts/ablate.py -j $(ABLATE_JOBS)

# Every --explain decision over the development corpora names a
# registered rule: prints the count of those that do not (needs ../shared).
.PHONY: explain-audit
explain-audit:
	scripts/explain-audit.sh

# pages/s and peak RSS of pith over a generated WARC.gz of repeated pages
# at two sizes, -j 1 and -j 2 (BENCH_WARC_SIZES, BENCH_WARC_JOBS: see the
# script). The files are built in a temporary directory.
.PHONY: bench-warc
bench-warc:
	scripts/bench-warc.sh
