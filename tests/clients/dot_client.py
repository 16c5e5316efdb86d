"""Graphviz DOT check: render with `dot -Tsvg`, read the SVG back.

usage: /usr/bin/python3 dot_client.py FILE.dot REFERENCE.json [--fixture]
dot must exit 0 without warnings; the SVG must hold one node group per actor
(title = node id, text = label, so escaped quotes/backslashes come out as
written) and one edge group per edge (id = our edge id, title "src->dst",
text = relation label): parallel edges and self-loops are drawn.
"""
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

from common import check, check_fixture, compare, load_reference

SVG = "{http://www.w3.org/2000/svg}"


def svg_view(path):
    if shutil.which("dot") is None:
        print("SKIP: Graphviz dot not installed", file=sys.stderr)
        sys.exit(77)
    run = subprocess.run(["dot", "-Tsvg", path], capture_output=True)
    check(run.returncode == 0, f"dot: exit {run.returncode}: {run.stderr.decode(errors='replace')}")
    check(not run.stderr.strip(), f"dot: warnings: {run.stderr.decode(errors='replace')}")
    root = ET.fromstring(run.stdout)
    nodes, edges = {}, {}
    for g in root.iter(f"{SVG}g"):
        title = g.findtext(f"{SVG}title")
        text = "\n".join(t.text or "" for t in g.findall(f"{SVG}text"))
        if g.get("class") == "node":
            check(title not in nodes, f"dot: node {title} drawn twice")
            nodes[title] = {"label": text}
        elif g.get("class") == "edge":
            source, _, target = title.partition("->")
            check(g.get("id") not in edges, f"dot: edge id {g.get('id')} twice")
            edges[g.get("id")] = (source, target, {"label": text})
    return nodes, edges


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, ref = argv[1], load_reference(argv[2])
    nodes, edges = svg_view(path)
    compare("dot", ref, nodes, edges, node_fields=["label"], edge_fields=["label"])
    if "--fixture" in argv[3:]:
        check_fixture("dot", nodes, edges, typed=False)
        with open(path, encoding="utf-8") as f:
            text = f.read()
        check('\n  "node" [label=' in text, "dot: the keyword-named node statement is not quoted")
        check(text.count('style="dashed"') == 1, "dot: the negated edge is not dashed")
    print(f"ok: dot -Tsvg drew {path}: {len(nodes)} nodes, {len(edges)} edges")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
