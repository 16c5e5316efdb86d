#!/usr/bin/env python3
"""Scores `actorgraph extract` on a gold suite of ../shared/eval and fails below a floor.

usage: run_eval.py --bin PATH --suite seed|petr2|plover|tabari [--min-recall R] [--min-precision P] [--min-f1 F]

seed   : ../shared/seed/article.jsonl scored by score_triples.py against seed/gold.json
petr2  : PETRARCH-2 GSR (78 real news sentences) scored by score_events.py (source, target, CAMEO root)
plover : PLOVER GSR (322 CAMEO-manual sentences) scored by score_events.py (source, target, PLOVER type)
A reciprocal triple is scored both ways in the event suites (they list symmetric events in both directions).
tabari : TABARI's validation suite with its demo dictionaries (--actors/--relations), scored by
         tabari_suite.py (source, target, CAMEO root)
Exit 77 (skip) when ../shared is absent.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "shared"))
SUITES = {
    "petr2": "eval/petrarch/PETR2_GSR_validation.jsonl",
    "plover": "eval/plover/PLOVER_GSR_CAMEO.json",
    "tabari": "eval/tabari/Validate.jsonl",
}
HERE = os.path.dirname(os.path.abspath(__file__))
# The scorer of each event suite: SCORER articles SUITE > articles.jsonl; SCORER score SUITE PRED [...]
SCORERS = {
    "petr2": os.path.join(SHARED, "eval", "score_events.py"),
    "plover": os.path.join(SHARED, "eval", "score_events.py"),
    "tabari": os.path.join(HERE, "tabari_suite.py"),
}
# Dictionaries a suite assumes, given to extract as user dictionaries.
SUITE_DICTIONARIES = {
    "tabari": ["--actors", os.path.join(SHARED, "eval", "tabari", "TABARI.Demo.actors"),
               "--relations", os.path.join(SHARED, "eval", "tabari", "TABARI.Demo.verbs")],
}


def run(cmd, **kw):
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stderr}")
    return p


def both_ways(jsonl):
    """The event-coder suites list a symmetric event in both directions; a
    reciprocal triple (one per pair, first-named actor as subject) holds both
    ways, so it is scored as its two directed events."""
    out = []
    for line in jsonl.splitlines():
        out.append(line)
        if not line.strip():
            continue
        t = json.loads(line)
        if t.get("reciprocal"):
            t["subject"], t["object"] = t["object"], t["subject"]
            out.append(json.dumps(t))
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--suite", required=True, choices=["seed", "petr2", "plover", "tabari"])
    ap.add_argument("--min-recall", type=float)
    ap.add_argument("--min-precision", type=float)
    ap.add_argument("--min-f1", type=float)
    a = ap.parse_args()
    if not os.path.isdir(os.path.join(SHARED, "eval")):
        print(f"skip: {SHARED}/eval is absent")
        return 77
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        pred = os.path.join(tmp, "pred.jsonl")
        if a.suite == "seed":
            articles = os.path.join(SHARED, "seed", "article.jsonl")
        else:
            articles = os.path.join(tmp, "articles.jsonl")
            p = run([py, SCORERS[a.suite], "articles", os.path.join(SHARED, SUITES[a.suite])])
            with open(articles, "w", encoding="utf-8") as f:
                f.write(p.stdout)
        # Suite records the reader rejects (an empty text, say) are
        # reported and count as misses: exit 1 from extract is expected then.
        p = run([a.bin, "extract", "--threads", "1", articles] + SUITE_DICTIONARIES.get(a.suite, []))
        if p.stderr:
            # The importers warn about each dictionary line they cannot use: keep the summaries.
            lines = p.stderr.rstrip().splitlines()
            shown = [l for l in lines if ": warning:" not in l and not l.startswith("warning:")]
            shown += [l for l in lines if l.startswith("warning:") and ": imported " in l]
            if shown:
                print("\n".join(shown))
        with open(pred, "w", encoding="utf-8") as f:
            f.write(p.stdout if a.suite == "seed" else both_ways(p.stdout))
        if a.suite == "seed":
            cmd = [py, os.path.join(SHARED, "eval", "score_triples.py"), os.path.join(SHARED, "seed", "gold.json"),
                   pred, "--verbose"]
            if a.min_recall is not None:
                cmd += [f"--min-recall={a.min_recall}"]  # score_triples.py takes --opt=value
            if a.min_precision is not None:
                cmd += [f"--min-precision={a.min_precision}"]
        else:
            cmd = [py, SCORERS[a.suite], "score", os.path.join(SHARED, SUITES[a.suite]), pred, "--verbose"]
            if a.min_f1 is not None:
                cmd += ["--min-f1", str(a.min_f1)]
        s = subprocess.run(cmd, capture_output=True, text=True)
        print(s.stdout)
        print(s.stderr, file=sys.stderr)
        return s.returncode


if __name__ == "__main__":
    sys.exit(main())
