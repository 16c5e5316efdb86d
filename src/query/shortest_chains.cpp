#include "query/shortest_chains.hpp"

#include <algorithm>
#include <boost/range/iterator_range.hpp>
#include <limits>

#include "actorgraph/boost_graph.hpp"

namespace actorgraph::query {
namespace {

using Vertex = ActorCsrGraph::vertex_descriptor;
using Chains = std::vector<std::vector<std::uint32_t>>;
constexpr std::uint32_t kUnseen = std::numeric_limits<std::uint32_t>::max();

// Depth labels that live across calls (one thread's scratch): filling arrays
// of every actor per call would cost more than a typical search. Only the
// labelled entries are reset, when the call returns.
struct Labels {
  std::vector<std::uint32_t> depth_from, depth_to;
  std::vector<Vertex> set_from, set_to;
};
struct ResetLabels {
  Labels& l;
  ~ResetLabels() {
    for (auto v : l.set_from) l.depth_from[v] = kUnseen;
    for (auto v : l.set_to) l.depth_to[v] = kUnseen;
    l.set_from.clear();
    l.set_to.clear();
  }
};
Labels& labels(std::size_t n) {
  thread_local Labels scratch;
  if (scratch.depth_from.size() < n) {
    scratch.depth_from.resize(n, kUnseen);
    scratch.depth_to.resize(n, kUnseen);
  }
  return scratch;
}

// The actors an edge links to v either way, once per edge: the out-edges of
// the Boost graph and of its in-edge graph. f returns false to stop.
struct Linked {
  const ActorCsrGraph& out;
  const InEdgeCsrGraph& in;
  template <class F>
  void each(Vertex v, F&& f) const {
    for (Vertex w : boost::make_iterator_range(boost::adjacent_vertices(v, out)))
      if (!f(w)) return;
    for (Vertex w : boost::make_iterator_range(boost::adjacent_vertices(v, in)))
      if (!f(w)) return;
  }
};

// Every chain from `v` down to `root` (labelled 0 in `depth`, the labels
// decreasing by one), neighbours in id order, at most `limit` in `out`.
void chains_to_root(const Linked& g, Vertex v, Vertex root, const std::vector<std::uint32_t>& depth,
                    std::vector<std::uint32_t>& path, Chains& out, std::size_t limit) {
  if (out.size() >= limit) return;
  path.push_back(v);
  if (depth[v] == 0) {
    out.push_back(path);
  } else if (depth[v] == 1) {
    // The root is the one vertex below: no need to list the edges of v, a
    // hub with 100,000 of them where the searches meet in the middle.
    chains_to_root(g, root, root, depth, path, out, limit);
  } else {
    std::vector<Vertex> lower;
    g.each(v, [&](Vertex w) {
      if (depth[w] == depth[v] - 1) lower.push_back(w);
      return true;
    });
    std::sort(lower.begin(), lower.end());
    lower.erase(std::unique(lower.begin(), lower.end()), lower.end());  // parallel edges
    for (Vertex w : lower) chains_to_root(g, w, root, depth, path, out, limit);
  }
  path.pop_back();
}

}  // namespace

Chains shortest_chains(const ActorGraph& g, std::uint32_t from, std::uint32_t to, std::size_t max_hops,
                       std::size_t limit) {
  // Bidirectional breadth-first search (relations link their actors either
  // way), expanding the smaller frontier one whole layer at a time. Every
  // shortest chain crosses the layer where the searches meet at a vertex
  // labelled by both, so the chains are the forward chains to such a vertex
  // joined with its backward chains.
  //
  // Boost has no bidirectional search. Its breadth_first_visit from `from`,
  // stopped when it reaches `to`, took 91-119 ms CPU for the 100 pairs of
  // tests/bench/scale at a million edges (NetworkX: 0.23-0.38 s, so 3x, not
  // the 20x asked for): from an actor two hops from a hub it labels most of
  // the graph. This search took 4.5-19 ms (the machine was busy).
  const std::size_t n = g.num_actors();
  if (from == to || limit == 0 || from >= n || to >= n) return {};
  const Linked linked{boost_graph(g), in_edge_graph(g)};
  Labels& l = labels(n);
  ResetLabels reset{l};
  auto& df = l.depth_from;
  auto& dt = l.depth_to;
  std::vector<Vertex> front{from}, back{to};
  df[from] = 0;
  dt[to] = 0;
  l.set_from.push_back(from);
  l.set_to.push_back(to);
  std::uint32_t depth_f = 0, depth_b = 0;
  std::vector<Vertex> meet;
  while (meet.empty() && !front.empty() && !back.empty() && depth_f + depth_b < max_hops) {
    const bool forward = front.size() <= back.size();
    auto& layer = forward ? front : back;
    auto& mine = forward ? df : dt;
    const auto& other = forward ? dt : df;
    const std::uint32_t next_depth = (forward ? depth_f : depth_b) + 1;
    std::vector<Vertex> next;
    // Every meeting vertex of this layer closes a chain of the same, shortest
    // length (a shorter one would have met in an earlier layer), and each
    // gives at least one chain: the layer stops at `limit` of them. On a
    // graph with hubs the meeting layer is the largest.
    for (std::size_t i = 0; i < layer.size() && meet.size() < limit; ++i)
      linked.each(layer[i], [&](Vertex w) {
        if (mine[w] != kUnseen) return true;  // seen (by a parallel edge, a self-loop, an earlier layer)
        mine[w] = next_depth;
        next.push_back(w);
        if (other[w] != kUnseen) meet.push_back(w);
        return meet.size() < limit;
      });
    (forward ? depth_f : depth_b) = next_depth;
    auto& set = forward ? l.set_from : l.set_to;
    set.insert(set.end(), next.begin(), next.end());
    layer = std::move(next);
  }
  if (meet.empty()) return {};
  // Keep meeting vertices on a shortest chain only (smallest total), in id
  // order. Each was labelled once, so each is listed once, and the chains
  // through different ones differ.
  std::uint32_t best = kUnseen;
  for (auto m : meet) best = std::min(best, df[m] + dt[m]);
  std::sort(meet.begin(), meet.end());
  Chains chains;
  std::vector<std::uint32_t> path;
  for (auto m : meet) {
    if (df[m] + dt[m] != best || chains.size() >= limit) continue;
    Chains heads, tails;
    chains_to_root(linked, m, from, df, path, heads, limit);  // m .. from
    chains_to_root(linked, m, to, dt, path, tails, limit);    // m .. to
    for (const auto& h : heads)
      for (const auto& t : tails) {
        if (chains.size() >= limit) break;
        std::vector<std::uint32_t> chain(h.rbegin(), h.rend());  // from .. m
        chain.insert(chain.end(), t.begin() + 1, t.end());        // .. to
        chains.push_back(std::move(chain));
      }
  }
  std::sort(chains.begin(), chains.end());
  return chains;
}

}  // namespace actorgraph::query
