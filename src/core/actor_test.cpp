#include "actorgraph/actor.hpp"

#include <doctest/doctest.h>

#include "actorgraph/errors.hpp"

using namespace actorgraph;

TEST_CASE("slugify: table of names and ids") {
  struct Case { const char* name; const char* id; };
  const Case cases[] = {
      {"Xi Jinping", "xi-jinping"},
      {"Volodymyr Zelenskyy", "volodymyr-zelenskyy"},
      {"Côte d'Ivoire", "cote-divoire"},
      {"Recep Tayyip Erdoğan", "recep-tayyip-erdogan"},
      {"  U.S.  Senate ", "u-s-senate"},
      {"Xi’an", "xian"},
      {"Łukasz Świątek", "lukasz-swiatek"},
      {"G20", "g20"},
      {"", ""},
      {"!!!", ""},
  };
  for (const auto& c : cases) CHECK_MESSAGE(slugify(c.name) == c.id, c.name);
}

TEST_CASE("actor types parse and print") {
  ActorType t;
  CHECK(parse_actor_type("military", t));
  CHECK(t == ActorType::military);
  CHECK(to_string(t) == "military");
  CHECK(parse_actor_type("organisation", t));
  CHECK(t == ActorType::organization);
  CHECK_FALSE(parse_actor_type("planet", t));
}

TEST_CASE("ParseError names file, line and field") {
  ParseError e("a.jsonl", 3, "text", "is missing");
  CHECK(std::string(e.what()) == "a.jsonl:3: field 'text': is missing");
  ParseError f("b.json", 0, "", "empty file");
  CHECK(std::string(f.what()) == "b.json: empty file");
}
