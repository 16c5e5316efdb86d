// Exporters: GraphML, GEXF, DOT, node-link JSON, Neo4j CSV, triples CSV.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "actorgraph/filter.hpp"

namespace actorgraph {

class ActorGraph;
class Store;

struct ExportOptions {
  Filter filter;
  std::string around;       ///< actor name: export only its ego network
  unsigned depth = 1;       ///< hops of the ego network
  bool aggregate = false;   ///< one edge per actor pair (weight = mentions) instead of one per relation key
};

/// One output format. write() emits the whole document for `g`.
class Exporter {
 public:
  virtual ~Exporter() = default;
  virtual std::string name() const = 0;       ///< "graphml"
  virtual std::string extension() const = 0;  ///< ".graphml"
  /// Writes `g`. Formats made of several files (neo4j) write to `path`
  /// as a prefix; single-file formats write to `out`.
  virtual void write(const ActorGraph& g, std::ostream& out) const = 0;
};

/// Valid format names, in order.
std::vector<std::string> export_formats();
/// Throws UsageError "unknown format 'x' (valid: graphml, gexf, …)".
std::unique_ptr<Exporter> make_exporter(std::string_view format);

/// Loads the graph under the options (filter, ego network, aggregation) and
/// writes it with the format to `output` ("-" = stdout). Neo4j writes
/// OUTPUT_nodes.csv and OUTPUT_relationships.csv (stdout: both, separated).
void export_graph(const Store& s, std::string_view format, const ExportOptions& o,
                  const std::string& output, std::ostream& stdout_stream);

}  // namespace actorgraph
