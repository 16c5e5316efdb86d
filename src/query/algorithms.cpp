#include "query/algorithms.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/graph/visitors.hpp>
#include <limits>

#include "graph/boost_graph.hpp"

namespace actorgraph::query {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// One undirected edge per distinct actor pair (self-loops dropped).
Undirected undirected_simple(const ActorGraph& g) {
  const auto& bg = g.impl().g;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  pairs.reserve(boost::num_edges(bg));
  for (auto [it, end] = boost::edges(bg); it != end; ++it) {
    auto s = static_cast<std::uint32_t>(boost::source(*it, bg));
    auto t = static_cast<std::uint32_t>(boost::target(*it, bg));
    if (s == t) continue;
    pairs.emplace_back(std::min(s, t), std::max(s, t));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return Undirected(pairs.begin(), pairs.end(), boost::num_vertices(bg));
}

}  // namespace

std::vector<std::vector<std::uint32_t>> shortest_chains(const ActorGraph& g, std::uint32_t from, std::uint32_t to,
                                                        std::size_t max_hops, std::size_t limit) {
  std::vector<std::vector<std::uint32_t>> chains;
  if (from == to || limit == 0) return chains;
  Undirected u = undirected_simple(g);
  const std::size_t n = boost::num_vertices(u);
  constexpr std::size_t kUnreached = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> dist(n, kUnreached);
  dist[from] = 0;
  boost::breadth_first_search(
      u, boost::vertex(from, u),
      boost::visitor(boost::make_bfs_visitor(boost::record_distances(dist.data(), boost::on_tree_edge()))));
  if (dist[to] == kUnreached || dist[to] > max_hops) return chains;
  // Walk back from `to` through neighbours one step closer to `from`, in id order.
  std::vector<std::uint32_t> path{to};
  auto walk = [&](auto&& self, std::uint32_t v) -> void {
    if (chains.size() >= limit) return;
    if (v == from) {
      chains.emplace_back(path.rbegin(), path.rend());
      return;
    }
    std::vector<std::uint32_t> prev;
    for (auto [it, end] = boost::adjacent_vertices(v, u); it != end; ++it)
      if (dist[*it] + 1 == dist[v]) prev.push_back(static_cast<std::uint32_t>(*it));
    std::sort(prev.begin(), prev.end());
    for (auto p : prev) {
      path.push_back(p);
      self(self, p);
      path.pop_back();
    }
  };
  walk(walk, to);
  return chains;
}

std::vector<double> degree_centrality(const ActorGraph& g) {
  Undirected u = undirected_simple(g);
  std::vector<double> d(boost::num_vertices(u));
  for (std::size_t v = 0; v < d.size(); ++v) d[v] = static_cast<double>(boost::degree(v, u));
  return d;
}

std::vector<double> mention_strength(const ActorGraph& g) {
  std::vector<double> m(g.num_actors(), 0.0);
  for (std::uint32_t e = 0; e < g.num_edges(); ++e) {
    const EdgeInfo& info = g.edge(e);
    m[info.source] += info.mentions;
    if (info.target != info.source) m[info.target] += info.mentions;
  }
  return m;
}

std::vector<double> pagerank(const ActorGraph& g, int iterations) {
  const auto& bg = g.impl().g;
  std::vector<double> rank(boost::num_vertices(bg), 0.0);
  if (rank.empty()) return rank;
  auto rank_map = boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, bg));
  boost::graph::page_rank(bg, rank_map, boost::graph::n_iterations(iterations), 0.85);
  double total = 0;
  for (double r : rank) total += r;
  if (total > 0)
    for (double& r : rank) r /= total;
  return rank;
}

std::vector<double> betweenness(const ActorGraph& g) {
  Undirected u = undirected_simple(g);
  std::vector<double> c(boost::num_vertices(u), 0.0);
  if (c.size() < 3) return c;
  auto cmap = boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, u));
  boost::brandes_betweenness_centrality(u, boost::centrality_map(cmap));
  // Boost counts each unordered pair once on an undirected graph: divide by
  // the (n-1)(n-2)/2 pairs a vertex could lie between, as networkx does.
  const double n = static_cast<double>(c.size());
  const double scale = 2.0 / ((n - 1) * (n - 2));
  for (double& x : c) x *= scale;
  return c;
}

}  // namespace actorgraph::query
