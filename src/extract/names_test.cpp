// Names the dictionary does not know, table-driven: what kind of name each
// is, which become actors, and longer names that hold dictionary names. Each
// case lists the mentions of its text as "id:type=mention" ("?" for a name
// that is no actor: a place, event, document, product, or one nothing types).
#include <doctest/doctest.h>

#include "extract/engine.hpp"
#include "extract/materialise.hpp"
#include "extract/names.hpp"
#include "extract/recogniser.hpp"
#include "extract/test_fixture.hpp"

using namespace actorgraph;
using namespace actorgraph::extract;
using actorgraph::extract::testing::fixture;

namespace {

std::vector<std::string> typed(const std::string& text) {
  const Model& m = *fixture().model;
  Analysis a;
  a.prepare(m, text, "2022-08-04");
  std::vector<std::int32_t> seen;
  for (std::uint32_t si = 0; si < a.doc.sentences.size(); ++si) recognise(m, a, si, seen);
  std::vector<std::string> out;
  for (const auto& x : a.mentions) {
    if (x.kind != MentionKind::unknown && x.kind != MentionKind::name && x.kind != MentionKind::derived) continue;
    Actor act;
    materialise(m, a, x.ref, act);
    out.push_back((act.id.empty() ? "?" : act.id + ":" + std::string(to_string(act.type))) + "=" +
                  surface(a, x.tb, x.te));
  }
  return out;
}

struct Case {
  const char* phenomenon;
  const char* text;
  std::vector<std::string> expected;
};

void check(const std::vector<Case>& cases) {
  for (const auto& c : cases) {
    auto got = typed(c.text);
    std::string shown;
    for (const auto& g : got) shown += "[" + g + "] ";
    const std::string info = std::string(c.phenomenon) + ": " + c.text + " -> " + shown;
    INFO(info);
    CHECK(got == c.expected);
  }
}

}  // namespace

TEST_CASE("unknown names are typed from their own words") {
  check({
      {"a legal suffix: a company", "Acme Corp left.", {"unk-acme-corp:organization=Acme Corp"}},
      {"a body's head word", "The Football Association met.", {"unk-football-association:organization=Football Association"}},
      {"an association of: the head before of", "The Association of African Jurists met.",
       {"unk-association-of-african-jurists:organization=Association of African Jurists"}},
      {"a party is a group", "The Zorbian Freedom Party met.", {"unk-zorbian-freedom-party:group=Zorbian Freedom Party"}},
      {"a given name: a person", "Gary Neville left.", {"unk-gary-neville:person=Gary Neville"}},
      {"an event is no actor", "He won the Carling Cup.", {"?=Carling Cup"}},
      {"a document is no actor", "The Licensing Act passed.", {"?=Licensing Act"}},
      {"a place by its head word", "He walked down Wall Street.", {"?=Wall Street"}},
      {"a place of Debian's iso-codes subdivisions", "He lives in Leicester.", {"?=Leicester"}},
      {"a capitalised head word alone is no name", "The Association met.", {"?=Association"}},
      {"a given name before a place word is a person", "Stuart Hall left.", {"unk-stuart-hall:person=Stuart Hall"}},
      {"an acronym names a body", "NASA left.", {"unk-nasa:organization=NASA"}},
      {"one word nothing types is no actor", "Zorbex left.", {"?=Zorbex"}},
  });
}

TEST_CASE("unknown names are typed from the words around them") {
  check({
      {"a role noun before", "He met striker Wayne Zorbex.", {"unk-wayne-zorbex:person=Wayne Zorbex"}},
      {"a role noun opening the sentence is no part of the name", "Striker Wayne Zorbex left.",
       {"unk-wayne-zorbex:person=Wayne Zorbex"}},
      {"titles inside the capitalised run", "Judge Letitia Zorbex left.", {"unk-letitia-zorbex:person=Letitia Zorbex"}},
      {"a company's word before", "He sued carmaker Zorbex.", {"unk-zorbex:organization=Zorbex"}},
      {"a company's word after", "Zorbex shares fell.", {"unk-zorbex:organization=Zorbex"}},
      {"a weapon after: a product", "Zorbex missiles hit Iran.", {"iran:country=Iran"}},
      {"an event after", "The Zorbex summit opened.", {"?=Zorbex"}},
      {"he after: a person", "Zorbex said he would leave.", {"unk-zorbex:person=Zorbex"}},
      {"its after: an organisation", "Zorbex said its profits rose.", {"unk-zorbex:organization=Zorbex"}},
      {"a title", "Mr Zorbex left.", {"unk-zorbex:person=Zorbex"}},
      {"the type the article gives later", "Zorbex left. Zorbex Holdings Inc said so.",
       {"unk-zorbex-holdings-inc:organization=Zorbex", "unk-zorbex-holdings-inc:organization=Zorbex Holdings Inc"}},
      {"a body's first word refers back to it", "Zorbex Holdings Inc said so. Zorbex left.",
       {"unk-zorbex-holdings-inc:organization=Zorbex Holdings Inc", "unk-zorbex-holdings-inc:organization=Zorbex"}},
  });
}

TEST_CASE("a name inside a longer name is no actor of its own") {
  check({
      {"a country's name inside a company's", "U.S. West Inc left.", {"unk-u-s-west-inc:organization=U.S. West Inc"}},
      {"a country's adjective inside a body's name, which takes its country", "The Iranian Zorbex Council met.",
       {"unk-iranian-zorbex-council:organization=Iranian Zorbex Council"}},
      {"a country inside an event's name", "The Iran Zorbex summit opened.", {"?=Iran Zorbex"}},
      {"a country's adjective and a group noun stay the country's agent", "The Iranian army left.",
       {"iran-mil:military=Iranian army"}},
      {"a capitalised group noun ends a longer name", "The Zorbex Labour Organization met.",
       {"unk-zorbex-labour-organization:organization=Zorbex Labour Organization"}},
  });
}

TEST_CASE("a body of a country carries its country and code") {
  const Model& m = *fixture().model;
  Analysis a;
  a.prepare(m, "The Iranian Zorbex Council met.", "2022-08-04");
  std::vector<std::int32_t> seen;
  recognise(m, a, 0, seen);
  REQUIRE(a.mentions.size() == 1);
  Actor act;
  materialise(m, a, a.mentions[0].ref, act);
  CHECK(act.country == "IRN");
  CHECK(act.sector == "GOV");
  CHECK(act.code == "IRNGOV");
  CHECK(name_actor_type(static_cast<std::int8_t>(NameType::place)) == ActorType::unknown);
  CHECK(actor_name(static_cast<std::int8_t>(NameType::group)));
  CHECK(!actor_name(static_cast<std::int8_t>(NameType::product)));
}
