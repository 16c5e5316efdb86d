// Filtered loads answered from the graph image: a filter without dates that
// leaves negated edges and hypothetical mentions out (as the image does)
// selects whole edges by their codes, counts and actors, so the image holds
// every edge it keeps, with the same counts. The predicate below is the
// in-memory twin of filter_sql(); a test checks both give the same graphs.
#include <algorithm>

#include "store/store_impl.hpp"

namespace actorgraph::store {
namespace {

bool equal_nocase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

template <class T, class U>
bool contains(const std::vector<T>& set, const U& v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

class EdgeFilter {
 public:
  explicit EdgeFilter(const Filter& f) : f_(f) {
    for (const auto& t : f.types) {
      ActorType at;
      if (parse_actor_type(t, at)) types_.push_back(at);
    }
  }
  bool passes(const EdgeInfo& e, const Actor& s, const Actor& o) const {
    const std::string& cameo = e.relation.cameo;
    if (e.mentions < f_.min_mentions) return false;
    if (!f_.cameo.empty() &&
        std::none_of(f_.cameo.begin(), f_.cameo.end(), [&](const std::string& p) { return cameo.starts_with(p); }))
      return false;
    if (!f_.roots.empty() &&
        !contains(f_.roots, e.relation.root.empty() ? cameo.substr(0, 2) : e.relation.root))
      return false;
    if (!f_.quads.empty() && !contains(f_.quads, e.relation.quad)) return false;
    if (!f_.plover.empty() && std::none_of(f_.plover.begin(), f_.plover.end(), [&](const std::string& p) {
          return equal_nocase(p, e.relation.plover);
        }))
      return false;
    if (!f_.types.empty() && !(contains(types_, s.type) && contains(types_, o.type))) return false;
    if (!f_.countries.empty() && !contains(f_.countries, s.country) && !contains(f_.countries, o.country))
      return false;
    return true;
  }

 private:
  const Filter& f_;
  std::vector<ActorType> types_;
};

}  // namespace

bool image_answers(const Filter& f) {
  return f.since.empty() && f.until.empty() && !f.include_negated && !f.include_hypothetical;
}

ActorGraph filter_graph(ActorGraph all, const Filter& f) {
  if (f.is_default()) return all;
  const EdgeFilter keep(f);
  // The kept edges in id order, as a load from the rows reads them (the
  // graph orders them by source).
  std::vector<std::uint32_t> kept;
  for (std::uint32_t i = 0; i < all.num_edges(); ++i) {
    const EdgeInfo& e = all.edge(i);
    if (keep.passes(e, all.actor(e.source), all.actor(e.target))) kept.push_back(i);
  }
  std::sort(kept.begin(), kept.end(), [&](auto a, auto b) { return all.edge(a).id < all.edge(b).id; });
  // Vertices in the order their first kept edge names them, as the rows give them.
  ActorGraphBuilder g;
  std::vector<std::uint32_t> vertex(all.num_actors(), UINT32_MAX);
  auto add = [&](std::uint32_t v) {
    if (vertex[v] == UINT32_MAX) vertex[v] = g.add_actor(all.actor(v));
    return vertex[v];
  };
  g.reserve_edges(kept.size());
  for (std::uint32_t i : kept) {
    EdgeInfo& e = all.edge(i);
    const std::uint32_t source = add(e.source), target = add(e.target);
    EdgeInfo moved = std::move(e);
    moved.source = source;
    moved.target = target;
    g.add_edge(std::move(moved));
  }
  return g.build();
}

}  // namespace actorgraph::store
