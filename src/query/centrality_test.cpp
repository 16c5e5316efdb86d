#include "query/centrality.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <numeric>
#include <random>

#include "query/test_links.hpp"

using namespace actorgraph;
using namespace actorgraph::query;

using test::link;

TEST_CASE("degree counts distinct counterparts; mentions sum incident edges") {
  ActorGraphBuilder b;
  link(b, "a", "b", 3, "042");
  link(b, "a", "b", 2, "190");  // parallel edge: same counterpart
  link(b, "b", "a", 1, "036");
  link(b, "a", "c", 4);
  link(b, "c", "c", 5);  // self-loop: no counterpart, its mentions once
  const ActorGraph g = b.build();
  auto d = degree_centrality(g);
  auto m = mention_strength(g);
  CHECK(d[*g.find_actor("a")] == 2);
  CHECK(d[*g.find_actor("b")] == 1);
  CHECK(m[*g.find_actor("a")] == 10);
  CHECK(m[*g.find_actor("b")] == 6);
  CHECK(d[*g.find_actor("c")] == 1);
  CHECK(m[*g.find_actor("c")] == 9);
}

TEST_CASE("betweenness of a path graph's middle is 1 (normalised as networkx)") {
  ActorGraphBuilder b;
  link(b, "a", "b");
  link(b, "b", "c");
  link(b, "c", "b");  // the same pair the other way: one path still
  const ActorGraph g = b.build();
  auto c = betweenness(g);
  CHECK(c[*g.find_actor("b")] == doctest::Approx(1.0));
  CHECK(c[*g.find_actor("a")] == doctest::Approx(0.0));
  // A star with 4 leaves: the hub lies on all 6 leaf pairs -> 1.0.
  ActorGraphBuilder star;
  for (const char* leaf : {"l1", "l2", "l3", "l4"}) link(star, "hub", leaf);
  const ActorGraph s = star.build();
  CHECK(betweenness(s)[*s.find_actor("hub")] == doctest::Approx(1.0));
}

TEST_CASE("sampled betweenness: every actor a source is Boost's exact value; fewer is a seeded estimate") {
  ActorGraphBuilder b;
  std::mt19937 rng(3);
  const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (int i = 0; i < 40; ++i) v.push_back("v" + std::to_string(i));
    return v;
  }();
  for (int i = 0; i < 120; ++i) link(b, names[rng() % 40].c_str(), names[rng() % 40].c_str());
  for (int i = 1; i < 40; ++i) link(b, "v0", names[i].c_str());  // v0 is a hub
  const ActorGraph g = b.build();
  const auto exact = betweenness(g);
  const auto all = sampled_betweenness(g, g.num_actors());
  REQUIRE(all.size() == exact.size());
  for (std::size_t v = 0; v < exact.size(); ++v) CHECK(all[v] == doctest::Approx(exact[v]).epsilon(1e-9));
  const auto some = sampled_betweenness(g, 10);
  CHECK(some == sampled_betweenness(g, 10));  // the same seed, the same figures
  CHECK(some != all);
  const auto hub = *g.find_actor("v0");
  CHECK(std::max_element(some.begin(), some.end()) - some.begin() == hub);
  CHECK(some[hub] == doctest::Approx(exact[hub]).epsilon(0.35));
}

TEST_CASE("betweenness samples its sources only past a budget of actors x pairs") {
  ActorGraphBuilder three;
  link(three, "a", "b");
  link(three, "b", "c");
  const ActorGraph small = three.build();
  auto pairs = [](const ActorGraph& g) {
    const auto d = degree_centrality(g);
    return static_cast<std::size_t>(std::accumulate(d.begin(), d.end(), 0.0) / 2);
  };
  CHECK(pairs(small) == 2);
  CHECK(betweenness_sources(small.num_actors(), pairs(small)) == 3);  // exact
  // 2,000 actors, each linked to the next 80: 160,000 distinct pairs;
  // 2,000 x 160,000 edge visits is over the budget of 2e8.
  ActorGraphBuilder ring;
  std::vector<std::uint32_t> v;
  for (int i = 0; i < 2000; ++i) v.push_back(ring.add_actor(test::named_actor(("a" + std::to_string(i)).c_str())));
  for (int i = 0; i < 2000; ++i)
    for (int d = 1; d <= 80; ++d) {
      EdgeInfo e;
      e.source = v[i];
      e.target = v[(i + d) % 2000];
      e.mentions = 1;
      ring.add_edge(e);
    }
  const ActorGraph big = ring.build();
  CHECK(pairs(big) == 160000);
  CHECK(betweenness_sources(big.num_actors(), pairs(big)) == 1250);  // 2e8 / 160,000
}

TEST_CASE("pagerank sums to one and favours the cited actor") {
  ActorGraphBuilder b;
  link(b, "a", "hub");
  link(b, "b", "hub");
  link(b, "c", "hub");
  link(b, "hub", "a");
  const ActorGraph g = b.build();
  auto r = pagerank(g);
  double total = 0;
  for (double x : r) total += x;
  CHECK(total == doctest::Approx(1.0));
  for (const char* other : {"a", "b", "c"}) CHECK(r[*g.find_actor("hub")] > r[*g.find_actor(other)]);
}

TEST_CASE("pagerank: the ranks of the formula, step by step, on a multigraph") {
  // A random multigraph with parallel edges, self-loops, sinks and isolated
  // actors. The reference is PageRank written out as actorgraph computed it
  // before it ran Boost's page_rank: ranks start at 1/n; each step sets
  // rank'(v) = (1 - d) + d * (sum over in-edges (u, v) of rank(u) / out-degree(u));
  // the result is scaled to sum to 1.
  const char* ids[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
  ActorGraphBuilder b;
  for (const char* id : ids) b.add_actor(test::named_actor(id));
  std::mt19937 rng(11);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  for (int k = 0; k < 40; ++k) {
    const std::uint32_t s = rng() % 7, t = rng() % 8;  // "i" stays isolated, "h" only receives
    link(b, ids[s], ids[t]);
    edges.emplace_back(s, t);
  }
  const ActorGraph g = b.build();
  const std::size_t n = 9;
  std::vector<double> want(n, 1.0 / n), out(n, 0.0);
  for (auto [s, t] : edges) out[s] += 1;
  for (int step = 0; step < 50; ++step) {
    std::vector<double> next(n, 0.0);
    for (auto [s, t] : edges) next[t] += want[s] / out[s];
    for (double& r : next) r = (1 - 0.85) + 0.85 * r;
    want = next;
  }
  const double total = std::accumulate(want.begin(), want.end(), 0.0);
  const auto got = pagerank(g, 50);
  REQUIRE(got.size() == n);
  for (std::size_t v = 0; v < n; ++v) CHECK(got[v] == doctest::Approx(want[v] / total).epsilon(1e-12));
  CHECK(got[8] < got[7]);  // isolated below a receiver
}
