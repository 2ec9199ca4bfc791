#!/usr/bin/env bash
# eval.sh — build pith and score it on the development corpora in ../shared.
#   scripts/eval.sh            print the scorer's summary lines for all three corpora
#   scripts/eval.sh --gate     also compare them (body F1s and the segments title,
#                              author and date accuracies) with testdata/eval-floor.json and
#                              fail when a figure falls more than 0.003 below its floor
#                              or a mission check that passed before fails
# Extra arguments after --mode (precision|recall) score that mode instead.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${PITH_SHARED:-$top/../shared}
gate=0
mode=""
while [ $# -gt 0 ]; do
  case "$1" in
    --gate) gate=1 ;;
    --mode) mode="--$2"; shift ;;
    *) echo "eval.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
if [ ! -x "$shared/bench/score" ]; then
  echo "eval.sh: $shared/bench/score not found (the corpora live in ../shared)" >&2
  exit 2
fi
bin=$(mktemp -d)/pith
(cd "$top" && go build -o "$bin" ./cmd/pith)
out=$(mktemp -d)
"$shared/bench/score" segments --run "$bin -q -f jsonl $mode" | tee "$out/segments.txt" | grep -E '^segments:'
"$shared/bench/score" readability --run "$bin -q -f jsonl $mode" | tee "$out/readability.txt" | grep -E '^readability:'
set +e
"$shared/bench/mission-check" --run "$bin -f json $mode" "$shared/corpus/mission" > "$out/mission.txt" 2>&1
set -e
grep -E 'checks passed' "$out/mission.txt" | tail -n 3
[ "$gate" = 1 ] || exit 0

python3 - "$top/testdata/eval-floor.json" "$out" <<'PY'
import json, re, sys
floor = json.load(open(sys.argv[1]))
out = sys.argv[2]
def figure(path, name):
    line = [l for l in open(path) if l.startswith(name)][-1]
    return {k: float(v) for k, v in re.findall(r'(\w+)=([0-9.]+)', line)}
seg = figure(out + '/segments.txt', 'segments:')
rd = figure(out + '/readability.txt', 'readability:')
got = {'segments_f1': seg['F1'], 'readability_body_f1': rd['bodyF1'],
       'segments_title': seg['title'], 'segments_author': seg['author'], 'segments_date': seg['date']}
m = re.findall(r'mission: (\d+)/(\d+) checks passed', open(out + '/mission.txt').read())
got['mission_checks_passed'] = int(m[-1][0]) if m else 0
bad = []
for k in ('segments_f1', 'readability_body_f1', 'segments_title', 'segments_author', 'segments_date'):
    if k in floor and got[k] < floor[k] - 0.003:
        bad.append(f'{k} {got[k]:.3f} is below the floor {floor[k]:.3f}')
if got['mission_checks_passed'] < floor['mission_checks_passed']:
    bad.append(f"mission checks passed {got['mission_checks_passed']} < floor {floor['mission_checks_passed']}")
for k, v in got.items():
    print(f'gate: {k} = {v} (floor {floor.get(k, "-")})')
if bad:
    print('gate: FAILED: ' + '; '.join(bad))
    sys.exit(1)
print('gate: ok')
PY
