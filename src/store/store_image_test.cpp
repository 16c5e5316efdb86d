// The graph image in the store: load() reads the same graph as the rows,
// every change drops the image, and a damaged one is never trusted.
#include <doctest/doctest.h>

#include <random>

#include "actorgraph/errors.hpp"
#include "actorgraph/filter.hpp"
#include "actorgraph/store.hpp"
#include "graph/same_graph.hpp"
#include "store/test_util.hpp"

using namespace actorgraph;
using test::make_actor;
using test::make_article;
using test::make_triple;
using test::TempDir;

namespace {

const Actor kCast[] = {
    make_actor("volodymyr-zelenskyy", "Volodymyr Zelenskyy", ActorType::person, "UKR"),
    make_actor("xi-jinping", "Xi Jinping", ActorType::person, "CHN"),
    make_actor("russia", "Russia", ActorType::country, "RUS"),
    make_actor("ukraine", "Ukraine", ActorType::country, "UKR"),
};

// Random articles: codes, negation, modalities and dates vary, so the
// default filter leaves some mentions and edges out.
void add_random(Store& store, std::mt19937& rng, int articles, int version) {
  const char* codes[] = {"026", "042", "190"};
  auto batch = store.begin_batch();
  for (int k = 0; k < articles; ++k) {
    auto a = make_article("art" + std::to_string(rng() % 30), "2022-0" + std::to_string(1 + rng() % 9) + "-11",
                          rng() % 3 ? "S" + std::to_string(rng() % 3) : "");
    a.text = "v" + std::to_string(version);
    std::vector<Triple> ts;
    for (unsigned i = 0, n = 1 + rng() % 3; i < n; ++i)
      ts.push_back(make_triple(a, kCast[rng() % 4], codes[rng() % 3], kCast[rng() % 4], 1 + static_cast<int>(rng() % 4),
                               rng() % 5 == 0, static_cast<Modality>(rng() % 4), i));
    batch.add(a, ts);
  }
  batch.commit();
}

// SQL run behind the store's back.
void exec(const std::string& path, const std::string& sql) {
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  db.exec(sql);
}

// A store of random articles (rounds x articles) with its graph image saved.
struct ImagedStore {
  TempDir dir;
  std::string path = dir.file("img.db");
  Store store{path, Store::Mode::read_write};
  ImagedStore(unsigned seed, int rounds, int articles) {
    std::mt19937 rng(seed);
    for (int round = 0; round < rounds; ++round) add_random(store, rng, articles, round);
    store.save_graph_image();
  }
};

std::string schema_version(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return db.execAndGet("SELECT value FROM meta WHERE key = 'schema_version'").getString();
}

// The graph image's rows, read behind the store's back.
int image_parts(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  return db.execAndGet("SELECT count(*) FROM graph_image").getInt();
}

}  // namespace

TEST_CASE("image: load() reads the image, the same graph as the rows, and every change drops it") {
  TempDir dir;
  const auto path = dir.file("img.db");
  Store store(path, Store::Mode::read_write);
  std::mt19937 rng(11);
  add_random(store, rng, 20, 0);
  CHECK(image_parts(path) == 0);
  CHECK(store.save_graph_image());
  CHECK(image_parts(path) == 1);
  CHECK_FALSE(store.save_graph_image());  // already current
  REQUIRE(store.load(Filter{}).num_edges() > 0);
  test::check_same_graph(store.load_from_rows(Filter{}), store.load(Filter{}));
  // load() reads the image, not the rows: rows changed behind the store's
  // back (no ingest, so the image stays) do not show.
  exec(path, "UPDATE edges SET text = text || '~'");
  const ActorGraph imaged = store.load(Filter{});
  CHECK(store.load_from_rows(Filter{}).edge(0).relation.text == imaged.edge(0).relation.text + "~");
  exec(path, "UPDATE edges SET text = substr(text, 1, length(text) - 1)");

  // Another reader sees it too.
  {
    Store ro(path, Store::Mode::read_only);
    test::check_same_graph(store.load_from_rows(Filter{}), ro.load(Filter{}));
    CHECK_THROWS_AS(ro.save_graph_image(), StorageError);
  }

  // An unchanged article keeps it; new or changed articles drop it, and load() is then fresh.
  {
    auto batch = store.begin_batch();
    auto again = make_article("art-fixed", "2022-01-01", "S");
    batch.add(again, {make_triple(again, kCast[0], "042", kCast[1])});
    batch.commit();
  }
  CHECK(image_parts(path) == 0);
  CHECK(store.save_graph_image());
  {
    auto batch = store.begin_batch();
    auto again = make_article("art-fixed", "2022-01-01", "S");
    batch.add(again, {make_triple(again, kCast[0], "042", kCast[1])});
    batch.commit();
  }
  CHECK(image_parts(path) == 1);
  for (int round = 1; round < 4; ++round) {
    add_random(store, rng, 6, round);
    CHECK(image_parts(path) == 0);
    test::check_same_graph(store.load_from_rows(Filter{}), store.load(Filter{}));
    CHECK(store.save_graph_image());
    test::check_same_graph(store.load_from_rows(Filter{}), store.load(Filter{}));
  }

  // Removal drops it; removing nothing (an unknown id) does not.
  store.remove_articles({"no-such-article"});
  CHECK(image_parts(path) == 1);
  store.remove_articles({"art-fixed"});
  CHECK(image_parts(path) == 0);
  CHECK(store.save_graph_image());
  test::check_same_graph(store.load_from_rows(Filter{}), store.load(Filter{}));
}

TEST_CASE("image: filters on codes, counts and actors select from the image what the rows give") {
  ImagedStore imaged(17, 3, 12);
  Store& store = imaged.store;
  const std::string& path = imaged.path;
  auto filter = [](auto set) {
    Filter f;
    set(f);
    return f;
  };
  const Filter filters[] = {
      filter([](Filter& f) { f.cameo = {"04"}; }),
      filter([](Filter& f) { f.cameo = {"19", "026"}; }),
      filter([](Filter& f) { f.cameo = {"0260"}; }),  // longer than any code: nothing
      filter([](Filter& f) { f.roots = {"02", "19"}; }),
      filter([](Filter& f) { f.quads = {1, 4}; }),
      filter([](Filter& f) { f.plover = {"consult"}; }),
      filter([](Filter& f) { f.types = {"person"}; }),
      filter([](Filter& f) { f.types = {"country", "media"}; }),
      filter([](Filter& f) { f.countries = {"UKR"}; }),
      filter([](Filter& f) { f.countries = {"CHN", "RUS"}; }),
      filter([](Filter& f) { f.min_mentions = 2; }),
      filter([](Filter& f) { f.min_mentions = 2, f.roots = {"04"}, f.countries = {"UKR"}; }),
  };
  std::size_t nonempty = 0, smaller = 0;
  const std::size_t all = store.load(Filter{}).num_edges();
  for (const Filter& f : filters) {
    const ActorGraph image = store.load(f);
    test::check_same_graph(store.load_from_rows(f), image);
    if (image.num_edges() > 0) ++nonempty;
    if (image.num_edges() < all) ++smaller;
  }
  CHECK(nonempty >= 10);  // the filters select something
  CHECK(smaller == std::size(filters));  // and leave something out
  // Rows changed behind the store's back do not show: these loads read the image.
  exec(path, "UPDATE edges SET text = text || '~'");
  for (const Filter& f : filters) {
    const ActorGraph rows = store.load_from_rows(f), image = store.load(f);
    REQUIRE(rows.num_edges() == image.num_edges());
    for (std::uint32_t e = 0; e < image.num_edges(); ++e)
      CHECK(rows.edge(e).relation.text == image.edge(e).relation.text + "~");
  }
}

TEST_CASE("image: other filters and evidence read the rows") {
  ImagedStore imaged(5, 1, 20);
  Store& store = imaged.store;
  Filter negated;
  negated.include_negated = true;
  test::check_same_graph(store.load_from_rows(negated), store.load(negated));
  CHECK(store.load(negated).num_edges() > store.load(Filter{}).num_edges());
  auto with_evidence = store.load(Filter{}, true);
  REQUIRE(with_evidence.num_edges() > 0);
  CHECK_FALSE(with_evidence.edge(0).evidence.empty());
}

TEST_CASE("image: a damaged image is not trusted: load() reads the rows") {
  ImagedStore imaged(3, 1, 20);
  Store& store = imaged.store;
  const std::string& path = imaged.path;
  const ActorGraph rows = store.load_from_rows(Filter{});
  for (const char* damage : {"UPDATE graph_image SET data = zeroblob(length(data))",
                             "UPDATE graph_image SET data = substr(data, 1, length(data) - 9)",
                             "INSERT INTO graph_image(part, data) VALUES(7, x'00')"}) {
    exec(path, "DELETE FROM graph_image");
    store.save_graph_image();
    exec(path, damage);
    CAPTURE(damage);
    test::check_same_graph(rows, store.load(Filter{}));
  }
  // An image in another format (another version of actorgraph) is replaced.
  exec(path, "UPDATE graph_image SET data = zeroblob(length(data))");
  CHECK(store.save_graph_image());
  CHECK_FALSE(store.save_graph_image());
  CHECK(image_parts(path) == 1);
  test::check_same_graph(rows, store.load(Filter{}));
}

TEST_CASE("version 2: a database without the image and totals is read as it is and upgraded when opened for writing") {
  TempDir dir;
  const auto path = dir.file("v2.db");
  std::vector<Store::Counterparts> before;
  {
    Store store(path, Store::Mode::read_write);
    std::mt19937 rng(9);
    add_random(store, rng, 10, 0);
    for (const Actor& a : kCast) before.push_back(store.counterparts(a.id, Filter{}, 10));
  }
  exec(path, "DROP TABLE graph_image; DROP TABLE actor_totals; UPDATE meta SET value = '2' WHERE key = 'schema_version'");
  auto same_counterparts = [&](const Store& s) {
    for (std::size_t i = 0; i < std::size(kCast); ++i) {
      const auto now = s.counterparts(kCast[i].id, Filter{}, 10);
      CHECK(now.actors == before[i].actors);
      CHECK(now.relations == before[i].relations);
      CHECK(now.top.size() == before[i].top.size());
    }
  };
  {
    Store ro(path, Store::Mode::read_only);
    CHECK(ro.load(Filter{}).num_edges() > 0);
    same_counterparts(ro);
  }
  CHECK(schema_version(path) == "2");
  Store rw(path, Store::Mode::read_write);
  CHECK(schema_version(path) == "3");
  same_counterparts(rw);  // totals summed from pairs by the upgrade
  CHECK(rw.save_graph_image());
  test::check_same_graph(rw.load_from_rows(Filter{}), rw.load(Filter{}));
}
