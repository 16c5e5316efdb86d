#!/usr/bin/env python3
"""Accuracy of `actorgraph parse` against a gold UD treebank (CoNLL-U).

Two ways, as the CoNLL 2018 shared task measures:
  gold tokens (default): the gold file's own words are parsed (`actorgraph parse FILE.conllu`);
      UPOS, UAS and LAS over every word, punctuation included.
  --raw: the treebank's raw text (documents rebuilt from `# text`, paragraphs from `# newpar`)
      is read as articles, split and tokenised by actorgraph itself; predicted and gold words
      are aligned by their character spans, and each figure is an F1 (words, sentences, UPOS,
      UAS, LAS), a word counting only when aligned.
LAS is given twice: with the full relation (nsubj:pass) and, as the CoNLL 2018 evaluation
does, with its universal part only (nsubj).

usage: syntax_accuracy.py --bin ACTORGRAPH GOLD.conllu [--raw] [--upper] [--model M]
                          [--floor upos=95,uas=87,las=84]
--upper parses an all-capitals copy (forms and text upper-cased).
Exit status 1 when a figure is below its floor.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def read_conllu(path_or_text, is_text=False):
    """Sentences as dicts: comments, words [(id, form, upos, head, deprel, misc)], mwt {first: (last, form)}."""
    lines = path_or_text.splitlines() if is_text else open(path_or_text, encoding="utf-8").read().splitlines()
    sents, cur = [], None
    for line in lines + [""]:
        if not line.strip():
            if cur and cur["words"]:
                sents.append(cur)
            cur = None
            continue
        if cur is None:
            cur = {"comments": [], "words": [], "mwt": {}}
        if line.startswith("#"):
            cur["comments"].append(line)
            continue
        c = line.split("\t")
        if "-" in c[0]:
            a, b = c[0].split("-")
            cur["mwt"][int(a)] = (int(b), c[1])
            continue
        if "." in c[0]:
            continue
        cur["words"].append((int(c[0]), c[1], c[3], int(c[6]) if c[6] != "_" else -1, c[7], c[9]))
    return sents


def comment(sent, key):
    for c in sent["comments"]:
        if c.startswith("# " + key + " =") or c.startswith("# " + key + "="):
            return c.split("=", 1)[1].strip()
    return None


def run_parse(binary, model, path):
    cmd = [binary, "parse", "--threads", "2", path]
    if model:
        cmd += ["--model", model]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"actorgraph parse failed ({r.returncode}): {r.stderr[:2000]}")
    return r.stdout


def upper_copy(path, out):
    with open(path, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as g:
        for line in f:
            if line.startswith("# text ="):
                line = line.upper().replace("# TEXT =", "# text =", 1)
            elif line and line[0].isdigit():
                c = line.rstrip("\n").split("\t")
                c[1] = c[1].upper()
                line = "\t".join(c) + "\n"
            g.write(line)


def universal(rel):
    return rel.split(":")[0]


def score_gold_tokens(gold, pred):
    if len(gold) != len(pred):
        sys.exit(f"sentence count differs: gold {len(gold)}, parsed {len(pred)}")
    n = upos = uas = las = ulas = 0
    for g, p in zip(gold, pred):
        if [w[1] for w in g["words"]] != [w[1] for w in p["words"]]:
            sys.exit(f"words differ in sentence {comment(g, 'sent_id')}")
        for gw, pw in zip(g["words"], p["words"]):
            n += 1
            upos += gw[2] == pw[2]
            if gw[3] == pw[3]:
                uas += 1
                las += gw[4] == pw[4]
                ulas += universal(gw[4]) == universal(pw[4])
    return {"words": n, "upos": 100 * upos / n, "uas": 100 * uas / n, "las": 100 * las / n,
            "las_universal": 100 * ulas / n}


def rebuild_documents(gold):
    """Raw documents and each gold word's character span in its document."""
    docs, spans = [], []  # docs: [(id, text)], spans: per sentence [(doc, b, e)] per word
    text, doc_id = None, None
    for s in gold:
        newdoc = comment(s, "newdoc id")
        if newdoc is not None or text is None:
            if text is not None:
                docs.append((doc_id, text))
            doc_id, text = newdoc or f"doc{len(docs) + 1}", ""
        elif comment(s, "newpar id") is not None:
            text += "\n\n"
        elif text:
            text += " "
        st = comment(s, "text") or " ".join(w[1] for w in s["words"])
        base = len(text.encode("utf-8"))
        text += st
        raw = st.encode("utf-8")
        # Tokens in order: a multiword token's words share its span, cut where their forms concatenate to it.
        pos, ws, i = 0, [], 0
        words = s["words"]
        while i < len(words):
            wid = words[i][0]
            if wid in s["mwt"]:
                last, form = s["mwt"][wid]
                fb = form.encode("utf-8")
                at = raw.find(fb, pos)
                parts = [w[1].encode("utf-8") for w in words[i:i + (last - wid + 1)]]
                if at < 0:
                    ws += [None] * len(parts)
                else:
                    if b"".join(parts) == fb:
                        off = at
                        for p_ in parts:
                            ws.append((len(docs), base + off, base + off + len(p_)))
                            off += len(p_)
                    else:
                        ws += [None] * len(parts)
                    pos = at + len(fb)
                i += last - wid + 1
                continue
            fb = words[i][1].encode("utf-8")
            at = raw.find(fb, pos)
            if at < 0:
                ws.append(None)
            else:
                ws.append((len(docs), base + at, base + at + len(fb)))
                pos = at + len(fb)
            i += 1
        spans.append(ws)
    if text is not None:
        docs.append((doc_id, text))
    return docs, spans


def score_raw(gold, binary, model, tmp):
    docs, spans = rebuild_documents(gold)
    path = os.path.join(tmp, "raw.jsonl")
    with open(path, "w", encoding="utf-8") as f:
        for i, (doc_id, text) in enumerate(docs):
            f.write(json.dumps({"id": f"d{i}", "text": text}) + "\n")
    pred = read_conllu(run_parse(binary, model, path), is_text=True)
    # Gold words keyed by span; predicted words by span from TokenRange.
    gkey = {}
    for s, ws in zip(gold, spans):
        for w, sp in zip(s["words"], ws):
            if sp:
                gkey[sp] = (s, w, ws)
    gold_words = sum(len(s["words"]) for s in gold)
    pred_words = aligned = upos = uas = las = ulas = 0
    gsent = {(ws[0][0], ws[0][1], ws[-1][2]) for ws in spans if ws and ws[0] and ws[-1]}
    psent = set()
    for p in pred:
        doc = int(comment(p, "sent_id").rsplit("-", 1)[0][1:])
        pspan = {}
        for w in p["words"]:
            misc = dict(kv.split("=", 1) for kv in w[5].split("|") if "=" in kv)
            b, e = map(int, misc["TokenRange"].split(":"))
            pspan[w[0]] = (doc, b, e)
        psent.add((doc, pspan[p["words"][0][0]][1], pspan[p["words"][-1][0]][2]))
        for w in p["words"]:
            pred_words += 1
            sp = pspan[w[0]]
            if sp not in gkey:
                continue
            gs, gw, gws = gkey[sp]
            aligned += 1
            upos += gw[2] == w[2]
            gh = None if gw[3] == 0 else gws[gw[3] - 1]
            ph = None if w[3] == 0 else pspan[w[3]]
            if (gw[3] == 0 and w[3] == 0) or (gh is not None and gh == ph):
                uas += 1
                las += gw[4] == w[4]
                ulas += universal(gw[4]) == universal(w[4])

    def f1(x):
        return 200 * x / (gold_words + pred_words)

    return {"words": gold_words, "tokens_f1": f1(aligned),
            "sentences_f1": 200 * len(gsent & psent) / (len(gsent) + len(psent)),
            "upos": f1(upos), "uas": f1(uas), "las": f1(las), "las_universal": f1(ulas)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("--bin", required=True)
    ap.add_argument("--model")
    ap.add_argument("--raw", action="store_true")
    ap.add_argument("--upper", action="store_true")
    ap.add_argument("--floor", default="")
    a = ap.parse_args()
    if not os.path.exists(a.gold):
        print(f"SKIP: {a.gold} is absent (the treebanks live in ../shared)")
        return 77
    with tempfile.TemporaryDirectory() as tmp:
        path = a.gold
        if a.upper:
            path = os.path.join(tmp, "upper.conllu")
            upper_copy(a.gold, path)
        gold = read_conllu(path)
        if a.raw:
            r = score_raw(gold, a.bin, a.model, tmp)
        else:
            r = score_gold_tokens(gold, read_conllu(run_parse(a.bin, a.model, path), is_text=True))
    name = os.path.basename(a.gold) + (" upper-cased" if a.upper else "") + (" raw text" if a.raw else " gold tokens")
    print(name + ": " + ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}" for k, v in r.items()))
    failed = False
    for item in filter(None, a.floor.split(",")):
        k, v = item.split("=")
        if r[k] < float(v):
            print(f"FAIL: {k} {r[k]:.2f} is below its floor {v}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
