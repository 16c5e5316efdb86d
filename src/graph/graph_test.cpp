#include "actorgraph/graph.hpp"

#include <doctest/doctest.h>

#include <algorithm>


#include "graph/boost_graph.hpp"
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
  ActorGraph g;
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
  ActorGraph g;
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
  auto zel = g.find_actor("volodymyr-zelenskyy");
  REQUIRE(zel);
  CHECK(g.out_edges(*zel).size() == 5);
  CHECK(g.in_edges(*zel).size() == 1);
  CHECK_FALSE(g.find_actor("nobody"));
  CHECK(g.edge(4).key == "lemma-");  // uncoded: keyed on the lemma phrase
}

TEST_CASE("merge: a dictionary actor replaces an unknown one with the same id, not the reverse") {
  ActorGraph g;
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

TEST_CASE("add_edge and the CSR adjacency agree") {
  ActorGraph g;
  auto a = g.add_actor(kZel);
  auto b = g.add_actor(kXi);
  CHECK(g.add_actor(kZel) == a);
  EdgeInfo e;
  e.source = a;
  e.target = b;
  e.key = "026";
  e.mentions = 7;
  auto idx = g.add_edge(e);
  EdgeInfo bad;
  bad.source = 9;
  CHECK_THROWS_AS(g.add_edge(bad), std::out_of_range);
  CHECK_THROWS(g.actor(5));
  const auto& c = g.impl().csr();
  CHECK(c.edges == 1);
  CHECK(c.out_degree(a) == 1);
  CHECK(c.out_degree(b) == 0);
  CHECK(c.out_edge[c.out_start[a]] == idx);
  CHECK(c.out_target[c.out_start[a]] == b);
  CHECK(c.in_source[c.in_start[b]] == a);
  CHECK(g.impl().actors[b].id == "xi-jinping");
  // Edges added later show up in the adjacency (it is rebuilt on demand),
  // in edge-index order, parallel edges and self-loops included.
  auto c1 = g.add_actor(kPutin);
  e.source = c1;
  e.target = a;
  auto idx2 = g.add_edge(e);
  e.source = a;
  e.target = b;
  auto idx3 = g.add_edge(e);
  e.target = a;
  auto loop = g.add_edge(e);
  CHECK(g.out_edges(a) == std::vector<std::uint32_t>{idx, idx3, loop});
  CHECK(g.in_edges(a) == std::vector<std::uint32_t>{idx2, loop});
  CHECK(g.in_edges(b) == std::vector<std::uint32_t>{idx, idx3});
  CHECK(g.out_edges(99).empty());
  // Merging onto an added edge continues its counts.
  g.merge(triple("x", "2022-01-01", kZel, "026", kXi));
  CHECK(g.num_edges() == 4);
  CHECK(g.edge(idx).mentions == 8);
}

TEST_CASE("the distinct neighbours: parallel edges once, either direction, no self-loop") {
  ActorGraph g;
  auto a = g.add_actor(kZel);
  auto b = g.add_actor(kXi);
  auto c = g.add_actor(kPutin);
  auto edge = [&](std::uint32_t s, std::uint32_t t) {
    EdgeInfo e;
    e.source = s;
    e.target = t;
    g.add_edge(e);
  };
  edge(c, a);
  edge(a, b);
  edge(b, a);  // the same pair the other way
  edge(a, b);  // a parallel edge
  edge(a, a);  // a self-loop
  auto list = [&](std::uint32_t v) {
    NeighbourList l = g.impl().neighbours(v);
    std::vector<std::uint32_t> out(l.begin(), l.end());
    std::sort(out.begin(), out.end());
    return out;
  };
  CHECK(list(a) == std::vector<std::uint32_t>{b, c});
  CHECK(list(b) == std::vector<std::uint32_t>{a});
  CHECK(list(c) == std::vector<std::uint32_t>{a});
  // Rebuilt when edges were added since.
  edge(b, c);
  CHECK(list(b) == std::vector<std::uint32_t>{a, c});
  CHECK(list(c) == std::vector<std::uint32_t>{a, b});
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
