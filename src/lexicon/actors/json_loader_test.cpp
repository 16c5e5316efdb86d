// JSON dictionary loading: schema errors with file:line:field, semantics,
// override by id, path-to-line mapping.
#include <doctest/doctest.h>

#include <string>

#include "actorgraph/actor_dictionary.hpp"
#include "actorgraph/errors.hpp"
#include "lexicon/actors/json_locate.hpp"

using actorgraph::ActorDictionary;
using actorgraph::ParseError;

namespace {

struct Case {
  const char* name;
  const char* json;
  std::size_t line;   // 0 = valid
  const char* field;  // expected field of the ParseError
};

// Valid and invalid documents side by side; each bad entry sits on its own line.
const Case kCases[] = {
    {"empty dictionary", R"({})", 0, ""},
    {"minimal actor", R"({"actors":[{"id":"x","name":"X","type":"group"}]})", 0, ""},
    {"byte-order mark", "\xEF\xBB\xBF{\"actors\":[{\"id\":\"x\",\"name\":\"X\",\"type\":\"group\"}]}", 0, ""},
    {"byte-order mark, bad entry", "\xEF\xBB\xBF{\"actors\":[\n{\"id\":\"x\",\"name\":\"\",\"type\":\"group\"}]}", 2,
     "actors[0].name"},
    {"person with dated role",
     "{\"actors\":[\n{\"id\":\"a-b\",\"name\":\"A B\",\"type\":\"person\",\"gender\":\"f\",\"surname\":\"B\",\n"
     " \"roles\":[{\"title\":\"governor\",\"country\":\"UKR\",\"from\":\"2020-01\",\"to\":\"2021\"}]}]}",
     0, ""},
    {"agent", R"({"agents":[{"id":"forces","forms":["forces","troops"],"sector":"MIL","type":"military"}]})", 0, ""},
    {"missing name", "{\"actors\":[\n{\"id\":\"ok\",\"name\":\"Ok\",\"type\":\"group\"},\n{\"id\":\"bad\",\"type\":\"group\"}]}",
     3, "actors[1].name"},
    {"bad id slug", "{\"actors\":[\n\n{\"id\":\"Bad Id\",\"name\":\"X\",\"type\":\"group\"}]}", 3, "actors[0].id"},
    {"unknown type", "{\"actors\":[\n{\"id\":\"x\",\"name\":\"X\",\"type\":\"planet\"}]}", 2, "actors[0].type"},
    {"unknown field", "{\"actors\":[\n{\"id\":\"x\",\"name\":\"X\",\"type\":\"group\",\"colour\":\"red\"}]}", 2,
     "actors[0].colour"},
    {"bad country code", "{\"actors\":[\n{\"id\":\"x\",\"name\":\"X\",\"type\":\"group\",\"country\":\"uk\"}]}", 2,
     "actors[0].country"},
    {"bad gender", "{\"actors\":[\n{\"id\":\"x\",\"name\":\"X\",\"type\":\"person\",\"gender\":\"male\"}]}", 2,
     "actors[0].gender"},
    {"bad role date on its own line",
     "{\"actors\":[\n{\"id\":\"x\",\"name\":\"X\",\"type\":\"person\",\"roles\":[\n {\"title\":\"president\",\n  "
     "\"from\":\"01/02/2003\"}]}]}",
     4, "actors[0].roles[0].from"},
    {"role without title", "{\"actors\":[\n{\"id\":\"x\",\"name\":\"X\",\"type\":\"person\",\"roles\":[\n{\"from\":\"2003\"}]}]}",
     3, "actors[0].roles[0].title"},
    {"role ends before it starts",
     "{\"actors\":[\n{\"id\":\"x\",\"name\":\"X\",\"type\":\"person\",\"roles\":[\n{\"title\":\"president\",\"from\":\"2005\","
     "\"to\":\"2003-01-01\"}]}]}",
     3, "actors[0].roles[0].to"},
    {"duplicate id", "{\"actors\":[\n{\"id\":\"x\",\"name\":\"X\",\"type\":\"group\"},\n{\"id\":\"x\",\"name\":\"Y\",\"type\":\"group\"}]}",
     3, "actors[1].id"},
    {"agent without forms", "{\"agents\":[\n{\"id\":\"a\",\"forms\":[],\"sector\":\"MIL\"}]}", 2, "agents[0].forms"},
    {"agent form upper case", "{\"agents\":[\n{\"id\":\"a\",\"forms\":[\"Troops\"],\"sector\":\"MIL\"}]}", 2, "agents[0].forms[0]"},
    {"person not boolean", "{\"agents\":[\n{\"id\":\"a\",\"forms\":[\"x\"],\"sector\":\"GOV\",\"person\":\"yes\"}]}", 2,
     "agents[0].person"},
    {"top-level unknown", "{\"actors\":[],\n\"people\":[]}", 2, "people"},
    {"syntax error", "{\"actors\":[\n{\"id\":\"x\",,}]}", 2, ""},
};

}  // namespace

TEST_CASE("load_json: valid and invalid dictionaries name file, line and field") {
  for (const Case& c : kCases) {
    CAPTURE(c.name);
    ActorDictionary d;
    if (c.line == 0) {
      CHECK_NOTHROW(d.load_json(c.json, "user.json"));
      continue;
    }
    try {
      d.load_json(c.json, "user.json");
      FAIL("expected a ParseError");
    } catch (const ParseError& e) {
      CHECK(e.file() == "user.json");
      CHECK(e.line() == c.line);
      CHECK(e.field() == c.field);
      CHECK(std::string(e.what()).find("user.json:" + std::to_string(c.line)) == 0);
    }
    CHECK(d.actors().empty());  // a bad file adds nothing
  }
}

TEST_CASE("load_json: fields are read; surname defaults to the last word for persons") {
  ActorDictionary d;
  d.load_json(R"({"actors":[
    {"id":"jane-roe","name":"Jane Q. Roe","type":"person","country":"UKR","gender":"f",
     "aliases":["J. Roe"],"roles":[{"title":"governor","country":"UKR","sector":"GOV","code":"UKRGOV","from":"2020-03-01"}]},
    {"id":"xi","name":"Xi Jinping","type":"person","surname":"Xi"},
    {"id":"militia","name":"Local Militia","type":"group","sector":"UAF"}],
    "agents":[{"id":"governor","forms":["governor"],"sector":"GOV","type":"person","person":true,"title":"governor"}]})",
              "t.json");
  REQUIRE(d.actors().size() == 3);
  const auto* roe = d.find("jane-roe");
  REQUIRE(roe != nullptr);
  CHECK(roe->actor.type == actorgraph::ActorType::person);
  CHECK(roe->surname == "Roe");
  CHECK(roe->gender == "f");
  REQUIRE(roe->roles.size() == 1);
  CHECK(roe->roles[0].code == "UKRGOV");
  CHECK(d.find("xi")->surname == "Xi");
  CHECK(d.find("militia")->surname.empty());
  REQUIRE(d.agents().size() == 1);
  CHECK(d.agents()[0].person);
  CHECK(d.agents()[0].title == "governor");
  CHECK(d.agents()[0].type == actorgraph::ActorType::person);
}

TEST_CASE("load_json: a later file overrides entries by id and keeps their index") {
  ActorDictionary d;
  d.load_json(R"({"actors":[{"id":"a","name":"A","type":"group"},{"id":"b","name":"B","type":"group"}]})", "1.json");
  d.load_json(R"({"actors":[{"id":"a","name":"A2","type":"media","aliases":["Alpha"]},{"id":"c","name":"C","type":"group"}]})",
              "2.json");
  REQUIRE(d.actors().size() == 3);
  CHECK(d.actors()[0].actor.name == "A2");
  CHECK(d.actors()[0].actor.aliases == std::vector<std::string>{"Alpha"});
  CHECK(d.find("c") == &d.actors()[2]);
}

TEST_CASE("load_json_file: a missing file is a ParseError naming it") {
  ActorDictionary d;
  CHECK_THROWS_AS(d.load_json_file("/nonexistent/actors.json"), ParseError);
}

TEST_CASE("locate_path maps validator paths to lines") {
  const std::string text = "{\"actors\": [\n  {\"id\": \"a\"},\n  {\"id\": \"b\",\n   \"roles\": [{\"x\": 1},\n     {\"from\": \"[]{}\\\"\"}]}\n]}";
  struct {
    const char* path;
    std::size_t line;
  } rows[] = {{"actors", 1}, {"actors[0]", 2}, {"actors[1]", 3}, {"actors[1].id", 3},
              {"actors[1].roles[1].from", 5}, {"actors[1].missing", 3}, {"actors[7]", 1}, {"(document)", 1}};
  for (const auto& r : rows) {
    CAPTURE(r.path);
    CHECK(actorgraph::actors::line_of_path(text, r.path) == r.line);
  }
}
