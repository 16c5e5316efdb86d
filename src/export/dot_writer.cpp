// Graphviz DOT (graphviz.org/doc/info/lang.html).
//
// A `digraph` (not strict: parallel edges and self-loops are drawn). Every id
// and value is double-quoted with \ and " escaped (append_dot_quoted), which
// also keeps DOT keywords such as `node` or `graph` from being read as syntax —
// the two ways Boost's write_graphviz_dp output breaks `dot`. Node ids are the
// same sanitised actor ids as in the other formats; `label` is the display
// name; the other attributes of attributes.hpp ride along as custom
// attributes (Graphviz keeps and ignores them). `weight` is the mention count
// (an integer, as dot requires); negated edges are drawn dashed.
#include <ostream>

#include "actorgraph/graph.hpp"
#include "export/attributes.hpp"
#include "export/escape.hpp"
#include "export/writers.hpp"

namespace actorgraph::exporting {
namespace {

template <std::size_t N>
void append_attrs(std::string& b, const ActorGraph& g, std::uint32_t index, const std::array<AttrSpec, N>& attrs,
                  bool& first) {
  std::string text;
  for (const AttrSpec& a : attrs) {
    const Value v = a.get(g, index);
    if (!v.present) continue;
    text.clear();
    switch (v.type) {
      case AttrType::string: text = v.text; break;
      case AttrType::integer: text = std::to_string(v.integer); break;
      case AttrType::real: append_double(text, v.real); break;
      case AttrType::boolean: text = v.boolean ? "true" : "false"; break;
    }
    if (!first) b += ", ";
    first = false;
    b += a.name;
    b += '=';
    append_dot_quoted(b, text);
  }
}

class DotExporter : public Exporter {
 public:
  std::string name() const override { return "dot"; }
  std::string extension() const override { return ".dot"; }

  void write(const ActorGraph& g, std::ostream& os) const override {
    Chunked out(os);
    std::string& b = out.buf();
    b += "digraph \"actorgraph\" {\n  node [shape=\"box\"];\n";
    const std::vector<std::string> nodes = node_ids(g);
    for (std::uint32_t v = 0; v < g.num_actors(); ++v) {
      b += "  ";
      append_dot_quoted(b, nodes[v]);
      b += " [";
      bool first = true;
      append_attrs(b, g, v, kNodeAttrs, first);
      b += "];\n";
      out.maybe_flush();
    }
    const std::vector<std::string> edges = edge_ids(g);
    for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
      const EdgeInfo& info = g.edge(e);
      b += "  ";
      append_dot_quoted(b, nodes[info.source]);
      b += " -> ";
      append_dot_quoted(b, nodes[info.target]);
      b += " [id=";
      append_dot_quoted(b, edges[e]);
      bool first = false;
      append_attrs(b, g, e, kEdgeAttrs, first);
      if (info.negated) b += ", style=\"dashed\"";
      b += "];\n";
      out.maybe_flush();
    }
    b += "}\n";
    out.flush();
  }
};

}  // namespace

std::unique_ptr<Exporter> make_dot_exporter() { return std::make_unique<DotExporter>(); }

}  // namespace actorgraph::exporting
