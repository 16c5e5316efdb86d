#!/usr/bin/env python3
"""The TABARI validation suite (../shared/eval/tabari/Validate.jsonl) as a gold suite for actorgraph.

usage:
  tabari_suite.py articles VALIDATE.jsonl            > articles.jsonl
  tabari_suite.py score VALIDATE.jsonl PREDICTED.jsonl [--verbose] [--min-f1 F]

The suite codes a fictional world (Arnor, Gondor, Mordor...) with its own dictionaries, so `extract` runs with
`--actors TABARI.Demo.actors --relations TABARI.Demo.verbs`: it measures the engine's structures (compounds,
passives, pronouns, clause connections...) with the user's dictionaries, not our built-in lexicon.

Which records count: the standard suite (the records before FINAL-01). Records TABARI flags `{+++}`
(its own complexity filter gave up) are left out: that is a limit of TABARI, not a statement that the
sentence holds no event. `{---}` (no events) and `{###}` (TABARI discards the story) count with no gold
events, so any event we code there is a false positive. Record ids repeat in the suite, so records are
keyed by line order ("NNN-ID").

An event is compared as (source, target, CAMEO root): the first three letters of the actor codes and the
first two digits of the code, as score_events.py does for the PETRARCH suite. Events marked `unchecked`
count neither way, and extra events in records with a partial check (`-{ ... }`) are not false positives.
Gold codes outside CAMEO's 20 roots (the demo dictionary mixes in WEIS codes such as 223 and 903) are
kept as gold: they are misses no CAMEO coder can make, and their number is printed.
"""
import json
import os
import sys

# A predicted triple is reduced to an event exactly as score_events.py does for the PETRARCH suite.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval"))
from score_events import event_key  # noqa: E402


def load_suite(path):
    recs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f):
            r = json.loads(line)
            if r.get("id") == "FINAL-01" or not r.get("in_standard_suite", False):
                break
            if "complex" in r.get("special", []):
                continue
            checked = [e for e in r.get("expected_events", []) if not e.get("unchecked")]
            unchecked = [e for e in r.get("expected_events", []) if e.get("unchecked")]
            recs.append({
                "key": f"{n:03d}-{r['id']}",
                "date": iso_date(r.get("date_yymmdd", "")),
                "text": r["text"],
                "gold": {event(e) for e in checked},
                "unchecked": {event(e) for e in unchecked},
                "partial": bool(r.get("partial_check")),
            })
    return recs


def event(e):
    return (e["source"][:3].upper(), e["target"][:3].upper(), e["code"][:2])


def iso_date(yymmdd):
    if len(yymmdd) != 6 or not yymmdd.isdigit():
        return ""
    yy = int(yymmdd[:2])
    return f"{1900 + yy if yy >= 30 else 2000 + yy}-{yymmdd[2:4]}-{yymmdd[4:]}"


def score(recs, pred_path, verbose):
    preds, uncoded = {}, 0
    with open(pred_path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            p = json.loads(line)
            k = event_key(p, "cameo")
            if k is None:
                uncoded += 1
                continue
            preds.setdefault(str(p.get("article")), set()).add(k)
    tp = fp = fn = 0
    for r in recs:
        got = preds.get(r["key"], set()) - r["unchecked"]
        extra = set() if r["partial"] else got - r["gold"]
        tp += len(got & r["gold"])
        fp += len(extra)
        fn += len(r["gold"] - got)
        if verbose and (extra or r["gold"] - got):
            print(f"  {r['key']}: gold {sorted(r['gold'])} got {sorted(got)} | {r['text'][:110]}")
    non_cameo = sum(1 for r in recs for e in r["gold"] if not ("01" <= e[2] <= "20"))
    return tp, fp, fn, uncoded, non_cameo


def main(argv):
    if len(argv) >= 2 and argv[0] == "articles":
        for r in load_suite(argv[1]):
            print(json.dumps({"id": r["key"], "date": r["date"], "title": "", "text": r["text"],
                              "source": "tabari-validate"}, ensure_ascii=False))
        return 0
    if len(argv) < 3 or argv[0] != "score":
        print(__doc__, file=sys.stderr)
        return 2
    recs = load_suite(argv[1])
    tp, fp, fn, uncoded, non_cameo = score(recs, argv[2], "--verbose" in argv)
    p = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
    print(f"{len(recs)} records; {uncoded} predictions without codes skipped; "
          f"{non_cameo} gold events outside CAMEO's roots")
    print(f"TOTAL precision {p:.3f} recall {rc:.3f} F1 {f1:.3f} (tp {tp} fp {fp} fn {fn})")
    if "--min-f1" in argv:
        return 1 if f1 < float(argv[argv.index("--min-f1") + 1]) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
