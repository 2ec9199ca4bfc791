#!/usr/bin/env python3
"""ablate.py — what each extraction rule is worth, on every corpus.

Builds pith, scores it on every development corpus in ../shared with all
rules on, then once per rule with that rule switched off
(pith --disable-rule NAME), and prints one table: for each rule, how much
each figure drops without it (a positive number is what the rule earns),
sorted by the largest effect. Rules that earn nothing anywhere are listed
last: each must go, or carry a test and a comment saying why it stays.

    scripts/ablate.py                 every rule (about 12 s a rule per job)
    scripts/ablate.py -j 2 RULE...    some rules, two at a time
    scripts/ablate.py --json FILE     also write the figures as JSON

Needs ../shared (the corpora and scorers), like `make eval`.
"""
import argparse
import concurrent.futures
import json
import os
import re
import subprocess
import sys
import tempfile

TOP = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("PITH_SHARED", os.path.join(TOP, "..", "shared"))
SCORE = os.path.join(SHARED, "bench", "score")
MISSION = os.path.join(SHARED, "bench", "mission-check")

# The figures of the table: (column, scorer line prefix, field).
FIGURES = [
    ("seg", "segments:", "F1"),
    ("read", "readability:", "bodyF1"),
    ("wcxb", "wcxb:", "bodyF1"),
    ("drag", "dragnet:", "bodyF1"),
    ("l3s", "l3s-gn1:", "bodyF1"),
    ("s.title", "segments:", "title"),
    ("s.auth", "segments:", "author"),
    ("s.date", "segments:", "date"),
    ("w.title", "wcxb:", "title"),
    ("w.auth", "wcxb:", "author"),
    ("w.date", "wcxb:", "date"),
]


def figures(bin_path, flags):
    cmd = f"{bin_path} -q -f jsonl {flags}".strip()
    out = ""
    for mode in ("segments", "readability", "fulltext"):
        out += subprocess.run([SCORE, mode, "--run", cmd], capture_output=True, text=True).stdout
    got = {}
    for col, prefix, field in FIGURES:
        lines = [l for l in out.splitlines() if l.startswith(prefix)]
        m = re.search(r"\b" + re.escape(field) + r"=([0-9.]+)", lines[-1]) if lines else None
        got[col] = float(m.group(1)) if m else float("nan")
    m = subprocess.run([MISSION, "--run", f"{bin_path} -f json {flags}".strip(),
                        os.path.join(SHARED, "corpus", "mission")], capture_output=True, text=True)
    found = re.findall(r"mission: (\d+)/(\d+) checks passed", m.stdout + m.stderr)
    got["mission"] = int(found[-1][0]) if found else -1
    return got


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("rules", nargs="*", help="rules to ablate (default: every rule that can be switched off)")
    ap.add_argument("-j", type=int, default=1, help="rules scored in parallel")
    ap.add_argument("--json", help="write the figures to this file")
    a = ap.parse_args()
    if not os.access(SCORE, os.X_OK):
        sys.exit(f"ablate: {SCORE} not found (the corpora live in ../shared)")
    bin_path = os.path.join(tempfile.mkdtemp(), "pith")
    subprocess.run(["go", "build", "-o", bin_path, "./cmd/pith"], cwd=TOP, check=True)
    listed = subprocess.run([bin_path, "--list-rules"], capture_output=True, text=True, check=True).stdout
    switchable = [l.split()[1] for l in listed.splitlines() if "cannot be switched off" not in l]
    names = a.rules or switchable
    for n in names:
        if n not in switchable:
            sys.exit(f"ablate: {n} is not a rule that can be switched off")

    base = figures(bin_path, "")
    print("all rules on: " + " ".join(f"{k}={v}" for k, v in base.items()), file=sys.stderr)
    results = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.j) as pool:
        futs = {pool.submit(figures, bin_path, f"--disable-rule {n}"): n for n in names}
        for i, f in enumerate(concurrent.futures.as_completed(futs), 1):
            n = futs[f]
            results[n] = f.result()
            print(f"[{i}/{len(names)}] {n}", file=sys.stderr)

    cols = [c for c, _, _ in FIGURES] + ["mission"]

    def worth(n):
        return {c: round(base[c] - results[n][c], 4) for c in cols}

    def rank(n):
        w = worth(n)
        return (-max(w.values()), min(w.values()))

    print("Worth of each rule: how much each figure drops when the rule is off")
    print("(positive: the rule helps; negative: the corpus is better without it; mission in checks)")
    print()
    print(f"{'rule':26}" + "".join(f"{c:>8}" for c in cols))
    idle = []
    for n in sorted(results, key=rank):
        w = worth(n)
        if all(v == 0 for v in w.values()):
            idle.append(n)
            continue
        print(f"{n:26}" + "".join(f"{w[c]:>8.0f}" if c == "mission" else f"{w[c]:>+8.3f}" for c in cols))
    if idle:
        print()
        print("No effect on any corpus: " + ", ".join(sorted(idle)))
    if a.json:
        with open(a.json, "w") as fh:
            json.dump({"base": base, "off": results}, fh, indent=1)


if __name__ == "__main__":
    main()
