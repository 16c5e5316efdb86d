// GEXF 1.3 (gexf.net, Gephi's native format).
//
// Shape: <graph defaultedgetype="directed" mode="dynamic" timeformat="date">;
// edges carry start/end = first/last mention date and nodes the min/max over
// their edges, so Gephi's timeline filters by when relations were reported
// (elements without dates exist at all times). Node label and edge label/
// weight use GEXF's built-in attributes; the rest are typed <attribute>s
// (class node / edge) whose ids are the attribute names. Edge `kind` is the
// relation key ("not <key>" for a negated edge): Gephi merges edges with the
// same source, target and kind, so parallel relations stay distinct.
#include <ostream>

#include "actorgraph/graph.hpp"
#include "export/attributes.hpp"
#include "export/escape.hpp"
#include "export/writers.hpp"

namespace actorgraph::exporting {
namespace {

std::string_view gexf_type(AttrType t) {
  switch (t) {
    case AttrType::string: return "string";
    case AttrType::integer: return "integer";
    case AttrType::real: return "double";
    case AttrType::boolean: return "boolean";
  }
  return "string";
}

// Attributes that GEXF has built in and that we therefore do not declare.
bool builtin(std::string_view name) { return name == "label" || name == "weight"; }

// An xsd:date for timeformat="date": partial dates are widened to their first
// day ("2022-08" -> "2022-08-01"); "" when the text is not a date.
std::string gexf_date(std::string_view d) {
  std::string out(date_part(d));
  if (out.size() == 4) out += "-01-01";
  if (out.size() == 7) out += "-01";
  return out;
}

void append_time(std::string& b, std::string_view first, std::string_view last) {
  const std::string start = gexf_date(first), end = gexf_date(last);
  if (!start.empty()) {
    b += " start=\"";
    b += start;
    b += '"';
  }
  if (!end.empty()) {
    b += " end=\"";
    b += end;
    b += '"';
  }
}

template <std::size_t N>
void append_declarations(std::string& b, const std::array<AttrSpec, N>& attrs, std::string_view cls) {
  b += "    <attributes class=\"";
  b += cls;
  b += "\" mode=\"static\">\n";
  for (const AttrSpec& a : attrs) {
    if (builtin(a.name)) continue;
    b += "      <attribute id=\"";
    b += a.name;
    b += "\" title=\"";
    b += a.name;
    b += "\" type=\"";
    b += gexf_type(a.type);
    b += "\"/>\n";
  }
  b += "    </attributes>\n";
}

template <std::size_t N>
void append_attvalues(std::string& b, const ActorGraph& g, std::uint32_t index, const std::array<AttrSpec, N>& attrs) {
  b += "        <attvalues>\n";
  for (const AttrSpec& a : attrs) {
    if (builtin(a.name)) continue;
    const Value v = a.get(g, index);
    if (!v.present) continue;
    b += "          <attvalue for=\"";
    b += a.name;
    b += "\" value=\"";
    switch (v.type) {
      case AttrType::string: append_xml(b, v.text); break;
      case AttrType::integer: b += std::to_string(v.integer); break;
      case AttrType::real: append_double(b, v.real); break;
      case AttrType::boolean: b += v.boolean ? "true" : "false"; break;
    }
    b += "\"/>\n";
  }
  b += "        </attvalues>\n";
}

class GexfExporter : public Exporter {
 public:
  std::string name() const override { return "gexf"; }
  std::string extension() const override { return ".gexf"; }

  void write(const ActorGraph& g, std::ostream& os) const override {
    Chunked out(os);
    std::string& b = out.buf();
    b += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
         "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" version=\"1.3\">\n"
         "  <meta>\n    <creator>actorgraph</creator>\n"
         "    <description>actors and the relations news articles report between them</description>\n"
         "  </meta>\n"
         "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";
    append_declarations(b, kNodeAttrs, "node");
    append_declarations(b, kEdgeAttrs, "edge");

    const std::vector<std::string> nodes = node_ids(g);
    const std::vector<DateSpan> spans = node_date_spans(g);
    b += "    <nodes>\n";
    for (std::uint32_t v = 0; v < g.num_actors(); ++v) {
      b += "      <node id=\"";
      b += nodes[v];
      b += "\" label=\"";
      append_xml(b, g.actor(v).name.empty() ? g.actor(v).id : g.actor(v).name);
      b += '"';
      append_time(b, spans[v].first, spans[v].last);
      b += ">\n";
      append_attvalues(b, g, v, kNodeAttrs);
      b += "      </node>\n";
      out.maybe_flush();
    }
    b += "    </nodes>\n    <edges>\n";
    const std::vector<std::string> edges = edge_ids(g);
    for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
      const EdgeInfo& info = g.edge(e);
      append_edge_open(b, "      ", edges[e], nodes[info.source], nodes[info.target]);
      b += " kind=\"";
      if (info.negated) b += "not ";
      append_xml(b, info.key.empty() ? edge_label(info) : std::string_view(info.key));
      b += "\" label=\"";
      append_xml(b, edge_label(info));
      b += "\" weight=\"";
      append_double(b, static_cast<double>(info.mentions));
      b += '"';
      append_time(b, info.first_date, info.last_date);
      b += ">\n";
      append_attvalues(b, g, e, kEdgeAttrs);
      b += "      </edge>\n";
      out.maybe_flush();
    }
    b += "    </edges>\n  </graph>\n</gexf>\n";
    out.flush();
  }
};

}  // namespace

std::unique_ptr<Exporter> make_gexf_exporter() { return std::make_unique<GexfExporter>(); }

}  // namespace actorgraph::exporting
