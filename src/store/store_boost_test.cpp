// A library user's view: a graph loaded from a database is a Boost graph, and
// BGL algorithms actorgraph itself never runs work on it
// (actorgraph/boost_graph.hpp).
#include <doctest/doctest.h>

#include <boost/graph/connected_components.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <boost/graph/strong_components.hpp>
#include <map>
#include <set>

#include "actorgraph/boost_graph.hpp"
#include "actorgraph/store.hpp"
#include "store/test_util.hpp"

using namespace actorgraph;
using test::make_actor;
using test::make_article;
using test::make_triple;

namespace {

// Actor ids grouped by the component number each was given.
template <class Graph>
std::set<std::set<std::string>> groups(const ActorGraph& g, const Graph& bg, const std::vector<std::uint32_t>& c) {
  std::map<std::uint32_t, std::set<std::string>> by;
  for (std::uint32_t v = 0; v < boost::num_vertices(bg); ++v) by[c[v]].insert(g.actor(v).id);
  std::set<std::set<std::string>> out;
  for (auto& [n, ids] : by) out.insert(ids);
  return out;
}

using Groups = std::set<std::set<std::string>>;

}  // namespace

TEST_CASE("BGL on a stored graph: connected_components, strong_components and dijkstra by hand") {
  // a -> b -> c -> a is a cycle, c -> d leaves it; e <-> f; h only names
  // itself; g -> x is negated, so the default filter leaves g and x out.
  test::TempDir dir;
  const std::string path = dir.file("bgl.db");
  {
    Store store(path, Store::Mode::read_write);
    std::map<std::string, Actor> actor;
    for (const char* id : {"a", "b", "c", "d", "e", "f", "g", "h", "x"})
      actor[id] = make_actor(id, std::string("Actor ") + id, ActorType::country, "XXX");
    const Article art = make_article("art", "2024-01-01", "S");
    std::vector<Triple> ts;
    for (auto [s, o, code] : {std::tuple{"a", "b", "042"}, {"b", "c", "042"}, {"c", "a", "042"}, {"c", "d", "190"},
                              {"c", "d", "190"}, {"e", "f", "036"}, {"f", "e", "036"}, {"h", "h", "051"}})
      ts.push_back(make_triple(art, actor[s], code, actor[o]));
    ts.push_back(make_triple(art, actor["g"], "042", actor["x"], 1, true));
    auto batch = store.begin_batch();
    batch.add(art, ts);
    batch.commit();
    store.save_graph_image();
  }
  Store store(path, Store::Mode::read_only);
  for (bool image : {true, false}) {
    CAPTURE(image);
    const ActorGraph g = image ? store.load(Filter{}) : store.load_from_rows(Filter{});
    const ActorCsrGraph& bg = boost_graph(g);
    REQUIRE(boost::num_vertices(bg) == 7);
    REQUIRE(boost::num_edges(bg) == 7);  // c -> d merged into one edge of 2 mentions

    std::vector<std::uint32_t> strong(boost::num_vertices(bg));
    const auto n_strong =
        boost::strong_components(bg, boost::make_iterator_property_map(strong.begin(), boost::get(boost::vertex_index, bg)));
    CHECK(n_strong == 4);
    CHECK(groups(g, bg, strong) == Groups{{"a", "b", "c"}, {"d"}, {"e", "f"}, {"h"}});

    const CounterpartCsrGraph& cg = counterpart_graph(g);
    std::vector<std::uint32_t> weak(boost::num_vertices(cg));
    const auto n_weak =
        boost::connected_components(cg, boost::make_iterator_property_map(weak.begin(), boost::get(boost::vertex_index, cg)));
    CHECK(n_weak == 3);
    CHECK(groups(g, cg, weak) == Groups{{"a", "b", "c", "d"}, {"e", "f"}, {"h"}});

    // Bundled properties as a weight map: the fewest mentions from a to d
    // go a -> b (1) -> c (1) -> d (2).
    std::vector<double> distance(boost::num_vertices(bg));
    boost::dijkstra_shortest_paths(
        bg, *g.find_actor("a"),
        boost::weight_map(boost::get(&EdgeInfo::mentions, bg))
            .distance_map(boost::make_iterator_property_map(distance.begin(), boost::get(boost::vertex_index, bg))));
    CHECK(distance[*g.find_actor("d")] == 4);
    CHECK(distance[*g.find_actor("c")] == 2);
  }
}
