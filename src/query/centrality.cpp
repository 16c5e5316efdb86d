#include "query/centrality.hpp"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/degree_centrality.hpp>
#include <boost/graph/page_rank.hpp>
#include <boost/pending/queue.hpp>
#include <boost/range/iterator_range.hpp>
#include <numeric>
#include <random>

#include "actorgraph/boost_graph.hpp"

namespace actorgraph::query {
namespace {

using Vertex = CounterpartCsrGraph::vertex_descriptor;
using Arc = CounterpartCsrGraph::edge_descriptor;

// Brandes' first phase as a breadth-first search visitor: the order the
// vertices are reached in, their depth and their number of shortest paths
// from the source (the source starts at depth 0 with one path).
struct ShortestPathCounter : boost::default_bfs_visitor {
  std::vector<Vertex>& order;
  std::vector<std::int32_t>& depth;
  std::vector<double>& paths;
  void discover_vertex(Vertex v, const CounterpartCsrGraph&) const { order.push_back(v); }
  void tree_edge(Arc a, const CounterpartCsrGraph& g) const {
    const Vertex u = boost::source(a, g), w = boost::target(a, g);
    depth[w] = depth[u] + 1;
    paths[w] += paths[u];
  }
  void non_tree_edge(Arc a, const CounterpartCsrGraph& g) const {
    const Vertex u = boost::source(a, g), w = boost::target(a, g);
    if (depth[w] == depth[u] + 1) paths[w] += paths[u];
  }
};

// The first k of 0..n-1 after a seeded Fisher–Yates shuffle (written out:
// std::shuffle and the standard distributions differ between library versions).
std::vector<Vertex> sample_sources(std::size_t n, std::size_t k, std::uint64_t seed) {
  std::vector<Vertex> chosen(n);
  std::iota(chosen.begin(), chosen.end(), Vertex{0});
  if (k < n) {
    std::mt19937_64 rng(seed);
    for (std::size_t i = 0; i < k; ++i) std::swap(chosen[i], chosen[i + rng() % (n - i)]);
    chosen.resize(k);
  }
  return chosen;
}

}  // namespace

std::vector<double> degree_centrality(const ActorGraph& g) {
  const CounterpartCsrGraph& cg = counterpart_graph(g);
  std::vector<double> d(boost::num_vertices(cg), 0.0);
  boost::all_degree_centralities(cg, boost::make_iterator_property_map(d.begin(), boost::get(boost::vertex_index, cg)));
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
  const ActorCsrGraph& bg = boost_graph(g);
  std::vector<double> rank(boost::num_vertices(bg), 0.0);
  if (rank.empty()) return rank;
  boost::graph::page_rank(bg, boost::make_iterator_property_map(rank.begin(), boost::get(boost::vertex_index, bg)),
                          boost::graph::n_iterations(static_cast<std::size_t>(std::max(0, iterations))), 0.85);
  // Boost's ranks are not scaled (each step gives every actor 1 - damping,
  // and actors with no out-edge pass nothing on): make them sum to 1.
  const double total = std::accumulate(rank.begin(), rank.end(), 0.0);
  if (total > 0)
    for (double& r : rank) r /= total;
  return rank;
}

std::vector<double> betweenness(const ActorGraph& g) {
  const CounterpartCsrGraph& cg = counterpart_graph(g);
  std::vector<double> c(boost::num_vertices(cg), 0.0);
  if (c.size() < 3) return c;
  boost::brandes_betweenness_centrality(
      cg, boost::centrality_map(boost::make_iterator_property_map(c.begin(), boost::get(boost::vertex_index, cg))));
  // On the counterpart graph (directed, one arc each way) Boost counts every
  // pair of actors from both ends: divide by the (n-1)(n-2) ordered pairs a
  // vertex could lie between, which is networkx's undirected normalisation.
  const double n = static_cast<double>(c.size());
  for (double& x : c) x /= (n - 1) * (n - 2);
  return c;
}

std::size_t betweenness_sources(std::size_t actors, std::size_t pairs) {
  constexpr double kBudget = 2e8;  // edge visits
  const double per_source = static_cast<double>(std::max<std::size_t>(1, pairs));
  const std::size_t affordable = std::max<std::size_t>(200, static_cast<std::size_t>(kBudget / per_source));
  return std::min(affordable, actors);
}

std::vector<double> sampled_betweenness(const ActorGraph& g, std::size_t sources, std::uint64_t seed) {
  // Brandes' algorithm from some sources only (Boost's runs from every
  // vertex): Boost's breadth-first search counts the shortest paths, and the
  // dependencies are passed back from the farthest vertices.
  const CounterpartCsrGraph& cg = counterpart_graph(g);
  const std::size_t n = boost::num_vertices(cg);
  std::vector<double> cb(n, 0.0);
  if (n < 3 || sources == 0) return cb;
  const std::vector<Vertex> chosen = sample_sources(n, sources, seed);

  std::vector<Vertex> order;
  order.reserve(n);
  std::vector<std::int32_t> depth(n, -1);
  std::vector<double> paths(n, 0.0), dependency(n, 0.0);
  std::vector<boost::default_color_type> colour(n, boost::white_color);
  const auto colours = boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, cg));
  boost::queue<Vertex> queue;
  for (Vertex s : chosen) {
    order.clear();
    depth[s] = 0;
    paths[s] = 1;
    boost::breadth_first_visit(cg, s, queue, ShortestPathCounter{{}, order, depth, paths}, colours);
    for (std::size_t i = order.size(); i-- > 1;) {
      const Vertex w = order[i];
      const double share = (1 + dependency[w]) / paths[w];
      for (Vertex v : boost::make_iterator_range(boost::adjacent_vertices(w, cg)))
        if (depth[v] == depth[w] - 1) dependency[v] += paths[v] * share;
      cb[w] += dependency[w];
    }
    // Only the vertices this search reached are reset.
    for (Vertex v : order) depth[v] = -1, paths[v] = 0, dependency[v] = 0, colour[v] = boost::white_color;
  }
  // Each pair is counted from both ends when every actor is a source.
  const double nn = static_cast<double>(n);
  const double scale = nn / static_cast<double>(chosen.size()) / ((nn - 1) * (nn - 2));
  for (double& x : cb) x *= scale;
  return cb;
}

}  // namespace actorgraph::query
