#!/usr/bin/env python3
"""Actor accuracy on the PLOVER GSR: the share of gold source/target actor codes
found among the actors `actorgraph mentions` recognises in the same sentence.

usage: actor_accuracy.py --bin PATH [--min-accuracy A] [--verbose]

A gold actor counts as found when some recognised mention of the sentence has
a code (or, failing that, a country) whose first three letters equal the gold
code's. Exit 77 (skip) when ../shared is absent; 1 below --min-accuracy.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SUITE = os.path.normpath(os.path.join(ROOT, "..", "shared", "eval", "plover", "PLOVER_GSR_CAMEO.json"))


def gold_actors(record):
    out = []
    for side in ("source", "target"):
        for a in record.get(side) or []:
            if isinstance(a, dict) and a.get("code"):
                out.append((a["code"][:3].upper(), a.get("actorText", "")))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--min-accuracy", type=float)
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    if not os.path.exists(SUITE):
        print(f"skip: {SUITE} is absent")
        return 77
    records = [r for r in json.load(open(SUITE, encoding="utf-8")) if r.get("text")]
    seen_ids = set()
    with tempfile.TemporaryDirectory() as tmp:
        articles = os.path.join(tmp, "a.jsonl")
        with open(articles, "w", encoding="utf-8") as f:
            for r in records:
                if r["id"] in seen_ids:
                    continue
                seen_ids.add(r["id"])
                f.write(json.dumps({"id": r["id"], "date": r.get("date"), "text": r["text"]}, ensure_ascii=False) + "\n")
        p = subprocess.run([a.bin, "mentions", articles], capture_output=True, text=True)
        if p.returncode not in (0, 1):
            sys.exit(f"mentions failed: {p.stderr}")
    codes = {}
    for line in p.stdout.splitlines():
        m = json.loads(line)
        c = (m.get("code") or m.get("country") or "")[:3].upper()
        if c:
            codes.setdefault(m["article"], set()).add(c)
    total = found = 0
    done = set()
    for r in records:
        if r["id"] in done:
            continue
        done.add(r["id"])
        for code, text in gold_actors(r):
            total += 1
            if code in codes.get(r["id"], set()):
                found += 1
            elif a.verbose:
                print(f"  MISS {r['id']}: {code} ({text}) got {sorted(codes.get(r['id'], set()))} | {r['text'][:90]}")
    acc = found / total if total else 0.0
    print(f"TOTAL actor accuracy {acc:.3f} ({found}/{total} gold source/target codes recognised)")
    return 1 if a.min_accuracy is not None and acc < a.min_accuracy else 0


if __name__ == "__main__":
    sys.exit(main())
