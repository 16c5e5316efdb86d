// Phoenix/PETRARCH and TABARI dictionaries: code blocks, dates, phrases,
// whole-file imports (inline, and the real files under $AG_SHARED).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

#include "actorgraph/actor_dictionary.hpp"
#include "lexicon/actors/legacy_codes.hpp"
#include "lexicon/actors/legacy_import.hpp"

using actorgraph::ActorDictionary;
using namespace actorgraph::actors;

namespace {

std::string shared_dir() {
  const char* s = std::getenv("AG_SHARED");
  return s ? s : "../shared";
}

bool exists(const std::string& p) { return std::ifstream(p).good(); }

std::string write_temp(const std::string& name, const std::string& text) {
  std::string path = std::string("/tmp/ag_actors_test_") + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

}  // namespace

TEST_CASE("iso_date: YYMMDD and YYYYMMDD") {
  struct {
    const char* in;
    const char* out;
  } rows[] = {{"130314", "2013-03-14"}, {"991201", "1999-12-01"}, {"320101", "1932-01-01"},
              {"19270101", "1927-01-01"}, {"20070101", "2007-01-01"}, {"2004017", ""},
              {"131314", ""}, {"13031x", ""}, {"", ""}};
  for (const auto& r : rows) {
    CAPTURE(r.in);
    CHECK(iso_date(r.in) == r.out);
  }
}

TEST_CASE("parse_code_block: valid and invalid blocks side by side") {
  struct {
    const char* in;
    bool ok;
    std::size_t n;
    const char* code;
    const char* from;
    const char* to;
  } rows[] = {
      {"CHNGOV 130314-", true, 1, "CHNGOV", "2013-03-14", ""},
      {"CHNGOV >20121115", true, 1, "CHNGOV", "2012-11-15", ""},
      {"USAGOV <011214", true, 1, "USAGOV", "", "2001-12-14"},
      {"HOBGOV 950601 - 990815", true, 1, "HOBGOV", "1995-06-01", "1999-08-15"},
      {"AFGELI 19270101-730717", true, 1, "AFGELI", "1927-01-01", "1973-07-17"},
      {" ~OPP", true, 1, "~OPP", "", ""},
      {"NGM~", true, 1, "NGM~", "", ""},
      {"ELR/GAL", true, 2, "ELR", "", ""},
      {"---", true, 1, "", "", ""},
      {"--- <950630", true, 1, "", "", "1995-06-30"},
      {"###", true, 1, "", "", ""},
      {"991201-010114", false, 0, "", "", ""},
      {"AAA950601-990815", false, 0, "", "", ""},
      {"KORGOVBUS 2004017-20061201", false, 0, "", "", ""},
      {"", false, 0, "", "", ""},
  };
  for (const auto& r : rows) {
    CAPTURE(r.in);
    std::vector<CodeBlock> out;
    std::string error;
    bool ok = parse_code_block(r.in, out, error);
    CHECK(ok == r.ok);
    if (!r.ok) {
      CHECK(!error.empty());
      continue;
    }
    REQUIRE(out.size() == r.n);
    CHECK(out[0].code == r.code);
    CHECK(out[0].from == r.from);
    CHECK(out[0].to == r.to);
  }
}

TEST_CASE("split_code, type_of_code and display_phrase") {
  std::string c, s;
  split_code("CHNGOVMIL", c, s);
  CHECK(c == "CHN");
  CHECK(s == "GOVMIL");
  split_code("IGOUNOIAE", c, s);
  CHECK(c.empty());
  CHECK(s == "IGOUNOIAE");
  CHECK(type_of_code("AFG") == actorgraph::ActorType::country);
  CHECK(type_of_code("RUSMIL") == actorgraph::ActorType::military);
  CHECK(type_of_code("IGOWSTNAT") == actorgraph::ActorType::organization);
  CHECK(type_of_code("TURREB") == actorgraph::ActorType::group);
  CHECK(type_of_code("MED") == actorgraph::ActorType::media);
  CHECK(display_phrase("XI_JINPING_") == "Xi Jinping");
  CHECK(display_phrase("AL-QAEDA_IN_THE_ARABIAN_PENINSULA") == "Al-Qaeda in the Arabian Peninsula");
  CHECK(display_phrase("IMF") == "IMF");
  CHECK(display_phrase("U.N._") == "U.N.");
  // 4-letter words without case information: names when pronounceable.
  CHECK(display_phrase("BREE") == "Bree");
  CHECK(display_phrase("IRAN_") == "Iran");
  CHECK(display_phrase("UNDP") == "UNDP");
  CHECK(display_phrase("FARC") == "FARC");
  CHECK(display_phrase("IAEA") == "IAEA");
  CHECK(display_phrase("MOUSE=") == "Mouse");
  CHECK(display_phrase("UN=") == "UN");
  CHECK(form_phrase("FOREIGN_MINISTRY_") == "foreign ministry");
}

TEST_CASE("import_file: a Phoenix-style actors file with aliases, dated codes and bad lines") {
  const std::string path = write_temp("phoenix.actors.txt",
                                      "# comment\n"
                                      "XI_JINPING_  # CountryInfo.txt\n"
                                      "+PRESIDENT_XI_JINPING\n"
                                      "\t[CHNGOV >20121115]\n"
                                      "\t[CHNELI 080401-121114]\n"
                                      "NATO_\n"
                                      "+NORTH_ATLANTIC_TREATY_ORGANIZATION_\t\n"
                                      "\t[IGOWSTNAT]# NGO_Actors\n"
                                      "BAD_DATES [KORGOVBUS 2004017-20061201]\n"
                                      "+ORPHAN_ALIAS_OK\n"
                                      "NOCODE_ENTRY\n"
                                      "\n"
                                      "DISCARDED_ [###]\n"
                                      "UN_ [IGOUNO]\n"
                                      "BORIS_YELTSIN_  # CountryInfo.txt\n"
                                      "PRESIDENT_BORIS_N._YELTSIN\n"
                                      "+BORIS_NIKOLAYEVICH_YELTSIN\n"
                                      "\t[RUSGOV 910710-991231]\n");
  ActorDictionary d;
  auto errors = d.import_file(path);
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].find(path + ":9:") == 0);
  CHECK(errors[1].find(path + ":11:") == 0);
  const auto* xi = d.find("xi-jinping");
  REQUIRE(xi != nullptr);
  CHECK(xi->actor.type == actorgraph::ActorType::person);
  CHECK(xi->actor.code == "CHNGOV");
  CHECK(xi->actor.country == "CHN");
  CHECK(xi->actor.aliases == std::vector<std::string>{"President Xi Jinping"});
  REQUIRE(xi->roles.size() == 2);
  CHECK(xi->roles[0].from == "2012-11-15");
  CHECK(xi->roles[0].country == "CHN");
  CHECK(xi->roles[0].sector == "GOV");
  CHECK(ActorDictionary::role_at(*xi, "2010-01-01")->code == "CHNELI");
  const auto* nato = d.find("nato");
  REQUIRE(nato != nullptr);
  CHECK(nato->actor.code == "IGOWSTNAT");
  CHECK(nato->actor.type == actorgraph::ActorType::organization);
  CHECK(d.find("discarded") == nullptr);
  CHECK(d.find("un") != nullptr);
  const auto* yeltsin = d.find("boris-yeltsin");
  REQUIRE(yeltsin != nullptr);
  CHECK(yeltsin->actor.aliases == std::vector<std::string>{"President Boris N. Yeltsin", "Boris Nikolayevich Yeltsin"});
  REQUIRE(yeltsin->roles.size() == 1);
  CHECK(yeltsin->roles[0].to == "1999-12-31");
  CHECK(d.find("president-boris-n-yeltsin") == nullptr);
  std::remove(path.c_str());
}

TEST_CASE("import_file: agents with substitution sets and plurals merge into existing agents") {
  const std::string path = write_temp("test.agents.txt",
                                      "!PERSON! = MAN, MEN, WOMAN, WOMEN\n"
                                      "FARMER [~AGR]\n"
                                      "CATTLE!PERSON! [~AGR]\n"
                                      "CHAMBER_OF_COMMERCE {CHAMBERS_OF_COMMERCE} [~BUS]\n"
                                      "POLICE {} [~COP]\n"
                                      "RIGHTS_GROUPS_   [  NGO~] ;sls 07 Dec 2007\n"
                                      "ISLAMIC_EXTREMIST\n"
                                      "FORCES [~MIL]\n");
  ActorDictionary d;
  d.load_json(R"({"agents":[{"id":"forces","forms":["forces","troops"],"sector":"MIL"}]})", "base.json");
  auto errors = d.import_file(path);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].find(path + ":7:") == 0);
  auto find = [&](const std::string& form) -> const actorgraph::AgentEntry* {
    for (const auto& a : d.agents())
      for (const auto& f : a.forms)
        if (f == form) return &a;
    return nullptr;
  };
  REQUIRE(find("farmers") != nullptr);
  CHECK(find("farmers")->sector == "AGR");
  CHECK(find("cattlewomen") != nullptr);
  CHECK(find("chambers of commerce") != nullptr);
  REQUIRE(find("police") != nullptr);
  CHECK(find("polices") == nullptr);
  CHECK(find("police")->type == actorgraph::ActorType::government);
  CHECK(find("rights groups")->sector == "NGO");
  CHECK(find("troops") == find("forces"));
  CHECK(d.agents().size() == 6);
  std::remove(path.c_str());
}

TEST_CASE("import_file: JSON is detected from content") {
  const std::string path = write_temp("user.dict", R"({"actors":[{"id":"x","name":"X","type":"group"}]})");
  ActorDictionary d;
  CHECK(d.import_file(path).empty());
  CHECK(d.find("x") != nullptr);
  std::remove(path.c_str());
}

TEST_CASE("import_file: the Phoenix dictionaries (skipped when ../shared is absent)") {
  const std::string dir = shared_dir() + "/eval/petrarch/dictionaries/";
  if (!exists(dir + "Phoenix.agents.txt")) {
    MESSAGE("no Phoenix dictionaries under ", dir, "; skipped");
    return;
  }
  struct {
    std::string file;
    std::size_t min_actors;
    std::size_t min_agents;
    std::size_t max_bad;  // the files' own typos: 7-digit dates, "[~ENV}", names without codes
  } rows[] = {{"Phoenix.Countries.actors.txt", 18000, 0, 10},
              {"Phoenix.International.actors.txt", 6500, 0, 10},
              {"Phoenix.MilNonState.actors.txt", 1000, 0, 0},
              {"Phoenix.agents.txt", 0, 2000, 2}};
  for (const auto& r : rows) {
    CAPTURE(r.file);
    ActorDictionary d;
    auto errors = d.import_file(dir + r.file);
    MESSAGE(r.file, ": ", d.actors().size(), " actors, ", d.agents().size(), " agents, ", errors.size(),
            " bad lines", errors.empty() ? std::string() : "; first: " + errors.front());
    CHECK(d.actors().size() >= r.min_actors);
    CHECK(d.agents().size() >= r.min_agents);
    CHECK(errors.size() <= r.max_bad);
  }
  // Imported over the built-in dictionary: existing ids gain aliases and roles.
  ActorDictionary d = ActorDictionary::builtin();
  const std::size_t builtin_aliases = d.find("afghanistan")->actor.aliases.size();
  d.import_file(dir + "Phoenix.Countries.actors.txt");
  const auto* afg = d.country("AFG");
  REQUIRE(afg != nullptr);
  CHECK(afg->actor.id == "afghanistan");
  CHECK(afg->actor.aliases.size() > builtin_aliases);
  CHECK(std::find(afg->actor.aliases.begin(), afg->actor.aliases.end(), "Helmand") != afg->actor.aliases.end());
  const auto* xi = d.find("xi-jinping");
  REQUIRE(xi != nullptr);
  CHECK(xi->actor.country == "CHN");
  CHECK(!xi->roles.empty());
}

TEST_CASE("import_file: TABARI demo actors and Validate agents (skipped when absent)") {
  const std::string dir = shared_dir() + "/eval/tabari/";
  if (!exists(dir + "TABARI.Demo.actors")) {
    MESSAGE("no TABARI files under ", dir, "; skipped");
    return;
  }
  ActorDictionary d;
  auto errors = d.import_file(dir + "TABARI.Demo.actors");
  MESSAGE("TABARI.Demo.actors: ", d.actors().size(), " actors, ", errors.size(), " bad lines");
  CHECK(d.actors().size() >= 100);
  const auto* gollum = d.find("gollum");
  REQUIRE(gollum != nullptr);
  CHECK(gollum->actor.aliases.size() == 3);
  CHECK(gollum->roles.size() == 3);
  CHECK(ActorDictionary::role_at(*gollum, "1997-01-01")->code == "HOBGOV");
  REQUIRE(d.find("albright") != nullptr);
  CHECK(d.find("albright")->roles.front().from == "1999-12-01");
  CHECK(d.find("nasgul") == nullptr);  // [###]: discard marker, not an actor
  // The deliberately broken blocks of the demo file are commented out ('#').
  CHECK(errors.empty());

  ActorDictionary a;
  auto agent_errors = a.import_file(dir + "Validate.agents");
  MESSAGE("Validate.agents: ", a.agents().size(), " agents, ", agent_errors.size(), " bad lines");
  CHECK(a.agents().size() >= 80);  // singular/plural lines merge into one agent
  CHECK(agent_errors.empty());
}

TEST_CASE("detect_format: content first, file name when the content says nothing") {
  struct {
    const char* text;
    const char* path;
    LegacyFormat format;
  } rows[] = {{"  {\"actors\":[]}", "x.txt", LegacyFormat::json},
              {"XI_JINPING_\n\t[CHNGOV >20121115]\n", "x.txt", LegacyFormat::actors},
              {"FARMER [~AGR]\nPOLICE {} [~COP]\nNGO_WORKER [NGO~]\n", "x.txt", LegacyFormat::agents},
              {"AMBASSADOR_  [ ~GOV] ;LRP 02 Jun 2004\n", "Validate.agents", LegacyFormat::agents},
              {"# only comments\n", "Phoenix.agents.txt", LegacyFormat::agents},
              {"# only comments\n", "TABARI.Demo.actors", LegacyFormat::actors}};
  for (const auto& r : rows) {
    CAPTURE(std::string(r.text));
    CHECK(detect_format(r.text, r.path) == r.format);
  }
}
