#include "graph/image.hpp"

#include <doctest/doctest.h>

#include <cstring>

#include "graph/same_graph.hpp"

using namespace actorgraph;

namespace {

Actor actor(const char* id, const char* name, ActorType type, const char* country, std::vector<std::string> aliases = {}) {
  Actor a;
  a.id = id;
  a.name = name;
  a.type = type;
  a.country = country;
  a.sector = type == ActorType::government ? "GOV" : "";
  a.code = country;
  a.aliases = std::move(aliases);
  return a;
}

EdgeInfo edge(std::int64_t id, std::uint32_t s, std::uint32_t t, const char* cameo, std::uint32_t mentions,
              bool negated = false) {
  EdgeInfo e;
  e.id = id;
  e.source = s;
  e.target = t;
  e.key = cameo;
  e.relation.cameo = cameo;
  e.relation.root = std::string(cameo, 2);
  e.relation.quad = 3;
  e.relation.goldstein = -4.4;
  e.relation.plover = "ACCUSE";
  e.relation.lemma = "accuse of a long list of things, longer than the small-string buffer";
  e.relation.text = "accused";
  e.negated = negated;
  e.mentions = mentions;
  e.factual = mentions - 1;
  e.articles = 2;
  e.sources = 1;
  e.first_date = "2022-02-24";
  e.last_date = mentions > 2 ? "2022-03-01" : "";
  return e;
}

ActorGraphBuilder sample_builder() {
  ActorGraphBuilder g;
  g.add_actor(actor("russia", "Russia", ActorType::country, "RUS", {"Moscow", "Russian Federation"}));
  g.add_actor(actor("ukraine-gov", "Ukrainian government", ActorType::government, "UKR"));
  g.add_actor(actor("unk-someone", "Someone", ActorType::unknown, ""));
  g.add_edge(edge(7, 0, 1, "112", 3));
  g.add_edge(edge(9, 1, 0, "112", 2, true));
  g.add_edge(edge(12, 2, 2, "010", 5));
  g.add_edge(edge(13, 0, 1, "190", 4));
  return g;
}

ActorGraph sample() { return sample_builder().build(); }

}  // namespace

TEST_CASE("image: a graph decodes to the same actors and edges, in the same order") {
  ActorGraph g = sample();
  const std::string bytes = image::encode(g);
  auto back = image::decode(bytes);
  REQUIRE(back);
  test::check_same_graph(g, *back);
  // Edges by source: ids 7 and 13 of actor 0, then 9, then 12.
  CHECK(back->edge(1).id == 13);
  CHECK(back->out_edges(0) == std::vector<std::uint32_t>{0, 1});
  CHECK(back->in_edges(0) == std::vector<std::uint32_t>{2});
}

TEST_CASE("image: the encoder fed actor by actor and edge by edge writes what encode() writes") {
  const ActorGraph g = sample();
  image::Encoder e;
  for (std::uint32_t v = 0; v < g.num_actors(); ++v) CHECK(e.add_actor(g.actor(v)) == v);
  for (std::uint32_t i = 0; i < g.num_edges(); ++i) CHECK(e.add_edge(g.edge(i)) == i);
  EdgeInfo dangling = g.edge(0);
  dangling.target = 99;
  CHECK_THROWS_AS(e.add_edge(dangling), std::out_of_range);
  CHECK(e.finish() == image::encode(g));
  CHECK(e.finish() == image::encode(ActorGraph{}));  // finish() leaves it empty
}

TEST_CASE("image: edges fed in id order (as the store scans its rows) are stored in the graph's order") {
  const ActorGraphBuilder b = sample_builder();
  image::Encoder e;
  for (std::uint32_t v = 0; v < b.num_actors(); ++v) e.add_actor(b.actor(v));
  for (std::uint32_t i = 0; i < b.num_edges(); ++i) CHECK(e.add_edge(b.edge(i)) == i);  // the order of addition
  auto back = image::decode(e.finish());
  REQUIRE(back);
  test::check_same_graph(sample(), *back);
}

TEST_CASE("image: an empty graph") {
  auto back = image::decode(image::encode(ActorGraph{}));
  REQUIRE(back);
  CHECK(back->num_actors() == 0);
  CHECK(back->num_edges() == 0);
}

TEST_CASE("image: repeated strings are stored once") {
  ActorGraphBuilder b = sample_builder();
  const std::size_t four = image::encode(sample()).size();
  b.add_edge(edge(20, 1, 2, "112", 3));
  ActorGraphBuilder copy = sample_builder();
  copy.add_edge(edge(20, 1, 2, "112", 3));
  const std::size_t five = image::encode(b.build()).size();
  copy.add_edge(edge(21, 2, 1, "112", 3));
  const std::size_t six = image::encode(copy.build()).size();
  // Each new edge adds one fixed-size record and no string (its lemma alone
  // is 70 bytes).
  CHECK(six - five == five - four);
  CHECK(five - four < 100);
}

TEST_CASE("image: anything but a whole image of this format is refused, never a crash") {
  const std::string good = image::encode(sample());
  CHECK_FALSE(image::decode(""));
  CHECK_FALSE(image::decode("AGIMAGE"));
  CHECK_FALSE(image::decode(good + "x"));  // trailing bytes
  // Edges out of source order (format 2 had them by id) are refused.
  {
    image::Encoder e;
    const ActorGraph g = sample();
    for (std::uint32_t v = 0; v < g.num_actors(); ++v) e.add_actor(g.actor(v));
    for (std::uint32_t i = 0; i < g.num_edges(); ++i) e.add_edge(g.edge(i));
    std::string swapped = e.finish();
    const std::size_t record = 48, edges_at = swapped.size() - 4 * record;
    std::string first = swapped.substr(edges_at, record);
    swapped.replace(edges_at, record, swapped.substr(edges_at + 3 * record, record));
    swapped.replace(edges_at + 3 * record, record, first);
    CHECK(image::decode(good));
    CHECK_FALSE(image::decode(swapped));
  }
  for (std::size_t n = 0; n < good.size(); n += 7) CHECK_FALSE(image::decode(good.substr(0, n)));
  std::string bad = good;
  bad[0] = 'X';  // magic
  CHECK_FALSE(image::decode(bad));
  bad = good;
  bad[8] ^= 0x7f;  // byte order
  CHECK_FALSE(image::decode(bad));
  bad = good;
  bad[12] = 9;  // format
  CHECK_FALSE(image::decode(bad));
  // Every single-byte change decodes to a consistent graph or is refused.
  for (std::size_t i = 0; i < good.size(); ++i) {
    bad = good;
    bad[i] = static_cast<char>(bad[i] ^ 0xff);
    auto g = image::decode(bad);
    if (!g) continue;
    for (std::uint32_t e = 0; e < g->num_edges(); ++e) {
      CHECK(g->edge(e).source < g->num_actors());
      CHECK(g->edge(e).target < g->num_actors());
    }
  }
}
