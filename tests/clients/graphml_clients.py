"""GraphML round trip with networkx.read_graphml and igraph.Graph.Read_GraphML.

usage: /usr/bin/python3 graphml_clients.py FILE.graphml REFERENCE.json [--fixture]
networkx must give a MultiDiGraph whose edge keys are our edge ids, with ints,
floats and bools typed as declared; igraph must keep every vertex id (no
'name'/'id' attribute clash), every parallel edge and the values (igraph
stores ints as doubles: documented, accepted).
"""
import sys

from common import check, check_fixture, compare, load_reference, need


def networkx_view(path):
    nx = need("networkx")
    g = nx.read_graphml(path)
    check(g.is_directed(), "networkx: graph is not directed")
    check(g.is_multigraph() or g.number_of_edges() == len(set(g.edges())),
          f"networkx: {type(g).__name__} although parallel edges are present")
    nodes = {n: dict(a) for n, a in g.nodes(data=True)}
    if g.is_multigraph():
        edges = {k: (s, t, dict(a)) for s, t, k, a in g.edges(keys=True, data=True)}
    else:
        edges = {a["id"]: (s, t, {k: v for k, v in a.items() if k != "id"}) for s, t, a in g.edges(data=True)}
    return nodes, edges


def igraph_view(path):
    igraph = need("igraph")
    g = igraph.Graph.Read_GraphML(path)
    check(g.is_directed(), "igraph: graph is not directed")
    check("id" in g.vs.attributes(), "igraph: vertex ids were lost (attribute clash?)")
    check("id" in g.es.attributes(), "igraph: edge ids were lost")
    ids = g.vs["id"]
    nodes = {v["id"]: {k: v[k] for k in g.vs.attributes() if k != "id"} for v in g.vs}
    edges = {e["id"]: (ids[e.source], ids[e.target], {k: e[k] for k in g.es.attributes() if k != "id"})
             for e in g.es}
    check(len(edges) == g.ecount(), "igraph: duplicate edge ids")
    return nodes, edges


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, ref = argv[1], load_reference(argv[2])
    fixture = "--fixture" in argv[3:]
    nodes, edges = networkx_view(path)
    compare("networkx", ref, nodes, edges)
    if fixture:
        check_fixture("networkx", nodes, edges)
    nodes, edges = igraph_view(path)
    compare("igraph", ref, nodes, edges, numbers_as_float=True)
    if fixture:
        check_fixture("igraph", nodes, edges)
    print(f"ok: networkx and igraph read {path}: {len(nodes)} nodes, {len(edges)} edges")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
