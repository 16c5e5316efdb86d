// RelationLexicon: JSON loading (valid and invalid side by side, errors
// located by line and field), overrides, the head index and the built-in data.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include "actorgraph/errors.hpp"
#include "actorgraph/relation_lexicon.hpp"
#include "actorgraph/text.hpp"
#include "lexicon/relations/lexicon_json.hpp"
#include "lexicon/relations/relations_data.hpp"

using namespace actorgraph;

namespace {

// Loads `json` into an empty lexicon; "ok" or "LINE|FIELD|MESSAGE".
std::string load(const std::string& json) {
  RelationLexicon lex;
  try {
    lex.load_json(json, "user.json");
  } catch (const ParseError& e) {
    CHECK(e.file() == "user.json");
    return std::to_string(e.line()) + "|" + e.field() + "|" + e.message();
  }
  return "ok";
}

bool starts_with(const std::string& s, const std::string& p) { return s.rfind(p, 0) == 0; }

// A document with two entries, the second on line 4, whose body is `second`.
std::string two(const std::string& second) {
  return "{\"relations\": [\n"
         "  {\"id\": \"a\", \"verb\": \"meet\", \"pattern\": \"with +\", \"cameo\": \"040\"},\n"
         "\n"
         "  " + second + "\n"
         "]}\n";
}

}  // namespace

TEST_CASE("load_json: valid and invalid documents side by side, located at line and field") {
  CHECK(load(two(R"({"id": "b", "noun": "invasion", "pattern": "of +", "lemma": "invade", "cameo": "192"})")) == "ok");
  CHECK(load(two(R"({"id": "b", "verb": "attack", "cameo": "190", "goldstein": -9.5, "quad": 4, "plover": "ASSAULT"})")) == "ok");
  CHECK(load(two(R"({"id": "b", "verb": "call", "pattern": "for * talk with +", "cameo": "026", "note": "x"})")) == "ok");
  CHECK(load(two(R"({"id": "b", "verb": "hold", "cameo": "173", "object_sense": ["person", "group"]})")) == "ok");
  CHECK(starts_with(load(two(R"({"id": "b", "verb": "hold", "cameo": "173", "object_sense": ["people"]})")),
                    "4|relations[1].object_sense[0]|"));
  CHECK(starts_with(load(two(R"({"id": "b", "verb": "hold", "cameo": "173", "object_sense": []})")),
                    "4|relations[1].object_sense|"));
  // schema violations
  CHECK(load(two(R"({"verb": "attack", "cameo": "190"})")) == "4|relations[1].id|is missing");
  CHECK(load(two(R"({"id": "b", "verb": "attack"})")) == "4|relations[1].cameo|is missing");
  CHECK(starts_with(load(two(R"({"id": "b", "verb": "attack", "cameo": "19x"})")), "4|relations[1].cameo|'19x' does not match"));
  CHECK(starts_with(load(two(R"({"id": "b", "verb": "attack", "cameo": 190})")), "4|relations[1].cameo|must be of type"));
  CHECK(load(two(R"({"id": "b", "verb": "attack", "cameo": "190", "colour": 1})")) == "4|relations[1].colour|is not a known field");
  CHECK(starts_with(load(two(R"({"id": "b", "verb": "attack", "cameo": "190", "plover": "FIGHT"})")), "4|relations[1].plover|must be one of"));
  CHECK(load(two(R"({"id": "b", "verb": "attack", "cameo": "190", "goldstein": -11})")) == "4|relations[1].goldstein|must be >= -10");
  CHECK(starts_with(load(two(R"({"id": "b", "verb": "Attack", "cameo": "190"})")), "4|relations[1].verb|'Attack' does not match"));
  CHECK(starts_with(load(two(R"j({"id": "b", "verb": "attack", "pattern": "on (+)", "cameo": "190"})j")), "4|relations[1].pattern|"));
  // loader checks beyond the schema
  CHECK(load(two(R"({"id": "b", "cameo": "190"})")) == "4|relations[1].verb|an entry needs exactly one of 'verb' and 'noun'");
  CHECK(load(two(R"({"id": "b", "verb": "attack", "noun": "attack", "cameo": "190"})")) ==
        "4|relations[1].noun|an entry needs exactly one of 'verb' and 'noun'");
  CHECK(load(two(R"({"id": "b", "verb": "attack", "cameo": "0999"})")) == "4|relations[1].cameo|'0999' is not a CAMEO event code");
  CHECK(load(two(R"({"id": "b", "verb": "accuse", "pattern": "+ of +", "cameo": "112"})")) ==
        "4|relations[1].pattern|has more than one '+' (object slot)");
  CHECK(load(two(R"({"id": "a", "verb": "attack", "cameo": "190"})")) == "4|relations[1].id|duplicate id 'a' (first at line 2)");
  CHECK(load(two(R"({"id": "b", "verb": "offer", "pattern": "to mediate", "cameo": "039"})")) ==
        "4|relations[1].pattern|needs the object slot '+' (an empty pattern means the direct object)");
  // document-level problems
  CHECK(load("{\"relations\": []}") == "1|relations|must not be empty");
  CHECK(load("{\"entries\": [1]}") == "1|entries|is not a known field");
  CHECK(starts_with(load("{\"relations\": [\n{\"id\": \"a\",\n}]}"), "3||malformed JSON"));
}

TEST_CASE("array_element_offsets finds entries whatever the layout") {
  const std::string doc = R"({"description": "relations: [x]", "relations" :
    [ {"id": "a", "pattern": "[", "x": {"y": [1, 2]}},
      {"id": "b\"}"}, {"id": "c"} ], "z": [9]})";
  auto offs = relations::array_element_offsets(doc, "relations");
  REQUIRE(offs.size() == 3);
  CHECK(doc.substr(offs[0], 8) == R"({"id": ")");
  CHECK(doc.substr(offs[1], 10) == R"({"id": "b\)");
  CHECK(doc.substr(offs[2], 11) == R"({"id": "c"})");
  CHECK(relations::array_element_offsets(doc, "missing").empty());
}

TEST_CASE("patterns are normalised; default lemma is head plus words") {
  std::string err;
  CHECK(relations::normalise_pattern("  For  *   TALK with + ", err) == "for * talk with +");
  CHECK(err.empty());
  CHECK(relations::normalise_pattern("", err).empty());
  CHECK(err.empty());
  relations::normalise_pattern("on + and +", err);
  CHECK(!err.empty());
  CHECK(relations::default_lemma("call", "for * talk with +") == "call for talk with");
  CHECK(relations::default_lemma("attack", "") == "attack");
}

TEST_CASE("load_json fills codes from the table, applies overrides and replaces by id") {
  RelationLexicon lex;
  lex.load_json(R"({"relations": [
    {"id": "call-for-talks", "verb": "call", "pattern": "for * talk with +", "lemma": "call for talks with", "cameo": "026"},
    {"id": "invasion-of", "noun": "invasion", "pattern": "of +", "lemma": "invade", "cameo": "192"},
    {"id": "hit", "verb": "hit", "cameo": "190", "goldstein": -8, "plover": "COERCE"}]})",
                "a.json");
  REQUIRE(lex.entries().size() == 3);
  const RelationEntry& talks = lex.entries()[0];
  CHECK(talks.head == "call");
  CHECK(!talks.nominal);
  CHECK(talks.relation.lemma == "call for talks with");
  CHECK(talks.relation.root == "02");
  CHECK(talks.relation.quad == 1);
  CHECK(talks.relation.plover == "REQUEST");
  CHECK(talks.relation.goldstein == doctest::Approx(4.0));
  const RelationEntry& hit = lex.entries()[2];
  CHECK(hit.relation.lemma == "hit");
  CHECK(hit.relation.goldstein == doctest::Approx(-8.0));
  CHECK(hit.relation.plover == "COERCE");
  CHECK(hit.relation.quad == 4);
  CHECK(lex.by_head("invasion", true).size() == 1);
  CHECK(lex.by_head("invasion", false).empty());
  CHECK(lex.by_head("call", false).size() == 1);
  // override by id, extend with a new one
  lex.load_json(R"({"relations": [{"id": "hit", "verb": "strike", "cameo": "195"},
                                   {"id": "new", "verb": "hit", "pattern": "out at +", "cameo": "111"}]})", "b.json");
  REQUIRE(lex.entries().size() == 4);
  CHECK(lex.entries()[2].head == "strike");
  CHECK(lex.entries()[2].relation.plover == "ASSAULT");
  CHECK(lex.by_head("strike", false).size() == 1);
  CHECK(lex.by_head("hit", false).size() == 1);
  // a failed load changes nothing
  CHECK_THROWS_AS(lex.load_json(R"({"relations": [{"id": "x", "verb": "go", "cameo": "042"}, {"id": "y"}]})", "c.json"),
                  ParseError);
  CHECK(lex.entries().size() == 4);
}

TEST_CASE("load_json_file reads a file and names it in errors") {
  const std::string path = "relations_test_tmp.json";
  {
    std::ofstream out(path);
    out << "{\"relations\": [\n{\"id\": \"a\", \"verb\": \"meet\", \"cameo\": \"040\"},\n{\"id\": \"b\", \"verb\": \"x\"}\n]}\n";
  }
  RelationLexicon lex;
  try {
    lex.load_json_file(path);
    FAIL("no throw");
  } catch (const ParseError& e) {
    CHECK(e.file() == path);
    CHECK(e.line() == 3);
    CHECK(e.field() == "relations[1].cameo");
    CHECK(std::string(e.what()).find(path + ":3: field 'relations[1].cameo'") != std::string::npos);
  }
  std::remove(path.c_str());
  CHECK_THROWS_AS(lex.load_json_file("no/such/relations.json"), ParseError);
}

TEST_CASE("built-in lexicon: hundreds of entries over all 20 roots, every code in the table") {
  RelationLexicon lex = RelationLexicon::builtin();
  const auto& es = lex.entries();
  CHECK(es.size() >= 300);
  std::set<std::string> roots, ids;
  std::size_t nominal = 0;
  for (std::uint32_t i = 0; i < es.size(); ++i) {
    const auto& e = es[i];
    CAPTURE(e.id);
    CHECK(ids.insert(e.id).second);
    const CameoCode* c = RelationLexicon::cameo(e.relation.cameo);
    REQUIRE(c != nullptr);
    CHECK(e.relation.root == e.relation.cameo.substr(0, 2));
    CHECK(e.relation.quad == c->quad);
    CHECK(!e.relation.lemma.empty());
    CHECK(e.head.find(' ') == std::string::npos);
    // the engine needs an object slot: empty (direct object) or exactly one "+"
    const std::string padded = " " + e.pattern + " ";
    CHECK((e.pattern.empty() || (padded.find(" + ") != std::string::npos &&
                                 padded.find(" + ") == padded.rfind(" + "))));
    roots.insert(e.relation.root);
    if (e.nominal) ++nominal;
    // by_head finds every entry under its head
    const auto& idx = lex.by_head(e.head, e.nominal);
    CHECK(std::find(idx.begin(), idx.end(), i) != idx.end());
  }
  CHECK(roots.size() == 20);
  CHECK(nominal >= 50);
}

TEST_CASE("built-in lexicon: the relations the engine relies on") {
  RelationLexicon lex = RelationLexicon::builtin();
  // head, nominal, pattern -> cameo
  struct Case {
    const char* head;
    bool nominal;
    const char* pattern;
    const char* cameo;
    const char* lemma;
  };
  const Case cases[] = {
      {"call", false, "for * talk with +", "026", "call for talks with"},
      {"call", false, "+", "041", "call"},
      {"call", false, "on +", "020", "call on"},
      {"tell", false, "+", "010", "tell"},
      {"urge", false, "+", "020", "urge"},
      {"meet", false, "with +", "040", "meet with"},
      {"visit", false, "+", "042", "visit"},
      {"host", false, "+", "043", "host"},
      {"praise", false, "+", "051", "praise"},
      {"sign", false, "* agreement with +", "057", "sign an agreement with"},
      {"send", false, "* weapon to +", "072", "send weapons to"},
      {"aid", true, "to +", "070", "give aid to"},
      {"release", false, "+", "0841", "release"},
      {"withdraw", false, "from +", "087", "withdraw from"},
      {"investigate", false, "+", "090", "investigate"},
      {"demand", false, "+", "100", "demand"},
      {"condemn", false, "+", "111", "condemn"},
      {"accuse", false, "+ of", "112", "accuse of"},
      {"veto", false, "+", "129", "veto"},
      {"threaten", false, "+", "130", "threaten"},
      {"protest", false, "against +", "140", "protest against"},
      {"deploy", false, "* troop to +", "154", "deploy troops to"},
      {"impose", false, "* sanction on +", "163", "impose sanctions on"},
      {"sanction", true, "against +", "163", "impose sanctions on"},
      {"expel", false, "+", "166", "expel"},
      {"arrest", false, "+", "173", "arrest"},
      {"abduct", false, "+", "181", "abduct"},
      {"attack", false, "+", "190", "attack"},
      {"invade", false, "+", "192", "invade"},
      {"invasion", true, "of +", "192", "invade"},
      {"airstrike", true, "on +", "195", "launch airstrikes on"},
      {"massacre", false, "+", "202", "massacre"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.head);
    CAPTURE(c.pattern);
    const RelationEntry* found = nullptr;
    for (auto i : lex.by_head(c.head, c.nominal))
      if (lex.entries()[i].pattern == c.pattern) found = &lex.entries()[i];
    REQUIRE(found != nullptr);
    CHECK(found->relation.cameo == c.cameo);
    CHECK(found->relation.lemma == c.lemma);
  }
  CHECK(lex.by_head("unknownverb", false).empty());
  // a nominal event reads like its verbal relation: the same lemma
  std::set<std::string> verbal;
  for (const auto& e : lex.entries())
    if (!e.nominal) verbal.insert(e.relation.lemma);
  for (const char* lemma : {"invade", "attack", "impose sanctions on", "give aid to", "hold talks with", "visit"})
    CHECK_MESSAGE(verbal.count(lemma) == 1, lemma);
}

TEST_CASE("built-in files: ids are unique across files (no silent override)") {
  std::size_t total = 0;
  for (const auto& f : relations_data::kLexiconFiles) {
    std::vector<RelationEntry> es;
    relations::parse_lexicon(*f.text, std::string(f.name), es);
    CHECK(es.size() >= 100);
    total += es.size();
  }
  CHECK(RelationLexicon::builtin().entries().size() == total);
}

TEST_CASE("built-in heads are lemmas as the text component computes them") {
  // Words the WordNet-based table does not know (it leaves them unchanged, so
  // they still match themselves), and "gas", which it lemmatises as "ga".
  const std::set<std::string> unknown{"tear-gas", "suicide-bomb", "airstrike", "airstrikes", "cyberattack",
                                      "cyberattacks", "ceasefire", "gas"};
  RelationLexicon lex = RelationLexicon::builtin();
  std::size_t checked = 0;
  for (const auto& e : lex.entries()) {
    if (unknown.count(e.head)) continue;
    CAPTURE(e.id);
    const text::WordInfo wi = text::lookup(e.head);
    if (e.nominal) {
      CHECK((wi.pos & text::kNoun) != 0);
      CHECK(text::noun_lemma(e.head) == e.head);
    } else {
      CHECK((wi.pos & text::kVerb) != 0);
      CHECK(text::verb_lemma(e.head) == e.head);
    }
    ++checked;
  }
  CHECK(checked + 30 > lex.entries().size());
}

TEST_CASE("object_sense names map to WordNet's noun files") {
  RelationLexicon lex;
  lex.load_json(R"({"relations": [{"id": "h", "verb": "hold", "cameo": "173", "object_sense": ["person", "group"]},
                                   {"id": "m", "verb": "meet", "cameo": "040"}]})", "user.json");
  CHECK(lex.entries()[0].object_sense == ((1u << text::kPerson) | (1u << text::kGroup)));
  CHECK(lex.entries()[1].object_sense == 0);
  CHECK(std::string(text::noun_sense_name(text::kPossession)) == "possession");
  CHECK(text::lookup("hostages").first_sense() == text::kPerson);
  CHECK(text::lookup("shares").first_sense() == text::kPossession);
  CHECK(text::lookup("qwertyuiop").first_sense() == -1);
}
