// Test helper: two graphs with the same actors and edges at the same indices.
#pragma once

#include <doctest/doctest.h>

#include "actorgraph/graph.hpp"

namespace actorgraph::test {

/// Checks every field of every actor and edge (not the evidence) of b
/// against a, index by index.
inline void check_same_graph(const ActorGraph& a, const ActorGraph& b) {
  REQUIRE(a.num_actors() == b.num_actors());
  REQUIRE(a.num_edges() == b.num_edges());
  for (std::uint32_t v = 0; v < a.num_actors(); ++v) {
    const Actor &x = a.actor(v), &y = b.actor(v);
    CHECK(x.id == y.id);
    CHECK(x.name == y.name);
    CHECK(x.type == y.type);
    CHECK(x.country == y.country);
    CHECK(x.sector == y.sector);
    CHECK(x.code == y.code);
    CHECK(x.aliases == y.aliases);
    CHECK(b.find_actor(x.id) == v);
  }
  for (std::uint32_t i = 0; i < a.num_edges(); ++i) {
    const EdgeInfo &x = a.edge(i), &y = b.edge(i);
    CHECK(x.id == y.id);
    CHECK(x.source == y.source);
    CHECK(x.target == y.target);
    CHECK(x.key == y.key);
    CHECK(x.negated == y.negated);
    CHECK(x.relation.text == y.relation.text);
    CHECK(x.relation.lemma == y.relation.lemma);
    CHECK(x.relation.cameo == y.relation.cameo);
    CHECK(x.relation.root == y.relation.root);
    CHECK(x.relation.quad == y.relation.quad);
    CHECK(x.relation.goldstein == y.relation.goldstein);
    CHECK(x.relation.plover == y.relation.plover);
    CHECK(x.mentions == y.mentions);
    CHECK(x.factual == y.factual);
    CHECK(x.articles == y.articles);
    CHECK(x.sources == y.sources);
    CHECK(x.first_date == y.first_date);
    CHECK(x.last_date == y.last_date);
  }
}

}  // namespace actorgraph::test
