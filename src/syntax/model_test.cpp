// Weight tables and model images: averaged weights survive quantisation;
// damaged or foreign images are refused with a message naming them, never
// read out of bounds.
#include <doctest/doctest.h>

#include <cstring>

#include "actorgraph/errors.hpp"
#include "syntax/model.hpp"
#include "syntax/table.hpp"

using namespace actorgraph;
using namespace actorgraph::syntax;

namespace {

// 8-byte aligned copy of a section, as a model image keeps it.
struct Aligned {
  explicit Aligned(const std::string& s) : words((s.size() + 7) / 8 + 1), size(s.size()) {
    std::memcpy(words.data(), s.data(), s.size());
  }
  const char* data() const { return reinterpret_cast<const char*>(words.data()); }
  std::vector<std::uint64_t> words;
  std::size_t size;
};

std::string tiny_model(const std::string& labels = "nsubj,obj,root") {
  TrainTable tagger(kUposCount), left(3), right(3), action(3);
  tagger.update(42, 3, 1.0f, 1);
  action.update(42, 1, 2.0f, 1);
  left.update(42, 0, 1.0f, 1);
  right.update(42, 1, 1.0f, 1);
  return write_model({{"labels", labels}, {"description", "test"}},
                     {{"tagger", tagger.finish(2, 0.01f)},
                      {"action", action.finish_inline3(2, 0.01f)},
                      {"left", left.finish(2, 0.01f)},
                      {"right", right.finish(2, 0.01f)}});
}

}  // namespace

TEST_CASE("tables: averaged weights, pruning and quantisation") {
  TrainTable t(3);
  // Feature 7 gets +1 at time 1 and -1 at time 3 for class 2: averaged over 4 steps, 0.5.
  t.update(7, 2, 1.0f, 1);
  t.update(7, 2, -1.0f, 3);
  t.update(9, 0, 4.0f, 1);  // stays 4, averaged 3 (on from time 1 of 4: (4 - 4*1/4))
  t.update(11, 1, 0.001f, 1);  // pruned
  const std::string sec = t.finish(4, 0.01f);
  Aligned a(sec);
  TableView v = table_view(a.data(), a.size);
  CHECK(v.rows == 2);
  REQUIRE(v.find(7) != nullptr);
  CHECK(v.find(7)[2] * v.scale == doctest::Approx(0.5).epsilon(0.001));
  CHECK(v.find(9)[0] * v.scale == doctest::Approx(3.0).epsilon(0.001));
  CHECK(v.find(11) == nullptr);
  CHECK(v.find(0xABCDEF0123456789ULL) == nullptr);
  std::int32_t scores[3] = {};
  const std::uint64_t keys[] = {7, 9, 555};
  v.score(keys, 3, scores);
  CHECK(scores[0] == v.find(9)[0]);

  const std::string inl = t.finish_inline3(4, 0.01f);
  Aligned b(inl);
  InlineTable3 w = inline_table_view(b.data(), b.size);
  std::int32_t s2[3] = {};
  w.score(keys, 3, s2);
  CHECK(s2[0] * w.scale == doctest::Approx(3.0).epsilon(0.001));
  CHECK(s2[2] * w.scale == doctest::Approx(0.5).epsilon(0.001));
}

TEST_CASE("tables: damaged sections are refused") {
  TrainTable t(3);
  t.update(7, 2, 1.0f, 1);
  std::string sec = t.finish(2, 0.01f);
  CHECK_THROWS(table_view(Aligned(sec.substr(0, 20)).data(), 20));
  std::string bad = sec;
  bad[32] = '\x7f';  // the first slot now points past the rows
  bad[33] = '\x7f';
  Aligned a(bad);
  CHECK_THROWS(table_view(a.data(), a.size));
  std::string full = sec;  // every slot occupied: a probe could never end
  for (std::size_t i = 32; i + 8 <= 32 + 16 * 8; i += 8) {
    const std::uint64_t v = (std::uint64_t(5) << 32) | 1;
    std::memcpy(full.data() + i, &v, 8);
  }
  Aligned f(full);
  CHECK_THROWS(table_view(f.data(), f.size));
}

TEST_CASE("model: a written image reads back; foreign and damaged images are refused by name") {
  const std::string image = tiny_model();
  Aligned a(image);
  auto m = Model::read(std::string_view(a.data(), a.size), std::string(), "m.bin");
  CHECK(m->labels.size() == 3);
  CHECK(m->labels[static_cast<std::size_t>(m->root_label)] == Deprel::root);
  CHECK(m->meta.at("description") == "test");

  auto refused = [](std::string bytes, const char* why) {
    CAPTURE(why);
    Aligned b(bytes);
    try {
      Model::read(std::string_view(b.data(), b.size), std::string(), "m.bin");
      FAIL("accepted");
    } catch (const ParseError& e) {
      CHECK(std::string(e.what()).rfind("m.bin: not a usable actorgraph syntax model: ", 0) == 0);
    }
  };
  refused("", "empty");
  refused("hello world, this is not a model at all", "text");
  std::string v = image;
  v[8] = 9;  // format version
  refused(v, "version");
  refused(image.substr(0, image.size() / 2), "truncated");
  std::string dir = image;
  dir[16 + 16] = '\xff';  // the first section's offset
  dir[16 + 17] = '\xff';
  dir[16 + 23] = '\x7f';
  refused(dir, "section outside");
  refused(tiny_model("nsubj,obj"), "no root label");
  refused(tiny_model("nsubj,objx,root"), "unknown label");
}

TEST_CASE("model: a file that does not exist or is empty is a ParseError naming it") {
  CHECK_THROWS_WITH_AS(Parser::from_file("/nonexistent/model.agsm"),
                       "/nonexistent/model.agsm: cannot read the syntax model", ParseError);
}
