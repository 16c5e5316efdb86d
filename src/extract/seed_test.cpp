// The user's seed article through make_pattern_extractor with the built-in
// dictionaries: the required Zelenskyy -> Xi Jinping request must be there,
// with its sentence. Reads ../shared (AG_SHARED); skipped when absent.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include <rapidjson/document.h>

#include "actorgraph/actor_dictionary.hpp"
#include "actorgraph/extractor.hpp"
#include "actorgraph/relation_lexicon.hpp"

using namespace actorgraph;

namespace {

bool read_seed(Article& a) {
  const char* shared = std::getenv("AG_SHARED");
  std::string path = std::string(shared ? shared : "../shared") + "/seed/article.jsonl";
  std::ifstream in(path);
  std::string line;
  if (!in || !std::getline(in, line)) return false;
  rapidjson::Document d;
  d.Parse(line.c_str());
  if (d.HasParseError() || !d.IsObject()) return false;
  auto get = [&](const char* k) {
    auto it = d.FindMember(k);
    return it != d.MemberEnd() && it->value.IsString() ? std::string(it->value.GetString()) : std::string();
  };
  a.id = get("id");
  a.date = get("date");
  a.title = get("title");
  a.text = get("text");
  return !a.text.empty();
}

}  // namespace

TEST_CASE("seed article: Zelenskyy calls for talks with Xi Jinping") {
  Article a;
  if (!read_seed(a)) {
    MESSAGE("../shared/seed/article.jsonl not found (AG_SHARED): seed test skipped");
    return;
  }
  auto actors = ActorDictionary::builtin();
  auto relations = RelationLexicon::builtin();
  auto ex = make_pattern_extractor(actors, relations);
  std::vector<Triple> out;
  ex->extract(a, out);
  const Triple* found = nullptr;
  for (const auto& t : out)
    if (t.subject.actor.id == "volodymyr-zelenskyy" && t.object.actor.id == "xi-jinping" &&
        t.relation.root == "02" && !t.negated &&
        t.sentence_text.find("has called for direct talks with") != std::string::npos)
      found = &t;
  REQUIRE(found != nullptr);
  CHECK(found->relation.text == "has called for direct talks with");
  CHECK(found->subject.mention == "Ukrainian President Volodymyr Zelenskyy");
  CHECK(found->object.mention == "China\xE2\x80\x99s Xi Jinping");
  CHECK(a.text.substr(found->span_begin, found->span_end - found->span_begin) == found->sentence_text);
  CHECK(a.text.substr(found->subject.begin, found->subject.end - found->subject.begin) == found->subject.mention);
  CHECK(found->extractor == "pattern");
  CHECK_FALSE(found->rule.empty());
  // China "has yet to condemn" / "has yet to offer": never the positive event.
  for (const auto& t : out)
    if (t.subject.actor.id == "china" && t.relation.text.find("has yet to offer") != std::string::npos)
      CHECK(t.negated);
}
