#!/usr/bin/env bash
# explain-audit.sh — count the --explain decisions that name no registered rule.
#   scripts/explain-audit.sh             every development corpus in ../shared/corpus,
#                                        in all three modes
#   scripts/explain-audit.sh DIR|FILE... those inputs instead
#   MODES="balanced recall" scripts/...  some modes only
# Builds pith, runs `pith -q -f jsonl --explain` over the inputs and reads the
# explain field of every line: a decision whose rule is empty, or a name
# `pith --list-rules` does not list, is counted and shown (the user's own
# selectors, labelled "--drop .promo" or "rules.yaml:12 drop .promo", are
# not rules of pith and are left out). Exits 1 when the count is not zero.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${PITH_SHARED:-$top/../shared}
modes=${MODES:-balanced precision recall}
if [ $# -gt 0 ]; then
  inputs=("$@")
else
  if [ ! -d "$shared/corpus" ]; then
    echo "explain-audit.sh: $shared/corpus not found (the corpora live in ../shared)" >&2
    exit 2
  fi
  inputs=()
  for c in segments readability wcxb dragnet l3s-gn1 mission; do
    inputs+=("$shared/corpus/$c")
  done
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=$tmp/pith
(cd "$top" && go build -o "$bin" ./cmd/pith)
"$bin" --list-rules | awk '{print $2}' > "$tmp/rules.txt"
for mode in $modes; do
  case $mode in
    balanced) flag="" ;;
    precision|recall) flag="--$mode" ;;
    *) echo "explain-audit.sh: unknown mode $mode" >&2; exit 2 ;;
  esac
  # Inputs that fail (no article) print an error line, which has no
  # explain field: what they decided is not reported by pith either.
  "$bin" -q -f jsonl --explain $flag "${inputs[@]}" > "$tmp/$mode.jsonl" 2>/dev/null || true
done
python3 - "$tmp/rules.txt" "$tmp" $modes <<'PY'
import collections, json, sys
rules = set(open(sys.argv[1]).read().split())
tmp, modes = sys.argv[2], sys.argv[3:]
total, pages, bad = 0, 0, collections.Counter()
examples = {}
for mode in modes:
    for line in open(f"{tmp}/{mode}.jsonl", encoding="utf-8"):
        rec = json.loads(line)
        pages += 1
        for d in rec.get("explain") or []:
            total += 1
            rule = d.get("rule", "")
            if rule in rules or " " in rule:  # " ": a user's selector label
                continue
            bad[rule] += 1
            examples.setdefault(rule, f'{mode} {rec.get("source", "?")}: {d.get("region", "")}')
for rule, n in bad.most_common():
    print(f"{n:8d}  {rule or '(empty)'}  e.g. {examples[rule]}")
n = sum(bad.values())
print(f"explain-audit: {n} of {total} decisions name no registered rule ({pages} inputs, modes: {' '.join(modes)})")
sys.exit(1 if n else 0)
PY
