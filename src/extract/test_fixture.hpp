// A small hand-built dictionary and lexicon for the extract unit tests, and
// helpers to run the engine on one text.
#pragma once

#include <string>
#include <vector>

#include "actorgraph/actor_dictionary.hpp"
#include "actorgraph/relation_lexicon.hpp"
#include "extract/engine.hpp"
#include "extract/model.hpp"

namespace actorgraph::extract::testing {

inline ActorEntry country(std::string id, std::string name, std::string iso, std::vector<std::string> aliases,
                          std::vector<std::string> adjectives, std::vector<std::string> metonyms) {
  ActorEntry e;
  e.actor.id = std::move(id);
  e.actor.name = std::move(name);
  e.actor.type = ActorType::country;
  e.actor.country = iso;
  e.actor.code = iso;
  e.actor.aliases = std::move(aliases);
  e.adjectives = std::move(adjectives);
  e.metonyms = std::move(metonyms);
  return e;
}

inline ActorEntry person(std::string id, std::string name, std::vector<std::string> aliases, std::string gender,
                         std::vector<Role> roles) {
  ActorEntry e;
  e.actor.id = std::move(id);
  e.actor.name = std::move(name);
  e.actor.type = ActorType::person;
  e.actor.aliases = std::move(aliases);
  e.gender = std::move(gender);
  e.roles = std::move(roles);
  return e;
}

inline ActorEntry org(std::string id, std::string name, ActorType type, std::string code,
                      std::vector<std::string> aliases) {
  ActorEntry e;
  e.actor.id = std::move(id);
  e.actor.name = std::move(name);
  e.actor.type = type;
  e.actor.code = std::move(code);
  e.actor.aliases = std::move(aliases);
  return e;
}

inline AgentEntry agent(std::string id, std::vector<std::string> forms, std::string sector, ActorType type,
                        bool is_person, std::string title, ActorType refers = ActorType::unknown) {
  AgentEntry a;
  a.refers = refers;
  a.id = std::move(id);
  a.forms = std::move(forms);
  a.sector = std::move(sector);
  a.type = type;
  a.person = is_person;
  a.title = std::move(title);
  return a;
}

inline RelationEntry rel(std::string id, bool nominal, std::string head, std::string pattern, std::string lemma,
                         std::string cameo) {
  RelationEntry r;
  r.id = std::move(id);
  r.nominal = nominal;
  r.head = std::move(head);
  r.pattern = std::move(pattern);
  r.relation.lemma = std::move(lemma);
  r.relation.cameo = cameo;
  r.relation.root = cameo.substr(0, 2);
  return r;
}

/// The built-in word lists that type unknown names (data, as shipped).
inline const std::vector<NameWords>& name_words() {
  static const ActorDictionary builtin = ActorDictionary::builtin();
  return builtin.name_words();
}

struct Fixture {
  std::vector<ActorEntry> actors;
  std::vector<AgentEntry> agents;
  std::vector<RelationEntry> relations;
  Model* model = nullptr;
  Engine* engine = nullptr;

  Fixture() {
    actors = {
        country("russia", "Russia", "RUS", {"Russian Federation"}, {"Russian", "Russians"}, {"Moscow", "the Kremlin"}),
        country("ukraine", "Ukraine", "UKR", {}, {"Ukrainian", "Ukrainians"}, {"Kyiv", "Kiev"}),
        country("china", "China", "CHN", {"PRC"}, {"Chinese"}, {"Beijing"}),
        country("united-states", "United States", "USA", {"US", "U.S.", "USA", "United States of America"},
                {"American", "Americans", "US"}, {"Washington", "the White House"}),
        country("brazil", "Brazil", "BRA", {}, {"Brazilian", "Brazilians"}, {"Brasilia"}),
        country("iran", "Iran", "IRN", {}, {"Iranian", "Iranians"}, {"Tehran"}),
        person("volodymyr-zelenskyy", "Volodymyr Zelenskyy", {"Zelensky", "Volodymyr Zelensky"}, "m",
               {{"president", "UKR", "", "GOV", "UKRGOV", "2019-05-20", ""}}),
        person("xi-jinping", "Xi Jinping", {}, "m", {{"president", "CHN", "", "GOV", "CHNGOV", "2013-03-14", ""}}),
        person("vladimir-putin", "Vladimir Putin", {}, "m",
               {{"president", "RUS", "", "GOV", "RUSGOV", "2012-05-07", ""},
                {"prime minister", "RUS", "", "GOV", "RUSGOV", "2008-05-08", "2012-05-07"}}),
        person("angela-merkel", "Angela Merkel", {}, "f", {{"chancellor", "DEU", "", "GOV", "DEUGOV", "2005-11-22", "2021-12-08"}}),
        person("john-smith", "John Smith", {}, "m", {}),
        org("nato", "NATO", ActorType::organization, "IGOWSTNAT", {"North Atlantic Treaty Organization"}),
        org("south-china-morning-post", "South China Morning Post", ActorType::media, "CHNMED", {"SCMP"}),
        org("united-nations-security-council", "UN Security Council", ActorType::organization, "IGOUNO",
            {"United Nations Security Council", "Security Council"}),
    };
    actors[11].actor.sector = "IGO";
    agents = {
        agent("president", {"president", "President"}, "GOV", ActorType::government, true, "president"),
        agent("chancellor", {"chancellor"}, "GOV", ActorType::government, true, "chancellor"),
        agent("forces", {"forces", "troops", "army", "military", "armed forces"}, "MIL", ActorType::military, false, ""),
        agent("government", {"government", "foreign ministry", "officials", "authorities"}, "GOV",
              ActorType::government, false, ""),
        agent("protesters", {"protesters", "activists", "opposition"}, "OPP", ActorType::group, false, ""),
        agent("newspaper", {"newspaper", "daily"}, "MED", ActorType::media, false, "", ActorType::media),
        agent("company", {"company", "firm"}, "", ActorType::organization, false, "", ActorType::organization),
        agent("countries", {"countries", "nations", "sides"}, "", ActorType::country, false, "", ActorType::country),
    };
    relations = {
        rel("call-for-talks", false, "call", "for * talk with +", "call for talks with", "026"),
        rel("call-on", false, "call", "on +", "call on", "020"),
        rel("urge", false, "urge", "+", "urge", "020"),
        rel("meet", false, "meet", "+", "meet", "036"),
        rel("meet-with", false, "meet", "with +", "meet with", "036"),
        rel("attack", false, "attack", "+", "attack", "190"),
        rel("invade", false, "invade", "+", "invade", "192"),
        rel("condemn", false, "condemn", "+", "condemn", "111"),
        rel("visit", false, "visit", "+", "visit", "042"),
        rel("accuse", false, "accuse", "+ of", "accuse of", "112"),
        rel("tell", false, "tell", "+", "tell", "010"),
        rel("speak-with", false, "speak", "with +", "speak with", "040"),
        rel("hold-talks-with", false, "hold", "* talk with +", "talk with", "040"),
        rel("sign-agreement-with", false, "sign", "agreement with +", "sign agreement with", "057"),
        rel("request-conversation", false, "request", "* conversation with +", "request conversation with", "026"),
        rel("have-conversation", false, "have", "* conversation with +", "have conversation with", "040"),
        rel("support", false, "support", "+", "support", "051"),
        rel("sanction", false, "sanction", "+", "sanction", "163"),
        rel("offer-aid", false, "offer", "* aid to +", "offer aid to", "070"),
        rel("sell-arms-to", false, "sell", "* arms to +", "sell arms to", "072"),
        rel("use-influence", false, "use", "* influence over +", "use influence over", "180"),
        rel("seek-partnership", false, "seek", "to deepen * partnership", "seek partnership", "031"),
        rel("protest-against", false, "protest", "against +", "protest against", "141"),
        rel("invasion", true, "invasion", "of +", "invade", "192"),
        rel("sanctions-against", true, "sanction", "against +", "impose sanctions against", "163"),
        rel("aid-to", true, "aid", "to +", "give aid to", "070"),
        rel("receive", false, "receive", "+", "receive", "043"),
        rel("talks-with", true, "talk", "with +", "hold talks with", "040"),
        rel("demonstration-against", true, "demonstration", "against +", "demonstrate against", "141"),
        rel("strikes-on", true, "strike", "on +", "strike", "190"),
    };
    model = new Model(actors, agents, collect_forms(actors, agents), relations, nullptr, name_words());
    engine = new Engine(*model);
  }
  ~Fixture() {
    delete engine;
    delete model;
  }
  Fixture(const Fixture&) = delete;
  Fixture& operator=(const Fixture&) = delete;

  std::vector<Triple> run(const std::string& text, const std::string& date = "2022-08-04") const;
};

/// The triples of an engine for one text, as an article of `date`.
inline std::vector<Triple> run(const Engine& engine, const std::string& text, const std::string& date = "2022-08-04") {
  Article a;
  a.id = "t";
  a.date = date;
  a.text = text;
  std::vector<Triple> out;
  engine.extract(a, out);
  return out;
}

inline std::vector<Triple> Fixture::run(const std::string& text, const std::string& date) const {
  return testing::run(*engine, text, date);
}

/// The one fixture shared by the tests of this executable.
inline const Fixture& fixture() {
  static const Fixture f;
  return f;
}

/// The fixture's engine with `extra` lexicon entries appended after its own
/// (as --relations appends a user's).
struct Extended {
  std::vector<RelationEntry> relations;
  Model model;
  Engine engine;
  explicit Extended(const std::vector<RelationEntry>& extra)
      : relations(appended(fixture().relations, extra)),
        model(fixture().actors, fixture().agents, collect_forms(fixture().actors, fixture().agents), relations, nullptr,
              name_words()),
        engine(model) {}
  std::vector<Triple> run(const std::string& text) const { return testing::run(engine, text); }

 private:
  static std::vector<RelationEntry> appended(std::vector<RelationEntry> base, const std::vector<RelationEntry>& extra) {
    base.insert(base.end(), extra.begin(), extra.end());
    return base;
  }
};

/// "subject-id>lemma>object-id" (+ "!" when negated) for each triple.
inline std::vector<std::string> keys(const std::vector<Triple>& ts) {
  std::vector<std::string> out;
  for (const auto& t : ts)
    out.push_back(t.subject.actor.id + ">" + t.relation.lemma + ">" + t.object.actor.id + (t.negated ? "!" : ""));
  return out;
}

}  // namespace actorgraph::extract::testing
