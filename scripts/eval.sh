#!/usr/bin/env bash
# eval.sh — build pith and score it on every development corpus in ../shared.
#   scripts/eval.sh            print the scorers' summary lines: segments,
#                              readability, the full-text corpora (wcxb, dragnet,
#                              l3s-gn1, with wcxb's page types) and the mission pages
#   scripts/eval.sh --gate     also compare every figure with testdata/eval-floor.json
#                              and fail when one falls more than 0.003 below its
#                              floor or a mission check that passed before fails
#   scripts/eval.sh --set-floor  write today's figures to testdata/eval-floor.json
#                              (after a change that raises them: commit the file)
# Extra arguments after --mode (precision|recall) score that mode instead.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${PITH_SHARED:-$top/../shared}
gate=0
mode=""
while [ $# -gt 0 ]; do
  case "$1" in
    --gate) gate=1 ;;
    --set-floor) gate=2 ;;
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
"$shared/bench/score" segments --run "$bin -q -f jsonl $mode" 2>/dev/null | tee "$out/segments.txt" | grep -E '^segments:'
"$shared/bench/score" readability --run "$bin -q -f jsonl $mode" 2>/dev/null | tee "$out/readability.txt" | grep -E '^readability:'
"$shared/bench/score" fulltext --run "$bin -q -f jsonl $mode" 2>/dev/null | tee "$out/fulltext.txt" | grep -E '^(type|wcxb:|dragnet:|l3s-gn1:|fulltext:)'
set +e
"$shared/bench/mission-check" --run "$bin -f json $mode" "$shared/corpus/mission" > "$out/mission.txt" 2>&1
set -e
grep -E 'checks passed' "$out/mission.txt" | tail -n 3
[ "$gate" != 0 ] || exit 0

python3 - "$top/testdata/eval-floor.json" "$out" "$gate" <<'PY'
import json, re, sys
floor = json.load(open(sys.argv[1]))
out = sys.argv[2]
set_floor = sys.argv[3] == '2'

def figures(path, prefix):
    lines = [l for l in open(path) if l.startswith(prefix)]
    if not lines:
        sys.exit(f'gate: no "{prefix}" line in {path}')
    return {k: float(v) for k, v in re.findall(r'(\w+)=([0-9.]+)', lines[-1])}

got = {}
seg = figures(out + '/segments.txt', 'segments:')
got.update({'segments_f1': seg['F1'], 'segments_title': seg['title'],
            'segments_author': seg['author'], 'segments_date': seg['date']})
rd = figures(out + '/readability.txt', 'readability:')
got.update({'readability_body_f1': rd['bodyF1'], 'readability_title': rd['title'],
            'readability_byline': rd['byline'], 'readability_date': rd['date']})
ft = out + '/fulltext.txt'
wc = figures(ft, 'wcxb:')
got.update({'wcxb_body_f1': wc['bodyF1'], 'wcxb_title': wc['title'],
            'wcxb_author': wc['author'], 'wcxb_date': wc['date']})
got['dragnet_body_f1'] = figures(ft, 'dragnet:')['bodyF1']
l3 = figures(ft, 'l3s-gn1:')
got.update({'l3s_body_f1': l3['bodyF1'], 'l3s_title': l3['title']})
got['fulltext_macro_f1'] = figures(ft, 'fulltext:')['bodyF1']
for l in open(ft):
    m = re.match(r'type\s+(\w+)\s+n=\d+\s+bodyF1=([0-9.]+)', l)
    if m:
        got[f'wcxb_{m.group(1)}_f1'] = float(m.group(2))
m = re.findall(r'mission: (\d+)/(\d+) checks passed', open(out + '/mission.txt').read())
got['mission_checks_passed'] = int(m[-1][0]) if m else 0
if set_floor:
    with open(sys.argv[1], 'w') as f:
        json.dump(got, f, indent=2, sort_keys=True)
        f.write('\n')
    print(f'eval: floors written to {sys.argv[1]}')
    sys.exit(0)

bad = []
for k, v in sorted(floor.items()):
    if k not in got:
        bad.append(f'{k}: no such figure in the scorers\' output')
    elif k == 'mission_checks_passed':
        if got[k] < v:
            bad.append(f'mission checks passed {got[k]} < floor {v}')
    elif got[k] < v - 0.003:
        bad.append(f'{k} {got[k]:.3f} is below the floor {v:.3f}')
for k in sorted(got):
    print(f'gate: {k} = {got[k]} (floor {floor.get(k, "-")})')
if bad:
    print('gate: FAILED: ' + '; '.join(bad))
    sys.exit(1)
print('gate: ok')
PY
