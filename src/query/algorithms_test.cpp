#include "query/algorithms.hpp"

#include <doctest/doctest.h>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/page_rank.hpp>
#include <numeric>
#include <random>

using namespace actorgraph;
using namespace actorgraph::query;

namespace {

Actor actor(const char* id) {
  Actor a;
  a.id = id;
  a.name = id;
  a.type = ActorType::country;
  return a;
}

// Adds edge s->t with `mentions` mentions.
void link(ActorGraph& g, const char* s, const char* t, std::uint32_t mentions = 1, const char* key = "042") {
  EdgeInfo e;
  e.source = g.add_actor(actor(s));
  e.target = g.add_actor(actor(t));
  e.key = key;
  e.relation.cameo = key;
  e.mentions = mentions;
  g.add_edge(e);
}

}  // namespace

TEST_CASE("shortest chains ignore direction, list every shortest one, respect max hops") {
  ActorGraph g;
  link(g, "a", "b");
  link(g, "c", "b");  // against the direction a -> b -> c
  link(g, "a", "d");
  link(g, "d", "c");
  link(g, "c", "e");
  const auto a = *g.find_actor("a"), c = *g.find_actor("c"), e = *g.find_actor("e");
  auto chains = shortest_chains(g, a, c, 4, 10);
  REQUIRE(chains.size() == 2);
  CHECK(chains[0] == std::vector<std::uint32_t>{a, *g.find_actor("b"), c});
  CHECK(chains[1] == std::vector<std::uint32_t>{a, *g.find_actor("d"), c});
  CHECK(shortest_chains(g, a, e, 3, 10).size() == 2);
  CHECK(shortest_chains(g, a, e, 2, 10).empty());  // needs 3 hops
  CHECK(shortest_chains(g, a, c, 4, 1).size() == 1);
  CHECK(shortest_chains(g, a, a, 4, 10).empty());
}

TEST_CASE("shortest chains: a limit below the number of chains still gives shortest ones only") {
  // a - m0..m19 - b: 20 chains of 2 hops; a - x - y - b: one of 3 hops.
  ActorGraph g;
  for (int i = 0; i < 20; ++i) {
    const std::string m = "m" + std::to_string(i);
    link(g, "a", m.c_str());
    link(g, m.c_str(), "b");
  }
  link(g, "a", "x");
  link(g, "x", "y");
  link(g, "y", "b");
  const auto a = *g.find_actor("a"), b = *g.find_actor("b");
  CHECK(shortest_chains(g, a, b, 6, 50).size() == 20);
  for (std::size_t limit : {1u, 3u, 19u, 20u}) {
    auto chains = shortest_chains(g, a, b, 6, limit);
    CAPTURE(limit);
    CHECK(chains.size() == limit);
    for (const auto& c : chains) {
      CHECK(c.size() == 3);
      CHECK(c.front() == a);
      CHECK(c.back() == b);
    }
    CHECK(chains == shortest_chains(g, a, b, 6, limit));  // deterministic
  }
}

TEST_CASE("degree counts distinct counterparts; mentions sum incident edges") {
  ActorGraph g;
  link(g, "a", "b", 3, "042");
  link(g, "a", "b", 2, "190");  // parallel edge: same counterpart
  link(g, "b", "a", 1, "036");
  link(g, "a", "c", 4);
  auto d = degree_centrality(g);
  auto m = mention_strength(g);
  CHECK(d[*g.find_actor("a")] == 2);
  CHECK(d[*g.find_actor("b")] == 1);
  CHECK(m[*g.find_actor("a")] == 10);
  CHECK(m[*g.find_actor("b")] == 6);
}

TEST_CASE("betweenness of a path graph's middle is 1 (normalised as networkx)") {
  ActorGraph g;
  link(g, "a", "b");
  link(g, "b", "c");
  auto c = betweenness(g);
  CHECK(c[*g.find_actor("b")] == doctest::Approx(1.0));
  CHECK(c[*g.find_actor("a")] == doctest::Approx(0.0));
  // A star with 4 leaves: the hub lies on all 6 leaf pairs -> 1.0.
  ActorGraph s;
  for (const char* leaf : {"l1", "l2", "l3", "l4"}) link(s, "hub", leaf);
  CHECK(betweenness(s)[*s.find_actor("hub")] == doctest::Approx(1.0));
}

TEST_CASE("sampled betweenness: every actor a source is Boost's exact value; fewer is a seeded estimate") {
  ActorGraph g;
  std::mt19937 rng(3);
  const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (int i = 0; i < 40; ++i) v.push_back("v" + std::to_string(i));
    return v;
  }();
  for (int i = 0; i < 120; ++i) link(g, names[rng() % 40].c_str(), names[rng() % 40].c_str());
  for (int i = 1; i < 40; ++i) link(g, "v0", names[i].c_str());  // v0 is a hub
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
  ActorGraph small;
  link(small, "a", "b");
  link(small, "b", "c");
  auto pairs = [](const ActorGraph& g) {
    const auto d = degree_centrality(g);
    return static_cast<std::size_t>(std::accumulate(d.begin(), d.end(), 0.0) / 2);
  };
  CHECK(pairs(small) == 2);
  CHECK(betweenness_sources(small.num_actors(), pairs(small)) == 3);  // exact
  // 2,000 actors, each linked to the next 80: 160,000 distinct pairs;
  // 2,000 x 160,000 edge visits is over the budget of 2e8.
  ActorGraph big;
  std::vector<std::uint32_t> v;
  for (int i = 0; i < 2000; ++i) v.push_back(big.add_actor(actor(("a" + std::to_string(i)).c_str())));
  for (int i = 0; i < 2000; ++i)
    for (int d = 1; d <= 80; ++d) {
      EdgeInfo e;
      e.source = v[i];
      e.target = v[(i + d) % 2000];
      e.mentions = 1;
      big.add_edge(e);
    }
  CHECK(pairs(big) == 160000);
  CHECK(betweenness_sources(big.num_actors(), pairs(big)) == 1250);  // 2e8 / 160,000
}

TEST_CASE("pagerank sums to one and favours the cited actor") {
  ActorGraph g;
  link(g, "a", "hub");
  link(g, "b", "hub");
  link(g, "c", "hub");
  link(g, "hub", "a");
  auto r = pagerank(g);
  double total = 0;
  for (double x : r) total += x;
  CHECK(total == doctest::Approx(1.0));
  for (const char* other : {"a", "b", "c"}) CHECK(r[*g.find_actor("hub")] > r[*g.find_actor(other)]);
}

TEST_CASE("pagerank equals Boost's page_rank on the same multigraph") {
  // A random multigraph with parallel edges, self-loops, sinks and isolated
  // actors, fed to Boost's page_rank on a bidirectional adjacency_list.
  ActorGraph g;
  const char* ids[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i"};
  for (const char* id : ids) g.add_actor(actor(id));
  std::mt19937 rng(11);
  using Bidi = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  Bidi b(9);
  for (int k = 0; k < 40; ++k) {
    const std::uint32_t s = rng() % 7, t = rng() % 8;  // "i" stays isolated, "h" only receives
    link(g, ids[s], ids[t]);
    boost::add_edge(s, t, b);
  }
  std::vector<double> want(9);
  boost::graph::page_rank(b, boost::make_iterator_property_map(want.begin(), boost::get(boost::vertex_index, b)),
                          boost::graph::n_iterations(50), 0.85);
  double total = 0;
  for (double r : want) total += r;
  auto got = pagerank(g, 50);
  REQUIRE(got.size() == want.size());
  for (std::size_t v = 0; v < want.size(); ++v) CHECK(got[v] == doctest::Approx(want[v] / total).epsilon(1e-12));
}
