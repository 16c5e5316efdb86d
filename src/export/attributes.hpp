// Internal: the node and edge attributes every attribute-carrying exporter
// writes (GraphML, GEXF, JSON, DOT), in one table so the formats agree on
// names, types and missing values.
//
// Names follow GRAPH_FORMATS_AND_BUILD.md §2.4: `label` is the display text
// (Gephi/yEd pick it up), `weight` the edge strength as a double, and none is
// called id, name or key (igraph, Cytoscape and networkx give those meanings).
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/graph.hpp"

namespace actorgraph::exporting {

enum class AttrType : std::uint8_t { string, integer, real, boolean };

/// One attribute value. `present` is false for an empty string or a
/// non-finite double: writers leave such values out (no <default> games).
struct Value {
  AttrType type = AttrType::string;
  bool present = true;
  std::string_view text;  ///< string: views into the graph, valid while it lives
  std::int64_t integer = 0;
  double real = 0;
  bool boolean = false;
};

struct AttrSpec {
  std::string_view name;
  AttrType type;
  Value (*get)(const ActorGraph& g, std::uint32_t index);
};

/// label, type, country, sector, code.
extern const std::array<AttrSpec, 5> kNodeAttrs;
/// label (relation lemma), relation (surface text), cameo, root, quad,
/// goldstein, plover, negated, weight (= mentions), mentions, articles,
/// first_date, last_date.
extern const std::array<AttrSpec, 13> kEdgeAttrs;

/// Node ids for every vertex: node_id(actor id) (escape.hpp).
std::vector<std::string> node_ids(const ActorGraph& g);

/// Edge ids for every edge: "e<EdgeInfo::id>" when every edge has a distinct
/// non-zero database id (stable across runs), else "e<index>" for all.
std::vector<std::string> edge_ids(const ActorGraph& g);

/// Appends `<indent><edge id="ID" source="S" target="T"`, the tag left open
/// for the format's own attributes (GraphML and GEXF share the element).
/// The three values are ids from node_ids/edge_ids, already XML-safe.
void append_edge_open(std::string& out, std::string_view indent, std::string_view id, std::string_view source,
                      std::string_view target);

/// The display label of an edge: the relation lemma, else its text, else its key.
std::string_view edge_label(const EdgeInfo& e);

/// First and last date over the edges touching each vertex ("" when none).
struct DateSpan {
  std::string_view first, last;
};
std::vector<DateSpan> node_date_spans(const ActorGraph& g);

/// The ISO calendar date part of an article date ("2022-08-04T10:00Z" ->
/// "2022-08-04"); "" when `d` does not start with YYYY[-MM[-DD]].
std::string_view date_part(std::string_view d);

}  // namespace actorgraph::exporting
