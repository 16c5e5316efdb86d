#!/usr/bin/python3
"""The NetworkX side of the scale benchmark (bench_scale runs it).

usage: networkx_side.py DIR

Reads DIR/nodes.tsv and DIR/edges.tsv (the graph actorgraph loaded, one row
per merged edge), DIR/pairs.tsv and DIR/neighbours.txt, and does what
bench_scale does with actorgraph, timing each step (wall and CPU seconds):

  load           MultiDiGraph with the node and edge attributes
  graphml        nx.write_graphml to DIR/networkx.graphml
  pagerank       nx.pagerank (alpha 0.85; every parallel edge counts once)
  shortest_path  nx.shortest_path on the undirected view, for every pair
  neighbours     in- and out-edges with their data, for every listed actor

Writes the report as JSON to DIR/networkx.json.
"""
import csv
import json
import os
import resource
import sys
import time

import networkx as nx


class Timer:
    def __init__(self, times, name):
        self.times, self.name = times, name

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.times[self.name] = {"wall": time.perf_counter() - self.wall,
                                 "cpu": time.process_time() - self.cpu}
        return False


def rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        yield from csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)


def load(directory):
    g = nx.MultiDiGraph()
    g.add_nodes_from((r[0], {"label": r[1], "type": r[2], "country": r[3], "sector": r[4], "code": r[5]})
                     for r in rows(os.path.join(directory, "nodes.tsv")))
    g.add_edges_from((r[0], r[1], r[2], {
        "relation": r[3], "cameo": r[4], "root": r[5], "quad": int(r[6]), "goldstein": float(r[7]),
        "plover": r[8], "mentions": int(r[9]), "articles": int(r[10]), "first_date": r[11],
        "last_date": r[12]}) for r in rows(os.path.join(directory, "edges.tsv")))
    return g


def main():
    directory = sys.argv[1]
    pairs = [(r[0], r[1]) for r in rows(os.path.join(directory, "pairs.tsv"))]
    with open(os.path.join(directory, "neighbours.txt"), encoding="utf-8") as f:
        neighbours = [line.rstrip("\n") for line in f if line.strip()]
    times = {}

    with Timer(times, "load"):
        g = load(directory)
    rss_after_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    graphml = os.path.join(directory, "networkx.graphml")
    with Timer(times, "graphml"):
        nx.write_graphml(g, graphml)
    graphml_bytes = os.path.getsize(graphml)
    os.remove(graphml)

    with Timer(times, "pagerank"):
        rank = nx.pagerank(g, alpha=0.85, weight=None)
    top = sorted(rank, key=lambda n: (-rank[n], n))[:10]

    hops = []
    with Timer(times, "shortest_path"):
        u = g.to_undirected(as_view=True)
        for a, b in pairs:
            try:
                hops.append(len(nx.shortest_path(u, a, b)) - 1)
            except nx.NetworkXNoPath:
                hops.append(-1)

    neighbour_edges = 0
    with Timer(times, "neighbours"):
        for n in neighbours:
            edges = list(g.out_edges(n, keys=True, data=True)) + list(g.in_edges(n, keys=True, data=True))
            neighbour_edges += len(edges)

    report = {
        "networkx": nx.__version__, "python": sys.version.split()[0],
        "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
        "times": times, "rss_after_load_kib": rss_after_load,
        "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "graphml_bytes": graphml_bytes, "pagerank_top": top, "path_hops": hops,
        "neighbour_edges": neighbour_edges,
    }
    with open(os.path.join(directory, "networkx.json"), "w", encoding="utf-8") as f:
        json.dump(report, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
