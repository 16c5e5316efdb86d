// Queries: resolve, search, edges_of/edges_between under filters, evidence,
// load and mention_dates.
#include <doctest/doctest.h>

#include "actorgraph/store.hpp"
#include "store/test_util.hpp"

using namespace actorgraph;
using namespace actorgraph::test;

namespace {

const Actor kZel = make_actor("volodymyr-zelenskyy", "Volodymyr Zelenskyy", ActorType::person, "UKR");
const Actor kXi = make_actor("xi-jinping", "Xi Jinping", ActorType::person, "CHN");
const Actor kPutin = make_actor("vladimir-putin", "Vladimir Putin", ActorType::person, "RUS", {"Putin"});
const Actor kRus = make_actor("russia", "Russia", ActorType::country, "RUS");
const Actor kUkr = make_actor("ukraine", "Ukraine", ActorType::country, "UKR");
const Actor kNato = make_actor("nato", "NATO", ActorType::organization, "", {"North Atlantic Treaty Organization"});

// A small fixture database:
//   a1 2022-01-10 Reuters: zel 026 xi (asserted, "Ukrainian President Volodymyr Zelenskyy"); rus 190 ukr (q4)
//   a2 2022-02-10 AP:      zel 026 xi (hypothetical); zel 026 xi negated; putin 036 zel
//   a3 2022-03-10 AP:      zel 026 xi (reported); rus 190 ukr; nato 042 ukr
struct Fixture {
  TempDir dir;
  Store store{dir.file("q.db"), Store::Mode::read_write};
  Fixture() {
    auto a1 = make_article("a1", "2022-01-10", "Reuters");
    auto a2 = make_article("a2", "2022-02-10", "AP");
    auto a3 = make_article("a3", "2022-03-10", "AP");
    auto b = store.begin_batch();
    b.add(a1, {make_triple(a1, kZel, "026", kXi, 1, false, Modality::asserted, 0,
                           "Ukrainian President Volodymyr Zelenskyy", "China's Xi Jinping"),
               make_triple(a1, kRus, "190", kUkr, 4, false, Modality::asserted, 1)});
    b.add(a2, {make_triple(a2, kZel, "026", kXi, 1, false, Modality::hypothetical, 0, "Zelensky"),
               make_triple(a2, kZel, "026", kXi, 1, true, Modality::asserted, 1),
               make_triple(a2, kPutin, "036", kZel, 1, false, Modality::asserted, 2)});
    b.add(a3, {make_triple(a3, kZel, "026", kXi, 1, false, Modality::reported, 0),
               make_triple(a3, kRus, "190", kUkr, 4, false, Modality::asserted, 1),
               make_triple(a3, kNato, "042", kUkr, 1, false, Modality::asserted, 2)});
    b.commit();
  }
};

const EdgeInfo* find(const Store::EdgeSet& set, const std::string& s, const std::string& o, const std::string& key,
                     bool negated = false) {
  for (const auto& e : set.edges)
    if (set.actors[e.source].id == s && set.actors[e.target].id == o && e.key == key && e.negated == negated)
      return &e;
  return nullptr;
}

}  // namespace

TEST_CASE("resolve: ids, names, aliases, mention surfaces, tolerant matches") {
  Fixture fx;
  struct Case { const char* query; const char* id; };
  const Case cases[] = {
      {"volodymyr-zelenskyy", "volodymyr-zelenskyy"},
      {"Volodymyr Zelenskyy", "volodymyr-zelenskyy"},
      {"ZELENSKY", "volodymyr-zelenskyy"},             // a mention surface
      {"Zelenskyy", "volodymyr-zelenskyy"},            // suffix of the name
      {"Ukrainian President Volodymyr Zelenskyy", "volodymyr-zelenskyy"},
      {"xi", "xi-jinping"},                            // word prefix
      {"Jinping", "xi-jinping"},
      {"putin", "vladimir-putin"},
      {"north atlantic treaty organization", "nato"},
      {"Nato", "nato"},
      {"Vladimir Putn", ""},                           // misspelt: suggestions only
      {"Mars", ""},
      {"", ""},
  };
  for (const auto& c : cases) {
    auto m = fx.store.resolve(c.query);
    CHECK_MESSAGE((m.actor ? m.actor->id : std::string()) == c.id, c.query);
  }
  auto m = fx.store.resolve("Vladimir Putn");
  REQUIRE_FALSE(m.suggestions.empty());
  CHECK(m.suggestions.front() == "Vladimir Putin");
  CHECK(m.suggestions.size() <= 5);
  auto zel = fx.store.resolve("Zelensky");
  REQUIRE(zel.actor);
  CHECK(zel.actor->name == "Volodymyr Zelenskyy");
  CHECK(zel.actor->country == "UKR");
  CHECK(std::find(zel.actor->aliases.begin(), zel.actor->aliases.end(), "Zelensky") != zel.actor->aliases.end());
}

TEST_CASE("search_actors: substring of names and aliases, limit") {
  Fixture fx;
  CHECK(fx.store.search_actors("", 100).size() == 6);
  CHECK(fx.store.search_actors("", 2).size() == 2);
  auto r = fx.store.search_actors("atlantic", 10);
  REQUIRE(r.size() == 1);
  CHECK(r[0].id == "nato");
  auto v = fx.store.search_actors("VLAD", 10);
  REQUIRE(v.size() == 1);
  CHECK(v[0].id == "vladimir-putin");
  CHECK(fx.store.search_actors("zzz", 10).empty());
}

TEST_CASE("edges_of: default filter drops negated and hypothetical and recounts") {
  Fixture fx;
  auto set = fx.store.edges_of("volodymyr-zelenskyy", Filter{});
  CHECK(set.edges.size() == 2);  // zel->xi 026, putin->zel 036; not the negated edge
  const auto* e = find(set, "volodymyr-zelenskyy", "xi-jinping", "026");
  REQUIRE(e);
  CHECK(e->mentions == 2);  // a1 asserted + a3 reported; a2 hypothetical left out
  CHECK(e->factual == 2);
  CHECK(e->articles == 2);
  CHECK(e->sources == 2);
  CHECK(e->first_date == "2022-01-10");
  CHECK(e->last_date == "2022-03-10");
  CHECK(find(set, "vladimir-putin", "volodymyr-zelenskyy", "036"));
  CHECK(set.actors.size() == 3);

  Filter all;
  all.include_negated = true;
  all.include_hypothetical = true;
  auto full = fx.store.edges_of("volodymyr-zelenskyy", all);
  CHECK(full.edges.size() == 3);
  const auto* f = find(full, "volodymyr-zelenskyy", "xi-jinping", "026");
  REQUIRE(f);
  CHECK(f->mentions == 3);
  CHECK(f->factual == 2);
  CHECK(find(full, "volodymyr-zelenskyy", "xi-jinping", "026", true));
  CHECK(fx.store.edges_of("nobody", all).edges.empty());
}

TEST_CASE("edges_of: filters side by side") {
  Fixture fx;
  struct Case { const char* name; Filter f; std::size_t edges_of_ukraine; };
  auto with = [](auto mutate) {
    Filter f;
    mutate(f);
    return f;
  };
  const Case cases[] = {
      {"default", Filter{}, 2},
      {"since March", with([](Filter& f) { f.since = "2022-03"; }), 2},
      {"until January", with([](Filter& f) { f.until = "2022-01"; }), 1},
      {"until 2021", with([](Filter& f) { f.until = "2021"; }), 0},
      {"quad 4", with([](Filter& f) { f.quads = {4}; }), 1},
      {"root 04", with([](Filter& f) { f.roots = {"04"}; }), 1},
      {"cameo 19", with([](Filter& f) { f.cameo = {"19"}; }), 1},
      {"cameo 0421", with([](Filter& f) { f.cameo = {"0421"}; }), 0},
      {"plover consult", with([](Filter& f) { f.plover = {"consult"}; }), 1},
      {"type country", with([](Filter& f) { f.types = {"country"}; }), 1},
      {"type organisation+country", with([](Filter& f) { f.types = {"organisation", "country"}; }), 2},
      {"country RUS", with([](Filter& f) { f.countries = {"RUS"}; }), 1},
      {"country UKR", with([](Filter& f) { f.countries = {"UKR"}; }), 2},
      {"min 2 mentions", with([](Filter& f) { f.min_mentions = 2; }), 1},
      {"min 2 since Feb", with([](Filter& f) { f.min_mentions = 2; f.since = "2022-02"; }), 0},
  };
  for (const auto& c : cases) {
    auto set = fx.store.edges_of("ukraine", c.f);
    CHECK_MESSAGE(set.edges.size() == c.edges_of_ukraine, c.name);
  }
  Filter since;
  since.since = "2022-03-01";
  auto set = fx.store.edges_of("ukraine", since);
  const auto* e = find(set, "russia", "ukraine", "190");
  REQUIRE(e);
  CHECK(e->mentions == 1);
  CHECK(e->first_date == "2022-03-10");
}

TEST_CASE("edges_between: both directions, evidence newest first with article data") {
  Fixture fx;
  Filter all;
  all.include_hypothetical = true;
  auto set = fx.store.edges_between("xi-jinping", "volodymyr-zelenskyy", all, true, 2);
  REQUIRE(set.edges.size() == 1);
  const auto& e = set.edges[0];
  CHECK(set.actors[e.source].id == "volodymyr-zelenskyy");
  REQUIRE(e.evidence.size() == 2);
  CHECK(e.evidence[0].article == "a3");
  CHECK(e.evidence[0].date == "2022-03-10");
  CHECK(e.evidence[0].source == "AP");
  CHECK(e.evidence[0].title == "Title of a3");
  CHECK(e.evidence[0].modality == Modality::reported);
  CHECK(e.evidence[1].article == "a2");
  CHECK(e.evidence[1].subject_mention == "Zelensky");
  CHECK(e.evidence[1].sentence_text == "Sentence 0 of a2.");
  auto none = fx.store.edges_between("xi-jinping", "russia", all);
  CHECK(none.edges.empty());
  auto by_default = fx.store.edges_between("volodymyr-zelenskyy", "xi-jinping", Filter{}, true, 10);
  REQUIRE(by_default.edges.size() == 1);
  CHECK(by_default.edges[0].evidence.size() == 2);  // the hypothetical one is left out
}

TEST_CASE("load: filtered graph with counts and evidence") {
  Fixture fx;
  auto g = fx.store.load(Filter{});
  CHECK(g.num_edges() == 4);  // 026, 190, 036, 042
  Filter q4;
  q4.quads = {4};
  auto g4 = fx.store.load(q4, true);
  REQUIRE(g4.num_edges() == 1);
  CHECK(g4.num_actors() == 2);
  CHECK(g4.edge(0).mentions == 2);
  CHECK(g4.edge(0).evidence.size() == 2);
  CHECK(g4.edge(0).evidence[0].date == "2022-03-10");
  Filter feb;
  feb.since = "2022-02";
  feb.until = "2022-02";
  feb.include_hypothetical = true;
  auto gf = fx.store.load(feb);
  CHECK(gf.num_edges() == 2);  // zel->xi (hypothetical), putin->zel
  for (std::uint32_t i = 0; i < gf.num_edges(); ++i) CHECK(gf.edge(i).first_date == "2022-02-10");
}

TEST_CASE("mention_dates: one actor or a pair, under the filter") {
  Fixture fx;
  auto d = fx.store.mention_dates("ukraine", "", Filter{});
  std::vector<std::pair<std::string, int>> expected = {{"2022-01-10", 4}, {"2022-03-10", 1}, {"2022-03-10", 4}};
  CHECK(d == expected);
  auto p = fx.store.mention_dates("xi-jinping", "volodymyr-zelenskyy", Filter{});
  std::vector<std::pair<std::string, int>> pair = {{"2022-01-10", 1}, {"2022-03-10", 1}};
  CHECK(p == pair);
}

TEST_CASE("resolve: an ambiguous name gives suggestions, not a guess") {
  TempDir dir;
  Store store(dir.file("amb.db"), Store::Mode::read_write);
  auto kim1 = make_actor("kim-jong-un", "Kim Jong Un", ActorType::person, "PRK");
  auto kim2 = make_actor("kim-yo-jong", "Kim Yo Jong", ActorType::person, "PRK");
  auto a = make_article("a", "2022-01-01", "X");
  auto b = store.begin_batch();
  b.add(a, {make_triple(a, kim1, "010", kim2)});
  b.commit();
  auto m = store.resolve("Kim");
  CHECK_FALSE(m.actor);
  CHECK(m.suggestions == std::vector<std::string>{"Kim Jong Un", "Kim Yo Jong"});
  CHECK(store.resolve("Kim Jong-un").actor->id == "kim-jong-un");  // punctuation-insensitive
}

TEST_CASE("filters: intended mentions count as hypothetical; evidence limit 0 gives none") {
  TempDir dir;
  Store store(dir.file("int.db"), Store::Mode::read_write);
  auto a = make_article("a", "2022-01-01", "X");
  auto b = store.begin_batch();
  b.add(a, {make_triple(a, kZel, "026", kXi, 1, false, Modality::intended),
            make_triple(a, kXi, "026", kZel, 1, false, Modality::reported)});
  b.commit();
  auto set = store.edges_of("xi-jinping", Filter{}, true, 0);
  REQUIRE(set.edges.size() == 1);
  CHECK(set.actors[set.edges[0].source].id == "xi-jinping");
  CHECK(set.edges[0].evidence.empty());
  Filter hyp;
  hyp.include_hypothetical = true;
  CHECK(store.edges_of("xi-jinping", hyp).edges.size() == 2);
  CHECK(store.load(Filter{}).num_edges() == 1);
  CHECK(store.load(hyp).num_edges() == 2);
}

TEST_CASE("resolve: a dictionary actor before a name only the text gave; no stored alias that is no name") {
  TempDir dir;
  Store store(dir.file("dict.db"), Store::Mode::read_write);
  auto blair = make_actor("tony-blair", "Tony Blair", ActorType::person, "GBR");
  auto unk_blair = make_actor("unk-blair", "Blair", ActorType::person, "");
  auto usa = make_actor("united-states", "United States", ActorType::country, "USA", {"US", "U.S."});
  auto bush1 = make_actor("george-w-bush", "George W. Bush", ActorType::person, "USA");
  auto bush2 = make_actor("george-h-w-bush", "George H. W. Bush", ActorType::person, "USA");
  auto a = make_article("a", "2004-01-01", "X");
  auto b = store.begin_batch();
  b.add(a, {make_triple(a, unk_blair, "010", usa, 1, false, Modality::asserted, 0, "Blair", "US banker and former"),
            make_triple(a, blair, "040", usa, 1, false, Modality::asserted, 1, "Mr Blair", "the firm's assets"),
            make_triple(a, bush1, "040", bush2, 1, false, Modality::asserted, 2)});
  b.commit();
  // "Blair" is the text's alias of unk-blair, and a word of Tony Blair's name: the dictionary actor wins.
  CHECK(store.resolve("Blair").actor->id == "tony-blair");
  CHECK(store.resolve("US").actor->id == "united-states");  // a dictionary alias
  auto bush = store.resolve("Bush");
  CHECK_FALSE(bush.actor);
  CHECK(bush.suggestions == std::vector<std::string>{"George H. W. Bush", "George W. Bush"});
  auto found = store.search_actors("banker", 10);
  CHECK(found.empty());  // "US banker and former" was not stored as an alias
  CHECK(store.search_actors("firm", 10).empty());
  CHECK(store.resolve("Mr Blair").actor->id == "tony-blair");  // a name-like mention is
}
