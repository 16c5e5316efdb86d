// Internal: the Boost adjacency_list behind ActorGraph, for algorithms in
// src/ (BFS, page_rank, brandes_betweenness_centrality …). Include only from
// .cpp files in src/; Boost types stay out of include/.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "actorgraph/graph.hpp"

namespace actorgraph {

/// Bundled vertex property: the actor itself. The vertex descriptor (vecS)
/// equals the ActorGraph vertex index.
struct VertexProps {
  Actor actor;
};

/// Bundled edge property: the edge index into Impl::info (and Impl::edges).
/// `weight` is the edge's mention count, ready for weighted algorithms.
struct EdgeProps {
  std::uint32_t index = 0;
  double weight = 1;
};

using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProps, EdgeProps>;
using BoostVertex = boost::graph_traits<BoostGraph>::vertex_descriptor;
using BoostEdge = boost::graph_traits<BoostGraph>::edge_descriptor;

/// Merge key with the relation key interned: (source, target, key id, negated).
struct PackedEdgeKey {
  std::uint32_t source = 0, target = 0, key = 0;
  bool negated = false;
  bool operator==(const PackedEdgeKey&) const = default;
};
struct PackedEdgeKeyHash {
  std::size_t operator()(const PackedEdgeKey& k) const noexcept {
    std::uint64_t h = (static_cast<std::uint64_t>(k.source) << 32) ^ k.target;
    h ^= (static_cast<std::uint64_t>(k.key) << 1 | (k.negated ? 1u : 0u)) * 0x9e3779b97f4a7c15ULL;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }
};

/// Distinct articles/sources seen by merge() for one edge (interned ids).
struct MergeSeen {
  std::vector<std::uint32_t> articles, sources;  // sorted
};

struct ActorGraph::Impl {
  BoostGraph g;
  std::vector<BoostEdge> edges;   ///< edge index -> descriptor
  std::vector<EdgeInfo> info;     ///< edge index -> merged edge
  std::unordered_map<std::string, std::uint32_t> actor_index;        ///< actor id -> vertex
  std::unordered_map<std::string, std::uint32_t> key_ids;            ///< relation key -> interned id
  /// merge key -> edge, for edges [0, keyed): filled lazily by merge(), so
  /// loaders adding edges in bulk do not pay for it.
  std::unordered_map<PackedEdgeKey, std::uint32_t, PackedEdgeKeyHash> by_key;
  std::size_t keyed = 0;
  // Bookkeeping for merge() only (edges added by add_edge have none).
  std::unordered_map<std::string, std::uint32_t> article_ids, source_ids;
  std::unordered_map<std::uint32_t, MergeSeen> seen;

  std::uint32_t intern_key(const std::string& key);
  /// Brings by_key up to date with every edge.
  void index_keys();
  /// Edge index of descriptor e.
  std::uint32_t index(const BoostEdge& e) const { return g[e].index; }
};

}  // namespace actorgraph
