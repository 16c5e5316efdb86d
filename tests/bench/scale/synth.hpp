// Synthetic news triples with a realistic skew, for the scale benchmark.
//
// A few hub actors (United States, Russia, China, …) and a long Zipf tail of
// rare ones; ~60 CAMEO codes, also Zipf-distributed; dates over 2015–2025;
// several triples per article; a small share of negated, hypothetical and
// reported statements. Everything comes from one seeded generator whose
// arithmetic is ours (no std:: distributions), so a run with the same
// configuration produces the same database on any platform.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "actorgraph/actor.hpp"

namespace actorgraph {
class Store;
}

namespace actorgraph::bench {

struct SynthConfig {
  std::uint64_t edges = 1000000;      ///< distinct edges visible under the default filter to reach
  std::uint64_t actors = 100000;      ///< actors in the population (not all need to appear)
  std::uint64_t seed = 20240601;
  std::uint64_t articles_per_batch = 10000;  ///< one Store batch (transaction) per this many articles
  double actor_skew = 1.0;            ///< Zipf exponent of actor popularity
  double code_skew = 1.1;             ///< Zipf exponent of CAMEO code popularity
};

struct SynthResult {
  std::uint64_t articles = 0, triples = 0;
  std::uint64_t visible_edges = 0;  ///< distinct (subject, object, code) with a default-visible mention
  std::uint64_t codes = 0;          ///< CAMEO codes in use
  std::uint64_t batches = 0;
  double commit_seconds = 0;        ///< wall seconds spent in Batch::commit
};

/// The actor population, most popular first (index = Zipf rank). Deterministic
/// for a given count and seed; ids are unique slugs of the names.
std::vector<Actor> synth_actors(std::uint64_t count, std::uint64_t seed);

/// Generates articles and triples and adds them to `store` through
/// begin_batch/add/commit until `config.edges` distinct default-visible edges
/// exist. Throws what the store throws.
SynthResult synth_build(Store& store, const SynthConfig& config);

}  // namespace actorgraph::bench
