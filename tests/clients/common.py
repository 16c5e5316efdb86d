"""Shared checks for the client round-trip scripts (run with /usr/bin/python3).

Each script reads one actorgraph export with a real client, turns what the
client saw into plain dicts and calls compare() against reference.json: the
same graph as networkx node-link JSON, read here with the plain json module.
--fixture adds the facts of the C++ test fixture (src/export/test_graph.cpp).
Exit status: 0 ok, 1 failure (message on stderr), 77 skipped (module missing).
"""
import json
import math
import sys

SKIP = 77
NODE_FIELDS = ["label", "type", "country", "sector", "code"]
EDGE_FIELDS = ["label", "relation", "cameo", "root", "quad", "goldstein", "plover", "negated", "weight",
               "mentions", "articles", "first_date", "last_date"]


def need(module):
    """Imports `module` or exits 77 (skip) saying which one is missing."""
    try:
        return __import__(module)
    except ImportError as err:
        print(f"SKIP: python module {module} not available ({err})", file=sys.stderr)
        sys.exit(SKIP)


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def load_reference(path):
    """{node id: attrs}, {edge key: (source, target, attrs)} from node-link JSON."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    nodes = {n["id"]: {k: v for k, v in n.items() if k != "id"} for n in data["nodes"]}
    edges = {l["key"]: (l["source"], l["target"],
                        {k: v for k, v in l.items() if k not in ("source", "target", "key")})
             for l in data["links"]}
    return nodes, edges


def same_value(client, field, want, got, numbers_as_float=False):
    if isinstance(want, bool):
        check(isinstance(got, bool) or (numbers_as_float and got in (0, 1)),
              f"{client}: {field} should be a bool, got {got!r}")
        check(bool(got) == want, f"{client}: {field} = {got!r}, expected {want!r}")
    elif isinstance(want, int):
        check(isinstance(got, int) and not isinstance(got, bool) or (numbers_as_float and isinstance(got, float)),
              f"{client}: {field} should be an int, got {got!r}")
        check(got == want, f"{client}: {field} = {got!r}, expected {want!r}")
    elif isinstance(want, float):
        check(isinstance(got, float) or (numbers_as_float and isinstance(got, int)),
              f"{client}: {field} should be a float, got {got!r}")
        check(not math.isnan(got) and got == want, f"{client}: {field} = {got!r}, expected {want!r} exactly")
    else:
        check(got == want, f"{client}: {field} = {got!r}, expected {want!r}")


def compare(client, ref, nodes, edges, numbers_as_float=False, node_fields=NODE_FIELDS, edge_fields=EDGE_FIELDS):
    """Asserts the client's nodes/edges equal the reference: same ids, ends and typed values.

    nodes: {id: attrs}; edges: {edge id: (source, target, attrs)}. A value
    missing from the reference must be missing (or empty/None/nan) in the client.
    """
    ref_nodes, ref_edges = ref
    check(set(nodes) == set(ref_nodes), f"{client}: node ids {sorted(nodes)} != {sorted(ref_nodes)}")
    check(set(edges) == set(ref_edges), f"{client}: edge ids {sorted(edges)} != {sorted(ref_edges)}")
    for kind, got_all, ref_all, fields in (("node", nodes, ref_nodes, node_fields),
                                          ("edge", edges, ref_edges, edge_fields)):
        for key, want in ref_all.items():
            got = got_all[key]
            if kind == "edge":
                check(got[:2] == want[:2], f"{client}: edge {key} joins {got[:2]}, expected {want[:2]}")
                got, want = got[2], want[2]
            for field in fields:
                where = f"{kind} {key} {field}"
                if field in want:
                    check(field in got and got[field] is not None, f"{client}: {where} missing")
                    same_value(client, where, want[field], got[field], numbers_as_float)
                else:
                    value = got.get(field)
                    check(value in (None, "") or (isinstance(value, float) and math.isnan(value)),
                          f"{client}: {where} should be missing, got {value!r}")


def check_fixture(client, nodes, edges, typed=True):
    """The facts of the C++ fixture graph, independent of any writer.

    typed=False skips the checks of edge values a format does not carry (DOT).
    """
    check(len(nodes) == 5, f"{client}: {len(nodes)} nodes, expected 5")
    check(len(edges) == 5, f"{client}: {len(edges)} edges, expected 5")
    labels = {
        "at-t": "AT&T <Mobility> \"Wireless\" 'US'",
        "recep-tayyip-erdogan": "Recep Tayyip Erdo\u011fan",
        "node": "node C:\\path\\",
        "xi-jinping": "Xi Jinping",
    }
    for node, label in labels.items():
        check(node in nodes, f"{client}: node {node} missing")
        check(nodes[node].get("label") == label, f"{client}: label of {node} is {nodes[node].get('label')!r}")
    pairs = [(s, t) for s, t, _ in edges.values()]
    check(pairs.count(("volodymyr-zelenskyy", "xi-jinping")) == 2, f"{client}: parallel edges lost: {pairs}")
    check(pairs.count(("recep-tayyip-erdogan", "recep-tayyip-erdogan")) == 1, f"{client}: self-loop lost: {pairs}")
    if not typed:
        return
    negated = [a for _, _, a in edges.values() if a.get("negated") is True or a.get("negated") == 1]
    check(len(negated) == 1 and negated[0].get("label") == "condemn", f"{client}: negated edges {negated}")
    by_id = {k: a for k, (_, _, a) in edges.items()}
    check(by_id.get("e101", {}).get("mentions") == 2, f"{client}: e101 should have 2 mentions")
    check(by_id.get("e105", {}).get("goldstein") == 0.1, f"{client}: e105 goldstein should be 0.1")
    sued = by_id.get("e105", {}).get("relation")
    check(sued == "sued\t(again)\nin \"court\"", f"{client}: e105 relation text {sued!r}")
