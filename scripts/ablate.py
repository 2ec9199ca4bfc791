#!/usr/bin/env python3
"""ablate.py — what each extraction rule is worth, on every corpus.

Builds pith, runs it with --explain over every development corpus in
../shared with all rules on, then, for each rule, runs it again with that
rule switched off (pith --disable-rule NAME) and prints one table: for
each rule, how much each figure drops without it (a positive number is
what the rule earns), sorted by the largest effect. Rules that earn
nothing anywhere are listed last: each must go, or carry a test and a
comment saying why it stays.

Every rule is run on every page: selection's bonuses move every
candidate's score but name only the winner, metadata rules refine values
another rule is credited with, and a cleaner rule switched off changes
what later rules see, so the pages where a rule's name shows in
--explain are not all the pages it changes (the pages column counts
those, for scale). A corpus whose output a rule does not change keeps
its figures without a new score, which saves most of the scoring.

    scripts/ablate.py                 every rule
    scripts/ablate.py -j 2 RULE...    some rules, two at a time
    scripts/ablate.py --json FILE     also write the figures as JSON, after
                                      every rule, so a stopped run keeps them
    scripts/ablate.py --json FILE --resume
                                      skip the rules FILE already has figures
                                      for (when its all-rules-on figures are
                                      today's)

Needs ../shared (the corpora and scorers), like `make eval`.
"""
import argparse
import concurrent.futures
import glob
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
CORPUS = os.path.join(SHARED, "corpus")

# The corpora: name, scorer mode, page glob, extra scorer arguments.
CORPORA = [
    ("segments", "segments", "segments/html/*", []),
    ("readability", "readability", "readability/*/source.html*", []),
    ("wcxb", "fulltext", "wcxb/*/source.html*", ["--corpus", os.path.join(CORPUS, "wcxb")]),
    ("dragnet", "fulltext", "dragnet/*/source.html*", ["--corpus", os.path.join(CORPUS, "dragnet")]),
    ("l3s-gn1", "fulltext", "l3s-gn1/*/source.html*", ["--corpus", os.path.join(CORPUS, "l3s-gn1")]),
]

# The figures of the table: (column, corpus, field of its summary line).
FIGURES = [
    ("seg", "segments", "F1"),
    ("read", "readability", "bodyF1"),
    ("wcxb", "wcxb", "bodyF1"),
    ("drag", "dragnet", "bodyF1"),
    ("l3s", "l3s-gn1", "bodyF1"),
    ("s.title", "segments", "title"),
    ("s.auth", "segments", "author"),
    ("s.date", "segments", "date"),
    ("w.title", "wcxb", "title"),
    ("w.auth", "wcxb", "author"),
    ("w.date", "wcxb", "date"),
    ("l.title", "l3s-gn1", "title"),
]
COLS = [c for c, _, _ in FIGURES] + ["mission"]


def run_pith(bin_path, flags, pages):
    """JSON Lines of pith over pages, one record a page, keyed by source."""
    out = {}
    for i in range(0, len(pages), 500):  # stay under the argument limit
        r = subprocess.run([bin_path, "-q", "-f", "jsonl"] + flags + pages[i:i + 500],
                           capture_output=True, text=True)
        for line in r.stdout.splitlines():
            rec = json.loads(line)
            out[rec["source"]] = line
    return out


def score(corpus, records, tmp):
    """The summary figures of one corpus's output."""
    name, mode, _, extra = next(c for c in CORPORA if c[0] == corpus)
    fd, path = tempfile.mkstemp(suffix=".jsonl", dir=tmp)
    with os.fdopen(fd, "w") as fh:
        for line in records.values():
            fh.write(line + "\n")
    out = subprocess.run([SCORE, mode, path] + extra, capture_output=True, text=True).stdout
    os.unlink(path)
    lines = [l for l in out.splitlines() if l.startswith(name + ":")]
    got = {}
    for col, c, field in FIGURES:
        if c != corpus:
            continue
        m = re.search(r"\b" + re.escape(field) + r"=([0-9.]+)", lines[-1]) if lines else None
        got[col] = float(m.group(1)) if m else float("nan")
    return got


def mission(bin_path, flags):
    m = subprocess.run([MISSION, "--run", " ".join([bin_path, "-f", "json"] + flags),
                        os.path.join(CORPUS, "mission")], capture_output=True, text=True)
    found = re.findall(r"mission: (\d+)/(\d+) checks passed", m.stdout + m.stderr)
    return int(found[-1][0]) if found else -1


def fired(line):
    """The rules named in a record's decisions."""
    return {d["rule"] for d in json.loads(line).get("explain") or [] if d.get("rule")}


class Base:
    """The all-rules-on run: every corpus's records, figures, and which
    rules decided something on which pages."""

    def __init__(self, bin_path, tmp):
        self.records, self.pages, self.figures, self.by_rule = {}, {}, {}, {}
        for name, _, pattern, _ in CORPORA:
            pages = sorted(glob.glob(os.path.join(CORPUS, pattern)))
            self.pages[name] = pages
            self.records[name] = run_pith(bin_path, [], pages)
            self.figures.update(score(name, self.records[name], tmp))
            for src, line in run_pith(bin_path, ["--explain"], pages).items():
                for r in fired(line):
                    self.by_rule.setdefault(r, {}).setdefault(name, []).append(src)
        mission_pages = sorted(glob.glob(os.path.join(CORPUS, "mission", "*.html")))
        for src, line in run_pith(bin_path, ["--explain"], mission_pages).items():
            for r in fired(line):
                self.by_rule.setdefault(r, {}).setdefault("mission", []).append(src)
        self.figures["mission"] = mission(bin_path, [])


def ablate(bin_path, base, rule, tmp):
    """The figures with rule off, and the number of pages it decided on."""
    flags = ["--disable-rule", rule]
    got = dict(base.figures)
    where = base.by_rule.get(rule, {})
    for name, _, _, _ in CORPORA:
        off = run_pith(bin_path, flags, base.pages[name])
        recs = dict(base.records[name])
        changed = False
        for src, line in off.items():
            changed = changed or line != recs.get(src)
            recs[src] = line
        if changed:
            got.update(score(name, recs, tmp))
    got["mission"] = mission(bin_path, flags)
    return got, sum(len(v) for k, v in where.items() if k != "mission")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("rules", nargs="*", help="rules to ablate (default: every rule that can be switched off)")
    ap.add_argument("-j", type=int, default=1, help="rules ablated in parallel")
    ap.add_argument("--json", help="write the figures to this file")
    ap.add_argument("--resume", action="store_true", help="keep the figures --json FILE has for the same all-rules-on run")
    a = ap.parse_args()
    if not os.access(SCORE, os.X_OK):
        sys.exit(f"ablate: {SCORE} not found (the corpora live in ../shared)")
    tmp = tempfile.mkdtemp()
    bin_path = os.path.join(tmp, "pith")
    subprocess.run(["go", "build", "-o", bin_path, "./cmd/pith"], cwd=TOP, check=True)
    listed = subprocess.run([bin_path, "--list-rules"], capture_output=True, text=True, check=True).stdout
    switchable = [l.split()[1] for l in listed.splitlines() if "cannot be switched off" not in l]
    # Why an idle rule stays, as --list-rules gives it ("[stays: …]").
    stays = {}
    for l in listed.splitlines():
        m = re.search(r"\[stays: (.*)\]$", l)
        if m:
            stays[l.split()[1]] = m.group(1)
    names = a.rules or switchable
    for n in names:
        if n not in switchable:
            sys.exit(f"ablate: {n} is not a rule that can be switched off")

    base = Base(bin_path, tmp)
    print("all rules on: " + " ".join(f"{k}={v}" for k, v in base.figures.items()), file=sys.stderr)
    results, decided = {}, {}
    if a.resume and a.json and os.path.exists(a.json):
        with open(a.json) as fh:
            old = json.load(fh)
        if old.get("base") == base.figures:
            results = {n: v for n, v in old["off"].items() if n in names}
            decided = {n: old["pages"][n] for n in results}
            print(f"resuming: {len(results)} rules already measured", file=sys.stderr)
        else:
            print("not resuming: the all-rules-on figures changed", file=sys.stderr)

    def save():
        if a.json:
            with open(a.json + ".tmp", "w") as fh:
                json.dump({"base": base.figures, "off": results, "pages": decided}, fh, indent=1)
            os.replace(a.json + ".tmp", a.json)

    todo = [n for n in names if n not in results]
    with concurrent.futures.ThreadPoolExecutor(max_workers=a.j) as pool:
        futs = {pool.submit(ablate, bin_path, base, n, tmp): n for n in todo}
        for i, f in enumerate(concurrent.futures.as_completed(futs), len(names) - len(todo) + 1):
            n = futs[f]
            results[n], decided[n] = f.result()
            save()
            print(f"[{i}/{len(names)}] {n} ({decided[n]} pages)", file=sys.stderr)

    def worth(n):
        return {c: round(base.figures[c] - results[n][c], 4) for c in COLS}

    def rank(n):
        w = worth(n)
        return (-max(w.values()), min(w.values()))

    print("Worth of each rule: how much each figure drops when the rule is off")
    print("(positive: the rule helps; negative: the corpus is better without it; mission in checks;")
    print(" pages: corpus pages where the rule decided something)")
    print()
    print(f"{'rule':30}" + "".join(f"{c:>8}" for c in COLS) + f"{'pages':>7}")
    idle, harmful = [], []
    for n in sorted(results, key=rank):
        w = worth(n)
        if all(v == 0 for v in w.values()):
            idle.append(n)
            continue
        if max(w.values()) <= 0:
            harmful.append(n)
        print(f"{n:30}" + "".join(f"{w[c]:>8.0f}" if c == "mission" else f"{w[c]:>+8.3f}" for c in COLS) + f"{decided[n]:>7}")
    if harmful:
        print()
        print("No positive effect, only losses: " + ", ".join(sorted(harmful)))
    if idle:
        print()
        print("No effect on any corpus: " + ", ".join(f"{n} ({decided[n]} pages)" for n in sorted(idle)))
    unexplained = sorted(n for n in idle + harmful if n not in stays)
    if stays:
        print()
        print("Why they stay (rules.IdleReason):")
        for n in sorted(idle + harmful):
            print(f"  {n:30} {stays.get(n, 'NO REASON: delete it, or say why it stays')}")
    if unexplained:
        print()
        print(f"{len(unexplained)} rules earn nothing and give no reason: " + ", ".join(unexplained))
    save()


if __name__ == "__main__":
    main()
