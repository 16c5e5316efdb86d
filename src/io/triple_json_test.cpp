#include "io/triple_json.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include <rapidjson/document.h>

#include "util/json_schema.hpp"

using namespace actorgraph;

namespace {

Triple seed_triple() {
  Triple t;
  t.article = "seed-zelenskyy-xi";
  t.date = "2022-08-04";
  t.sentence = 1;
  t.span_begin = 0;
  t.span_end = 187;
  t.sentence_text = "Ukrainian President Volodymyr Zelenskyy has called for direct talks with China\xE2\x80\x99s Xi Jinping.";
  t.subject.actor = Actor{"volodymyr-zelenskyy", "Volodymyr Zelenskyy", ActorType::person, "UKR", "GOV", "UKRGOV", {"Zelensky"}};
  t.subject.mention = "Ukrainian President Volodymyr Zelenskyy";
  t.subject.begin = 0;
  t.subject.end = 39;
  t.relation = Relation{"has called for direct talks with", "call for talks with", "026", "02", 1, 3.0, "REQUEST"};
  t.object.actor = Actor{"xi-jinping", "Xi Jinping", ActorType::person, "CHN", "GOV", "CHNGOV", {}};
  t.object.mention = "China\xE2\x80\x99s Xi Jinping";
  t.object.begin = 73;
  t.object.end = 93;
  t.negated = false;
  t.modality = Modality::asserted;
  t.confidence = 0.9;
  t.extractor = "pattern";
  t.rule = "call-for-talks";
  return t;
}

std::string schema_problem(const std::string& json) {
  rapidjson::Document d;
  d.Parse(json.c_str());
  if (d.HasParseError()) return "parse error";
  std::string field, message;
  if (json::triple_schema().check(d, field, message)) return "";
  return field + ": " + message;
}

}  // namespace

TEST_CASE("to_json: exactly the ARCHITECTURE.md shape, in order") {
  const std::string expected =
      R"({"article":"seed-zelenskyy-xi","date":"2022-08-04","sentence":1,"span":[0,187],)"
      R"("subject":{"id":"volodymyr-zelenskyy","name":"Volodymyr Zelenskyy","type":"person","country":"UKR",)"
      R"("sector":"GOV","code":"UKRGOV","mention":"Ukrainian President Volodymyr Zelenskyy","span":[0,39]},)"
      R"("relation":{"text":"has called for direct talks with","lemma":"call for talks with","cameo":"026",)"
      R"("root":"02","quad":1,"goldstein":3.0,"plover":"REQUEST"},)"
      R"("object":{"id":"xi-jinping","name":"Xi Jinping","type":"person","country":"CHN","sector":"GOV",)"
      "\"code\":\"CHNGOV\",\"mention\":\"China\xE2\x80\x99s Xi Jinping\",\"span\":[73,93]},"
      R"("negated":false,"modality":"asserted","confidence":0.9,"extractor":"pattern","rule":"call-for-talks",)"
      "\"sentence_text\":\"Ukrainian President Volodymyr Zelenskyy has called for direct talks with China\xE2\x80\x99s Xi "
      "Jinping.\"}";
  CHECK(to_json(seed_triple()) == expected);
}

TEST_CASE("to_json: claimant only when present; escaping; output validates against the triple schema") {
  Triple t = seed_triple();
  CHECK(to_json(t).find("claimant") == std::string::npos);
  t.claimant = "recep-tayyip-erdogan";
  t.modality = Modality::reported;
  t.negated = true;
  t.subject.mention = "Recep Tayyip Erdo\xC4\x9F" "an said \"no\"\n\tand\\left";
  t.date.clear();
  const std::string j = to_json(t);
  CHECK(j.find(R"("negated":true,"modality":"reported","claimant":"recep-tayyip-erdogan","confidence")") !=
        std::string::npos);
  CHECK(j.find("Erdo\xC4\x9F" "an said \\\"no\\\"\\n\\tand\\\\left") != std::string::npos);
  CHECK(j.find(R"("date":"")") != std::string::npos);
  CHECK(j.find('\n') == std::string::npos);
  CHECK(schema_problem(j) == "");
  CHECK(schema_problem(to_json(seed_triple())) == "");
  Triple empty;
  empty.article = "a";
  CHECK(schema_problem(to_json(empty)).rfind("subject.id: must not be empty", 0) == 0);
}

TEST_CASE("format_double: shortest round trip, always a float, never NaN") {
  struct Case {
    double v;
    const char* text;
  };
  const Case cases[] = {
      {0.9, "0.9"},   {3.0, "3.0"},     {-10.0, "-10.0"}, {-2.5, "-2.5"},
      {0.1 + 0.2, "0.30000000000000004"}, {1e-7, "1e-07"}, {0.0, "0.0"}, {-0.0, "0.0"},
      {std::numeric_limits<double>::quiet_NaN(), "0.0"},  {std::numeric_limits<double>::infinity(), "0.0"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.text);
    char buf[40];
    const std::size_t n = io::format_double(c.v, buf);
    CHECK(std::string(buf, n) == c.text);
    if (std::isfinite(c.v)) CHECK(std::stod(std::string(buf, n)) == c.v);
  }
  Triple t = seed_triple();
  t.confidence = std::numeric_limits<double>::quiet_NaN();
  CHECK(to_json(t).find(R"("confidence":0.0)") != std::string::npos);
}

TEST_CASE("triple_from_json reads back what to_json writes") {
  Triple t = seed_triple();
  t.claimant = "emmanuel-macron";
  t.modality = Modality::reported;
  t.negated = true;
  t.relation.goldstein = -4.4;
  t.confidence = 0.725;
  Triple back;
  std::string error;
  REQUIRE(io::triple_from_json(to_json(t), back, error));
  CHECK(error.empty());
  t.subject.actor.aliases.clear();  // aliases are not part of the triple format
  CHECK(to_json(back) == to_json(t));
  CHECK(back.subject.actor.name == "Volodymyr Zelenskyy");
  CHECK(back.subject.actor.type == ActorType::person);
  CHECK(back.object.begin == 73);
  CHECK(back.object.end == 93);
  CHECK(back.relation.quad == 1);
  CHECK(back.relation.goldstein == -4.4);
  CHECK(back.modality == Modality::reported);
  CHECK(back.claimant == "emmanuel-macron");
  CHECK(back.sentence_text == t.sentence_text);
}

TEST_CASE("triple_from_json: minimal valid triple and invalid ones side by side") {
  const std::string subject = R"({"id":"a","name":"A","type":"country"})";
  const std::string minimal = R"({"article":"x","sentence":0,"span":[0,5],"subject":)" + subject +
                              R"(,"relation":{"text":"met","lemma":"meet"},"object":)" + subject +
                              R"(,"negated":false,"modality":"asserted"})";
  struct Case {
    std::string json;
    const char* error;  // "" = valid; else the start of the error
  };
  const Case cases[] = {
      {minimal, ""},
      {R"({"article":"x"})", "field 'sentence': is missing"},
      {R"({"article":"x",)", "malformed JSON: "},
      {minimal.substr(0, minimal.size() - 1) + R"(,"confidence":1.5})", "field 'confidence': must be <= 1"},
      {R"({"article":"x","sentence":0,"span":[0,5],"subject":{},"relation":{},"object":{},"negated":false,"modality":"maybe"})",
       "field 'subject.id': is missing"},
      {minimal.substr(0, minimal.size() - 11) + R"("maybe"})", "field 'modality': must be one of"},
      {minimal.substr(0, minimal.size() - 1) + R"(,"claimant":7})", "field 'claimant': must be of type \"string\""},
      {R"({"article":"x","sentence":-1,"span":[0,5],"subject":{},"relation":{},"object":{},"negated":false,"modality":"asserted"})",
       "field 'sentence': must be >= 0"},
      {R"({"article":"x","sentence":0,"span":[0],"subject":{},"relation":{},"object":{},"negated":false,"modality":"asserted"})",
       "field 'span': violates schema keyword 'minItems'"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.json);
    Triple t;
    std::string error;
    const bool ok = io::triple_from_json(c.json, t, error);
    CHECK(ok == (std::string(c.error).empty()));
    CHECK(error.rfind(c.error, 0) == 0);
  }
  Triple t;
  std::string error;
  REQUIRE(io::triple_from_json(minimal, t, error));
  CHECK(t.subject.actor.type == ActorType::country);
  CHECK(t.relation.lemma == "meet");
  CHECK(t.confidence == 0);
  CHECK(t.date.empty());
  CHECK(t.claimant.empty());
}

TEST_CASE("to_json escapes every string so that it reads back byte for byte") {
  std::string controls;
  for (int c = 0; c < 0x20; ++c) controls += static_cast<char>(c);
  const std::string cases[] = {
      "",
      "plain",
      "quote \" and backslash \\ and slash /",
      controls,
      "Recep Tayyip Erdo\xC4\x9F" "an, Luiz In\xC3\xA1" "cio Lula da Silva, \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x8C\x8D",
      "\"\\\"\\\\\n",
      std::string(5000, 'a') + "\t" + std::string(3, '"'),
  };
  for (const auto& s : cases) {
    CAPTURE(s.size());
    Triple t = seed_triple();
    t.sentence_text = s;
    t.object.mention = s;
    t.relation.text = s;
    const std::string j = to_json(t);
    for (char c : j) CHECK(static_cast<unsigned char>(c) >= 0x20);
    Triple back;
    std::string error;
    REQUIRE(io::triple_from_json(j, back, error));
    CHECK(back.sentence_text == s);
    CHECK(back.object.mention == s);
    CHECK(back.relation.text == s);
  }
  Triple t = seed_triple();
  t.sentence_text = std::string("a\x01" "b\x1f", 4);
  CHECK(to_json(t).find(R"("sentence_text":"a\u0001b\u001F")") != std::string::npos);
}
