// The engine's word classes: the built-in document is complete and every
// malformed one is refused by name and field.
#include <doctest/doctest.h>

#include <algorithm>

#include "actorgraph/errors.hpp"
#include "lexicon/relations/word_lists.hpp"

using namespace actorgraph;
using relations::WordLists;
using relations::word_lists;

namespace {

bool has(const std::vector<std::string>& v, const char* w) { return std::find(v.begin(), v.end(), w) != v.end(); }

std::string refused(const std::string& json) {
  try {
    WordLists::parse(json, "w.json");
  } catch (const ParseError& e) {
    return e.field() + "|" + e.message();
  }
  return "accepted";
}

}  // namespace

TEST_CASE("word lists: the built-in classes") {
  const auto& w = word_lists();
  CHECK(w.classes().size() == 35);
  for (const char* v : {"say", "tell", "announce", "claim", "insist"}) CHECK_MESSAGE(has(w.words("speech_verb"), v), v);
  CHECK_FALSE(has(w.words("speech_verb"), "attack"));
  for (const char* n : {"not", "n't", "never", "no"}) CHECK(has(w.words("negator"), n));
  CHECK(has(w.words("modal_hypothetical"), "could"));
  CHECK(has(w.words("clause_break"), "\""));
  CHECK(w.words("no_such_class").empty());
  for (const auto& [name, words] : w.classes()) {
    CAPTURE(name);
    CHECK_FALSE(words.empty());
  }
}

TEST_CASE("word lists: malformed documents are refused, naming the field") {
  CHECK(refused(R"({"classes": {}})") == "classes.speech_verb|is missing");  // every class is required
  CHECK(refused(R"({"colours": {}})").find("is not a known field") != std::string::npos);
  CHECK(refused(R"({"classes": )").find("malformed JSON") != std::string::npos);
  std::string doc = R"({"classes": {"speech_verb": {"words": ["Say"]}}})";
  CHECK(refused(doc) != "accepted");
}
