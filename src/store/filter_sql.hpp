// Internal: a Filter translated to SQL conditions on edges (alias e) and
// mentions (alias m), and helpers to read edge rows.
#pragma once

#include <string>

#include "actorgraph/filter.hpp"
#include "actorgraph/graph.hpp"
#include "store/store_impl.hpp"

namespace actorgraph::store {

struct FilterSql {
  std::string edge_where;     ///< " AND …" on edges e (codes, negation, actor types/countries)
  Binds edge_binds;
  std::string mention_where;  ///< " AND …" on mentions m (dates, modality)
  Binds mention_binds;
  bool dates = false;         ///< since/until restrict mentions
  bool include_hypothetical = false;
  std::uint32_t min_mentions = 1;

  /// True when the stored counts (all or factual-only, see edge_columns)
  /// do not hold under the filter: only dates make mentions be recounted.
  bool needs_recompute(const EdgeInfo&) const noexcept { return dates; }
  /// The edge columns for read_edge() under this filter: without
  /// hypothetical mentions, the factual-only aggregates stand in for the
  /// counts (mentions = factual).
  const char* edge_columns() const noexcept;
};

/// Translates f (assumed validated). Throws nothing.
FilterSql filter_sql(const Filter& f);

/// The columns read_edge() expects, for `SELECT <kEdgeColumns> FROM edges e`
/// (counts over all mentions), and the same with the factual-only counts.
extern const char* const kEdgeColumns;
extern const char* const kFactualEdgeColumns;

/// Reads an edge row selected with kEdgeColumns starting at column `first`;
/// source/target are left 0, subject/object ids are returned through the out params.
EdgeInfo read_edge(const SQLite::Statement& st, std::string& subject, std::string& object, int first = 0);

/// Reads the six aggregate columns (kAggregateColumns) into e.
void read_aggregates(const SQLite::Statement& st, EdgeInfo& e, int first = 0);

/// The mention columns read_mention() expects (aliases m: mentions, a: articles).
extern const char* const kMentionColumns;
/// Reads a mention row selected with kMentionColumns starting at column `first`.
Mention read_mention(const SQLite::Statement& st, int first = 0);

/// Reads an actor row selected as "id, name, type, country, sector, code".
Actor read_actor(const SQLite::Statement& st, int first = 0);

}  // namespace actorgraph::store
