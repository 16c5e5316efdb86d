// Internal: the storage behind ActorGraph, for algorithms in src/. Include
// only from .cpp files in src/.
//
// A million-edge graph must load in well under a second and fit in memory
// with its EdgeInfo records, so the graph is two flat vectors (actors, edges)
// plus compressed sparse row (CSR) adjacency in both directions, built on
// first use from the edges' ends (edges are only ever appended). Algorithms
// read the CSR arrays (query/algorithms.cpp) or build a Boost graph from them
// where Boost has the algorithm (betweenness).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "actorgraph/graph.hpp"

namespace actorgraph {

/// Adjacency of edges [0, edges) in CSR form. For vertex v, entries
/// out_start[v] .. out_start[v+1] of out_edge / out_target are its out-edges
/// (edge index, target vertex) in edge-index order; likewise in_* for
/// in-edges (edge index, source vertex).
struct Csr {
  std::size_t vertices = 0, edges = 0;  ///< what it was built for
  std::vector<std::uint32_t> out_start, out_edge, out_target;
  std::vector<std::uint32_t> in_start, in_edge, in_source;

  std::uint32_t out_degree(std::uint32_t v) const { return out_start[v + 1] - out_start[v]; }
};

/// The simple undirected graph of a Csr, listed lazily: the distinct actors
/// linked to a vertex by an edge either way (parallel edges once, no
/// self-loop), computed the first time the vertex is asked for and kept.
/// Breadth-first search walks these lists instead of every parallel edge of a
/// hub, and pays only for the vertices it expands.
struct Neighbours {
  static constexpr std::uint32_t unlisted = UINT32_MAX;
  std::size_t vertices = 0, edges = 0;  ///< what it was built for
  std::vector<std::uint32_t> begin, end;  ///< v's list is pool[begin[v], end[v]); begin[v] == unlisted: not yet
  std::vector<std::uint32_t> pool;
  std::vector<std::uint32_t> stamp;       ///< stamp[w] == v: w already listed for v
};

/// A vertex's distinct neighbours, valid until the next call.
struct NeighbourList {
  const std::uint32_t* first;
  const std::uint32_t* last;
  const std::uint32_t* begin() const { return first; }
  const std::uint32_t* end() const { return last; }
  std::size_t size() const { return static_cast<std::size_t>(last - first); }
};

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

/// Hash for string keys that accepts string_view lookups.
struct IdHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

struct ActorGraph::Impl {
  std::vector<Actor> actors;    ///< vertex index -> actor
  std::vector<EdgeInfo> info;   ///< edge index -> merged edge
  std::unordered_map<std::string, std::uint32_t, IdHash, std::equal_to<>> actor_index;  ///< actor id -> vertex
  std::unordered_map<std::string, std::uint32_t> key_ids;  ///< relation key -> interned id
  /// merge key -> edge, for edges [0, keyed): filled lazily by merge(), so
  /// loaders adding edges in bulk do not pay for it.
  std::unordered_map<PackedEdgeKey, std::uint32_t, PackedEdgeKeyHash> by_key;
  std::size_t keyed = 0;
  // Bookkeeping for merge() only (edges added by add_edge have none).
  std::unordered_map<std::string, std::uint32_t> article_ids, source_ids;
  std::unordered_map<std::uint32_t, MergeSeen> seen;

  std::uint32_t intern_key(const std::string& key);
  /// Reserves room for n edges (loaders know the count). A big edge array is
  /// asked to be backed by transparent huge pages: a million EdgeInfo records
  /// fill 330 MiB, and faulting that in 4 KiB pages costs a loader more than
  /// filling it.
  void reserve_edges(std::size_t n);
  /// Brings by_key up to date with every edge.
  void index_keys();
  /// The adjacency of every edge, (re)built when edges were added since.
  const Csr& csr() const;
  /// The distinct neighbours of v in an unspecified order (see Neighbours);
  /// the lists are dropped when edges were added. v must be a vertex.
  NeighbourList neighbours(std::uint32_t v) const;

 private:
  mutable Csr csr_;
  mutable Neighbours neighbours_;
};

}  // namespace actorgraph
