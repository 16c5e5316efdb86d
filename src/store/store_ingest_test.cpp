// Ingest: merge arithmetic, idempotence, replacement, removal, rollback.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <random>

#include "actorgraph/errors.hpp"
#include "actorgraph/store.hpp"
#include "store/test_util.hpp"

using namespace actorgraph;
using namespace actorgraph::test;

namespace {

const Actor kZel = make_actor("volodymyr-zelenskyy", "Volodymyr Zelenskyy", ActorType::person, "UKR", {"Zelensky"});
const Actor kXi = make_actor("xi-jinping", "Xi Jinping", ActorType::person, "CHN");
const Actor kRus = make_actor("russia", "Russia", ActorType::country, "RUS");
const Actor kUkr = make_actor("ukraine", "Ukraine", ActorType::country, "UKR");

Filter everything() {
  Filter f;
  f.include_negated = true;
  f.include_hypothetical = true;
  return f;
}

const EdgeInfo* find_edge(const ActorGraph& g, const std::string& s, const std::string& o, const std::string& key,
                          bool negated = false) {
  for (std::uint32_t i = 0; i < g.num_edges(); ++i) {
    const auto& e = g.edge(i);
    if (g.actor(e.source).id == s && g.actor(e.target).id == o && e.key == key && e.negated == negated) return &e;
  }
  return nullptr;
}

// Ingests articles with their triples in one batch.
void ingest(Store& store, const std::vector<std::pair<Article, std::vector<Triple>>>& docs,
            std::vector<IngestOutcome>* outcomes = nullptr) {
  auto batch = store.begin_batch();
  for (const auto& [a, ts] : docs) {
    auto o = batch.add(a, ts);
    if (outcomes) outcomes->push_back(o);
  }
  batch.commit();
}

}  // namespace

TEST_CASE("store: merge arithmetic matches ActorGraph::merge") {
  TempDir dir;
  Store store(dir.file("m.db"), Store::Mode::read_write);
  auto a1 = make_article("a1", "2022-08-04", "Reuters");
  auto a2 = make_article("a2", "2022-07-01", "AP");
  auto a3 = make_article("a3", "2022-09-10", "Reuters");
  auto a4 = make_article("a4", "", "");
  std::vector<std::pair<Article, std::vector<Triple>>> docs = {
      {a1, {make_triple(a1, kZel, "026", kXi), make_triple(a1, kZel, "026", kXi, 1, false, Modality::reported, 1)}},
      {a2, {make_triple(a2, kZel, "026", kXi, 1, false, Modality::hypothetical),
            make_triple(a2, kZel, "026", kXi, 1, true)}},
      {a3, {make_triple(a3, kZel, "026", kXi), make_triple(a3, kRus, "190", kUkr, 4)}},
      {a4, {make_triple(a4, kZel, "026", kXi, 1, false, Modality::intended)}},
  };
  ingest(store, docs);

  ActorGraphBuilder expected;
  for (const auto& [a, ts] : docs)
    for (const auto& t : ts) expected.merge(t, a.title, a.source);

  auto stats = store.stats();
  CHECK(stats.articles == 4);
  CHECK(stats.actors == 4);
  CHECK(stats.edges == 3);
  CHECK(stats.mentions == 7);

  ActorGraph loaded = store.load(everything());
  REQUIRE(loaded.num_edges() == expected.num_edges());
  for (std::uint32_t i = 0; i < expected.num_edges(); ++i) {
    const auto& x = expected.edge(i);
    const auto* y = find_edge(loaded, expected.actor(x.source).id, expected.actor(x.target).id, x.key, x.negated);
    REQUIRE(y);
    CHECK(y->id > 0);
    CHECK(y->mentions == x.mentions);
    CHECK(y->factual == x.factual);
    CHECK(y->articles == x.articles);
    CHECK(y->sources == x.sources);
    CHECK(y->first_date == x.first_date);
    CHECK(y->last_date == x.last_date);
    CHECK(y->relation.cameo == x.relation.cameo);
    CHECK(y->relation.quad == x.relation.quad);
  }
  const auto* main = find_edge(loaded, "volodymyr-zelenskyy", "xi-jinping", "026");
  REQUIRE(main);
  CHECK(main->mentions == 5);
  CHECK(main->factual == 3);
  CHECK(main->articles == 4);
  CHECK(main->sources == 2);
  CHECK(main->first_date == "2022-07-01");
  CHECK(main->last_date == "2022-09-10");
  CHECK(find_edge(loaded, "volodymyr-zelenskyy", "xi-jinping", "026", true));  // negated kept apart
}

TEST_CASE("store: the same article twice changes nothing") {
  TempDir dir;
  const auto path = dir.file("i.db");
  Store store(path, Store::Mode::read_write);
  auto a1 = make_article("a1", "2022-08-04", "Reuters");
  std::vector<std::pair<Article, std::vector<Triple>>> docs = {
      {a1, {make_triple(a1, kZel, "026", kXi, 1, false, Modality::asserted, 0, "Ukrainian President Volodymyr Zelenskyy",
                        "China's Xi Jinping"),
            make_triple(a1, kZel, "036", kXi, 1, false, Modality::asserted, 1, "he", "Xi")}}};
  std::vector<IngestOutcome> outcomes;
  ingest(store, docs, &outcomes);
  const auto stats = store.stats();
  const auto before = dump(path);
  ingest(store, docs, &outcomes);
  ingest(store, {docs[0], docs[0]}, &outcomes);
  CHECK(outcomes == std::vector<IngestOutcome>{IngestOutcome::added, IngestOutcome::unchanged,
                                               IngestOutcome::unchanged, IngestOutcome::unchanged});
  CHECK(dump(path) == before);
  auto again = store.stats();
  CHECK(again.mentions == stats.mentions);
  CHECK(again.edges == 2);
  CHECK(again.aliases == stats.aliases);
  // Aliases: names, dictionary aliases and mention surfaces, not pronouns.
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  auto has_alias = [&](const char* norm) {
    SQLite::Statement st(db, "SELECT actor_id FROM aliases WHERE norm = ?");
    st.bind(1, norm);
    return st.executeStep() ? st.getColumn(0).getString() : std::string();
  };
  CHECK(has_alias("zelensky") == "volodymyr-zelenskyy");
  CHECK(has_alias("volodymyr-zelenskyy") == "volodymyr-zelenskyy");
  CHECK(has_alias("ukrainian-president-volodymyr-zelenskyy") == "volodymyr-zelenskyy");
  CHECK(has_alias("chinas-xi-jinping") == "xi-jinping");
  CHECK(has_alias("xi") == "xi-jinping");
  CHECK(has_alias("he").empty());
}

TEST_CASE("store: a changed article replaces its mentions; emptied edges go") {
  TempDir dir;
  Store store(dir.file("c.db"), Store::Mode::read_write);
  auto a1 = make_article("a1", "2022-08-04", "Reuters");
  auto a2 = make_article("a2", "2022-08-05", "AP");
  ingest(store, {{a1, {make_triple(a1, kZel, "026", kXi), make_triple(a1, kRus, "190", kUkr, 4)}},
                 {a2, {make_triple(a2, kZel, "026", kXi)}}});
  CHECK(store.stats().edges == 2);

  auto changed = a1;
  changed.text = "Corrected body.";
  changed.date = "2022-08-01";
  std::vector<IngestOutcome> outcomes;
  ingest(store, {{changed, {make_triple(changed, kZel, "026", kXi), make_triple(changed, kZel, "026", kXi, 1, false,
                                                                                Modality::asserted, 3)}}},
         &outcomes);
  CHECK(outcomes == std::vector<IngestOutcome>{IngestOutcome::replaced});
  auto s = store.stats();
  CHECK(s.articles == 2);
  CHECK(s.edges == 1);  // russia->ukraine lost its only mention
  CHECK(s.actors == 2);
  CHECK(s.mentions == 3);
  auto g = store.load(everything());
  const auto* e = find_edge(g, "volodymyr-zelenskyy", "xi-jinping", "026");
  REQUIRE(e);
  CHECK(e->mentions == 3);
  CHECK(e->articles == 2);
  CHECK(e->first_date == "2022-08-01");
  CHECK(e->last_date == "2022-08-05");
  CHECK_FALSE(find_edge(g, "russia", "ukraine", "190"));
}

TEST_CASE("store: remove keeps counts consistent and reports unknown ids") {
  TempDir dir;
  Store store(dir.file("r.db"), Store::Mode::read_write);
  auto a1 = make_article("a1", "2022-01-01", "Reuters");
  auto a2 = make_article("a2", "2022-02-01", "AP");
  auto a3 = make_article("a3", "2022-03-01", "AP");
  ingest(store, {{a1, {make_triple(a1, kZel, "026", kXi)}},
                 {a2, {make_triple(a2, kZel, "026", kXi), make_triple(a2, kRus, "190", kUkr, 4)}},
                 {a3, {make_triple(a3, kZel, "026", kXi)}}});
  auto missing = store.remove_articles({"a2", "nope", "a2"});
  CHECK(missing == std::vector<std::string>{"nope"});
  auto s = store.stats();
  CHECK(s.articles == 2);
  CHECK(s.edges == 1);
  CHECK(s.mentions == 2);
  auto g = store.load(everything());
  const auto* e = find_edge(g, "volodymyr-zelenskyy", "xi-jinping", "026");
  REQUIRE(e);
  CHECK(e->mentions == 2);
  CHECK(e->articles == 2);
  CHECK(e->sources == 2);
  CHECK(e->first_date == "2022-01-01");
  CHECK(e->last_date == "2022-03-01");
  CHECK(s.actors == 2);  // russia and ukraine went with their only edge
  CHECK_FALSE(store.resolve("Russia").actor);
  CHECK(store.resolve("Zelensky").actor);
  CHECK(store.remove_articles({"a1", "a3"}).empty());
  auto empty = store.stats();
  CHECK(empty.articles == 0);
  CHECK(empty.edges == 0);
  CHECK(empty.mentions == 0);
  CHECK(empty.actors == 0);
  CHECK(empty.aliases == 0);
}

TEST_CASE("store: a batch destroyed without commit leaves the database as it was") {
  TempDir dir;
  const auto path = dir.file("rb.db");
  Store store(path, Store::Mode::read_write);
  auto a1 = make_article("a1", "2022-01-01", "Reuters");
  ingest(store, {{a1, {make_triple(a1, kZel, "026", kXi)}}});
  const auto stats = store.stats();
  const auto before = dump(path);
  {
    auto batch = store.begin_batch();
    CHECK_THROWS_AS(store.begin_batch(), StorageError);  // one batch at a time
    auto changed = a1;
    changed.text = "changed";
    CHECK(batch.add(changed, {make_triple(changed, kRus, "190", kUkr, 4)}) == IngestOutcome::replaced);
    auto a2 = make_article("a2", "2022-02-01", "AP");
    CHECK(batch.add(a2, {make_triple(a2, kXi, "042", kRus)}) == IngestOutcome::added);
  }  // no commit
  CHECK(dump(path) == before);
  CHECK(store.stats().edges == stats.edges);
  CHECK(store.stats().mentions == stats.mentions);
  CHECK(store.stats().actors == stats.actors);
  // The store is usable again, and a committed batch cannot be reused.
  auto batch = store.begin_batch();
  batch.commit();
  CHECK_THROWS_AS(batch.commit(), StorageError);
  CHECK_THROWS_AS(batch.add(a1, {}), StorageError);
}

TEST_CASE("store: a dictionary actor replaces an unknown one; otherwise the first writer wins") {
  TempDir dir;
  Store store(dir.file("a.db"), Store::Mode::read_write);
  Actor unk = make_actor("xi-jinping", "Xi", ActorType::unknown, "");
  Actor other = make_actor("xi-jinping", "President Xi", ActorType::person, "CHN");
  auto a1 = make_article("a1", "2022-01-01", "X");
  auto a2 = make_article("a2", "2022-01-02", "X");
  auto a3 = make_article("a3", "2022-01-03", "X");
  ingest(store, {{a1, {make_triple(a1, kZel, "026", unk)}}});
  CHECK(store.resolve("xi-jinping").actor->name == "Xi");
  ingest(store, {{a2, {make_triple(a2, kZel, "026", kXi)}}});
  CHECK(store.resolve("xi-jinping").actor->name == "Xi Jinping");
  CHECK(store.resolve("xi-jinping").actor->type == ActorType::person);
  ingest(store, {{a3, {make_triple(a3, kZel, "026", other)}}});
  CHECK(store.resolve("xi-jinping").actor->name == "Xi Jinping");
  CHECK(store.resolve("President Xi").actor->id == "xi-jinping");
}

TEST_CASE("store: an error in the middle of a batch rolls the whole batch back") {
  TempDir dir;
  const auto path = dir.file("err.db");
  Store store(path, Store::Mode::read_write);
  auto a1 = make_article("a1", "2022-01-01", "Reuters");
  ingest(store, {{a1, {make_triple(a1, kZel, "026", kXi)}}});
  const auto before = dump(path);
  auto a2 = make_article("a2", "2022-02-01", "AP");
  Actor nameless;  // no id: rejected
  try {
    auto batch = store.begin_batch();
    batch.add(a2, {make_triple(a2, kRus, "190", kUkr, 4)});
    batch.add(make_article("a3", "2022-03-01", "AP"), {make_triple(a2, kRus, "190", nameless, 4)});
    batch.commit();
    FAIL("add accepted an actor without an id");
  } catch (const StorageError& e) {
    CHECK(std::string(e.what()).rfind(path + ": ", 0) == 0);
  }
  CHECK(dump(path) == before);
}

TEST_CASE("store: a moved batch commits once; the store stays usable after") {
  TempDir dir;
  Store store(dir.file("mv.db"), Store::Mode::read_write);
  auto a1 = make_article("a1", "2022-01-01", "Reuters");
  {
    auto first = store.begin_batch();
    Store::Batch second(std::move(first));
    CHECK(second.add(a1, {make_triple(a1, kZel, "026", kXi)}) == IngestOutcome::added);
    second.commit();
  }
  CHECK(store.stats().mentions == 1);
  Store moved(std::move(store));
  CHECK(moved.stats().edges == 1);
  auto b = moved.begin_batch();
  CHECK(b.add(a1, {make_triple(a1, kZel, "026", kXi)}) == IngestOutcome::unchanged);
  b.commit();
}

TEST_CASE("store: random adds, replacements and removals keep every edge equal to a fresh merge") {
  TempDir dir;
  Store store(dir.file("prop.db"), Store::Mode::read_write);
  const Actor cast[] = {kZel, kXi, kRus, kUkr};
  const char* codes[] = {"026", "042", "190"};
  std::mt19937 rng(7);
  std::map<std::string, std::pair<Article, std::vector<Triple>>> current;
  auto random_doc = [&](const std::string& id, int version) {
    auto a = make_article(id, "2022-0" + std::to_string(1 + rng() % 9) + "-1" + std::to_string(rng() % 10),
                          rng() % 4 ? "S" + std::to_string(rng() % 3) : "");
    a.text = "v" + std::to_string(version);
    std::vector<Triple> ts;
    for (unsigned k = 0, n = rng() % 4; k < n; ++k)
      ts.push_back(make_triple(a, cast[rng() % 4], codes[rng() % 3], cast[rng() % 4], 1 + static_cast<int>(rng() % 4),
                               rng() % 5 == 0, static_cast<Modality>(rng() % 4), k));
    return std::make_pair(a, ts);
  };
  for (int round = 0; round < 6; ++round) {
    auto batch = store.begin_batch();
    for (int k = 0; k < 8; ++k) {
      std::string id = "art" + std::to_string(rng() % 20);
      auto doc = random_doc(id, round);
      batch.add(doc.first, doc.second);
      current[id] = doc;
    }
    batch.commit();
    std::vector<std::string> gone;
    for (int k = 0; k < 2; ++k) gone.push_back("art" + std::to_string(rng() % 20));
    auto missing = store.remove_articles(gone);
    for (const auto& id : gone) current.erase(id);
    for (const auto& id : missing) CHECK(std::find(gone.begin(), gone.end(), id) != gone.end());
  }
  ActorGraphBuilder expected, expected_factual;
  std::size_t mentions = 0;
  for (const auto& [id, doc] : current)
    for (const auto& t : doc.second) {
      expected.merge(t, doc.first.title, doc.first.source);
      if (t.modality == Modality::asserted || t.modality == Modality::reported)
        expected_factual.merge(t, doc.first.title, doc.first.source);
      ++mentions;
    }
  CHECK(store.stats().articles == current.size());
  CHECK(store.stats().mentions == mentions);
  CHECK(store.stats().edges == expected.num_edges());
  CHECK(store.stats().actors == expected.num_actors());
  auto loaded = store.load(everything());
  REQUIRE(loaded.num_edges() == expected.num_edges());
  for (std::uint32_t i = 0; i < expected.num_edges(); ++i) {
    const auto& x = expected.edge(i);
    const auto* y = find_edge(loaded, expected.actor(x.source).id, expected.actor(x.target).id, x.key, x.negated);
    REQUIRE(y);
    CHECK(y->mentions == x.mentions);
    CHECK(y->factual == x.factual);
    CHECK(y->articles == x.articles);
    CHECK(y->sources == x.sources);
    CHECK(y->first_date == x.first_date);
    CHECK(y->last_date == x.last_date);
  }
  // Leaving hypothetical and intended mentions out (the default) reads the
  // stored factual-only aggregates: equal to a merge of the factual triples.
  Filter factual = everything();
  factual.include_hypothetical = false;
  auto loaded_factual = store.load(factual);
  REQUIRE(loaded_factual.num_edges() == expected_factual.num_edges());
  CHECK(expected_factual.num_edges() < expected.num_edges());  // the test exercises the difference
  std::size_t differ = 0;  // edges whose factual counts are not their full counts
  for (std::uint32_t i = 0; i < expected_factual.num_edges(); ++i) {
    const auto& x = expected_factual.edge(i);
    const std::string s = expected_factual.actor(x.source).id, o = expected_factual.actor(x.target).id;
    const auto* y = find_edge(loaded_factual, s, o, x.key, x.negated);
    REQUIRE(y);
    CHECK(y->mentions == x.mentions);
    CHECK(y->factual == x.mentions);
    CHECK(y->articles == x.articles);
    CHECK(y->sources == x.sources);
    CHECK(y->first_date == x.first_date);
    CHECK(y->last_date == x.last_date);
    // the neighbourhood query reads the same columns
    auto set = store.edges_of(s, factual);
    auto it = std::find_if(set.edges.begin(), set.edges.end(), [&](const EdgeInfo& e) { return e.id == y->id; });
    REQUIRE(it != set.edges.end());
    CHECK(it->mentions == x.mentions);
    CHECK(it->articles == x.articles);
    CHECK(it->sources == x.sources);
    CHECK(it->first_date == x.first_date);
    CHECK(it->last_date == x.last_date);
    const auto* full = find_edge(loaded, s, o, x.key, x.negated);
    REQUIRE(full);
    if (full->mentions != y->mentions || full->articles != y->articles || full->first_date != y->first_date) ++differ;
  }
  CHECK(differ > 0);

  // The pairs table (behind Store::counterparts under the default filter)
  // equals the non-negated factual edges summed per actor pair.
  std::map<std::string, std::map<std::string, std::pair<std::uint64_t, std::uint32_t>>> pairs;
  for (std::uint32_t i = 0; i < expected_factual.num_edges(); ++i) {
    const auto& x = expected_factual.edge(i);
    if (x.negated) continue;
    const std::string s = expected_factual.actor(x.source).id, o = expected_factual.actor(x.target).id;
    for (auto [a, b] : {std::pair{s, o}, std::pair{o, s}}) {
      auto& p = pairs[a][b];
      p.first += x.mentions;
      p.second += 1;
      if (s == o) break;
    }
  }
  std::size_t checked = 0;
  for (const Actor& actor : cast) {
    auto got = store.counterparts(actor.id, Filter{}, 100);
    const auto& want = pairs[actor.id];
    std::uint64_t relations = 0;
    for (const auto& [other, p] : want) relations += p.second;
    CHECK(got.actors == want.size());
    CHECK(got.relations == relations);
    REQUIRE(got.top.size() == want.size());
    for (std::size_t k = 0; k < got.top.size(); ++k) {
      auto it = want.find(got.top[k].id);
      REQUIRE(it != want.end());
      CHECK(got.top[k].mentions == it->second.first);
      CHECK(got.top[k].relations == it->second.second);
      if (k > 0) CHECK(got.top[k - 1].mentions >= got.top[k].mentions);
      ++checked;
    }
    // A filter the pairs table does not answer groups the edges instead: the same here.
    Filter codes;
    codes.cameo = {"0", "1"};
    auto grouped = store.counterparts(actor.id, codes, 100);
    CHECK(grouped.actors == got.actors);
    CHECK(grouped.relations == got.relations);
    REQUIRE(grouped.top.size() == got.top.size());
    for (std::size_t k = 0; k < got.top.size(); ++k) {
      CHECK(grouped.top[k].id == got.top[k].id);
      CHECK(grouped.top[k].mentions == got.top[k].mentions);
    }
  }
  CHECK(checked > 0);
  // Removing everything empties the pairs table with the edges.
  std::vector<std::string> all;
  for (const auto& [id, doc] : current) all.push_back(id);
  store.remove_articles(all);
  for (const Actor& actor : cast) CHECK(store.counterparts(actor.id, Filter{}, 100).actors == 0);
}
