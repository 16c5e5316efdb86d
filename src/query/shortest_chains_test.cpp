#include "query/shortest_chains.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <deque>
#include <random>
#include <set>
#include <string>

#include "query/test_links.hpp"

using namespace actorgraph;
using namespace actorgraph::query;

using test::link;

TEST_CASE("shortest chains ignore direction, list every shortest one, respect max hops") {
  ActorGraphBuilder b;
  link(b, "a", "b");
  link(b, "c", "b");  // against the direction a -> b -> c
  link(b, "a", "d");
  link(b, "d", "c");
  link(b, "c", "e");
  const ActorGraph g = b.build();
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
  ActorGraphBuilder builder;
  for (int i = 0; i < 20; ++i) {
    const std::string m = "m" + std::to_string(i);
    link(builder, "a", m.c_str());
    link(builder, m.c_str(), "b");
  }
  link(builder, "a", "x");
  link(builder, "x", "y");
  link(builder, "y", "b");
  const ActorGraph g = builder.build();
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


TEST_CASE("shortest chains agree with a plain breadth-first search on random multigraphs") {
  // The reference: depths from `from` by a one-way search over the edge list
  // (either direction), then every chain walked back from `to`.
  std::mt19937 rng(17);
  for (int round = 0; round < 20; ++round) {
    ActorGraphBuilder b;
    const int actors = 8 + static_cast<int>(rng() % 40), edges = actors + static_cast<int>(rng() % (3 * actors));
    std::vector<std::string> names;
    for (int i = 0; i < actors; ++i) names.push_back("v" + std::to_string(i));
    for (const auto& n : names) b.add_actor(test::named_actor(n.c_str()));
    std::vector<std::set<std::uint32_t>> adjacent(actors);
    for (int k = 0; k < edges; ++k) {
      const auto s = static_cast<std::uint32_t>(rng() % actors), t = static_cast<std::uint32_t>(rng() % actors);
      link(b, names[s].c_str(), names[t].c_str());
      if (s != t) adjacent[s].insert(t), adjacent[t].insert(s);
    }
    const ActorGraph g = b.build();
    for (int q = 0; q < 30; ++q) {
      const auto from = static_cast<std::uint32_t>(rng() % actors), to = static_cast<std::uint32_t>(rng() % actors);
      const std::size_t max_hops = 1 + rng() % 5;
      std::vector<int> depth(actors, -1);
      std::deque<std::uint32_t> queue{from};
      depth[from] = 0;
      while (!queue.empty()) {
        const auto v = queue.front();
        queue.pop_front();
        for (auto w : adjacent[v])
          if (depth[w] < 0) depth[w] = depth[v] + 1, queue.push_back(w);
      }
      std::vector<std::vector<std::uint32_t>> want;
      if (from != to && depth[to] > 0 && static_cast<std::size_t>(depth[to]) <= max_hops) {
        std::vector<std::vector<std::uint32_t>> partial{{to}};
        while (!partial.empty()) {
          auto chain = partial.back();
          partial.pop_back();
          if (chain.back() == from) {
            want.emplace_back(chain.rbegin(), chain.rend());
            continue;
          }
          for (auto w : adjacent[chain.back()])
            if (depth[w] == depth[chain.back()] - 1) {
              auto longer = chain;
              longer.push_back(w);
              partial.push_back(std::move(longer));
            }
        }
        std::sort(want.begin(), want.end());
      }
      CAPTURE(round);
      CAPTURE(from);
      CAPTURE(to);
      CHECK(shortest_chains(g, from, to, max_hops, 100000) == want);
      if (want.size() > 2) CHECK(shortest_chains(g, from, to, max_hops, 2).size() == 2);
    }
  }
}
