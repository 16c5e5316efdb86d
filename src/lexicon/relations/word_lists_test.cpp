#include <doctest/doctest.h>

#include "actorgraph/errors.hpp"
#include "lexicon/relations/word_lists.hpp"

using namespace actorgraph;
using relations::word_lists;

TEST_CASE("word lists: speech verbs, negators and modal words") {
  const auto& w = word_lists();
  for (const char* v : {"say", "tell", "state", "add", "announce", "claim", "insist"}) CHECK_MESSAGE(w.is_speech_verb(v), v);
  for (const char* v : {"attack", "meet", "sanction"}) CHECK_FALSE(w.is_speech_verb(v));
  for (const char* n : {"not", "n't", "never", "no"}) CHECK(w.is_negator(n));
  CHECK_FALSE(w.is_negator("now"));
  Modality m{};
  CHECK(w.modal_word("could", m));
  CHECK(m == Modality::hypothetical);
  CHECK(w.modal_word("might", m));
  CHECK_FALSE(w.modal_word("did", m));
}

TEST_CASE("word lists: control, negating and modality verbs use the pattern language") {
  const auto& w = word_lists();
  auto has = [](const relations::CueList& list, const char* verb, const char* pattern) {
    for (auto i : list.by_verb(verb))
      if (list.all()[i].pattern == pattern) return &list.all()[i];
    return static_cast<const relations::VerbCue*>(nullptr);
  };
  CHECK(has(w.control_verbs(), "urge", "+ to"));
  CHECK(has(w.control_verbs(), "ask", "+ to"));
  CHECK(has(w.control_verbs(), "call", "on + to"));
  CHECK(has(w.control_verbs(), "press", "+ to"));
  CHECK(has(w.control_verbs(), "persuade", "+ to"));
  CHECK(has(w.negating_verbs(), "refuse", "to"));
  CHECK(has(w.negating_verbs(), "fail", "to"));
  CHECK(has(w.negating_verbs(), "decline", "to"));
  CHECK(has(w.negating_verbs(), "have", "yet to"));
  CHECK(has(w.negating_verbs(), "deny", ""));
  const auto* plan = has(w.modality_verbs(), "plan", "to");
  REQUIRE(plan);
  CHECK(plan->modality == Modality::intended);
  for (const char* v : {"intend", "threaten", "want", "seek"}) CHECK_MESSAGE(has(w.modality_verbs(), v, "to"), v);
  CHECK(has(w.modality_verbs(), "propose", ""));
  CHECK(w.control_verbs().by_verb("attack").empty());
  // frames re-code the governed event
  CHECK(has(w.control_verbs(), "urge", "+ to")->frame == CameoFrame::appeal);
  CHECK(has(w.control_verbs(), "press", "+ to")->frame == CameoFrame::demand);
  CHECK(has(w.negating_verbs(), "refuse", "to")->frame == CameoFrame::reject);
  CHECK_FALSE(has(w.negating_verbs(), "fail", "to")->frame.has_value());
  CHECK(has(w.modality_verbs(), "threaten", "to")->frame == CameoFrame::threaten);
  CHECK(plan->frame == CameoFrame::intent);
  CHECK_FALSE(has(w.modality_verbs(), "consider", "")->frame.has_value());
}

TEST_CASE("word lists: malformed documents are located") {
  const std::string base = R"("speech_verbs": ["say"], "negators": ["not"], "modal_words": [], "control_verbs": [], "negating_verbs": [])";
  CHECK_NOTHROW(relations::WordLists::parse("{" + base + R"(, "modality_verbs": []})", "w.json"));
  try {
    relations::WordLists::parse("{" + base + ",\n\"modality_verbs\": [\n{\"verb\": \"plan\"},\n{\"verb\": \"x\", \"modality\": \"maybe\"}]}", "w.json");
    FAIL("no throw");
  } catch (const ParseError& e) {
    CHECK(e.line() == 4);
    CHECK(e.field() == "modality_verbs[1].modality");
  }
  try {
    relations::WordLists::parse("{" + base + ",\n\"modality_verbs\": [\n{\"verb\": \"plan\", \"frame\": \"hope\"}]}", "w.json");
    FAIL("no throw");
  } catch (const ParseError& e) {
    CHECK(e.line() == 3);
    CHECK(e.field() == "modality_verbs[0].frame");
  }
  CHECK_THROWS_AS(relations::WordLists::parse("{" + base + "}", "w.json"), ParseError);
}
