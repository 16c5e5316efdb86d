"""End-to-end CLI cases run by run_cli_test.py (one meson test each).

A step: {"args": [...]} runs the binary (or {"shell": "..."} a shell line, where
{BIN} is the binary), then checks "exit", "golden_out"/"golden_err" (golden files),
"stdout_contains"/"stderr_contains"/"…_lacks" fragments and an optional
"check": function(tmp, completed_process) -> error message or None.
"""
import json
import os
import sqlite3

SEED = "{SHARED}/seed/article.jsonl"
SAMPLES = "{ROOT}/samples/articles"


def dump(tmp, name="actorgraph.db"):
    con = sqlite3.connect(os.path.join(tmp, name))
    try:
        return "\n".join(con.iterdump())
    finally:
        con.close()


def save_dump(tmp, _p):
    with open(os.path.join(tmp, "before.sql"), "w", encoding="utf-8") as f:
        f.write(dump(tmp))
    with open(os.path.join(tmp, "before.json"), "w", encoding="utf-8") as f:
        json.dump(stats_json(tmp), f)


def saved_articles(tmp):
    return json.load(open(os.path.join(tmp, "before.json"), encoding="utf-8"))["articles"]


def same_as_saved(tmp, _p):
    before = open(os.path.join(tmp, "before.sql"), encoding="utf-8").read()
    return None if dump(tmp) == before else "the database changed"


def stats_json(tmp):
    con = sqlite3.connect(os.path.join(tmp, "actorgraph.db"))
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("articles", "actors", "edges", "mentions")}
    finally:
        con.close()


def edges_with(tmp, actor, want, name="actorgraph.db"):
    con = sqlite3.connect(os.path.join(tmp, name))
    try:
        n = con.execute("select count(*) from edges where subject = ? or object = ?", (actor, actor)).fetchone()[0]
    finally:
        con.close()
    return None if n == want else f"{n} edges with {actor}, expected {want}"


def json_lines_valid(_tmp, p):
    n = 0
    for line in p.stdout.splitlines():
        t = json.loads(line)
        for k in ("article", "subject", "relation", "object", "negated", "modality", "span"):
            if k not in t:
                return f"triple lacks {k}: {line}"
        n += 1
    return None if n > 0 else "no triples"


def bad_build(fixture, fragments):
    return {"steps": [
        {"args": ["build", "{DATA}/bad/" + fixture], "exit": 1, "golden_err": True,
         "stderr_contains": fragments},
        {"shell": "test ! -e actorgraph.db"},  # a failed first build leaves no database behind
    ]}


CASES = {
    "help": {"steps": [
        {"args": ["--help"], "golden_out": True},
        {"args": ["build", "--help"], "stdout_contains": ["usage: actorgraph build", "--skip-bad"]},
        {"args": ["query", "--help"], "stdout_contains": ["between A B", "--include-negated"]},
        {"args": ["--version"], "stdout_contains": ["actorgraph 0.1.0"]},
    ]},
    "usage_errors": {"steps": [
        {"args": [], "exit": 2, "stderr_contains": ["usage: actorgraph COMMAND"]},
        {"args": ["frobnicate"], "exit": 2, "stderr_contains": ["unknown command 'frobnicate'"]},
        {"args": ["build"], "exit": 2, "stderr_contains": ["no input files"]},
        {"args": ["build", "x.jsonl", "--bogus"], "exit": 2, "stderr_contains": ["unknown option '--bogus'"]},
        {"args": ["query"], "exit": 2, "stderr_contains": ["which question?"]},
        {"args": ["query", "actor"], "exit": 2, "stderr_contains": ["actor NAME"]},
        {"args": ["query", "actor", "X", "--since", "yesterday"], "exit": 2,
         "stderr_contains": ["--since: 'yesterday' is not a date"]},
        {"args": ["query", "top", "--by", "fame"], "exit": 2, "stderr_contains": ["--by 'fame'"]},
        {"args": ["export", "--format", "xml"], "exit": 2,
         "stderr_contains": ["xml", "graphml", "gexf", "dot", "json", "neo4j", "csv"]},
        {"args": ["export"], "exit": 2, "stderr_contains": ["--format is required"]},
        {"args": ["extract", "--threads", "0", "x"], "exit": 2, "stderr_contains": ["--threads"]},
    ]},
    "seed_build_query": {"needs_shared": True, "steps": [
        {"args": ["build", SEED], "stdout_contains": ["1 articles accepted (1 new"]},
        {"args": ["query", "actor", "Zelensky"],
         "stdout_contains": ["Xi Jinping",
                             "Ukrainian President Volodymyr Zelenskyy has called for direct talks with China"]},
        {"args": ["query", "actor", "Volodymyr Zelenskyy", "--json"],
         "check": lambda tmp, p: None if json.loads(p.stdout) else "empty JSON"},
        {"args": ["query", "between", "Zelenskyy", "Xi Jinping"], "stdout_contains": ["Xi Jinping"]},
        {"args": ["stats"], "stdout_contains": ["articles  1"]},
    ]},
    "extract_formats": {"needs_shared": True, "steps": [
        {"args": ["extract", SEED], "check": json_lines_valid},
        {"args": ["extract", "{SHARED}/seed/article.txt"], "check": json_lines_valid},
        {"shell": "{BIN} extract - < {SHARED}/seed/article.jsonl", "check": json_lines_valid},
        {"args": ["extract", "--threads", "2", SAMPLES], "check": json_lines_valid},
    ]},
    "press_and_assumed_dates": {"steps": [
        {"args": ["extract", "{DATA}/press.jsonl"],
         "stdout_contains": ['"audience":"news organisation"', '"audience":"reporters"'],
         "stdout_lacks": ['"assumed_date"']},
        {"args": ["extract", "{DATA}/press.jsonl", "--date", "2004"],
         "stdout_contains": ['"date":"","assumed_date":"2004"', '"id":"tony-blair"']},
        {"args": ["mentions", "{DATA}/press.jsonl", "--date", "2004-06"], "stdout_contains": ['"code":"GBRGOV"']},
        {"args": ["extract", "{DATA}/press.jsonl", "--date", "2004-13"], "exit": 2,
         "stderr_contains": ["--date: '2004-13' is not a date"]},
        {"args": ["build", "{DATA}/press.jsonl", "--date", "2004"],
         "stdout_contains": ["statements to the press left out of the graph"],
         "check": lambda tmp, p: edges_with(tmp, "reuters", 0)},
        {"args": ["build", "{DATA}/press.jsonl", "--db", "kept.db", "--keep-media-audience"],
         "stdout_lacks": ["left out"], "check": lambda tmp, p: edges_with(tmp, "reuters", 1, "kept.db")},
    ]},
    "mentions_seed": {"needs_shared": True, "steps": [
        {"args": ["mentions", SEED], "golden_out": True},
    ]},
    "mentions_samples": {"steps": [
        {"args": ["mentions", SAMPLES], "golden_out": True},
    ]},
    # One event, one triple: six coordinated subjects that agreed to cooperate
    # give 15 reciprocal triples (one per pair, 030), not 60 (every ordered
    # pair, read twice as 030 and 050).
    "extract_reciprocal": {"steps": [
        {"args": ["extract", "{DATA}/extract/reciprocal.jsonl"], "golden_out": True},
    ]},
    # parse: a CoNLL-U file keeps its words, lines and comments; articles are
    # tokenised and split by actorgraph; a bad head is reported by line and column.
    "parse_conllu": {"steps": [
        {"args": ["parse", "{DATA}/syntax/news.conllu"], "golden_out": True},
    ]},
    "parse_articles": {"steps": [
        {"args": ["parse", "--threads", "2", SAMPLES], "golden_out": True},
    ]},
    "parse_bad_conllu": {"steps": [
        {"args": ["parse", "{DATA}/syntax/bad_head.conllu"], "exit": 1,
         "stderr_contains": ["bad_head.conllu:3: field 'HEAD': '9' is not a word of this sentence (0..2)"]},
        {"args": ["parse", "--model", "{DATA}/syntax/news.conllu", "{DATA}/syntax/news.conllu"], "exit": 1,
         "stderr_contains": ["news.conllu: not a usable actorgraph syntax model: wrong magic bytes"]},
    ]},
    "idempotent_rebuild": {"steps": [
        {"args": ["build", SAMPLES], "stdout_contains": ["0 rejected"]},
        {"args": ["stats"], "check": save_dump},
        {"args": ["build", SAMPLES], "stdout_contains": ["0 new, 0 replaced"]},
        {"args": ["stats"], "check": same_as_saved},
    ]},
    "failed_batch_leaves_db": {"steps": [
        {"args": ["build", SAMPLES]},
        {"args": ["stats"], "check": save_dump},
        {"args": ["build", "{DATA}/bad/mixed.jsonl"], "exit": 1,
         "stderr_contains": ["1 rejected", "nothing written"]},
        {"args": ["stats"], "check": same_as_saved},
        {"args": ["build", "{DATA}/bad/mixed.jsonl", "--skip-bad"], "exit": 0},
        {"args": ["stats", "--json"],
         "check": lambda tmp, p: None if json.loads(p.stdout)["articles"] == saved_articles(tmp) + 2
         else "the 2 good articles of mixed.jsonl were not stored"},
    ]},
    "bad_malformed": bad_build("malformed.jsonl", ["malformed.jsonl:"]),
    "bad_missing_text": bad_build("missing_text.jsonl", ["field 'text'"]),
    "bad_empty_text": bad_build("empty_text.jsonl", ["field 'text'"]),
    "bad_wrong_type": bad_build("wrong_type.jsonl", ["field '"]),
    "bad_invalid_utf8": bad_build("invalid_utf8.jsonl", ["UTF-8"]),
    "bad_empty_file": bad_build("empty.jsonl", ["empty"]),
    "bad_empty_dir": bad_build("empty_dir", ["no articles"]),
    "bad_missing_path": {"steps": [
        {"args": ["build", "{TMP}/nope.jsonl"], "exit": 1, "stderr_contains": ["{TMP}/nope.jsonl"]},
    ]},
    "bad_database": {"steps": [
        {"shell": "printf 'this is not a database\\n' > notadb.db"},
        {"args": ["build", SAMPLES, "--db", "notadb.db"], "exit": 1,
         "stderr_contains": ["notadb.db", "not an actorgraph database"]},
        {"shell": "cat notadb.db", "stdout_contains": ["this is not a database"]},
        {"args": ["stats", "--db", "missing.db"], "exit": 1, "stderr_contains": ["missing.db"]},
    ]},
    "unknown_actor": {"steps": [
        {"args": ["build", SAMPLES]},
        {"args": ["query", "actor", "Zelenskky"], "exit": 1,
         "stderr_contains": ["Zelenskky", "Volodymyr Zelenskyy"]},
    ]},
    "remove": {"steps": [
        {"args": ["build", SAMPLES]},
        {"shell": "{BIN} stats --json > before.json"},
        {"shell": "{BIN} remove $(python3 -c \"import json;print(json.loads(open('{ROOT}/samples/articles/articles.jsonl').readline())['id'])\")",
         "stdout_contains": ["removed 1 articles"]},
        {"args": ["remove", "no-such-article"], "exit": 1, "stderr_contains": ["no-such-article"]},
        {"shell": "python3 -c \"import json,sys; a=json.load(open('before.json')); b=json.loads(sys.stdin.read()); "
                  "sys.exit(0 if b['articles']==a['articles']-1 and b['mentions']<a['mentions'] else 1)\" "
                  "< <({BIN} stats --json)"},
    ]},
    "export_graphml_clients": {"needs_shared": True, "steps": [
        {"args": ["build", SAMPLES]},
        {"args": ["export", "--format", "graphml", "-o", "g.graphml"]},
        {"shell": "XML_CATALOG_FILES={SHARED}/eval/graphml/catalog.xml xmllint --nonet --noout "
                  "--schema {SHARED}/eval/graphml/graphml.xsd g.graphml"},
        {"args": ["export", "--format", "json", "-o", "ref.json"]},
        {"shell": "/usr/bin/python3 {ROOT}/tests/clients/graphml_clients.py g.graphml ref.json"},
        {"shell": "/usr/bin/python3 -c \"import networkx as nx; g = nx.read_graphml('g.graphml'); "
                  "print('networkx', g.number_of_nodes(), g.number_of_edges(), "
                  "sorted(d['label'] for _, d in g.nodes(data=True) if 'ğ' in d['label']))\"",
         "stdout_contains": ["Recep Tayyip Erdoğan"]},
    ]},
}
