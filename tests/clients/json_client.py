"""Node-link JSON round trip with networkx.node_link_graph.

usage: /usr/bin/python3 json_client.py FILE.json REFERENCE.json [--fixture]
The file must be a directed multigraph document that node_link_graph turns
into a MultiDiGraph keyed by our edge ids, sources/targets given as node ids.
"""
import json
import sys

from common import check, check_fixture, compare, load_reference, need


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    nx = need("networkx")
    path, ref = argv[1], load_reference(argv[2])
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    check(data.get("directed") is True and data.get("multigraph") is True, "json: directed/multigraph flags")
    check(data.get("graph") == {}, "json: graph should be an object")
    g = nx.node_link_graph(data)
    check(isinstance(g, nx.MultiDiGraph), f"json: networkx built a {type(g).__name__}")
    nodes = {n: dict(a) for n, a in g.nodes(data=True)}
    edges = {k: (s, t, dict(a)) for s, t, k, a in g.edges(keys=True, data=True)}
    check(g.number_of_edges() == len(data["links"]), "json: networkx merged links")
    compare("networkx-json", ref, nodes, edges)
    if "--fixture" in argv[3:]:
        check_fixture("networkx-json", nodes, edges)
        for n, a in nodes.items():
            check(isinstance(a.get("aliases"), list), f"json: aliases of {n} should be a list")
        check(nodes["recep-tayyip-erdogan"]["aliases"] == ["Erdo\u011fan", "Erdogan; Recep"], "json: aliases")
        evidence = edges["e101"][2].get("evidence", [])
        check(len(evidence) == 2 and evidence[0]["article"] == "seed-zelenskyy-xi", "json: evidence of e101")
        sued = edges["e105"][2]["evidence"][0]["text"]
        check("\x01" not in sued and "\"node\"" in sued and "\n" in sued, f"json: sentence text {sued!r}")
    print(f"ok: networkx node_link_graph read {path}: {len(nodes)} nodes, {len(edges)} edges")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
