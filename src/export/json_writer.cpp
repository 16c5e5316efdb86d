// networkx node-link JSON (networkx.node_link_data / node_link_graph, d3).
//
// {"directed": true, "multigraph": true, "graph": {},
//  "nodes": [{"id": "<node id>", "label": …, "type": …, "aliases": […]}],
//  "links": [{"source": "<node id>", "target": "<node id>", "key": "<edge id>", …}]}
// source/target are node ids (networkx >= 2.0), not array indices; the list
// is called "links" (networkx's default up to 3.5). Missing values (empty
// strings) are left out, as in GraphML; numbers and booleans are JSON types
// (weight/goldstein always with a fraction: 3.0). When the graph was loaded
// with evidence each link also has "evidence": [{"article", "date", "title",
// "source", "sentence", "text", "modality"}]. Written with a RapidJSON Writer
// over already-cleaned UTF-8, so it never emits NaN, Infinity or bad bytes.
#include <rapidjson/writer.h>

#include <ostream>

#include "actorgraph/graph.hpp"
#include "export/attributes.hpp"
#include "export/escape.hpp"
#include "export/writers.hpp"

namespace actorgraph::exporting {
namespace {

// RapidJSON output stream appending to a Chunked buffer.
struct ChunkedStream {
  using Ch = char;
  explicit ChunkedStream(Chunked& c) : chunked(c) {}
  void Put(char c) { chunked.buf() += c; }
  void Flush() {}
  Chunked& chunked;
};

using JsonWriter = rapidjson::Writer<ChunkedStream>;

void string_value(JsonWriter& w, std::string_view s, std::string& scratch) {
  scratch.clear();
  append_clean(scratch, s);
  w.String(scratch.data(), static_cast<rapidjson::SizeType>(scratch.size()));
}

void key(JsonWriter& w, std::string_view k) { w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size())); }

template <std::size_t N>
void attrs(JsonWriter& w, const ActorGraph& g, std::uint32_t index, const std::array<AttrSpec, N>& specs,
           std::string& scratch) {
  for (const AttrSpec& a : specs) {
    const Value v = a.get(g, index);
    if (!v.present) continue;
    key(w, a.name);
    switch (v.type) {
      case AttrType::string: string_value(w, v.text, scratch); break;
      case AttrType::integer: w.Int64(v.integer); break;
      case AttrType::real: w.Double(v.real); break;
      case AttrType::boolean: w.Bool(v.boolean); break;
    }
  }
}

void evidence(JsonWriter& w, const EdgeInfo& e, std::string& scratch) {
  key(w, "evidence");
  w.StartArray();
  for (const Mention& m : e.evidence) {
    w.StartObject();
    key(w, "article");
    string_value(w, m.article, scratch);
    key(w, "date");
    string_value(w, m.date, scratch);
    key(w, "title");
    string_value(w, m.title, scratch);
    key(w, "source");
    string_value(w, m.source, scratch);
    key(w, "sentence");
    w.Uint(m.sentence);
    key(w, "text");
    string_value(w, m.sentence_text, scratch);
    key(w, "modality");
    string_value(w, to_string(m.modality), scratch);
    w.EndObject();
  }
  w.EndArray();
}

class JsonExporter : public Exporter {
 public:
  std::string name() const override { return "json"; }
  std::string extension() const override { return ".json"; }

  void write(const ActorGraph& g, std::ostream& os) const override {
    Chunked out(os);
    ChunkedStream stream(out);
    JsonWriter w(stream);
    std::string scratch;
    w.StartObject();
    key(w, "directed");
    w.Bool(true);
    key(w, "multigraph");
    w.Bool(true);
    key(w, "graph");
    w.StartObject();
    w.EndObject();

    const std::vector<std::string> nodes = node_ids(g);
    key(w, "nodes");
    w.StartArray();
    for (std::uint32_t v = 0; v < g.num_actors(); ++v) {
      out.buf() += "\n";  // one node per line: diffable, still one JSON value
      w.StartObject();
      key(w, "id");
      string_value(w, nodes[v], scratch);
      attrs(w, g, v, kNodeAttrs, scratch);
      key(w, "aliases");
      w.StartArray();
      for (const std::string& alias : g.actor(v).aliases) string_value(w, alias, scratch);
      w.EndArray();
      w.EndObject();
      out.maybe_flush();
    }
    w.EndArray();

    const std::vector<std::string> edges = edge_ids(g);
    key(w, "links");
    w.StartArray();
    for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
      const EdgeInfo& info = g.edge(e);
      out.buf() += "\n";
      w.StartObject();
      key(w, "source");
      string_value(w, nodes[info.source], scratch);
      key(w, "target");
      string_value(w, nodes[info.target], scratch);
      key(w, "key");
      string_value(w, edges[e], scratch);
      attrs(w, g, e, kEdgeAttrs, scratch);
      if (!info.evidence.empty()) evidence(w, info, scratch);
      w.EndObject();
      out.maybe_flush();
    }
    w.EndArray();
    w.EndObject();
    out.buf() += "\n";
    out.flush();
  }
};

}  // namespace

std::unique_ptr<Exporter> make_json_exporter() { return std::make_unique<JsonExporter>(); }

}  // namespace actorgraph::exporting
