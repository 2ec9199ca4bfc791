#!/usr/bin/env bash
# bench.sh — pipeline cost against html.Parse alone, on one core.
#
#   scripts/bench.sh                 BenchmarkParseOnly and BenchmarkExtract
#                                    over the development corpus, ROUNDS times
#   BENCH_ROUNDS=5                   rounds (default 5)
#   BENCH_TIME=1x                    -benchtime per benchmark and round; one
#                                    iteration is the whole corpus (default 1x)
#   BENCH_RSS=1                      also build pith and report the peak RSS of
#                                    `pith -j 1 -q -f jsonl` over the segment
#                                    pages and the wall time of -j 1 against -j 2
#   BENCH_RULES=1                    also the cost of a few user rules
#                                    (--drop, a rules file) against none
#   BENCH_SHAPES=0                   skip the pathological shapes (BenchmarkShapes:
#                                    each generated at 10 KB, 100 KB and 1 MB;
#                                    per size the pipeline's CPU ns/byte, and its
#                                    growth: extract/parse against the smallest
#                                    size, which must stay near 1)
#   BENCH_SHAPES_TIME=200ms          -benchtime per shape and size
#   BENCH_PAGES=1                    also time every page alone (TestPerPageCost):
#                                    ms/MB by size quintile, the 5 slowest pages
#                                    per MB, and a failure for any page costing
#                                    more than 12x its parse
#
# Each round runs the parse-only floor and then the pipeline in one process,
# and the ratios are taken within a round: the machine may be shared, and
# two figures measured seconds apart are comparable where figures from
# separate minutes are not. The median round is printed, as
#   extract/parse = X.Xx, allocs/parse = Y.Yx, N pages
# where allocs/parse is the ratio of bytes allocated per page.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${PITH_SHARED:-$top/../shared}
rounds=${BENCH_ROUNDS:-5}
benchtime=${BENCH_TIME:-1x}

if [ ! -d "$shared/corpus/segments/html" ]; then
  echo "bench.sh: $shared/corpus not found (the corpora live in ../shared)" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$top" && go test -c -o "$tmp/extract.test" ./internal/extract)

# The test binary finds the corpus relative to the package directory.
for ((r = 1; r <= rounds; r++)); do
  (cd "$top/internal/extract" && GOMAXPROCS=1 "$tmp/extract.test" \
    -test.run '^$' -test.bench '^Benchmark(ParseOnly|Extract)$' \
    -test.benchmem -test.benchtime "$benchtime" -test.count 1) > "$tmp/round$r.txt"
  grep -E '^Benchmark' "$tmp/round$r.txt" | sed "s/^/round $r: /"
done

# metric FILE BENCH UNIT prints the value reported with UNIT on BENCH's line.
metric() {
  awk -v b="$2" -v u="$3" '$1 ~ "^"b"(-[0-9]+)?$" { for (i = 3; i <= NF; i++) if ($i == u) print $(i-1) }' "$1"
}

for ((r = 1; r <= rounds; r++)); do
  f="$tmp/round$r.txt"
  pt=$(metric "$f" BenchmarkParseOnly ns/page); et=$(metric "$f" BenchmarkExtract ns/page)
  pb=$(metric "$f" BenchmarkParseOnly B/page); eb=$(metric "$f" BenchmarkExtract B/page)
  n=$(metric "$f" BenchmarkExtract pages)
  if [ -z "$pt" ] || [ -z "$et" ]; then
    echo "bench.sh: round $r has no result (corpus missing?)" >&2
    cat "$f" >&2
    exit 1
  fi
  echo "$pt $et $pb $eb $n"
done | sort -g -k1,1 | awk '
  { pt[NR] = $1; et[NR] = $2; pb[NR] = $3; eb[NR] = $4; n = $5
    tr[NR] = $2 / $1; ar[NR] = $4 / $3 }
  END {
    # median of the per-round ratios (insertion sort: a handful of rounds)
    for (i = 2; i <= NR; i++) for (j = i; j > 1 && tr[j-1] > tr[j]; j--) { t = tr[j]; tr[j] = tr[j-1]; tr[j-1] = t }
    for (i = 2; i <= NR; i++) for (j = i; j > 1 && ar[j-1] > ar[j]; j--) { t = ar[j]; ar[j] = ar[j-1]; ar[j-1] = t }
    m = int((NR + 1) / 2)
    printf "parse   %.2f ms/page, %.0f KB/page (fastest round)\n", pt[1] / 1e6, pb[1] / 1024
    printf "extract ratios per round: min %.2fx, max %.2fx\n", tr[1], tr[NR]
    printf "extract/parse = %.1fx, allocs/parse = %.1fx, %d pages\n", tr[m], ar[m], n
  }'

if [ "${BENCH_RULES:-0}" = 1 ]; then
  # The cost of a few user rules against none (BenchmarkRulesCost times
  # both on every page in turn), the median of the rounds.
  for ((r = 1; r <= rounds; r++)); do
    (cd "$top/internal/extract" && GOMAXPROCS=1 "$tmp/extract.test" \
      -test.run '^$' -test.bench '^BenchmarkRulesCost$' -test.benchtime "$benchtime" -test.count 1) |
      awk '$1 ~ /^BenchmarkRulesCost/ { for (i = 3; i <= NF; i++) if ($i == "rules/none") print $(i-1) }'
  done | sort -g | awk '
    { r[NR] = $1 }
    END { printf "rules/none = %.3fx (rounds %.3fx-%.3fx): three --drop selectors and a rules file\n", r[int((NR + 1) / 2)], r[1], r[NR] }'
fi
if [ "${BENCH_SHAPES:-1}" = 1 ]; then
  (cd "$top/internal/extract" && GOMAXPROCS=1 "$tmp/extract.test" \
    -test.run '^$' -test.bench '^BenchmarkShapes$' -test.benchtime "${BENCH_SHAPES_TIME:-200ms}") > "$tmp/shapes.txt"
  # One line per shape: CPU ns/byte at each size, then the growth of
  # extract/parse at each size after the first.
  awk '
    /^BenchmarkShapes\// {
      split($1, p, "/"); shape = p[2]; sub(/-[0-9]+$/, "", p[3])
      if (!(shape in seen)) { seen[shape] = 1; order[++n] = shape }
      if (n == 1 && !(p[3] in sz)) { sz[p[3]] = 1; sizes = sizes sprintf(" %8s", p[3]) }
      for (i = 3; i < NF; i++) {
        if ($(i+1) == "cpu-ns/B") ns[shape] = ns[shape] sprintf(" %8.1f", $i)
        if ($(i+1) == "growth") { gr[shape] = gr[shape] sprintf(" %5.2f", $i); if ($i > worst) worst = $i }
      }
    }
    END {
      printf "shapes: CPU ns/byte at%s; growth of extract/parse\n", sizes
      for (i = 1; i <= n; i++) printf "  %-12s%s   growth%s\n", order[i], ns[order[i]], gr[order[i]]
      printf "shapes: largest growth %.2f\n", worst
    }' "$tmp/shapes.txt"
fi

if [ "${BENCH_PAGES:-0}" = 1 ]; then
  (cd "$top/internal/extract" && GOMAXPROCS=1 "$tmp/extract.test" \
    -test.run '^TestPerPageCost$' -test.v -perpage) | grep -E 'quintile|slow:|extract .* is|FAIL' || true
fi

[ "${BENCH_RSS:-0}" = 1 ] || exit 0

if [ ! -x /usr/bin/time ]; then
  echo "bench.sh: /usr/bin/time not found; skipping peak RSS and -j timings" >&2
  exit 0
fi
(cd "$top" && go build -o "$tmp/pith" ./cmd/pith)
pages="$shared/corpus/segments/html"
# pith exits 1 when some page has no article; that is not a failure here.
run() {
  /usr/bin/time -v "$tmp/pith" -j "$1" -q -f jsonl "$pages" > /dev/null 2> "$tmp/time$1.txt" || true
}
run 1
run 2
rss=$(awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$tmp/time1.txt")
wall() { awk '/Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$1"; }
w1=$(wall "$tmp/time1.txt"); w2=$(wall "$tmp/time2.txt")
echo "peak RSS (-j 1, $(ls "$pages" | wc -l) segment pages) = $((rss / 1024)) MB"
awk -v a="$w1" -v b="$w2" -v c="$(nproc)" 'BEGIN { printf "wall -j 1 = %.2fs, -j 2 = %.2fs, speed-up %.2fx (%d cores)\n", a, b, a / b, c }'
