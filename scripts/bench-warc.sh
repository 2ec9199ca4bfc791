#!/usr/bin/env bash
# bench-warc.sh — pith over a WARC.gz of repeated pages: pages/s and peak
# RSS at -j 1 and -j 2, at two file sizes, to show that a WARC file is
# streamed (peak RSS stays the same as the file grows).
#
#   scripts/bench-warc.sh              files of 50MB and 200MB (the default)
#   BENCH_WARC_SIZES="20MB 80MB"       other sizes
#   BENCH_WARC_JOBS="1 2"              the -j values (default 1 2)
#
# The files are built in a temporary directory by scripts/genwarc (a
# request, the page and an image per URL, one gzip member per record, as
# crawlers write them) and removed at the end; nothing is committed. Peak
# RSS is GNU time's "Maximum resident set size". Not part of `make test`.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
sizes=${BENCH_WARC_SIZES:-50MB 200MB}
jobs=${BENCH_WARC_JOBS:-1 2}

if [ ! -x /usr/bin/time ]; then
  echo "bench-warc.sh: needs GNU time at /usr/bin/time (apt-get install time)" >&2
  exit 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$top" && go build -o "$tmp/pith" ./cmd/pith && go build -o "$tmp/genwarc" ./scripts/genwarc)

printf '%-8s %-4s %8s %10s %10s %12s\n' size jobs pages seconds pages/s peak_RSS
for size in $sizes; do
  "$tmp/genwarc" -page "$top/testdata/sample/harbour-heat-pumps.html" -size "$size" -o "$tmp/crawl.warc.gz" >/dev/null
  for j in $jobs; do
    /usr/bin/time -v -o "$tmp/time.txt" "$tmp/pith" -q -f jsonl -j "$j" "$tmp/crawl.warc.gz" >"$tmp/out.jsonl" 2>"$tmp/err.txt" || {
      echo "bench-warc.sh: pith failed:" >&2
      tail -3 "$tmp/err.txt" >&2
      exit 1
    }
    # One JSON Lines record per article (-q keeps the summary line quiet).
    pages=$(wc -l <"$tmp/out.jsonl")
    rm -f "$tmp/out.jsonl"
    secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$tmp/time.txt")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
    awk -v size="$size" -v j="$j" -v p="$pages" -v s="$secs" -v r="$rss" \
      'BEGIN { printf "%-8s %-4s %8d %10.1f %10.0f %9.1f MiB\n", size, j, p, s, p / s, r / 1024 }'
  done
done
