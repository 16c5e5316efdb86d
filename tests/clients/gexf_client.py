"""GEXF 1.3 checks: xml.etree structure, then networkx.read_gexf.

usage: /usr/bin/python3 gexf_client.py FILE.gexf REFERENCE.json [--fixture]
networkx 2.8 reads only GEXF 1.1draft/1.2draft, so (1) the 1.3 document is
checked without a schema with xml.etree: namespace/version, dynamic mode with
timeformat="date", declared typed attributes, every value parsing as its
type, unique ids, edges between declared nodes, xsd:date start<=end with node
spans covering their edges, distinct `kind` for parallel edges (Gephi merges
same source/target/kind); (2) the same text with the namespace rewritten to
1.2draft goes through networkx.read_gexf, which must see every node, every
parallel edge and the typed attribute values (1.2 and 1.3 agree on them).
"""
import math
import re
import sys
import xml.etree.ElementTree as ET

from common import check, check_fixture, compare, load_reference, need

NS = "http://gexf.net/1.3"
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
TYPES = {"integer": int, "long": int, "double": float, "float": float, "string": str,
         "boolean": lambda s: {"true": True, "false": False}[s]}


def q(tag):
    return f"{{{NS}}}{tag}"


def typed(kind, text, where):
    try:
        value = TYPES[kind](text)
    except (KeyError, ValueError) as err:
        raise SystemExit(f"FAIL: gexf: {where}: {text!r} is not a {kind} ({err})")
    check(not (isinstance(value, float) and not math.isfinite(value)), f"gexf: {where}: non-finite {text!r}")
    return value


def etree_view(path):
    root = ET.parse(path).getroot()
    check(root.tag == q("gexf") and root.get("version") == "1.3", f"gexf: root {root.tag} {root.get('version')}")
    graph = root.find(q("graph"))
    check(graph is not None, "gexf: no <graph>")
    check(graph.get("defaultedgetype") == "directed", "gexf: defaultedgetype should be directed")
    check(graph.get("mode") == "dynamic" and graph.get("timeformat") == "date", "gexf: dynamic mode with dates")
    declared = {}
    for attrs in graph.findall(q("attributes")):
        cls = attrs.get("class")
        check(cls in ("node", "edge") and cls not in declared, f"gexf: attributes class {cls!r}")
        declared[cls] = {}
        for a in attrs.findall(q("attribute")):
            check(a.get("type") in TYPES, f"gexf: attribute {a.get('id')} has type {a.get('type')!r}")
            check(a.get("id") not in declared[cls], f"gexf: attribute id {a.get('id')} declared twice")
            check(a.find(q("default")) is None, f"gexf: attribute {a.get('id')} relies on a default")
            declared[cls][a.get("id")] = (a.get("title"), a.get("type"))

    def values(element, cls, where):
        out = {}
        for av in element.findall(f"{q('attvalues')}/{q('attvalue')}"):
            key = av.get("for")
            check(key in declared[cls], f"gexf: {where}: undeclared attribute {key!r}")
            title, kind = declared[cls][key]
            out[title] = typed(kind, av.get("value"), f"{where} {title}")
        return out

    def span(element, where):
        start, end = element.get("start"), element.get("end")
        for d in (start, end):
            check(d is None or DATE.match(d), f"gexf: {where}: {d!r} is not an xsd:date")
        check(start is None or end is None or start <= end, f"gexf: {where}: start {start} after end {end}")
        return start, end

    nodes, spans = {}, {}
    for n in graph.find(q("nodes")).findall(q("node")):
        nid = n.get("id")
        check(nid not in nodes, f"gexf: node id {nid} twice")
        nodes[nid] = dict(values(n, "node", f"node {nid}"), label=n.get("label"))
        spans[nid] = span(n, f"node {nid}")
    edges, kinds = {}, set()
    for e in graph.find(q("edges")).findall(q("edge")):
        eid, s, t = e.get("id"), e.get("source"), e.get("target")
        check(eid not in edges, f"gexf: edge id {eid} twice")
        check(s in nodes and t in nodes, f"gexf: edge {eid} joins undeclared nodes {s}, {t}")
        check((s, t, e.get("kind")) not in kinds, f"gexf: parallel edges {s}->{t} share kind {e.get('kind')!r}")
        kinds.add((s, t, e.get("kind")))
        attrs = values(e, "edge", f"edge {eid}")
        attrs["label"] = e.get("label")
        attrs["weight"] = typed("double", e.get("weight"), f"edge {eid} weight")
        edges[eid] = (s, t, attrs)
        start, end = span(e, f"edge {eid}")
        for v in (s, t):  # the node exists whenever its edges do
            check(start is None or (spans[v][0] is not None and spans[v][0] <= start), f"gexf: node {v} starts late")
            check(end is None or (spans[v][1] is not None and spans[v][1] >= end), f"gexf: node {v} ends early")
    return nodes, edges


def networkx_view(path):
    nx = need("networkx")
    import io
    with open(path, encoding="utf-8") as f:
        text = f.read().replace('xmlns="http://gexf.net/1.3"', 'xmlns="http://www.gexf.net/1.2draft"', 1)
    g = nx.read_gexf(io.BytesIO(text.encode("utf-8")))
    check(g.is_directed(), "networkx-gexf: graph is not directed")
    ends = [(e.get("source"), e.get("target")) for e in ET.fromstring(text.encode("utf-8")).iter()
            if e.tag.endswith("}edge")]
    check(g.is_multigraph() or len(ends) == len(set(ends)),
          f"networkx-gexf: {type(g).__name__} although parallel edges are present")
    nodes = {n: dict(a) for n, a in g.nodes(data=True)}
    edges = {a["id"]: (s, t, a) for s, t, a in g.edges(data=True)}
    check(len(edges) == g.number_of_edges(), "networkx-gexf: edge ids lost")
    return nodes, edges


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, ref = argv[1], load_reference(argv[2])
    fixture = "--fixture" in argv[3:]
    nodes, edges = etree_view(path)
    compare("gexf-etree", ref, nodes, edges)
    if fixture:
        check_fixture("gexf-etree", nodes, edges)
    nodes, edges = networkx_view(path)
    compare("networkx-gexf", ref, nodes, edges, edge_fields=["label", "cameo", "quad", "goldstein", "negated",
                                                               "weight", "mentions"])
    if fixture:
        check_fixture("networkx-gexf", nodes, edges)
    print(f"ok: xml.etree and networkx (as 1.2draft) read {path}: {len(nodes)} nodes, {len(edges)} edges")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
