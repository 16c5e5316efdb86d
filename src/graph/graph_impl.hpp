// Internal: the storage behind ActorGraph (Boost's CSR graph and the actor
// id index) and how src/graph assembles it from its parts. Include only from
// .cpp files in src/graph.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/boost_graph.hpp"

namespace actorgraph {

/// Hash for string keys that accepts string_view lookups.
struct IdHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

/// Actor id -> vertex index.
using ActorIndex = std::unordered_map<std::string, std::uint32_t, IdHash, std::equal_to<>>;

struct ActorGraph::Impl {
  ActorCsrGraph csr;
  InEdgeCsrGraph in_edges;
  ActorIndex by_id;
  mutable std::once_flag counterparts_built;
  mutable CounterpartCsrGraph counterparts;  ///< empty until counterpart_graph() is first called
};

/// Boost's CSR graph finds an edge's bundle by the edge's index alone (the
/// edge_index of its descriptor); the source in the descriptor is not read.
inline EdgeInfo& edge_bundle(ActorCsrGraph& g, std::uint32_t e) { return g[ActorCsrGraph::edge_descriptor(0, e)]; }
inline const EdgeInfo& edge_bundle(const ActorCsrGraph& g, std::uint32_t e) {
  return g[ActorCsrGraph::edge_descriptor(0, e)];
}

/// Asks for the whole 2 MiB pages inside [p, p + bytes) to be transparent
/// huge pages (a hint: nothing happens where the kernel declines). Only
/// memory not yet touched gains: it is then faulted in 2 MiB at a time.
void advise_huge_pages(const void* p, std::size_t bytes);

/// Reserves room for n edges, in transparent huge pages when the array is
/// big: a million EdgeInfo records fill 330 MiB, and faulting that in 4 KiB
/// pages costs a loader more than filling it (see ActorCsrGraph: 125,000
/// page faults instead of 42,600, 0.7 s more CPU, on this project's machine).
void reserve_edges(std::vector<EdgeInfo>& edges, std::size_t n);

/// Where each edge goes in the graph's order: by source vertex, the edges of
/// one source in the order given (a counting sort). `edges` has a `source`
/// field per edge, each below `vertices`.
template <class Edges>
std::vector<std::uint32_t> slots_by_source(const Edges& edges, std::size_t vertices) {
  std::vector<std::uint32_t> next(vertices + 1, 0), slot;
  for (const auto& e : edges) ++next[e.source + 1];
  for (std::size_t v = 1; v < next.size(); ++v) next[v] += next[v - 1];
  slot.reserve(edges.size());
  for (const auto& e : edges) slot.push_back(next[e.source]++);
  return slot;
}

/// Assembles an ActorGraph from its parts, for the builder and the image
/// decoder (friend of ActorGraph).
struct GraphAssembly {
  /// The storage of a graph of `actors` vertices and these edges, which must
  /// be ordered by source vertex (the graph's order) and name their ends in
  /// their source and target fields. Boost's CSR graph takes the edge
  /// vector's storage over, without a copy, and the in-edges are built. The
  /// vertex bundles are default actors, for the caller to fill (and index in
  /// by_id) in place.
  static std::unique_ptr<ActorGraph::Impl> storage(std::size_t actors, std::vector<EdgeInfo>&& edges);
  /// The graph of a filled storage.
  static ActorGraph adopt(std::unique_ptr<ActorGraph::Impl> impl) { return ActorGraph(std::move(impl)); }
};

}  // namespace actorgraph
