// Actor recognition, table-driven: each case lists the mentions of the first
// sentence as "actor-id=mention text" (possessors and bare adjectives, which
// only qualify a noun, are marked with a trailing "~").
#include <doctest/doctest.h>

#include "extract/materialise.hpp"
#include "extract/recogniser.hpp"
#include "extract/test_fixture.hpp"

using namespace actorgraph;
using namespace actorgraph::extract;
using actorgraph::extract::testing::fixture;

namespace {

std::vector<std::string> mentions(const std::string& text, const std::string& date = "2022-08-04") {
  const Model& m = *fixture().model;
  Analysis a;
  a.prepare(m, text, date);
  std::vector<std::int32_t> seen;
  recognise(m, a, 0, seen);
  std::vector<std::string> out;
  for (const auto& x : a.mentions) {
    if (x.kind == MentionKind::pronoun || x.kind == MentionKind::first_person) continue;
    Actor act;
    materialise(m, a, x.ref, act);
    out.push_back((act.id.empty() ? "?" : act.id) + "=" + surface(a, x.tb, x.te) +
                  (x.possessor || x.modifier ? "~" : ""));
  }
  return out;
}

struct Case {
  const char* phenomenon;
  const char* text;
  std::vector<std::string> expected;
};

}  // namespace

TEST_CASE("recognition by phenomenon") {
  const Case cases[] = {
      {"title", "Chinese President Xi Jinping spoke.", {"xi-jinping=Chinese President Xi Jinping"}},
      {"title alone", "President Volodymyr Zelenskyy spoke.", {"volodymyr-zelenskyy=President Volodymyr Zelenskyy"}},
      {"possessive person", "He met China's Xi Jinping.", {"xi-jinping=China's Xi Jinping"}},
      {"possessor", "Russia's invasion began.", {"russia=Russia~"}},
      {"apposition", "Putin, Russia's president, spoke.",
       {"vladimir-putin=Putin", "vladimir-putin=Russia's president"}},
      {"adjective + agent", "Russian forces attacked.", {"russia-mil=Russian forces"}},
      {"coordination inside an unknown name", "The Food and Drug Administration sued Exxon Corp.",
       {"unk-food-and-drug-administration=Food and Drug Administration", "unk-exxon-corp=Exxon Corp."}},
      {"two parties stay two", "Reporters saw Mr Doe and Mr Roe.", {"unk-doe=Doe", "unk-roe=Roe"}},
      {"two companies stay two", "Reporters saw Apple Computer and Cisco Systems.",
       {"unk-apple-computer=Apple Computer", "unk-cisco-systems=Cisco Systems"}},
      {"name + modifier + agent", "Russia's armed forces attacked.", {"russia-mil=Russia's armed forces"}},
      {"a finite verb after a name ends it: past", "Ukraine received armed forces.",
       {"ukraine=Ukraine", "ukraine-mil=armed forces"}},
      {"a finite verb after a name ends it: -s", "Ukraine supports Russian forces.",
       {"ukraine=Ukraine", "russia-mil=Russian forces"}},
      {"adjective + multiword agent", "the Chinese foreign ministry said", {"china-gov=Chinese foreign ministry"}},
      {"adjective + group agent", "Iranian protesters marched.", {"iran-opp=Iranian protesters"}},
      {"metonym", "Beijing said so.", {"china-gov=Beijing"}},
      {"metonym with article", "He spoke to the Kremlin.", {"russia-gov=the Kremlin"}},
      {"government = metonym", "the Chinese government said", {"china-gov=Chinese government"}},
      {"compound", "Brazil and the United States agreed.", {"brazil=Brazil", "united-states=United States"}},
      {"alias", "Zelensky and Zelenskyy spoke.",
       {"volodymyr-zelenskyy=Zelensky", "volodymyr-zelenskyy=Zelenskyy"}},
      {"case: us is not US", "They told us that the US agreed.", {"united-states=US"}},
      {"bare adjective", "the Russian invasion", {"russia=Russian~"}},
      {"plural demonym", "The Russians are here.", {"russia=Russians"}},
      {"holder description", "the Chinese president spoke", {"xi-jinping=Chinese president"}},
      {"unknown name", "He met Jeffrey Kupfer in Paris.", {"unk-jeffrey-kupfer=Jeffrey Kupfer", "?=Paris"}},
      {"not names: months, days", "On Monday in February he spoke.", {}},
      {"title + unknown name", "Iranian President Ali Foo spoke.", {"unk-ali-foo=Iranian President Ali Foo"}},
      {"surname of a leader in office", "Zelenskyy spoke.", {"volodymyr-zelenskyy=Zelenskyy"}},
      {"surname not in office is not the person", "Merkel spoke.", {"?=Merkel"}},
      {"a leader's surname after another given name is someone else's", "He met Janusz Zelenskyy.",
       {"unk-janusz-zelenskyy=Janusz Zelenskyy"}},
      {"an initial before a leader's surname keeps the leader", "He met Volodymyr O. Zelenskyy.",
       {"unk-volodymyr-o=Volodymyr O.", "volodymyr-zelenskyy=Zelenskyy"}},
      {"X-led names X's country", "Chinese-led forces attacked.", {"china-mil=Chinese-led forces"}},
      {"X-led with a name", "The US-led coalition attacked.", {"united-states=US-led~"}},
      {"X-backed names someone else", "Chinese-backed forces attacked.", {"generic-military=forces"}},
      {"a surname before an unknown capitalised word is a given name", "Zelenskyy Ahmadi spoke.",
       {"unk-zelenskyy-ahmadi=Zelenskyy Ahmadi"}},
      {"a news medium gives no country to the agents after it",
       "the South China Morning Post said protesters attacked.",
       {"south-china-morning-post=South China Morning Post", "generic-opposition=protesters"}},
      {"lower-case particles inside an unknown name", "He met Hans van den Broek and Ahmed bin Salem.",
       {"unk-hans-van-den-broek=Hans van den Broek", "unk-ahmed-bin-salem=Ahmed bin Salem"}},
      {"a particle needs a capitalised name after it", "He met Jeffrey Kupfer de jure.", {"unk-jeffrey-kupfer=Jeffrey Kupfer"}},
      {"a form with \"the\" is kept when no longer name starts after it", "He spoke to the Kremlin Russian Federation.",
       {"russia-gov=the Kremlin", "russia=Russian Federation"}},
      // Capitalised words that are no names.
      {"prefix + hyphen", "Ex-chatshow host Robert Kilroy-Silk spoke.", {"unk-robert-kilroy-silk=Robert Kilroy-Silk"}},
      {"X-based modifier", "London-based Acme Corp said so.", {"unk-acme-corp=Acme Corp"}},
      {"grades and codes", "He rated it BBB-plus and A-1, not Baa-3.", {}},
      {"a name with a noun after its hyphen stays a name", "He met Coca-Cola Co and Jane Kilroy-Silk.",
       {"unk-coca-cola-co=Coca-Cola Co", "unk-jane-kilroy-silk=Jane Kilroy-Silk"}},
      {"month abbreviation", "On Oct 19 Acme Corp said so.", {"unk-acme-corp=Acme Corp"}},
      {"holidays and time zones", "At 1500 GMT on Christmas Day Zorbex Inc spoke.", {"unk-zorbex-inc=Zorbex Inc"}},
      {"a medium's unit is the medium", "He told the South China Morning Post Magazine so.",
       {"south-china-morning-post=South China Morning Post Magazine"}},
      {"a name after a medium is another actor", "He told the South China Morning Post Zorbex Inc left.",
       {"south-china-morning-post=South China Morning Post", "unk-zorbex-inc=Zorbex Inc"}},
      {"a US state's abbreviation after a comma", "Zorbex Inc of Newark, N.J., and Dallas, Tex., spoke.",
       {"unk-zorbex-inc=Zorbex Inc", "?=Newark", "?=Dallas"}},
      {"a headline in capitals: known words are no names", "ZORBEX SAYS UNIT PROFIT ROSE", {"?=ZORBEX"}},
      {"media", "the South China Morning Post (SCMP) reported",
       {"south-china-morning-post=South China Morning Post", "south-china-morning-post=SCMP"}},
  };
  for (const auto& c : cases) {
    auto got = mentions(c.text);
    std::string shown;
    for (const auto& g : got) shown += "[" + g + "] ";
    std::string info = std::string(c.phenomenon) + ": " + c.text + " -> " + shown;
    INFO(info);
    CHECK(got == c.expected);
  }
}

TEST_CASE("mention offsets are byte offsets into the original text") {
  const Model& m = *fixture().model;
  Analysis a;
  const std::string text = "Yesterday \xE2\x80\x9C" "Chinese President Xi Jinping\xE2\x80\x9D spoke.";
  a.prepare(m, text, "2022-08-04");
  std::vector<std::int32_t> seen;
  recognise(m, a, 0, seen);
  REQUIRE(a.mentions.size() == 1);
  auto b = a.doc.tokens[a.mentions[0].tb].begin, e = a.doc.tokens[a.mentions[0].te - 1].end;
  CHECK(text.substr(b, e - b) == "Chinese President Xi Jinping");
  CHECK(b == 13);
}

TEST_CASE("persons take the role held on the article date") {
  const Model& m = *fixture().model;
  Analysis a;
  a.prepare(m, "Vladimir Putin spoke.", "2010-01-01");
  std::vector<std::int32_t> seen;
  recognise(m, a, 0, seen);
  REQUIRE(a.mentions.size() == 1);
  Actor act;
  materialise(m, a, a.mentions[0].ref, act);
  CHECK(act.code == "RUSGOV");
  CHECK(act.country == "RUS");
  CHECK(act.type == ActorType::person);
}
