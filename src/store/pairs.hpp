// Internal: maintenance of the pairs table (see pairs.cpp).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <string>
#include <utility>

#include "store/store_impl.hpp"

namespace actorgraph::store {

/// Changes to the pairs table collected over a batch of edge updates.
class PairDeltas {
 public:
  /// Adds (sign +1) or takes away (sign -1) an edge's contribution: for a
  /// non-negated edge with factual > 0, `factual` mentions and one relation
  /// to (subject, object) and (object, subject); once for a self-loop.
  void add(const std::string& subject, const std::string& object, bool negated, std::int64_t factual, int sign);
  /// Writes the changes (rows left with no relation are deleted) and clears.
  void apply(SQLite::Database& db);

 private:
  struct Delta {
    std::int64_t mentions = 0, relations = 0;
  };
  std::unordered_map<std::string, Delta> deltas_;  ///< "actor\x1fother"
};

}  // namespace actorgraph::store
