#include "query/algorithms.hpp"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <limits>
#include <numeric>
#include <random>

#include "graph/boost_graph.hpp"

namespace actorgraph::query {
namespace {

using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

// Distinct actor pairs (smaller vertex first) linked by an edge either way;
// self-loops dropped; sorted.
std::vector<std::pair<std::uint32_t, std::uint32_t>> simple_pairs(const ActorGraph& g) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  pairs.reserve(g.num_edges());
  for (std::uint32_t i = 0; i < g.num_edges(); ++i) {
    const EdgeInfo& e = g.edge(i);
    if (e.source == e.target) continue;
    pairs.emplace_back(std::min(e.source, e.target), std::max(e.source, e.target));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  return pairs;
}

// One undirected edge per distinct actor pair (self-loops dropped).
Undirected undirected_simple(const ActorGraph& g) {
  auto pairs = simple_pairs(g);
  return Undirected(pairs.begin(), pairs.end(), g.num_actors());
}

constexpr std::uint32_t kUnseen = std::numeric_limits<std::uint32_t>::max();

// Calls f(w) for every distinct neighbour w of v (either direction).
template <typename F>
void for_each_neighbour(const ActorGraph::Impl& g, std::uint32_t v, F&& f) {
  for (std::uint32_t w : g.neighbours(v)) f(w);
}

// Sorted neighbours of v whose label in `dist` is `want`.
std::vector<std::uint32_t> neighbours_at(const ActorGraph::Impl& g, std::uint32_t v,
                                         const std::vector<std::uint32_t>& dist, std::uint32_t want) {
  std::vector<std::uint32_t> out;
  for_each_neighbour(g, v, [&](std::uint32_t w) {
    if (dist[w] == want) out.push_back(w);
  });
  std::sort(out.begin(), out.end());
  return out;
}

// Every chain from `v` down to the root of `dist` (labels decreasing by one), in id order.
void chains_to_root(const ActorGraph::Impl& g, std::uint32_t v, const std::vector<std::uint32_t>& dist,
                    std::vector<std::uint32_t>& path, std::vector<std::vector<std::uint32_t>>& out, std::size_t limit) {
  if (out.size() >= limit) return;
  path.push_back(v);
  if (dist[v] == 0) out.push_back(path);
  else
    for (auto w : neighbours_at(g, v, dist, dist[v] - 1)) chains_to_root(g, w, dist, path, out, limit);
  path.pop_back();
}

}  // namespace

std::vector<std::vector<std::uint32_t>> shortest_chains(const ActorGraph& g, std::uint32_t from, std::uint32_t to,
                                                        std::size_t max_hops, std::size_t limit) {
  // Bidirectional breadth-first search over the distinct neighbours (relations
  // link their actors either way; parallel edges once), expanding the smaller
  // frontier one whole layer at a time. Every shortest chain crosses the
  // layer where the searches meet at a vertex labelled by both, so the chains
  // are the forward chains to such a vertex joined with its backward chains.
  std::vector<std::vector<std::uint32_t>> chains;
  const std::size_t n = g.num_actors();
  if (from == to || limit == 0 || from >= n || to >= n) return chains;
  // The depth labels live across calls (one thread's scratch): filling two
  // arrays of every actor per call would cost more than a typical search.
  // Only the labelled entries are reset, when this call returns.
  struct Labels {
    std::vector<std::uint32_t> df, dt, set_f, set_b;
  };
  thread_local Labels scratch;
  struct Reset {
    Labels& l;
    ~Reset() {
      for (auto v : l.set_f) l.df[v] = kUnseen;
      for (auto v : l.set_b) l.dt[v] = kUnseen;
      l.set_f.clear();
      l.set_b.clear();
    }
  } reset{scratch};
  if (scratch.df.size() < n) {
    scratch.df.resize(n, kUnseen);
    scratch.dt.resize(n, kUnseen);
  }
  const ActorGraph::Impl& bg = g.impl();
  auto& df = scratch.df;
  auto& dt = scratch.dt;
  std::vector<std::uint32_t> front{from}, back{to};
  df[from] = 0;
  dt[to] = 0;
  scratch.set_f.push_back(from);
  scratch.set_b.push_back(to);
  std::uint32_t depth_f = 0, depth_b = 0;
  std::vector<std::uint32_t> meet;
  while (meet.empty() && !front.empty() && !back.empty() && depth_f + depth_b < max_hops) {
    const bool forward = front.size() <= back.size();
    auto& layer = forward ? front : back;
    auto& mine = forward ? df : dt;
    const auto& other = forward ? dt : df;
    const std::uint32_t next_depth = (forward ? depth_f : depth_b) + 1;
    std::vector<std::uint32_t> next;
    // Every meeting vertex of this layer closes a chain of the same, shortest
    // length (a shorter one would have met in an earlier layer), and each
    // gives at least one chain: the layer stops at `limit` of them. On a
    // graph with hubs the meeting layer is the largest.
    for (std::size_t i = 0; i < layer.size() && meet.size() < limit; ++i)
      for (std::uint32_t w : bg.neighbours(layer[i])) {
        if (mine[w] != kUnseen) continue;
        mine[w] = next_depth;
        next.push_back(w);
        if (other[w] != kUnseen) {
          meet.push_back(w);
          if (meet.size() >= limit) break;
        }
      }
    (forward ? depth_f : depth_b) = next_depth;
    auto& set = forward ? scratch.set_f : scratch.set_b;
    set.insert(set.end(), next.begin(), next.end());
    layer = std::move(next);
  }
  if (meet.empty()) return chains;
  // Keep meeting vertices on a shortest chain only (smallest total), in id order.
  std::uint32_t best = kUnseen;
  for (auto m : meet) best = std::min(best, df[m] + dt[m]);
  std::sort(meet.begin(), meet.end());
  meet.erase(std::unique(meet.begin(), meet.end()), meet.end());
  std::vector<std::uint32_t> path;
  for (auto m : meet) {
    if (df[m] + dt[m] != best || chains.size() >= limit) continue;
    std::vector<std::vector<std::uint32_t>> heads, tails;
    chains_to_root(bg, m, df, path, heads, limit);  // m .. from
    chains_to_root(bg, m, dt, path, tails, limit);  // m .. to
    for (const auto& h : heads)
      for (const auto& t : tails) {
        if (chains.size() >= limit) break;
        std::vector<std::uint32_t> chain(h.rbegin(), h.rend());  // from .. m
        chain.insert(chain.end(), t.begin() + 1, t.end());        // .. to
        chains.push_back(std::move(chain));
      }
  }
  std::sort(chains.begin(), chains.end());
  chains.erase(std::unique(chains.begin(), chains.end()), chains.end());
  return chains;
}

std::vector<double> degree_centrality(const ActorGraph& g) {
  std::vector<double> d(g.num_actors(), 0.0);
  for (auto [a, b] : simple_pairs(g)) {
    d[a] += 1;
    d[b] += 1;
  }
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
  // Boost's page_rank (boost/graph/page_rank.hpp) on a bidirectional graph,
  // step for step: ranks start at 1/n; each of `iterations` steps sets
  // rank'(v) = (1 - d) + d * sum over in-edges (u, v) of rank(u) / out_degree(u).
  // Here on the CSR arrays, with rank(u) / out_degree(u) computed once per u
  // instead of once per edge (the same value), and in-edges summed in the
  // same order (edge index), so the result is the same.
  const Csr& c = g.impl().csr();
  const std::size_t n = g.num_actors();
  std::vector<double> rank(n, 0.0);
  if (n == 0) return rank;
  constexpr double d = 0.85;
  std::fill(rank.begin(), rank.end(), 1.0 / static_cast<double>(n));
  std::vector<double> share(n), next(n);
  for (int it = 0; it < iterations; ++it) {
    for (std::size_t u = 0; u < n; ++u) {
      const auto out = c.out_degree(static_cast<std::uint32_t>(u));
      share[u] = out ? rank[u] / out : 0.0;
    }
    for (std::size_t v = 0; v < n; ++v) {
      double sum = 0;
      for (auto i = c.in_start[v], end = c.in_start[v + 1]; i < end; ++i) sum += share[c.in_source[i]];
      next[v] = (1 - d) + d * sum;
    }
    rank.swap(next);
  }
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

std::size_t betweenness_sources(std::size_t actors, std::size_t pairs) {
  constexpr double kBudget = 2e8;  // edge visits
  const double per_source = static_cast<double>(std::max<std::size_t>(1, pairs));
  const std::size_t affordable = std::max<std::size_t>(200, static_cast<std::size_t>(kBudget / per_source));
  return std::min(affordable, actors);
}

std::vector<double> sampled_betweenness(const ActorGraph& g, std::size_t sources, std::uint64_t seed) {
  const std::size_t n = g.num_actors();
  std::vector<double> cb(n, 0.0);
  if (n < 3 || sources == 0) return cb;
  // The simple undirected graph as CSR: adjacency of v is adj[start[v], start[v+1]).
  const auto pairs = simple_pairs(g);
  std::vector<std::uint32_t> start(n + 1, 0), adj(2 * pairs.size());
  for (auto [a, b] : pairs) ++start[a + 1], ++start[b + 1];
  for (std::size_t v = 0; v < n; ++v) start[v + 1] += start[v];
  std::vector<std::uint32_t> fill(start.begin(), start.end() - 1);
  for (auto [a, b] : pairs) adj[fill[a]++] = b, adj[fill[b]++] = a;

  // The sources: a seeded Fisher–Yates prefix (written out: std::shuffle and
  // the standard distributions differ between library versions).
  std::vector<std::uint32_t> chosen(n);
  std::iota(chosen.begin(), chosen.end(), 0u);
  const std::size_t k = std::min(sources, n);
  if (k < n) {
    std::mt19937_64 rng(seed);
    for (std::size_t i = 0; i < k; ++i) std::swap(chosen[i], chosen[i + rng() % (n - i)]);
    chosen.resize(k);
  }

  std::vector<std::uint32_t> order;
  order.reserve(n);
  std::vector<std::int32_t> dist(n, -1);
  std::vector<double> sigma(n, 0.0), delta(n, 0.0);
  for (std::uint32_t s : chosen) {
    // Breadth-first: shortest-path counts.
    order.clear();
    order.push_back(s);
    dist[s] = 0;
    sigma[s] = 1;
    for (std::size_t i = 0; i < order.size(); ++i) {
      const std::uint32_t v = order[i];
      for (std::uint32_t j = start[v]; j < start[v + 1]; ++j) {
        const std::uint32_t w = adj[j];
        if (dist[w] < 0) dist[w] = dist[v] + 1, order.push_back(w);
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    // Dependencies, farthest first, passed to each predecessor.
    for (std::size_t i = order.size(); i-- > 1;) {
      const std::uint32_t w = order[i];
      const double share = (1 + delta[w]) / sigma[w];
      for (std::uint32_t j = start[w]; j < start[w + 1]; ++j) {
        const std::uint32_t v = adj[j];
        if (dist[v] == dist[w] - 1) delta[v] += sigma[v] * share;
      }
      cb[w] += delta[w];
    }
    for (std::uint32_t v : order) dist[v] = -1, sigma[v] = 0, delta[v] = 0;
  }
  // Each pair is counted from both ends when every actor is a source.
  const double nn = static_cast<double>(n);
  const double scale = nn / static_cast<double>(k) / ((nn - 1) * (nn - 2));
  for (double& x : cb) x *= scale;
  return cb;
}

}  // namespace actorgraph::query
