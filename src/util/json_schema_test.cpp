#include "util/json_schema.hpp"

#include <doctest/doctest.h>

#include "actorgraph/errors.hpp"

using namespace actorgraph;

namespace {
// Returns "field|message" for an article JSON, or "ok".
std::string check_article(const char* text) {
  rapidjson::Document d;
  json::parse(text, d, "t.jsonl");
  std::string field, message;
  if (json::article_schema().check(d, field, message)) return "ok";
  return field + "|" + message;
}
}  // namespace

TEST_CASE("article schema: valid and invalid articles side by side") {
  CHECK(check_article(R"({"id":"a","text":"Hello."})") == "ok");
  CHECK(check_article(R"({"text":"x","date":"2022-08-04","extra":1})") == "ok");
  CHECK(check_article(R"({"text":"x","date":null})") == "ok");
  CHECK(check_article(R"({"id":"a"})") == "text|is missing");
  CHECK(check_article(R"({"text":""})") == "text|must not be empty");
  CHECK(check_article(R"({"text":42})").rfind("text|must be of type", 0) == 0);
  CHECK(check_article(R"({"text":"x","date":"4 Aug"})").rfind("date|'4 Aug' does not match", 0) == 0);
  CHECK(check_article(R"([1])").rfind("(document)|must be of type", 0) == 0);
}

TEST_CASE("parse errors carry the line") {
  rapidjson::Document d;
  try {
    json::parse("{\n\"a\": 1,\n}", d, "f.json");
    FAIL("no throw");
  } catch (const ParseError& e) {
    CHECK(e.file() == "f.json");
    CHECK(e.line() == 3);
  }
  CHECK_THROWS_AS(json::parse("{\"a\": \"\xff\"}", d, "g.json"), ParseError);
  CHECK_THROWS_AS(json::parse("{} {}", d, "g.json"), ParseError);
}
