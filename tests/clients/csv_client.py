"""CSV checks with the csv module: Neo4j bulk-import files and the triples CSV.

usage: /usr/bin/python3 csv_client.py neo4j NODES.csv RELATIONSHIPS.csv REFERENCE.json [--fixture]
       /usr/bin/python3 csv_client.py triples FILE.csv REFERENCE.json [--fixture]
Headers must be exactly the documented ones; every field must parse as its
declared Neo4j type (int, double, boolean true/false, date YYYY[-MM[-DD]]);
relationship ends must be declared node ids; rows must match the reference
graph (edges in the same order; triples: one row per mention of the evidence).
"""
import csv
import re
import sys

from common import check, check_fixture, compare, load_reference

NODES_HEADER = ["actorId:ID(Actor)", "name", "type", "country", "sector", "code", "aliases:string[]", ":LABEL"]
RELS_HEADER = [":START_ID(Actor)", ":END_ID(Actor)", ":TYPE", "relation", "cameo", "quad:int", "goldstein:double",
               "weight:double", "mentions:int", "negated:boolean", "first_date:date", "last_date:date"]
TRIPLES_HEADER = ["edge", "subject_id", "subject", "relation", "cameo", "object_id", "object", "negated", "mentions",
                  "first_date", "last_date", "article", "date", "sentence"]
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
TYPE = re.compile(r"^[A-Z][A-Z0-9_]*$")


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


def boolean(text, where):
    check(text in ("true", "false"), f"{where}: {text!r} is not true/false")
    return text == "true"


def date_part(d):
    m = re.match(r"^\d{4}(-\d{2}(-\d{2})?)?", d or "")
    return m.group(0) if m else ""


def neo4j(nodes_path, rels_path, ref, fixture):
    node_rows, rel_rows = rows(nodes_path), rows(rels_path)
    check(node_rows[0] == NODES_HEADER, f"neo4j: nodes header {node_rows[0]}")
    check(rel_rows[0] == RELS_HEADER, f"neo4j: relationships header {rel_rows[0]}")
    nodes = {}
    for r in node_rows[1:]:
        check(len(r) == len(NODES_HEADER), f"neo4j: node row {r}")
        check(r[0] and r[0] not in nodes, f"neo4j: node id {r[0]!r} empty or repeated")
        check(r[7].split(";")[0] == "Actor" and len(r[7].split(";")) == 2, f"neo4j: :LABEL {r[7]!r}")
        nodes[r[0]] = {"label": r[1], "type": r[2], "country": r[3], "sector": r[4], "code": r[5],
                       "aliases": r[6].split(";") if r[6] else []}
    ref_nodes, ref_edges = ref
    edges = {}
    check(len(rel_rows) - 1 == len(ref_edges), f"neo4j: {len(rel_rows) - 1} relationships, {len(ref_edges)} expected")
    for key, r in zip(ref_edges, rel_rows[1:]):
        where = f"neo4j relationship {key}"
        check(len(r) == len(RELS_HEADER), f"{where}: {r}")
        check(r[0] in nodes and r[1] in nodes, f"{where}: ends {r[0]}, {r[1]} not declared")
        check(TYPE.match(r[2]), f"{where}: :TYPE {r[2]!r}")
        for d in r[10:12]:
            check(d == "" or DATE.match(d), f"{where}: {d!r} is not a Neo4j date")
        attrs = {"label": r[3], "cameo": r[4], "quad": int(r[5]), "goldstein": float(r[6]), "weight": float(r[7]),
                 "mentions": int(r[8]), "negated": boolean(r[9], where)}
        want = ref_edges[key][2]
        check(r[10] == date_part(want.get("first_date")) and r[11] == date_part(want.get("last_date")),
              f"{where}: dates {r[10]}, {r[11]}")
        check(r[2].startswith("NOT_") == want["negated"], f"{where}: :TYPE {r[2]} vs negated")
        edges[key] = (r[0], r[1], attrs)
    compare("neo4j", ref, nodes, edges, edge_fields=["label", "cameo", "quad", "goldstein", "weight", "mentions",
                                                     "negated"])
    for n, a in nodes.items():
        want = [x.replace(";", ",") for x in ref_nodes[n].get("aliases", [])]
        check(a["aliases"] == want, f"neo4j: aliases of {n}: {a['aliases']} != {want}")
    if fixture:
        check_fixture("neo4j", nodes, edges, typed=False)
        check([r[2] for r in rel_rows[1:]] == ["CALL_FOR_TALKS_WITH", "MEET_WITH", "NOT_CONDEMN", "PRAISE", "SUE"],
              f"neo4j: types {[r[2] for r in rel_rows[1:]]}")
    return len(nodes), len(edges)


def triples(path, ref, fixture):
    table = rows(path)
    check(table[0] == TRIPLES_HEADER, f"triples: header {table[0]}")
    ref_nodes, ref_edges = ref
    seen, evidence_rows = {}, {}
    for r in table[1:]:
        check(len(r) == len(TRIPLES_HEADER), f"triples: row {r}")
        key = r[0]
        check(key in ref_edges, f"triples: unknown edge {key}")
        source, target, want = ref_edges[key]
        where = f"triples {key}"
        check((r[1], r[5]) == (source, target), f"{where}: ends {r[1]}, {r[5]}")
        check(r[2] == ref_nodes[source].get("label", "") and r[6] == ref_nodes[target].get("label", ""),
              f"{where}: names {r[2]!r}, {r[6]!r}")
        check(r[3] == want["label"] and r[4] == want.get("cameo", ""), f"{where}: relation {r[3]!r} {r[4]!r}")
        check(boolean(r[7], where) == want["negated"] and int(r[8]) == want["mentions"], f"{where}: counts")
        check(r[9] == want.get("first_date", "") and r[10] == want.get("last_date", ""), f"{where}: dates")
        i = seen.get(key, 0)
        evidence = want.get("evidence")
        if evidence:
            check((r[11], r[12], r[13]) == (evidence[i]["article"], evidence[i]["date"], evidence[i]["text"]),
                  f"{where}: mention {i} is {r[11:]}")
        if r[11]:
            evidence_rows[key] = evidence_rows.get(key, 0) + 1
        seen[key] = i + 1
    for key, (_, _, want) in ref_edges.items():
        check(key in seen, f"triples: no row for edge {key}")
        if "evidence" in want:  # the reference has the evidence: the same mentions, in order
            check(seen[key] == max(1, len(want["evidence"])), f"triples: rows of {key}: {seen[key]}")
        if key in evidence_rows:  # one row per mention, each with its article
            check(evidence_rows[key] == seen[key] == want["mentions"],
                  f"triples: {key} has {seen[key]} rows for {want['mentions']} mentions")
    if fixture:
        check(len(table) - 1 == 6, f"triples: {len(table) - 1} rows, expected 6 mentions")
        check("\x01" not in open(path, encoding="utf-8").read(), "triples: control character written")
    return len({r[1] for r in table[1:]} | {r[5] for r in table[1:]}), len(seen)


def main(argv):
    fixture = "--fixture" in argv
    args = [a for a in argv[1:] if a != "--fixture"]
    if len(args) == 4 and args[0] == "neo4j":
        n, e = neo4j(args[1], args[2], load_reference(args[3]), fixture)
    elif len(args) == 3 and args[0] == "triples":
        n, e = triples(args[1], load_reference(args[2]), fixture)
    else:
        print(__doc__, file=sys.stderr)
        return 2
    print(f"ok: csv module read the {args[0]} export: {n} nodes, {e} edges")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
