// GraphML 1.1 (graphml.graphdrawing.org) — our own writer instead of
// boost::write_graphml, whose flaws GRAPH_FORMATS_AND_BUILD.md §2.3 lists
// (positional node ids, 6-digit doubles, 0/1 booleans, unescaped names,
// control characters passed through).
//
// Shape: typed <key>s declared per for="node"/"edge" (ids n_<attr>/e_<attr>,
// attr.type string|int|double|boolean, no <default>); node id = node_id(actor
// id); edge id from edge_ids(); one <edge> per graph edge, so parallel edges
// and self-loops survive (networkx reads a MultiDiGraph when any are present).
// A value that is missing (empty string, non-finite double) has no <data>:
// networkx then has no attribute and igraph reads ''/nan.
#include <ostream>

#include "actorgraph/graph.hpp"
#include "export/attributes.hpp"
#include "export/escape.hpp"
#include "export/writers.hpp"

namespace actorgraph::exporting {
namespace {

std::string_view graphml_type(AttrType t) {
  switch (t) {
    case AttrType::string: return "string";
    case AttrType::integer: return "int";  // not "integer": igraph rejects it
    case AttrType::real: return "double";
    case AttrType::boolean: return "boolean";
  }
  return "string";
}

void append_value(std::string& out, const Value& v) {
  switch (v.type) {
    case AttrType::string: append_xml(out, v.text); break;
    case AttrType::integer: out += std::to_string(v.integer); break;
    case AttrType::real: append_double(out, v.real); break;
    case AttrType::boolean: out += v.boolean ? "true" : "false"; break;
  }
}

template <std::size_t N>
void append_keys(std::string& out, const std::array<AttrSpec, N>& attrs, std::string_view for_what,
                 std::string_view prefix) {
  for (const AttrSpec& a : attrs) {
    out += "  <key id=\"";
    out += prefix;
    out += a.name;
    out += "\" for=\"";
    out += for_what;
    out += "\" attr.name=\"";
    append_xml(out, a.name);
    out += "\" attr.type=\"";
    out += graphml_type(a.type);
    out += "\"/>\n";
  }
}

template <std::size_t N>
void append_data(std::string& out, const ActorGraph& g, std::uint32_t index, const std::array<AttrSpec, N>& attrs,
                 std::string_view prefix) {
  for (const AttrSpec& a : attrs) {
    const Value v = a.get(g, index);
    if (!v.present) continue;
    out += "      <data key=\"";
    out += prefix;
    out += a.name;
    out += "\">";
    append_value(out, v);
    out += "</data>\n";
  }
}

class GraphmlExporter : public Exporter {
 public:
  std::string name() const override { return "graphml"; }
  std::string extension() const override { return ".graphml"; }

  void write(const ActorGraph& g, std::ostream& os) const override {
    Chunked out(os);
    std::string& b = out.buf();
    b += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
         "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.1/graphml.xsd\">\n";
    append_keys(b, kNodeAttrs, "node", "n_");
    append_keys(b, kEdgeAttrs, "edge", "e_");
    b += "  <graph id=\"actorgraph\" edgedefault=\"directed\" parse.nodeids=\"free\" parse.edgeids=\"free\" "
         "parse.order=\"nodesfirst\" parse.nodes=\"";
    b += std::to_string(g.num_actors());
    b += "\" parse.edges=\"";
    b += std::to_string(g.num_edges());
    b += "\">\n";

    const std::vector<std::string> nodes = node_ids(g);
    for (std::uint32_t v = 0; v < g.num_actors(); ++v) {
      b += "    <node id=\"";
      b += nodes[v];
      b += "\">\n";
      append_data(b, g, v, kNodeAttrs, "n_");
      b += "    </node>\n";
      out.maybe_flush();
    }
    const std::vector<std::string> edges = edge_ids(g);
    for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
      const EdgeInfo& info = g.edge(e);
      append_edge_open(b, "    ", edges[e], nodes[info.source], nodes[info.target]);
      b += ">\n";
      append_data(b, g, e, kEdgeAttrs, "e_");
      b += "    </edge>\n";
      out.maybe_flush();
    }
    b += "  </graph>\n</graphml>\n";
    out.flush();
  }
};

}  // namespace

std::unique_ptr<Exporter> make_graphml_exporter() { return std::make_unique<GraphmlExporter>(); }

}  // namespace actorgraph::exporting
