// Queries users ask of a database: `actorgraph query …`.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "actorgraph/filter.hpp"

namespace actorgraph {

class Store;

struct QueryOptions {
  Filter filter;
  bool json = false;          ///< JSON instead of a readable table
  std::size_t limit = 50;     ///< rows (actors, top) or paths
  std::string relation;       ///< evidence: relation key, lemma or CAMEO prefix
  std::size_t max_hops = 4;   ///< path
  std::string by;             ///< top: degree|mentions|pagerank|betweenness; timeline: month|week|year
};

/// Each query writes its result to `out`, as a table or JSON. Names resolve
/// through Store::resolve; an unknown name throws NotFoundError listing
/// suggestions. Bad option values throw UsageError.
void query_actor(const Store& s, std::string_view name, const QueryOptions& o, std::ostream& out);
void query_between(const Store& s, std::string_view a, std::string_view b, const QueryOptions& o, std::ostream& out);
void query_evidence(const Store& s, std::string_view a, std::string_view b, const QueryOptions& o, std::ostream& out);
void query_path(const Store& s, std::string_view a, std::string_view b, const QueryOptions& o, std::ostream& out);
void query_top(const Store& s, const QueryOptions& o, std::ostream& out);
void query_timeline(const Store& s, std::string_view a, std::string_view b, const QueryOptions& o, std::ostream& out);
void query_actors(const Store& s, std::string_view pattern, const QueryOptions& o, std::ostream& out);

}  // namespace actorgraph
