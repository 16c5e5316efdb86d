// Import of PETRARCH and TABARI verb dictionaries.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "actorgraph/errors.hpp"
#include "actorgraph/relation_lexicon.hpp"
#include "lexicon/relations/verb_dictionary.hpp"

using namespace actorgraph;

namespace {

std::string shared_dir() {
  const char* s = std::getenv("AG_SHARED");
  return s ? s : "../shared";
}

const RelationEntry* find(const std::vector<RelationEntry>& es, const std::string& head, const std::string& pattern) {
  for (const auto& e : es)
    if (e.head == head && e.pattern == pattern) return &e;
  return nullptr;
}

bool mentions(const std::vector<std::string>& problems, const std::string& s) {
  for (const auto& p : problems)
    if (p.find(s) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("PETRARCH format: blocks, synonym sets, phrasal verbs, codes; problems located") {
  const std::string text =
      "# comment\n"                                   // 1
      "&WEAPON\n"                                     // 2
      "+RIFLE\n"                                      // 3
      "+TANK_\n"                                      // 4
      "\n"                                            // 5
      "####### VERB PATTERNS #######\n"               // 6
      "---  ATTACK   [190]  ---\n"                    // 7
      "ATTACK\n"                                      // 8
      "+FIGHT_BACK {+FOUGHT_BACK}\n"                  // 9
      "SHELL [194]\n"                                 // 10
      "- * (WITH &WEAPON) +  [193]  # ATTACK\n"       // 11
      "- + * {AIR RAID}  [195]\n"                     // 12
      "- * CONVOY [---]\n"                            // 13
      "- * RECOGNITION (FROM) +  [:054]\n"            // 14
      "- GUNMEN * [193]\n"                            // 15
      "- * (BY/WITH) ^ +  [0999]\n"                   // 16
      "- * ON ^ + [190:190]\n"                        // 17
      "---  ASK   [---]  ---\n"                       // 18
      "+ASK_FOR {+ASKED_FOR} [020]\n"                 // 19
      "REQUEST\n"                                     // 20
      "- * {MILITARY AID} +  [0232]\n";               // 21
  std::vector<RelationEntry> es;
  auto problems = relations::import_verb_dictionary_text(text, "cameo.txt", es);
  // verbs with a code (own or block) -> direct-object entries
  REQUIRE(find(es, "attack", ""));
  CHECK(find(es, "attack", "")->relation.cameo == "190");
  REQUIRE(find(es, "shell", ""));
  CHECK(find(es, "shell", "")->relation.cameo == "194");
  REQUIRE(find(es, "fight", "back +"));
  REQUIRE(find(es, "ask", "for +"));
  CHECK(find(es, "ask", "for +")->relation.cameo == "020");
  CHECK_FALSE(find(es, "request", ""));  // block [---], no own code
  // patterns apply to every verb of the block; synonym sets expand
  REQUIRE(find(es, "attack", "with rifle +"));
  CHECK(find(es, "attack", "with rifle +")->relation.cameo == "193");
  CHECK(find(es, "shell", "with tank +"));
  CHECK(find(es, "fight", "back with tank +"));
  CHECK(find(es, "attack", "on * +"));
  CHECK(find(es, "request", "military aid +"));
  CHECK(find(es, "ask", "for military aid +"));
  CHECK(find(es, "attack", "on * +")->relation.plover == "ASSAULT");
  // what does not map is reported, located, and summarised
  CHECK(mentions(problems, "cameo.txt:12: object before the verb"));
  CHECK(mentions(problems, "cameo.txt:13: null code"));
  CHECK(mentions(problems, "cameo.txt:14: target-only code"));
  CHECK(mentions(problems, "cameo.txt:15: words before the verb"));
  CHECK(mentions(problems, "cameo.txt:16: not a CAMEO event code"));
  REQUIRE(!problems.empty());
  CHECK(problems.back().rfind("cameo.txt: imported " + std::to_string(es.size()) + " entries", 0) == 0);
  CHECK(problems.back().find("skipped 5:") != std::string::npos);
}

TEST_CASE("TABARI format: per-verb patterns, connectors, alternatives") {
  const std::string text =
      "<SYNSETS>\n"                                             // 1
      "&TIETYPES\n"                                             // 2
      "+MILITARY\n"                                             // 3
      "+ECONOMIC\n"                                             // 4
      "</SYNSETS>\n"                                            // 5
      "<TIME>\n"                                                // 6
      "TOMORROW [+1]\n"                                         // 7
      "</TIME>\n"                                               // 8
      "ABANDON  [345] ;pas\n"                                   // 9
      "- * &TIETYPES TIES [161]; -PAS\n"                        // 10
      "ASK  [020]\n"                                            // 11
      "- * FOR { ECONOMIC_SANCTIONS | EMBARGO }  [163] ;pas\n"  // 12
      "- % SAID *  [032]\n"                                     // 13
      "CALLED_ON  [020]\n";                                     // 14
  std::vector<RelationEntry> es;
  auto problems = relations::import_verb_dictionary_text(text, "demo.verbs", es);
  CHECK(find(es, "abandon", "military ties * +"));
  CHECK(find(es, "abandon", "economic ties * +"));
  CHECK_FALSE(find(es, "abandon", ""));  // 345 is not a CAMEO code
  CHECK(find(es, "ask", ""));
  CHECK(find(es, "ask", "for economic sanctions * +"));
  CHECK(find(es, "ask", "for embargo * +"));
  CHECK(find(es, "called", "on +"));
  CHECK_FALSE(find(es, "tomorrow", ""));
  CHECK(mentions(problems, "demo.verbs:9: not a CAMEO event code"));
  CHECK(mentions(problems, "demo.verbs:13:"));
}

TEST_CASE("malformed dictionaries never crash: every line is kept or reported") {
  const char* texts[] = {
      "",
      "---",
      "--- X\n- * (+ [190]\n",
      "####### VERB PATTERNS\n---  A [190] ---\nATTACK {ATTACKS\n- * { A | [19\n- * {B|} + [190]\n",
      "####### VERB PATTERNS\n---  A [190] ---\nHIT\n- * &NOPE + [190]\n- * \x01x + [190]\n- [190]\n- * * * + [190]\n",
      "<SYNSETS>\n&A\n+&A\n</SYNSETS>\nHIT [190]\n- * &A + [190]\n- * { | } [190]\n",
      "HIT [190]\n- * a/b/c/d/e/f/g/h a/b/c/d/e/f/g/h a/b/c/d/e/f/g/h + [190]\n",
  };
  for (const char* t : texts) {
    CAPTURE(t);
    std::vector<RelationEntry> es;
    std::vector<std::string> problems;
    CHECK_NOTHROW(problems = relations::import_verb_dictionary_text(t, "bad.txt", es));
    REQUIRE(!problems.empty());
    CHECK(problems.back().rfind("bad.txt: imported ", 0) == 0);
    for (const auto& e : es) CHECK((e.pattern.empty() || e.pattern.find('+') != std::string::npos));
  }
}

TEST_CASE("RelationLexicon::import_file: missing file throws ParseError") {
  RelationLexicon lex;
  CHECK_THROWS_AS(lex.import_file("no/such/CAMEO.2.0.txt"), ParseError);
}

TEST_CASE("import the shared PETRARCH CAMEO.2.0.txt and TABARI.Demo.verbs") {
  const std::string petrarch = shared_dir() + "/eval/petrarch/dictionaries/CAMEO.2.0.txt";
  const std::string tabari = shared_dir() + "/eval/tabari/TABARI.Demo.verbs";
  if (!std::ifstream(petrarch) || !std::ifstream(tabari)) {
    MESSAGE("skipped: shared PETRARCH/TABARI dictionaries not found under " << shared_dir());
    return;
  }
  RelationLexicon lex;
  auto problems = lex.import_file(petrarch);
  const std::size_t n = lex.entries().size();
  MESSAGE("CAMEO.2.0.txt: " << problems.back());
  CHECK(n > 1000);
  CHECK(problems.size() < 100);  // examples per kind plus one summary, not thousands of lines
  for (const auto& e : lex.entries()) {
    REQUIRE(RelationLexicon::cameo(e.relation.cameo) != nullptr);
    CHECK(!e.head.empty());
  }
  CHECK(!lex.by_head("attack", false).empty());
  for (const auto& e : lex.entries()) {
    CAPTURE(e.id);
    CHECK((e.pattern.empty() || (" " + e.pattern + " ").find(" + ") != std::string::npos));
  }
  auto tp = lex.import_file(tabari);
  MESSAGE("TABARI.Demo.verbs: " << tp.back());
  CHECK(lex.entries().size() > n);
}
