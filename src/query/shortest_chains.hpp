// Internal: the shortest chains of `query path`, on an ActorGraph's Boost
// graph and its in-edges (actorgraph/boost_graph.hpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "actorgraph/graph.hpp"

namespace actorgraph::query {

/// Shortest chains between two actors, ignoring edge direction (a relation
/// links its actors either way): every vertex sequence from `from` to `to` of
/// minimal length, at most `max_hops` edges, at most `limit` sequences, in
/// ascending order of the vertex sequences. Empty when no chain is short
/// enough. Thread-safe.
std::vector<std::vector<std::uint32_t>> shortest_chains(const ActorGraph& g, std::uint32_t from, std::uint32_t to,
                                                        std::size_t max_hops, std::size_t limit);

}  // namespace actorgraph::query
