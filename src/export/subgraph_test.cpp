#include "export/subgraph.hpp"

#include <doctest/doctest.h>

#include <set>
#include <string>

#include "export/test_graph.hpp"

using namespace actorgraph;
using namespace actorgraph::exporting;

namespace {

// A chain a -> b -> c -> d plus e -> a and an unconnected pair x -> y.
ActorGraph chain() {
  ActorGraphBuilder g;
  for (const char* id : {"a", "b", "c", "d", "e", "x", "y"}) {
    Actor a;
    a.id = id;
    a.name = std::string("Actor ") + id;
    g.add_actor(a);
  }
  auto edge = [&](const char* s, const char* t, const char* key, std::uint32_t mentions, std::int64_t id) {
    EdgeInfo e;
    e.source = *g.find_actor(s);
    e.target = *g.find_actor(t);
    e.key = key;
    e.relation.lemma = key;
    e.mentions = mentions;
    e.id = id;
    g.add_edge(e);
  };
  edge("a", "b", "meet", 1, 11);
  edge("b", "c", "meet", 2, 12);
  edge("c", "d", "meet", 3, 13);
  edge("e", "a", "meet", 4, 14);
  edge("x", "y", "meet", 5, 15);
  return g.build();
}

std::set<std::string> actor_ids(const ActorGraph& g) {
  std::set<std::string> ids;
  for (std::uint32_t v = 0; v < g.num_actors(); ++v) ids.insert(g.actor(v).id);
  return ids;
}

}  // namespace

TEST_CASE("ego_network follows edges both ways up to the depth and keeps the induced edges") {
  const ActorGraph g = chain();
  struct Case {
    const char* center;
    unsigned depth;
    std::set<std::string> actors;
    std::size_t edges;
  };
  const Case cases[] = {
      {"b", 0, {"b"}, 0},
      {"b", 1, {"a", "b", "c"}, 2},
      {"b", 2, {"a", "b", "c", "d", "e"}, 4},
      {"d", 1, {"c", "d"}, 1},  // reached against the edge direction
      {"x", 5, {"x", "y"}, 1},
  };
  for (const Case& c : cases) {
    CAPTURE(c.center);
    CAPTURE(c.depth);
    const ActorGraph ego = ego_network(g, *g.find_actor(c.center), c.depth);
    CHECK(actor_ids(ego) == c.actors);
    CHECK(ego.num_edges() == c.edges);
    for (std::uint32_t e = 0; e < ego.num_edges(); ++e) {  // ids and counts survive, ends re-indexed
      const EdgeInfo& info = ego.edge(e);
      CHECK(info.id >= 11);
      CHECK(info.source < ego.num_actors());
      CHECK(info.target < ego.num_actors());
      CHECK(info.mentions == static_cast<std::uint32_t>(info.id - 10));
    }
  }
  CHECK_THROWS_AS(ego_network(g, 99, 1), std::out_of_range);
}

TEST_CASE("ego_network keeps parallel edges and self-loops of the fixture") {
  const ActorGraph g = testing::fixture_graph();
  const ActorGraph ego = ego_network(g, *g.find_actor("volodymyr-zelenskyy"), 1);
  CHECK(actor_ids(ego) == std::set<std::string>{"volodymyr-zelenskyy", "xi-jinping", "recep-tayyip-erdogan"});
  CHECK(ego.num_edges() == 4);  // 2 parallel Zelenskyy -> Xi, the negated one, Erdoğan's self-loop
}

TEST_CASE("aggregate_pairs merges the relations of each ordered pair") {
  const ActorGraph g = testing::fixture_graph();
  const ActorGraph agg = aggregate_pairs(g);
  CHECK(agg.num_actors() == g.num_actors());
  REQUIRE(agg.num_edges() == 4);  // Zelenskyy->Xi merged; Erdoğan->Zelenskyy; self-loop; AT&T->node
  const EdgeInfo& zx = agg.edge(0);
  CHECK(agg.actor(zx.source).id == "volodymyr-zelenskyy");
  CHECK(agg.actor(zx.target).id == "xi-jinping");
  CHECK(zx.id == 0);
  CHECK(zx.mentions == 3);
  CHECK(zx.relation.lemma == "call for talks with; meet with");  // most mentioned first
  CHECK(zx.relation.cameo == "026; 036");
  CHECK(zx.relation.plover == "REQUEST; CONSULT");
  CHECK(zx.relation.quad == 1);  // all agree
  CHECK(zx.relation.goldstein == doctest::Approx((3.0 * 2 + 4.0) / 3));
  CHECK_FALSE(zx.negated);
  CHECK(zx.first_date == "2022-08-04");
  CHECK(zx.last_date == "2023-03-20T10:00:00Z");
  CHECK(zx.evidence.size() == 3);
  CHECK(zx.articles == 3);
  const EdgeInfo& ez = agg.edge(1);
  CHECK(ez.negated);  // every merged edge negated
  CHECK(ez.relation.lemma == "condemn");

  // Without evidence, articles is the largest count of a merged edge.
  ActorGraph bare = testing::fixture_graph();
  for (std::uint32_t e = 0; e < bare.num_edges(); ++e) bare.edge(e).evidence.clear();
  CHECK(aggregate_pairs(bare).edge(0).articles == 2);
}

TEST_CASE("aggregate_pairs mixes quads and negation conservatively") {
  ActorGraphBuilder g;
  for (std::string id : {"a", "b"}) {
    Actor a;
    a.id = std::move(id);
    g.add_actor(a);
  }
  EdgeInfo e1, e2;
  e1.source = e2.source = 0;
  e1.target = e2.target = 1;
  e1.key = "042";
  e1.relation.quad = 1;
  e1.mentions = 1;
  e2.key = "173";
  e2.relation.quad = 4;
  e2.negated = true;
  e2.mentions = 1;
  g.add_edge(e1);
  g.add_edge(e2);
  const ActorGraph agg = aggregate_pairs(g.build());
  REQUIRE(agg.num_edges() == 1);
  CHECK(agg.edge(0).relation.quad == 0);
  CHECK_FALSE(agg.edge(0).negated);
  CHECK(agg.edge(0).key == "042; 173");
  CHECK(agg.edge(0).mentions == 2);
}
