// Test helper for the graph algorithms' unit tests: graphs written as links
// between actors named by their ids.
#pragma once

#include "actorgraph/graph.hpp"

namespace actorgraph::test {

/// An actor whose id and name are `id`.
inline Actor named_actor(const char* id) {
  Actor a;
  a.id = id;
  a.name = id;
  a.type = ActorType::country;
  return a;
}

/// Adds the actors s and t when new, then an edge s -> t of `mentions`
/// mentions with relation key and CAMEO code `key`.
inline void link(ActorGraphBuilder& g, const char* s, const char* t, std::uint32_t mentions = 1,
                 const char* key = "042") {
  EdgeInfo e;
  e.source = g.add_actor(named_actor(s));
  e.target = g.add_actor(named_actor(t));
  e.key = key;
  e.relation.cameo = key;
  e.mentions = mentions;
  g.add_edge(e);
}

}  // namespace actorgraph::test
