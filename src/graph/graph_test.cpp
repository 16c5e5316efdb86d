#include "actorgraph/graph.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <boost/range/iterator_range.hpp>

#include "actorgraph/boost_graph.hpp"
#include "graph/merge_key.hpp"

using namespace actorgraph;

namespace {

Actor person(const char* id, const char* name, const char* country) {
  Actor a;
  a.id = id;
  a.name = name;
  a.type = ActorType::person;
  a.country = country;
  return a;
}

Triple triple(const char* article, const char* date, const Actor& s, const char* cameo, const Actor& o,
              bool negated = false, Modality m = Modality::asserted) {
  Triple t;
  t.article = article;
  t.date = date;
  t.subject.actor = s;
  t.subject.mention = s.name;
  t.object.actor = o;
  t.object.mention = o.name;
  t.relation.cameo = cameo;
  t.relation.lemma = std::string("lemma-") + cameo;
  t.relation.text = std::string("text-") + cameo;
  t.negated = negated;
  t.modality = m;
  t.sentence_text = "A sentence.";
  return t;
}

const Actor kZel = person("volodymyr-zelenskyy", "Volodymyr Zelenskyy", "UKR");
const Actor kXi = person("xi-jinping", "Xi Jinping", "CHN");
const Actor kPutin = person("vladimir-putin", "Vladimir Putin", "RUS");

}  // namespace

TEST_CASE("merge: counts, factual, distinct articles and sources, dates") {
  ActorGraphBuilder g;
  auto e1 = g.merge(triple("a1", "2022-08-04", kZel, "026", kXi), "T1", "Reuters");
  auto e2 = g.merge(triple("a1", "2022-08-04", kZel, "026", kXi, false, Modality::reported), "T1", "Reuters");
  auto e3 = g.merge(triple("a2", "2022-07-01", kZel, "026", kXi, false, Modality::hypothetical), "T2", "AP");
  auto e4 = g.merge(triple("a3", "", kZel, "026", kXi), "T3", "");
  CHECK(e1 == e2);
  CHECK(e1 == e3);
  CHECK(e1 == e4);
  REQUIRE(g.num_edges() == 1);
  REQUIRE(g.num_actors() == 2);
  const EdgeInfo& e = g.edge(e1);
  CHECK(e.mentions == 4);
  CHECK(e.factual == 3);   // asserted, reported, asserted; not hypothetical
  CHECK(e.articles == 3);  // a1, a2, a3
  CHECK(e.sources == 2);   // Reuters, AP; empty source not counted
  CHECK(e.first_date == "2022-07-01");
  CHECK(e.last_date == "2022-08-04");
  CHECK(e.key == "026");
  CHECK(e.relation.text == "text-026");
  REQUIRE(e.evidence.size() == 4);
  CHECK(e.evidence[0].title == "T1");
  CHECK(e.evidence[1].modality == Modality::reported);
  CHECK(e.evidence[2].source == "AP");
  CHECK(g.actor(e.source).id == "volodymyr-zelenskyy");
  CHECK(g.actor(e.target).id == "xi-jinping");
}

TEST_CASE("merge: edges are apart by direction, relation key and negation") {
  ActorGraphBuilder g;
  struct Case { Triple t; bool new_edge; };
  Case cases[] = {
      {triple("a", "2022-01-01", kZel, "026", kXi), true},
      {triple("a", "2022-01-01", kZel, "026", kXi), false},
      {triple("a", "2022-01-01", kXi, "026", kZel), true},         // reversed
      {triple("a", "2022-01-01", kZel, "026", kXi, true), true},   // negated
      {triple("a", "2022-01-01", kZel, "042", kXi), true},         // other code
      {triple("a", "2022-01-01", kZel, "", kXi), true},            // uncoded: lemma key
      {triple("a", "2022-01-01", kZel, "026", kPutin), true},
  };
  std::size_t before = 0;
  for (auto& c : cases) {
    g.merge(c.t);
    CHECK(g.num_edges() == before + (c.new_edge ? 1 : 0));
    before = g.num_edges();
  }
  CHECK(g.num_actors() == 3);
  CHECK(g.edge(4).key == "lemma-");  // uncoded: keyed on the lemma phrase
  const ActorGraph built = g.build();
  auto zel = built.find_actor("volodymyr-zelenskyy");
  REQUIRE(zel);
  CHECK(built.out_edges(*zel).size() == 5);
  CHECK(built.in_edges(*zel).size() == 1);
  CHECK_FALSE(built.find_actor("nobody"));
}

TEST_CASE("merge: a dictionary actor replaces an unknown one with the same id, not the reverse") {
  ActorGraphBuilder g;
  Actor unk;
  unk.id = "xi-jinping";
  unk.name = "Xi";
  g.merge(triple("a", "", kZel, "026", unk));
  CHECK(g.actor(*g.find_actor("xi-jinping")).name == "Xi");
  g.merge(triple("b", "", kZel, "026", kXi));
  CHECK(g.actor(*g.find_actor("xi-jinping")).name == "Xi Jinping");
  Actor other = kXi;
  other.name = "President Xi";
  g.merge(triple("c", "", kZel, "026", other));
  CHECK(g.actor(*g.find_actor("xi-jinping")).name == "Xi Jinping");
}

TEST_CASE("build: Boost's CSR graph orders edges by source, keeps parallel edges and self-loops") {
  ActorGraphBuilder b;
  const auto zel = b.add_actor(kZel), xi = b.add_actor(kXi);
  CHECK(b.add_actor(kZel) == zel);
  auto edge = [&](std::uint32_t s, std::uint32_t t, std::int64_t id) {
    EdgeInfo e;
    e.id = id;
    e.source = s;
    e.target = t;
    e.key = "026";
    e.mentions = 7;
    return b.add_edge(e);
  };
  const auto putin = b.add_actor(kPutin);
  CHECK(edge(zel, xi, 10) == 0);
  CHECK(edge(putin, zel, 11) == 1);
  CHECK(edge(zel, xi, 12) == 2);  // parallel
  CHECK(edge(zel, zel, 13) == 3);  // self-loop
  CHECK(edge(xi, putin, 14) == 4);
  EdgeInfo bad;
  bad.source = 9;
  CHECK_THROWS_AS(b.add_edge(bad), std::out_of_range);
  CHECK_THROWS_AS(b.actor(7), std::out_of_range);
  // Merging onto an added edge continues its counts.
  CHECK(b.merge(triple("x", "2022-01-01", kZel, "026", kXi)) == 0);
  CHECK(b.edge(0).mentions == 8);

  const ActorGraph g = b.build();
  CHECK(b.num_actors() == 0);  // the builder is left empty
  CHECK(b.num_edges() == 0);
  REQUIRE(g.num_actors() == 3);
  REQUIRE(g.num_edges() == 5);
  // By source; the edges of one source in the order they were added.
  std::vector<std::int64_t> ids;
  for (std::uint32_t e = 0; e < g.num_edges(); ++e) ids.push_back(g.edge(e).id);
  CHECK(ids == std::vector<std::int64_t>{10, 12, 13, 14, 11});
  CHECK(g.edge(0).mentions == 8);
  CHECK(g.edge(0).evidence.size() == 1);
  CHECK(g.out_edges(zel) == std::vector<std::uint32_t>{0, 1, 2});
  CHECK(g.in_edges(zel) == std::vector<std::uint32_t>{2, 4});
  CHECK(g.in_edges(xi) == std::vector<std::uint32_t>{0, 1});
  CHECK(g.out_edges(99).empty());
  CHECK_THROWS_AS(g.edge(5), std::out_of_range);
  CHECK_THROWS_AS(g.actor(3), std::out_of_range);
  CHECK(g.find_actor("xi-jinping") == xi);
  // The same graph through Boost: ends, bundles and indices agree.
  const ActorCsrGraph& bg = boost_graph(g);
  CHECK(boost::num_vertices(bg) == 3);
  CHECK(boost::num_edges(bg) == 5);
  for (auto e : boost::make_iterator_range(boost::edges(bg))) {
    const auto i = boost::get(boost::edge_index, bg, e);
    CHECK(&bg[e] == &g.edge(i));
    CHECK(boost::source(e, bg) == g.edge(i).source);
    CHECK(boost::target(e, bg) == g.edge(i).target);
  }
  CHECK(bg[xi].name == "Xi Jinping");
  CHECK(boost::out_degree(zel, bg) == 3);
}

TEST_CASE("an empty graph, and a graph moved from") {
  ActorGraph empty;
  CHECK(empty.num_actors() == 0);
  CHECK(empty.num_edges() == 0);
  CHECK(boost::num_vertices(counterpart_graph(empty)) == 0);
  CHECK(ActorGraphBuilder().build().num_edges() == 0);
  ActorGraphBuilder b;
  b.merge(triple("a", "", kZel, "026", kXi));
  ActorGraph g = b.build();
  ActorGraph moved = std::move(g);
  CHECK(moved.num_edges() == 1);
  CHECK(moved.actor(1).id == "xi-jinping");
}

TEST_CASE("the counterpart graph: one arc each way per linked pair, parallel edges once, no self-loop") {
  ActorGraphBuilder b;
  const auto a = b.add_actor(kZel), x = b.add_actor(kXi), c = b.add_actor(kPutin);
  b.add_actor(person("nobody", "Nobody", "XXX"));  // isolated
  auto edge = [&](std::uint32_t s, std::uint32_t t) {
    EdgeInfo e;
    e.source = s;
    e.target = t;
    b.add_edge(e);
  };
  edge(c, a);
  edge(a, x);
  edge(x, a);  // the same pair the other way
  edge(a, x);  // a parallel edge
  edge(a, a);  // a self-loop
  const ActorGraph g = b.build();
  const CounterpartCsrGraph& cg = counterpart_graph(g);
  CHECK(&cg == &counterpart_graph(g));  // built once
  auto list = [&](std::uint32_t v) {
    std::vector<std::uint32_t> out;
    for (auto w : boost::make_iterator_range(boost::adjacent_vertices(v, cg))) out.push_back(w);
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(boost::num_vertices(cg) == 4);
  CHECK(boost::num_edges(cg) == 4);
  CHECK(list(a) == std::vector<std::uint32_t>{x, c});
  CHECK(list(x) == std::vector<std::uint32_t>{a});
  CHECK(list(c) == std::vector<std::uint32_t>{a});
  CHECK(list(3).empty());
}

TEST_CASE("pronoun-like mentions are not aliases") {
  struct Case { const char* mention; bool pronoun; };
  const Case cases[] = {
      {"he", true}, {"They", true}, {" it ", true}, {"", true},
      {"the president", true}, {"the country's leader", true}, {"His government", true},
      {"a spokesman", true}, {"their leaders", true}, {"The Kremlin", false},
      {"Zelensky", false}, {"Ukrainian President Volodymyr Zelenskyy", false},
      {"the United States", false}, {"China's Xi Jinping", false},
  };
  for (const auto& c : cases) CHECK_MESSAGE(merge::is_pronoun_like(c.mention) == c.pronoun, c.mention);
}

TEST_CASE("merge key and predicates") {
  auto t = triple("a", "", kZel, "026", kXi, true);
  auto k = merge::edge_key(t);
  CHECK(k == merge::EdgeKey{"volodymyr-zelenskyy", "xi-jinping", "026", true});
  t.relation.cameo.clear();
  CHECK(merge::edge_key(t).key == "lemma-026");
  CHECK(merge::is_factual(Modality::asserted));
  CHECK(merge::is_factual(Modality::reported));
  CHECK_FALSE(merge::is_factual(Modality::intended));
  CHECK(merge::is_hypothetical(Modality::intended));
  CHECK_FALSE(merge::is_hypothetical(Modality::reported));
}
