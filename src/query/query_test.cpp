// Each query on a small golden graph: table and JSON output compared with
// golden files in src/query/testdata (AG_UPDATE_GOLDEN=1 rewrites them).
#include "actorgraph/query.hpp"

#include <doctest/doctest.h>

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
