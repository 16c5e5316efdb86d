// Statements to the press, table-driven: which triples carry an audience.
#include <doctest/doctest.h>

#include "extract/audience.hpp"
#include "extract/test_fixture.hpp"

using namespace actorgraph;
using namespace actorgraph::extract;

namespace {

Triple triple(std::string subject_type, std::string object_id, std::string object_type, std::string cameo,
              std::string lemma, std::string sentence) {
  Triple t;
  ActorType st = ActorType::unknown, ot = ActorType::unknown;
  parse_actor_type(subject_type, st);
  parse_actor_type(object_type, ot);
  t.subject.actor.id = "someone";
  t.subject.actor.type = st;
  t.object.actor.id = std::move(object_id);
  t.object.actor.type = ot;
  t.relation.cameo = std::move(cameo);
  t.relation.lemma = std::move(lemma);
  t.relation.text = t.relation.lemma;
  t.sentence_text = std::move(sentence);
  return t;
}

}  // namespace

TEST_CASE("statements to the press carry their audience; other relations with media do not") {
  struct Case {
    const char* phenomenon;
    Triple t;
    const char* audience;
  };
  const Case cases[] = {
      {"told a named outlet", triple("person", "reuters", "media", "010", "tell", "X told Reuters."), "news organisation"},
      {"told reporters (the press at large)", triple("person", "united-states-med", "media", "010", "tell", "X told reporters."),
       "reporters"},
      {"told a generic medium", triple("person", "generic-media", "media", "010", "tell", "X told the press."), "reporters"},
      {"in an interview", triple("person", "bbc", "media", "010", "tell", "X told the BBC in an interview."), "interview"},
      {"spoke to a newspaper (a consultation)", triple("person", "bbc", "media", "040", "speak to", "X spoke to the BBC."),
       "news organisation"},
      {"declined to comment", triple("organization", "reuters", "media", "120", "refuse to comment on", "X declined."),
       "news organisation"},
      {"interviewed by an outlet", triple("media", "someone-else", "person", "", "interview", "CNN interviewed X."),
       "interview"},
      {"a ban on an outlet is a relation", triple("country", "bbc", "media", "172", "ban", "Zimbabwe banned the BBC."), ""},
      {"an attack on journalists is a relation", triple("group", "iraq-med", "media", "190", "attack", "X attacked reporters."),
       ""},
      {"a statement to a government is a relation", triple("person", "iran", "country", "010", "tell", "X told Iran."), ""},
      {"one outlet telling another", triple("media", "bbc", "media", "010", "tell", "CNN told the BBC."), ""},
  };
  for (const auto& c : cases) {
    INFO(c.phenomenon);
    CHECK(press_audience(c.t) == std::string_view(c.audience));
  }
}
