// Each query on a small golden graph: table and JSON output compared with
// golden files in src/query/testdata (AG_UPDATE_GOLDEN=1 rewrites them).
#include "actorgraph/query.hpp"

#include <doctest/doctest.h>

#include <random>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "actorgraph/errors.hpp"
#include "actorgraph/store.hpp"
#include "store/test_util.hpp"

using namespace actorgraph;
using namespace actorgraph::test;

namespace {

const Actor kZel = make_actor("volodymyr-zelenskyy", "Volodymyr Zelenskyy", ActorType::person, "UKR", {"Zelensky"});
const Actor kXi = make_actor("xi-jinping", "Xi Jinping", ActorType::person, "CHN");
const Actor kPutin = make_actor("vladimir-putin", "Vladimir Putin", ActorType::person, "RUS");
const Actor kRus = make_actor("russia", "Russia", ActorType::country, "RUS");
const Actor kUkr = make_actor("ukraine", "Ukraine", ActorType::country, "UKR");
const Actor kChn = make_actor("china", "China", ActorType::country, "CHN");
const Actor kErd = make_actor("recep-tayyip-erdogan", "Recep Tayyip Erdoğan", ActorType::person, "TUR");

struct Fixture {
  TempDir dir;
  std::string path = dir.file("golden.db");
  Fixture() {
    Store store(path, Store::Mode::read_write);
    auto a1 = make_article("a1", "2022-01-10", "Reuters");
    auto a2 = make_article("a2", "2022-02-14", "AP");
    auto a3 = make_article("a3", "2022-03-02", "AP");
    auto b = store.begin_batch();
    b.add(a1, {make_triple(a1, kZel, "036", kXi, 1, false, Modality::asserted, 0),
               make_triple(a1, kRus, "190", kUkr, 4, false, Modality::asserted, 1),
               make_triple(a1, kXi, "042", kPutin, 1, false, Modality::asserted, 2)});
    b.add(a2, {make_triple(a2, kZel, "036", kXi, 1, false, Modality::asserted, 0),
               make_triple(a2, kChn, "111", kRus, 3, true, Modality::asserted, 1),
               make_triple(a2, kPutin, "190", kUkr, 4, false, Modality::hypothetical, 2),
               make_triple(a2, kErd, "042", kZel, 1, false, Modality::asserted, 3)});
    b.add(a3, {make_triple(a3, kRus, "190", kUkr, 4, false, Modality::asserted, 0),
               make_triple(a3, kPutin, "042", kChn, 1, false, Modality::asserted, 1),
               make_triple(a3, kUkr, "112", kRus, 3, false, Modality::asserted, 2)});
    b.commit();
  }
};

std::string golden_dir() {
  const char* root = std::getenv("AG_SOURCE_ROOT");
  return std::string(root ? root : ".") + "/src/query/testdata/";
}

void check_golden(const std::string& name, const std::string& got) {
  const std::string path = golden_dir() + name;
  if (std::getenv("AG_UPDATE_GOLDEN")) {
    std::ofstream(path, std::ios::binary) << got;
    return;
  }
  std::string want = read_bytes(path);
  CHECK_MESSAGE(want == got, "golden ", path, " differs; got:\n", got);
}

template <typename F>
std::string capture(F&& f) {
  std::ostringstream out;
  f(out);
  return out.str();
}

}  // namespace

TEST_CASE("queries on the golden graph: tables and JSON") {
  Fixture fx;
  Store s(fx.path, Store::Mode::read_only);
  QueryOptions o;
  QueryOptions json;
  json.json = true;
  check_golden("actor.txt", capture([&](auto& out) { query_actor(s, "Zelensky", o, out); }));
  check_golden("actor.json", capture([&](auto& out) { query_actor(s, "volodymyr-zelenskyy", json, out); }));
  check_golden("between.txt", capture([&](auto& out) { query_between(s, "Russia", "Ukraine", o, out); }));
  check_golden("evidence.txt", capture([&](auto& out) { query_evidence(s, "Russia", "Ukraine", o, out); }));
  check_golden("path.txt", capture([&](auto& out) { query_path(s, "Recep Tayyip Erdoğan", "China", o, out); }));
  check_golden("path.json", capture([&](auto& out) { query_path(s, "Recep Tayyip Erdoğan", "China", json, out); }));
  QueryOptions by = o;
  for (const char* measure : {"degree", "mentions", "pagerank", "betweenness"}) {
    by.by = measure;
    check_golden(std::string("top_") + measure + ".txt", capture([&](auto& out) { query_top(s, by, out); }));
  }
  check_golden("timeline.txt", capture([&](auto& out) { query_timeline(s, "Ukraine", "", o, out); }));
  check_golden("actors.txt", capture([&](auto& out) { query_actors(s, "in", o, out); }));
}

TEST_CASE("filters change what queries see") {
  Fixture fx;
  Store s(fx.path, Store::Mode::read_only);
  QueryOptions o;
  auto plain = capture([&](auto& out) { query_between(s, "China", "Russia", o, out); });
  CHECK(plain.find("0 relations") != std::string::npos);  // the only one is negated
  o.filter.include_negated = true;
  auto negated = capture([&](auto& out) { query_between(s, "China", "Russia", o, out); });
  CHECK(negated.find("NOT lemma 111") != std::string::npos);
  QueryOptions h;
  h.filter.include_hypothetical = true;
  auto hypo = capture([&](auto& out) { query_between(s, "Putin", "Ukraine", h, out); });
  CHECK(hypo.find("lemma 190") != std::string::npos);
  QueryOptions since;
  since.filter.since = "2022-02";
  auto later = capture([&](auto& out) { query_actor(s, "Xi Jinping", since, out); });
  CHECK(later.find("Vladimir Putin") == std::string::npos);  // the 042 of January is out
  CHECK(later.find("Volodymyr Zelenskyy") != std::string::npos);
  QueryOptions quad;
  quad.filter.quads = {4};
  auto conflict = capture([&](auto& out) { query_actor(s, "Ukraine", quad, out); });
  CHECK(conflict.find("lemma 112") == std::string::npos);
  CHECK(conflict.find("lemma 190") != std::string::npos);
}

TEST_CASE("bad query input: unknown names with suggestions, bad options") {
  Fixture fx;
  Store s(fx.path, Store::Mode::read_only);
  QueryOptions o;
  std::ostringstream out;
  CHECK_THROWS_WITH_AS(query_actor(s, "Zelenskky", o, out),
                       doctest::Contains("did you mean: Volodymyr Zelenskyy"), NotFoundError);
  CHECK_THROWS_AS(query_actor(s, "Nobody At All", o, out), NotFoundError);
  CHECK_THROWS_AS(query_actor(s, "", o, out), UsageError);
  CHECK_THROWS_AS(query_path(s, "Ukraine", "ukraine", o, out), UsageError);
  QueryOptions bad;
  bad.by = "fame";
  CHECK_THROWS_AS(query_top(s, bad, out), UsageError);
  QueryOptions rel;
  rel.relation = "999";
  CHECK_THROWS_AS(query_evidence(s, "Russia", "Ukraine", rel, out), NotFoundError);
}

TEST_CASE("query actor on a hub: the pairs table and the general path give the same answer") {
  // A hub with 40 counterparts (many tied), 14 relations with one of them,
  // hypothetical and negated mentions mixed in: under the default filter
  // query_actor reads the pairs table and the strongest relations on an
  // index; a CAMEO filter selecting every code takes the general path.
  TempDir dir;
  const std::string path = dir.file("hub.db");
  {
    Store store(path, Store::Mode::read_write);
    std::mt19937 rng(5);
    auto b = store.begin_batch();
    const Actor hub = make_actor("hub", "Hub", ActorType::country, "USA");
    for (int k = 0; k < 60; ++k) {
      auto art = make_article("h" + std::to_string(k), "2022-0" + std::to_string(1 + k % 9) + "-01", "S");
      std::vector<Triple> ts;
      for (int t = 0; t < 6; ++t) {
        const int who = rng() % 3 == 0 ? 3 : static_cast<int>(rng() % 40);
        const Actor other = make_actor("x" + std::to_string(who), "Counterpart " + std::to_string(who % 25),
                                       ActorType::country, "FRA");
        const char* codes[] = {"010", "020", "036", "042", "043", "051", "057", "061", "071", "111", "112",
                               "120", "130", "190"};
        const std::string code = codes[who == 3 ? rng() % 14 : rng() % 3];
        const auto m = static_cast<Modality>(rng() % 4);
        const bool out = rng() % 2;
        ts.push_back(make_triple(art, out ? hub : other, code, out ? other : hub, 1, rng() % 7 == 0, m,
                                 static_cast<std::uint32_t>(t)));
      }
      b.add(art, ts);
    }
    b.commit();
  }
  Store s(path, Store::Mode::read_only);
  for (std::size_t limit : {3, 10, 50}) {
    QueryOptions fast, general;
    fast.limit = general.limit = limit;
    general.filter.cameo = {"0", "1"};
    const std::string a = capture([&](auto& out) { query_actor(s, "Hub", fast, out); });
    const std::string b = capture([&](auto& out) { query_actor(s, "Hub", general, out); });
    CHECK(a == b);
    if (limit == 50) CHECK(a.find(" more (query between") != std::string::npos);  // x3 has more than 10
    fast.json = general.json = true;
    CHECK(capture([&](auto& out) { query_actor(s, "Hub", fast, out); }) ==
          capture([&](auto& out) { query_actor(s, "Hub", general, out); }));
  }
}
