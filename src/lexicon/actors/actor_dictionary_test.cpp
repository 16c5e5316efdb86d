// The compiled-in dictionary and the queries: countries, name forms,
// holders of dated roles.
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "actorgraph/actor_dictionary.hpp"

using actorgraph::ActorDictionary;
using actorgraph::ActorEntry;
using actorgraph::NameKind;

namespace {

// The 193 UN member states (ISO 3166-1 alpha-3), an oracle independent of the data files.
const char* kUnMembers =
    "AFG AGO ALB AND ARE ARG ARM ATG AUS AUT AZE BDI BEL BEN BFA BGD BGR BHR BHS BIH BLR BLZ BOL BRA BRB BRN "
    "BTN BWA CAF CAN CHE CHL CHN CIV CMR COD COG COL COM CPV CRI CUB CYP CZE DEU DJI DMA DNK DOM DZA ECU EGY "
    "ERI ESP EST ETH FIN FJI FRA FSM GAB GBR GEO GHA GIN GMB GNB GNQ GRC GRD GTM GUY HND HRV HTI HUN IDN IND "
    "IRL IRN IRQ ISL ISR ITA JAM JOR JPN KAZ KEN KGZ KHM KIR KNA KOR KWT LAO LBN LBR LBY LCA LIE LKA LSO LTU "
    "LUX LVA MAR MCO MDA MDG MDV MEX MHL MKD MLI MLT MMR MNE MNG MOZ MRT MUS MWI MYS NAM NER NGA NIC NLD NOR "
    "NPL NRU NZL OMN PAK PAN PER PHL PLW PNG POL PRK PRT PRY QAT ROU RUS RWA SAU SDN SEN SGP SLB SLE SLV SMR "
    "SOM SRB SSD STP SUR SVK SVN SWE SWZ SYC SYR TCD TGO THA TJK TKM TLS TON TTO TUN TUR TUV TZA UGA UKR URY "
    "USA UZB VCT VEN VNM VUT WSM YEM ZAF ZMB ZWE";

double g_first_builtin_ms = -1;  // the first call parses the compiled-in JSON

const ActorDictionary& dict() {
  static const ActorDictionary d = [] {
    auto t0 = std::chrono::steady_clock::now();
    ActorDictionary b = ActorDictionary::builtin();
    g_first_builtin_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    return b;
  }();
  return d;
}

// The actor a surface form of `kind` names (first match), or nullptr.
const ActorEntry* by_form(const std::string& text, NameKind kind) {
  for (const auto& f : dict().name_forms())
    if (f.text == text && f.kind == kind) return &dict().actors()[f.index];
  return nullptr;
}

}  // namespace

TEST_CASE("builtin: all 193 UN members and the main non-members are countries") {
  std::istringstream in(kUnMembers);
  std::string code;
  int n = 0;
  while (in >> code) {
    CAPTURE(code);
    const ActorEntry* e = dict().country(code);
    REQUIRE(e != nullptr);
    CHECK(e->actor.type == actorgraph::ActorType::country);
    CHECK(e->actor.code == code);
    CHECK(e->actor.country == code);
    CHECK(e->actor.sector.empty());
    ++n;
  }
  CHECK(n == 193);
  for (const char* c : {"TWN", "KSV", "PSE", "VAT", "ESH", "HKG", "MAC"}) {
    CAPTURE(c);
    CHECK(dict().country(c) != nullptr);
  }
  // Former states from ISO 3166-3, still named in older news and the Phoenix files.
  for (const char* c : {"SUN", "YUG", "DDR", "CSK"}) {
    CAPTURE(c);
    CHECK(dict().country(c) != nullptr);
  }
  CHECK(dict().country("XYZ") == nullptr);
}

TEST_CASE("builtin: country ids are slugs of the common short name") {
  struct {
    const char* id;
    const char* code;
  } rows[] = {{"china", "CHN"}, {"united-states", "USA"}, {"russia", "RUS"}, {"united-kingdom", "GBR"},
              {"south-korea", "KOR"}, {"north-korea", "PRK"}, {"iran", "IRN"}, {"syria", "SYR"},
              {"netherlands", "NLD"}, {"kosovo", "KSV"}, {"taiwan", "TWN"}, {"vatican", "VAT"}};
  for (const auto& r : rows) {
    CAPTURE(r.id);
    const ActorEntry* e = dict().find(r.id);
    REQUIRE(e != nullptr);
    CHECK(e->actor.code == r.code);
  }
}

TEST_CASE("builtin: short forms, adjectives and metonyms point at their country") {
  struct {
    const char* text;
    NameKind kind;
    const char* code;
  } rows[] = {
      {"Ukrainian", NameKind::adjective, "UKR"}, {"Ukrainians", NameKind::adjective, "UKR"},
      {"Chinese", NameKind::adjective, "CHN"},   {"French", NameKind::adjective, "FRA"},
      {"Israeli", NameKind::adjective, "ISR"},   {"Emirati", NameKind::adjective, "ARE"},
      {"American", NameKind::adjective, "USA"},  {"British", NameKind::adjective, "GBR"},
      {"Kyiv", NameKind::metonym, "UKR"},        {"Kiev", NameKind::metonym, "UKR"},
      {"the Kremlin", NameKind::metonym, "RUS"}, {"Moscow", NameKind::metonym, "RUS"},
      {"Beijing", NameKind::metonym, "CHN"},     {"the White House", NameKind::metonym, "USA"},
      {"Downing Street", NameKind::metonym, "GBR"}, {"the Elysee", NameKind::metonym, "FRA"},
      {"Tehran", NameKind::metonym, "IRN"},      {"Pyongyang", NameKind::metonym, "PRK"},
      {"U.S.", NameKind::name, "USA"},           {"America", NameKind::name, "USA"},
      {"Britain", NameKind::name, "GBR"},        {"UK", NameKind::name, "GBR"},
      {"South Korea", NameKind::name, "KOR"},    {"the Netherlands", NameKind::name, "NLD"},
      {"Russian Federation", NameKind::name, "RUS"}, {"Ivory Coast", NameKind::name, "CIV"},
      {"Soviet", NameKind::adjective, "SUN"},    {"USSR", NameKind::name, "SUN"},
      {"Czech", NameKind::adjective, "CZE"},     {"Dominican", NameKind::adjective, "DOM"},
      // Headline abbreviations of a compass point and a country.
      {"NKorea", NameKind::name, "PRK"},         {"N.Korea", NameKind::name, "PRK"},
      {"SKorea", NameKind::name, "KOR"},         {"S Korea", NameKind::name, "KOR"},
      {"NKorean", NameKind::adjective, "PRK"},   {"SKoreans", NameKind::adjective, "KOR"},
      {"S.Africa", NameKind::name, "ZAF"},       {"S. African", NameKind::adjective, "ZAF"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    const ActorEntry* e = by_form(r.text, r.kind);
    REQUIRE(e != nullptr);
    CHECK(e->actor.code == r.code);
  }
  // Brussels is the EU in political text, not Belgium.
  const ActorEntry* brussels = by_form("Brussels", NameKind::metonym);
  REQUIRE(brussels != nullptr);
  CHECK(brussels->actor.id == "european-union");
  // The Pentagon is the US military, not the country.
  const ActorEntry* pentagon = by_form("the Pentagon", NameKind::metonym);
  REQUIRE(pentagon != nullptr);
  CHECK(pentagon->actor.code == "USAMIL");
  CHECK(pentagon->actor.id == "united-states-mil");
}

TEST_CASE("builtin: regions, disputed territories and cities are aliases of their country") {
  // CAMEO codes a place by its country: "rockets fired from the Gaza Strip" has a PSE source.
  struct {
    const char* text;
    NameKind kind;
    const char* code;
  } rows[] = {
      {"Gaza Strip", NameKind::name, "PSE"},  {"West Bank", NameKind::name, "PSE"},
      {"Alaska", NameKind::name, "USA"},      {"South Carolina", NameKind::name, "USA"},
      {"Mosul", NameKind::name, "IRQ"},       {"Siberia", NameKind::name, "RUS"},
      {"Darfur", NameKind::name, "SDN"},      {"Zurich", NameKind::name, "CHE"},
      {"Crimea", NameKind::name, "UKR"},      {"Northern Ireland", NameKind::name, "GBR"},
      {"Siberian", NameKind::adjective, "RUS"}, {"Kampuchean", NameKind::adjective, "KHM"},
      {"Macedonian", NameKind::adjective, "MKD"}, {"N.Ireland", NameKind::name, "GBR"},
      {"South Ossetian", NameKind::adjective, "GEO"}, {"Abkhaz", NameKind::adjective, "GEO"},
      {"Darfuri", NameKind::adjective, "SDN"},  {"Gazan", NameKind::adjective, "PSE"},
  };
  for (const auto& r : rows) {
    CAPTURE(r.text);
    const ActorEntry* e = by_form(r.text, r.kind);
    REQUIRE(e != nullptr);
    CHECK(e->actor.code == r.code);
    CHECK(e->actor.type == actorgraph::ActorType::country);
  }
  // Names two countries share are left out rather than guessed.
  CHECK(by_form("Punjab", NameKind::name) == nullptr);
  CHECK(by_form("Kashmir", NameKind::name) == nullptr);
}

TEST_CASE("builtin: IGOs, armed groups and media carry CAMEO-style codes") {
  struct {
    const char* id;
    const char* code;
    actorgraph::ActorType type;
  } rows[] = {
      {"united-nations", "IGOUNO", actorgraph::ActorType::organization},
      {"nato", "IGOWSTNAT", actorgraph::ActorType::organization},
      {"european-union", "IGOEUREEC", actorgraph::ActorType::organization},
      {"iaea", "IGOUNOIAE", actorgraph::ActorType::organization},
      {"hamas", "PSEREBHMS", actorgraph::ActorType::group},
      {"taliban", "AFGREB", actorgraph::ActorType::group},
      {"reuters", "GBRMED", actorgraph::ActorType::media},
      {"scmp", "HKGMED", actorgraph::ActorType::media},
      // State organs use the id the engine derives for "<adjective> <agent>" ("Israeli forces").
      {"israel-mil", "ISRMIL", actorgraph::ActorType::military},
      {"united-states-leg", "USALEG", actorgraph::ActorType::government},
      // Former and regional bodies, armed movements of the 1980s-2000s news.
      {"european-community", "IGOEUREEC", actorgraph::ActorType::organization},
      {"apec", "IGOASABUSAPC", actorgraph::ActorType::organization},
      {"oau", "IGOAFROAU", actorgraph::ActorType::organization},
      {"unita", "AGOREB", actorgraph::ActorType::group},
      {"ruf", "SLEREB", actorgraph::ActorType::group},
      {"khmer-rouge", "KHMREB", actorgraph::ActorType::group},
  };
  for (const auto& r : rows) {
    CAPTURE(r.id);
    const ActorEntry* e = dict().find(r.id);
    REQUIRE(e != nullptr);
    CHECK(e->actor.code == r.code);
    CHECK(e->actor.type == r.type);
  }
  CHECK(dict().find("xinhua")->actor.sector == "MED");
}

TEST_CASE("builtin: agents have sectors, persons have titles") {
  auto agent = [](const std::string& form) -> const actorgraph::AgentEntry* {
    for (const auto& a : dict().agents())
      for (const auto& f : a.forms)
        if (f == form) return &a;
    return nullptr;
  };
  struct {
    const char* form;
    const char* sector;
    bool person;
    const char* title;
  } rows[] = {{"forces", "MIL", false, ""},        {"troops", "MIL", false, ""},
              {"warplanes", "MIL", false, ""},     {"foreign ministry", "GOV", false, ""},
              {"president", "GOV", true, "president"}, {"prime minister", "GOV", true, "prime minister"},
              {"foreign minister", "GOV", true, "foreign minister"}, {"police", "COP", false, ""},
              {"rebels", "REB", false, ""},        {"protesters", "OPP", false, ""},
              {"lawmakers", "LEG", false, ""},     {"court", "JUD", false, ""},
              {"refugees", "REF", false, ""},      {"civilians", "CVL", false, ""},
              // Titles of ministers and deputies, so that "Russian Deputy Foreign Minister
              // Sergei Ryabkov" is one person of the Russian government.
              {"deputy foreign minister", "GOV", true, "deputy foreign minister"},
              {"vice premier", "GOV", true, "deputy prime minister"},
              {"deputy secretary of defense", "MIL", true, "deputy defence minister"},
              {"interior minister", "GOV", true, "minister"},
              {"deputy secretary of energy", "GOV", true, "minister"},
              {"national security adviser", "GOV", true, "national security adviser"},
              // Ethnic and religious communities: "Iraqi Kurds" is IRQKUR, "Bosnian Muslims" BIHMUS.
              {"kurds", "KUR", false, ""}, {"muslims", "MUS", false, ""}, {"shiites", "MUSSHI", false, ""}};
  for (const auto& r : rows) {
    CAPTURE(r.form);
    const auto* a = agent(r.form);
    REQUIRE(a != nullptr);
    CHECK(a->sector == r.sector);
    CHECK(a->person == r.person);
    CHECK(a->title == r.title);
  }
}

TEST_CASE("holder and role_at: dated roles, hand-over days, organisations") {
  ActorDictionary d;
  d.load_json(R"({"actors":[
    {"id":"usa","name":"United States","type":"country","country":"USA","code":"USA"},
    {"id":"p1","name":"First Holder","type":"person","roles":[{"title":"president","country":"USA","from":"2001-01-20","to":"2009-01-20"}]},
    {"id":"p2","name":"Second Holder","type":"person","roles":[
        {"title":"senator","country":"USA","from":"2005-01-03","to":"2008-11-16"},
        {"title":"president","country":"USA","from":"2009-01-20","to":"2017-01-20"}]},
    {"id":"p3","name":"Current Holder","type":"person","roles":[{"title":"president","country":"USA","from":"2017-01-20"}]},
    {"id":"sg","name":"Sec Gen","type":"person","roles":[{"title":"secretary-general","org":"nato","from":"2014"}]}]})",
              "t.json");
  struct {
    const char* title;
    const char* where;
    const char* date;
    const char* id;  // "" = nobody
  } rows[] = {{"president", "USA", "2003-05-01", "p1"},  {"President", "USA", "2003", "p1"},
              {"president", "USA", "2009-01-20", "p2"},  {"president", "USA", "2012-06", "p2"},
              {"president", "USA", "", "p3"},            {"president", "USA", "2020-01-01T10:00:00Z", "p3"},
              {"president", "USA", "1990-01-01", ""},    {"president", "FRA", "2003-05-01", ""},
              {"senator", "USA", "2006-01-01", "p2"},    {"secretary-general", "nato", "2016-01-01", "sg"},
              {"president", "usa", "2003-05-01", "p1"}};
  for (const auto& r : rows) {
    CAPTURE(r.title);
    CAPTURE(r.date);
    const ActorEntry* h = d.holder(r.title, r.where, r.date);
    if (*r.id == '\0') {
      CHECK(h == nullptr);
    } else {
      REQUIRE(h != nullptr);
      CHECK(h->actor.id == r.id);
    }
  }
  const ActorEntry* p2 = d.find("p2");
  REQUIRE(p2 != nullptr);
  REQUIRE(ActorDictionary::role_at(*p2, "2006-01-01") != nullptr);
  CHECK(ActorDictionary::role_at(*p2, "2006-01-01")->title == "senator");
  CHECK(ActorDictionary::role_at(*p2, "2010-01-01")->title == "president");
  CHECK(ActorDictionary::role_at(*p2, "") == nullptr);  // no open-ended role
  CHECK(ActorDictionary::role_at(*d.find("p3"), "")->title == "president");
}

TEST_CASE("builtin: people with dated roles (rows whose person is present)") {
  struct {
    const char* title;
    const char* where;
    const char* date;
    const char* id;
  } rows[] = {{"president", "USA", "2003-05-01", "george-w-bush"},
              {"president", "united-states", "2003-05-01", "george-w-bush"},
              {"president", "USA", "1990-06-01", "george-h-w-bush"},
              {"secretary-general", "united-nations", "2010-01-01", "ban-ki-moon"},
              {"king", "SAU", "2000-01-01", "fahd-bin-abdulaziz"},
              {"supreme leader", "IRN", "", "ali-khamenei"}};
  int checked = 0;
  for (const auto& r : rows) {
    CAPTURE(r.id);
    if (dict().find(r.id) == nullptr) continue;
    const ActorEntry* h = dict().holder(r.title, r.where, r.date);
    REQUIRE(h != nullptr);
    CHECK(h->actor.id == r.id);
    ++checked;
  }
  MESSAGE(checked, " of ", sizeof rows / sizeof rows[0], " holder rows had their person in the data");
  if (const ActorEntry* bush = dict().find("george-w-bush")) CHECK(bush->surname == "Bush");
}

TEST_CASE("builtin: every role title of the people data has an agent that names it") {
  std::set<std::string> titles, missing;
  for (const auto& a : dict().agents())
    if (a.person) titles.insert(a.title);
  for (const auto& e : dict().actors())
    for (const auto& r : e.roles)
      if (!titles.count(r.title)) missing.insert(r.title);
  std::string list;
  for (const auto& m : missing) list += "'" + m + "' ";
  CAPTURE(list);
  CHECK(missing.empty());
}

TEST_CASE("samples/actors.json loads over the built-in dictionary") {
  const char* root = std::getenv("AG_SOURCE_ROOT");
  const std::string path = std::string(root ? root : ".") + "/samples/actors.json";
  if (!std::ifstream(path).good()) {
    MESSAGE("no ", path, "; skipped");
    return;
  }
  ActorDictionary d = ActorDictionary::builtin();
  const std::size_t n = d.actors().size();
  d.load_json_file(path);
  CHECK(d.actors().size() > n);  // new actors added
  CHECK(d.find("ukraine")->actor.aliases.size() == 2);  // overridden entry
  const ActorEntry* gov = d.find("vitaliy-kim");
  REQUIRE(gov != nullptr);
  CHECK(d.holder("governor", "UKR", "2022-03-01") == gov);
}

TEST_CASE("builtin: user files override built-ins by id") {
  ActorDictionary d = ActorDictionary::builtin();
  const std::size_t n = d.actors().size();
  d.load_json(R"({"actors":[{"id":"ukraine","name":"Ukraine","type":"country","country":"UKR","code":"UKR",
                   "aliases":["Ukr."],"metonyms":["Kyiv"]}]})",
              "user.json");
  CHECK(d.actors().size() == n);
  CHECK(d.find("ukraine")->actor.aliases == std::vector<std::string>{"Ukr."});
  CHECK(d.country("UKR") == d.find("ukraine"));
  // The process-wide built-in copy is untouched.
  CHECK(ActorDictionary::builtin().find("ukraine")->adjectives.size() > 0);
}

TEST_CASE("builtin: name_forms covers names, aliases, adjectives, metonyms and agents") {
  const auto forms = dict().name_forms();
  std::size_t kinds[4] = {0, 0, 0, 0};
  for (const auto& f : forms) {
    ++kinds[static_cast<int>(f.kind)];
    if (f.kind == NameKind::agent) CHECK(f.index < dict().agents().size());
    else CHECK(f.index < dict().actors().size());
  }
  MESSAGE("name forms: ", forms.size(), " (names ", kinds[0], ", adjectives ", kinds[1], ", metonyms ", kinds[2],
          ", agent forms ", kinds[3], "); actors ", dict().actors().size(), ", agents ", dict().agents().size());
  CHECK(kinds[0] > 500);
  CHECK(kinds[1] > 250);
  CHECK(kinds[2] > 150);
  CHECK(kinds[3] > 200);
}

TEST_CASE("builtin: start-up cost") {
  auto t0 = std::chrono::steady_clock::now();
  ActorDictionary d = ActorDictionary::builtin();
  auto ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  CHECK(d.actors().size() == dict().actors().size());
  MESSAGE("ActorDictionary::builtin(): first call (parse) ", g_first_builtin_ms, " ms, later call (copy) ", ms, " ms");
  CHECK(g_first_builtin_ms < 200.0);  // target < 30 ms; loose bound for a loaded 2-core machine
  CHECK(ms < 100.0);
}

TEST_CASE("builtin: no surface form names two different actors") {
  std::map<std::string, std::string> owner;
  std::string clashes;
  for (const auto& f : dict().name_forms()) {
    if (f.kind == NameKind::agent) continue;
    const std::string& id = dict().actors()[f.index].actor.id;
    auto [it, inserted] = owner.emplace(f.text, id);
    if (!inserted && it->second != id) clashes += "'" + f.text + "' (" + it->second + ", " + id + ") ";
  }
  CAPTURE(clashes);
  CHECK(clashes.empty());
}
