// Engine::recognise, table-driven: each case is a short article and the
// mentions it must give, as "words>how>actor id" in text order (exact list).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "actorgraph/actor_dictionary.hpp"
#include "actorgraph/extractor.hpp"
#include "actorgraph/relation_lexicon.hpp"
#include "extract/test_fixture.hpp"

using actorgraph::extract::testing::fixture;

namespace {

// One line of a case's results, for a readable CHECK failure.
std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += x + " | ";
  return s;
}

struct Case {
  const char* phenomenon;
  const char* title;
  const char* text;
  std::vector<std::string> expected;
};

std::vector<std::string> recognised(const char* title, const char* text,
                                    std::vector<actorgraph::RecognisedMention>* raw = nullptr) {
  actorgraph::Article art;
  art.id = "t";
  art.date = "2023-05-01";
  art.title = title;
  art.text = text;
  std::vector<actorgraph::RecognisedMention> ms;
  fixture().engine->recognise(art, ms);
  std::vector<std::string> out;
  for (const auto& m : ms) out.push_back(m.mention.mention + ">" + m.how + ">" + m.mention.actor.id);
  if (raw) *raw = ms;
  return out;
}

}  // namespace

TEST_CASE("recognised mentions by phenomenon") {
  const Case cases[] = {
      {"name and possessive person", "", "Volodymyr Zelenskyy called China's Xi Jinping.",
       {"Volodymyr Zelenskyy>name>volodymyr-zelenskyy", "China's Xi Jinping>name>xi-jinping"}},
      {"alias", "", "The PRC condemned the Russian Federation.",
       {"PRC>alias>china", "Russian Federation>alias>russia"}},
      {"surname after the full name", "", "Vladimir Putin arrived. Putin met Xi Jinping.",
       {"Vladimir Putin>name>vladimir-putin", "Putin>surname>vladimir-putin", "Xi Jinping>name>xi-jinping"}},
      {"adjective + agent", "", "Russian forces attacked Kyiv.",
       {"Russian forces>agent>russia-mil", "Kyiv>metonym>ukraine-gov"}},
      {"demonym", "", "The Russians condemned NATO.", {"Russians>adjective>russia", "NATO>name>nato"}},
      {"title resolved to the holder", "", "The Chinese president met Zelenskyy.",
       {"Chinese president>description>xi-jinping", "Zelenskyy>surname>volodymyr-zelenskyy"}},
      {"pronoun resolved", "", "Xi Jinping arrived in Moscow. He met Vladimir Putin.",
       {"Xi Jinping>name>xi-jinping", "Moscow>metonym>russia-gov", "He>pronoun>xi-jinping",
        "Vladimir Putin>name>vladimir-putin"}},
      {"unresolved pronoun left out", "", "He condemned Russia.", {"Russia>name>russia"}},
      {"unknown proper name", "", "Jane Doe condemned Russia.",
       {"Jane Doe>unknown>unk-jane-doe", "Russia>name>russia"}},
      {"title first", "China acts", "Beijing condemned Russia.",
       {"China>name>china", "Beijing>metonym>china-gov", "Russia>name>russia"}},
      {"no actor", "", "The weather was fine.", {}},
      {"the N of X: holder", "", "Zelenskyy met the president of China.",
       {"Zelenskyy>surname>volodymyr-zelenskyy", "president of China>description>xi-jinping"}},
      {"the N of X: no holder known", "", "Zelenskyy met the president of Iran.",
       {"Zelenskyy>surname>volodymyr-zelenskyy", "president of Iran>agent>iran-gov"}},
      {"generic agent without a country", "", "Protesters condemned Russia.",
       {"Protesters>agent>generic-opposition", "Russia>name>russia"}},
      {"generic agent takes the country named before it", "", "Russian forces said protesters attacked.",
       {"Russian forces>agent>russia-mil", "protesters>agent>russia-opp"}},
      {"generic agent takes the country of a person's role before it", "", "Vladimir Putin said protesters attacked.",
       {"Vladimir Putin>name>vladimir-putin", "protesters>agent>russia-opp"}},
      {"the sides of a conflict take no context country", "", "Vladimir Putin said all protesters attacked.",
       {"Vladimir Putin>name>vladimir-putin", "protesters>agent>generic-opposition"}},
      {"generic agent + in + country", "", "Protesters in Iran condemned Russia.",
       {"Protesters in Iran>agent>iran-opp", "Russia>name>russia"}},
      {"generic agent + in the + country", "", "Protesters in the Iran condemned Russia.",
       {"Protesters in the Iran>agent>iran-opp", "Russia>name>russia"}},
      {"generic agent + from + modifier + country", "", "Protesters from northern Iran condemned Russia.",
       {"Protesters from northern Iran>agent>iran-opp", "Russia>name>russia"}},
      {"a bare singular agent opening the sentence", "", "Government in Iran condemned Russia.",
       {"Government in Iran>agent>iran-gov", "Russia>name>russia"}},
      {"not before a noun it qualifies", "", "Government spending in Iran rose.", {"Iran>name>iran"}},
      {"an indefinite agent placed by a country", "", "Russia said a government in Iran fell.",
       {"Russia>name>russia", "government in Iran>agent>iran-gov"}},
      {"not before a plural noun that could be a verb", "", "Government finances in Iran rose.", {"Iran>name>iran"}},
      {"a verb between agent and country keeps them apart", "", "Protesters in Moscow attacked Iran.",
       {"Protesters in Moscow>agent>russia-opp", "Iran>name>iran"}},
      {"ethnic group + agent: coded by the country it lives in", "", "Ethnic Russian protesters in Ukraine condemned Iran.",
       {"Russian protesters>agent>ukraine-opp", "Ukraine>name>ukraine", "Iran>name>iran"}},
      {"ethnic group + agent: the country before it", "", "Ukrainian forces and ethnic Russian protesters met.",
       {"Ukrainian forces>agent>ukraine-mil", "Russian protesters>agent>ukraine-opp"}},
      {"ethnic group acting on a country: the dateline's country, not that one", "",
       "MOSCOW (Reuters) - Ethnic Russian protesters condemned Ukraine.",
       {"Russian protesters>agent>russia-opp", "Ukraine>name>ukraine"}},
      {"ethnic group acting on a country in a later sentence: the article's country", "",
       "Iran spoke. Ethnic Russian protesters condemned Ukraine.",
       {"Iran>name>iran", "Russian protesters>agent>iran-opp", "Ukraine>name>ukraine"}},
      {"ethnic group + agent acted on: the dateline's country, not the actor's", "",
       "MOSCOW (Reuters) - Ukrainian forces attacked ethnic Russian protesters.",
       {"Ukrainian forces>agent>ukraine-mil", "Russian protesters>agent>russia-opp"}},
      {"ethnic group + agent: the country after it", "", "Ethnic Russian protesters condemned Ukraine.",
       {"Russian protesters>agent>ukraine-opp", "Ukraine>name>ukraine"}},
      {"demonym after another country's adjective", "", "Ukrainian Russian protesters condemned Iran.",
       {"Ukrainian>adjective>ukraine", "Russian protesters>agent>ukraine-opp", "Iran>name>iran"}},
      {"generic agent + participle phrase naming a country", "", "Russia helped protesters fleeing the war in Iran.",
       {"Russia>name>russia", "protesters>agent>iran-opp", "Iran>name>iran"}},
      {"a country the participle acts on is no place", "", "Protesters attacking Iran were arrested.",
       {"Protesters>agent>generic-opposition", "Iran>name>iran"}},
      {"the participle phrase stops at punctuation", "", "Protesters fleeing, Russia said, attacked Iran.",
       {"Protesters>agent>generic-opposition", "Russia>name>russia", "Iran>name>iran"}},
      {"a non-state group takes the country of the place phrase of its clause", "",
       "Russian forces attacked protesters on Monday in an air strike in northern Iran.",
       {"Russian forces>agent>russia-mil", "protesters>agent>iran-opp", "Iran>name>iran"}},
      {"a state group keeps the country named before it", "", "Russian forces said officials attacked in Iran.",
       {"Russian forces>agent>russia-mil", "officials>agent>russia-gov", "Iran>name>iran"}},
      {"a place phrase after a comma belongs to another clause", "", "Russian forces attacked protesters, in Iran.",
       {"Russian forces>agent>russia-mil", "protesters>agent>russia-opp", "Iran>name>iran"}},
      {"a name before a noun is no place phrase", "", "Russian forces attacked protesters near the Iran border.",
       {"Russian forces>agent>russia-mil", "protesters>agent>russia-opp", "Iran>name>iran"}},
      {"the actor acting on a non-state group gives it no country: the article's does", "",
       "Iran spoke. Russian forces attacked protesters on Monday.",
       {"Iran>name>iran", "Russian forces>agent>russia-mil", "protesters>agent>iran-opp"}},
      {"with no country named before, the acted-on group has none", "",
       "Talks ended. Russian forces attacked protesters on Monday.",
       {"Russian forces>agent>russia-mil", "protesters>agent>generic-opposition"}},
      {"in the first sentence with no dateline the actor's country is the only guess", "",
       "Russian forces attacked protesters on Monday.",
       {"Russian forces>agent>russia-mil", "protesters>agent>russia-opp"}},
      {"the actor a non-state group is the object of an infinitive of gives it no country", "",
       "Iran spoke. Russian forces fired to disperse protesters.",
       {"Iran>name>iran", "Russian forces>agent>russia-mil", "protesters>agent>iran-opp"}},
      {"a noun after the verb puts the group in another phrase", "", "Russian forces accepted demands from protesters.",
       {"Russian forces>agent>russia-mil", "protesters>agent>russia-opp"}},
      {"a conjunction opens the group's own clause", "", "Russian forces withdrew as protesters marched.",
       {"Russian forces>agent>russia-mil", "protesters>agent>russia-opp"}},
      {"a city in the place phrase of the group's clause gives its country", "",
       "Russian forces fired to disperse protesters in Kyiv.",
       {"Russian forces>agent>russia-mil", "protesters in Kyiv>agent>ukraine-opp"}},
      {"where the story was filed gives the acted-on group its country", "",
       "KYIV (Reuters) - Russian forces attacked protesters on Monday.",
       {"Russian forces>agent>russia-mil", "protesters>agent>ukraine-opp"}},
      {"the dateline's country is no context for a state group", "", "KYIV (Reuters) - Russian forces attacked officials.",
       {"Russian forces>agent>russia-mil", "officials>agent>russia-gov"}},
      {"a group with no verb between it and the actor keeps the actor's country", "",
       "KYIV (Reuters) - Russian forces and protesters clashed.",
       {"Russian forces>agent>russia-mil", "protesters>agent>russia-opp"}},
      {"a verb of saying opens the group's own clause", "", "KYIV (Reuters) - Russian forces told protesters would march.",
       {"Russian forces>agent>russia-mil", "protesters>agent>russia-opp"}},
      {"an unknown name before a weapon noun names the weapon", "", "Zorbex rockets hit Iran. Iran fired a Zorbex missile.",
       {"Iran>name>iran", "Iran>name>iran"}},
      {"both, with no noun, is the set named before", "", "Iran met Brazil. Both condemned Russia.",
       {"Iran>name>iran", "Brazil>name>brazil", "Both>description>iran", "Both>description>brazil", "Russia>name>russia"}},
      {"an unknown name before another common noun stays", "", "Zorbex Corp workers condemned Iran.",
       {"Zorbex Corp>unknown>unk-zorbex-corp", "Iran>name>iran"}},
      {"a verb capitalised in a title-case headline is no name", "Russia Warns Zorbex Over Iran",
       "Zorbex Inc spoke of Iran.",
       {"Russia>name>russia", "Zorbex>unknown>unk-zorbex-inc", "Iran>name>iran", "Zorbex Inc>unknown>unk-zorbex-inc",
        "Iran>name>iran"}},
      {"a capitalised verb in a sentence of the text still opens a name", "", "Russia met Warns Zorbex.",
       {"Russia>name>russia", "Warns Zorbex>unknown>unk-warns-zorbex"}},
      {"a particle joined by a hyphen continues a name", "", "Abu Mussab al-Zarqawi condemned Russia.",
       {"Abu Mussab al-Zarqawi>unknown>unk-abu-mussab-al-zarqawi", "Russia>name>russia"}},
      {"a lower-case hyphenated word is no particle", "", "Jane Doe al-based condemned Russia.",
       {"Jane Doe>unknown>unk-jane-doe", "Russia>name>russia"}},
      {"a country coordinated before a qualified agent shares its noun", "", "Russia and Iranian forces attacked Kyiv.",
       {"Russia>agent>russia-mil", "Iranian forces>agent>iran-mil", "Kyiv>metonym>ukraine-gov"}},
      {"coordinated countries without a shared noun stay countries", "", "Russia and Iran attacked Kyiv.",
       {"Russia>name>russia", "Iran>name>iran", "Kyiv>metonym>ukraine-gov"}},
      {"a nationality is no ethnic group", "", "Russian protesters condemned Ukraine.",
       {"Russian protesters>agent>russia-opp", "Ukraine>name>ukraine"}},
      {"possessive pronoun + agent: the place is not the owner", "", "Russia moved its forces in Iran.",
       {"Russia>name>russia", "its>pronoun>russia", "forces>agent>russia-mil", "Iran>name>iran"}},
      {"dateline in capitals is where the story was filed, not an actor", "", "KYIV (Reuters) - Russian forces attacked Kyiv.",
       {"Russian forces>agent>russia-mil", "Kyiv>metonym>ukraine-gov"}},
      {"dateline after a title", "Talks", "MOSCOW, May 1 - Xi Jinping met Vladimir Putin.",
       {"Xi Jinping>name>xi-jinping", "Vladimir Putin>name>vladimir-putin"}},
      {"a capitalised country opening a later sentence is an actor", "", "Talks ended. CHINA, the host, spoke.",
       {"CHINA>name>china"}},
      {"a news agency's credit opening the text is no actor", "", "SCMP - Russian forces attacked Kyiv.",
       {"Russian forces>agent>russia-mil", "Kyiv>metonym>ukraine-gov"}},
      {"a credit before a dateline with the agency in brackets", "Talks",
       "SCMP - KYIV (CP) - Russian forces attacked Kyiv.",
       {"Russian forces>agent>russia-mil", "Kyiv>metonym>ukraine-gov"}},
      {"an acronym in brackets and a dateline in mixed case", "", "(AGI) - Kyiv, Ukraine, Oct.18 - Iran condemned Russia.",
       {"Iran>name>iran", "Russia>name>russia"}},
      {"the first word after a credit opens the text", "", "SCMP - Protesters condemned Russia.",
       {"Protesters>agent>generic-opposition", "Russia>name>russia"}},
      {"a place and a dash in a later sentence are kept", "", "Russia condemned Iran. Kyiv - the capital - spoke.",
       {"Russia>name>russia", "Iran>name>iran", "Kyiv>metonym>ukraine-gov"}},
      {"a person before a dash is no credit", "", "Vladimir Putin - Russia's president - spoke.",
       {"Vladimir Putin>name>vladimir-putin", "Russia's president>description>vladimir-putin"}},
      {"a name in apposition after a title says who holds it", "", "The Chinese president, Vladimir Putin, condemned Iran.",
       {"Chinese president>description>vladimir-putin", "Vladimir Putin>name>vladimir-putin", "Iran>name>iran"}},
      {"an unknown name in apposition after a title", "", "The Iranian president, Jane Doe, condemned Russia.",
       {"Iranian president>agent>unk-jane-doe", "Jane Doe>unknown>unk-jane-doe", "Russia>name>russia"}},
      {"a title in apposition after a name is that person", "", "Vladimir Putin, the Chinese president, condemned Iran.",
       {"Vladimir Putin>name>vladimir-putin", "Chinese president>description>vladimir-putin", "Iran>name>iran"}},
      {"a list after a title is no apposition", "", "The Chinese president, Vladimir Putin and Jane Doe met.",
       {"Chinese president>description>xi-jinping", "Vladimir Putin>name>vladimir-putin", "Jane Doe>unknown>unk-jane-doe"}},
      {"a given name the lexicon knows as a noun before a surname that is a verb too", "",
       "John Cotton condemned Russia.", {"John Cotton>unknown>unk-john-cotton", "Russia>name>russia"}},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.phenomenon));
    CHECK(join(recognised(c.title, c.text)) == join(c.expected));
  }
}

TEST_CASE("recognised mentions carry sentences and offsets into the text") {
  std::vector<actorgraph::RecognisedMention> ms;
  const char* text = "Russia spoke. China replied.";
  recognised("Title words", text, &ms);
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].sentence == 1);  // the title is sentence 0
  CHECK(ms[1].sentence == 2);
  CHECK(std::string(text).substr(ms[1].mention.begin, ms[1].mention.end - ms[1].mention.begin) == "China");
}

TEST_CASE("a generic agent without a country has PETRARCH's code ---") {
  std::vector<actorgraph::RecognisedMention> ms;
  recognised("", "Protesters condemned Russia.", &ms);
  REQUIRE(ms.size() == 2);
  CHECK(ms[0].mention.actor.code == "---OPP");
  CHECK(ms[0].mention.actor.country.empty());
  CHECK(ms[1].mention.actor.code == "RUS");
}

namespace {

/// The mentions of `text` with the built-in dictionaries, as "words>actor id".
std::vector<std::string> builtin_ids(const char* text, const char* date = "2005-02-01") {
  static const auto actors = actorgraph::ActorDictionary::builtin();
  static const auto relations = actorgraph::RelationLexicon::builtin();
  static const auto ex = actorgraph::make_pattern_extractor(actors, relations);
  actorgraph::Article art;
  art.id = "t";
  art.date = date;
  art.text = text;
  std::vector<actorgraph::RecognisedMention> ms;
  ex->recognise(art, ms);
  std::vector<std::string> out;
  for (const auto& m : ms) out.push_back(m.mention.mention + ">" + m.mention.actor.id);
  return out;
}

}  // namespace

TEST_CASE("built-in dictionary: a surname two persons of one country share keeps the country") {
  // In 1995 neither President Bush is in office: either gives USA.
  auto got = builtin_ids("President Bush left.", "1995-06-01");
  REQUIRE(got.size() == 1);
  CHECK(got[0].rfind("President Bush>george-", 0) == 0);
}

TEST_CASE("built-in dictionary: with no article date a shared surname goes to the holder of the title, else the latest") {
  const std::pair<const char*, const char*> cases[] = {
      {"President Bush left.", "President Bush>george-w-bush"},
      {"President Clinton left.", "President Clinton>bill-clinton"},
      {"Mrs Clinton left.", "Mrs Clinton>hillary-clinton"},
      // The dictionary's current holder is no guess for an undated story: the country's government.
      {"The Israeli prime minister left.", "Israeli prime minister>israel-gov"},
  };
  for (const auto& [text, want] : cases) {
    CAPTURE(text);
    auto got = builtin_ids(text, "");
    REQUIRE(got.size() == 1);
    CHECK(got[0] == want);
  }
  // A date still decides by office.
  auto dated = builtin_ids("President Bush left.", "1990-06-01");
  REQUIRE(dated.size() == 1);
  CHECK(dated[0] == "President Bush>george-h-w-bush");
}

TEST_CASE("built-in dictionary: classes of names news uses without a country") {
  const Case cases[] = {
      // Political parties: their country + PTY.
      {"UK party names", "", "Labour attacked the Tories and the Lib Dems.",
       {"Labour>labour-party", "Tories>conservative-party", "Lib Dems>liberal-democrats"}},
      {"a party name before an unknown person", "", "Liberal Democrat Sarah Teather spoke.",
       {"Liberal Democrat>liberal-democrats", "Sarah Teather>unk-sarah-teather"}},
      {"US parties", "", "Democrats accused Republicans.",
       {"Democrats>democratic-party", "Republicans>republican-party"}},
      {"a longer party name beats the legislature", "", "The Congress party won.",
       {"The Congress party>indian-national-congress"}},
      {"party names several countries share are the generic party", "", "The Social Democrats in Sweden won.",
       {"Social Democrats in Sweden>sweden-pty"}},
      {"a party named with common words after another country's actor is that country's", "",
       "Israel's opposition Labour party met the Israeli Labour Party.",
       {"Israel's opposition>israel-opp", "Labour>israel-pty", "Israeli>israel", "Labour Party>israel-pty"}},
      {"a party named with common words after its own country's actor stays", "",
       "Britain's ruling Conservative Party met.", {"Britain>united-kingdom", "Conservative Party>conservative-party"}},
      {"a party after another party stays", "", "Conservative Republicans spoke.",
       {"Conservative>conservative-party", "Republicans>republican-party"}},
      {"a party with a name of its own stays", "", "The Israeli Likud met.", {"Israeli>israel", "Likud>likud"}},
      {"suicide bombers and kidnappers are armed groups, not the military", "",
       "Suicide bombers killed Iraqi police. Kidnappers in Iraq seized two Americans.",
       {"Suicide bombers>generic-armed-forces", "Iraqi police>iraq-cop", "Kidnappers in Iraq>iraq-uaf", "Americans>united-states"}},
      // Regions: CAMEO region codes; they qualify agents.
      {"region", "", "Europe blamed the US.", {"Europe>europe", "the US>united-states"}},
      {"region adjective + agent", "", "European officials met.", {"European officials>europe-gov"}},
      {"an ethnic community's group is the community's, not the subject's country", "",
       "Turkey has armed Kurdish rebels.", {"Turkey>turkey", "Kurdish rebels>kurdish-people-reb"}},
      {"its own country word places it", "", "Iraqi Kurdish rebels attacked Turkey.",
       {"Iraqi Kurdish rebels>iraq-reb", "Turkey>turkey"}},
      {"so does a place in its clause", "", "Turkey said Kurdish rebels in Iraq attacked.",
       {"Turkey>turkey", "Kurdish rebels in Iraq>iraq-reb"}},
      {"the West", "", "Iran accused the West.", {"Iran>iran", "the West>the-west"}},
      {"a longer name after \"the West\" wins", "", "Iran accused the West German government.",
       {"Iran>iran", "West German government>germany-gov"}},
      {"former name of a state", "", "West Germany agreed.", {"West Germany>germany"}},
      {"constituent countries of the UK", "", "England beat Wales.", {"England>england", "Wales>wales"}},
      {"a region gives no country to a generic agent", "", "Italy and Europe said banks failed.",
       {"Italy>italy", "Europe>europe", "banks>italy-bus"}},
      // State bodies financial news names without their country.
      {"central banks and regulators", "", "The Fed and the Bundesbank told the SEC.",
       {"The Fed>federal-reserve", "the Bundesbank>bundesbank", "the SEC>sec"}},
      {"the addressee of told is not what \"it\" refers to", "", "Zorbex Inc told the SEC it bought shares.",
       {"Zorbex Inc>unk-zorbex-inc", "the SEC>sec", "it>unk-zorbex-inc"}},
      {"a region is not what \"it\" refers to", "", "Zorbex Inc said Europe would grow. It said so.",
       {"Zorbex Inc>unk-zorbex-inc", "Europe>europe", "It>unk-zorbex-inc"}},
      {"a surname alone refers to the unknown full name given before", "",
       "Michael Howard spoke. Mr Howard and Jane Zorbex met. Zorbex left.",
       {"Michael Howard>unk-michael-howard", "Howard>unk-michael-howard", "Jane Zorbex>unk-jane-zorbex",
        "Zorbex>unk-jane-zorbex"}},
      {"a surname two dictionary persons share after a title names no one", "", "Mr Brown left.",
       {"Brown>unk-brown"}},
      {"a surname several persons share names the one in office", "", "President Bush left.",
       {"President Bush>george-w-bush"}},
      {"a surname persons of two countries share names the one of the article's country", "",
       "Labour won. Mr Brown left.", {"Labour>labour-party", "Mr Brown>gordon-brown"}},
      {"a surname two persons share names the one given in full before", "", "Gordon Brown spoke. Mr Brown left.",
       {"Gordon Brown>gordon-brown", "Mr Brown>gordon-brown"}},
      {"a middle initial without its period", "", "President George W Bush spoke.",
       {"President George W Bush>george-w-bush"}},
      // Religions: their CAMEO code; the adjective qualifies a group noun.
      {"religious adjective + group noun", "", "Jewish voters and Muslim clerics met.",
       {"Jewish voters>judaism-cvl", "Muslim clerics>islam-rel"}},
      {"Islamic and Islamist are Islam's adjectives", "", "German police deported an Islamist militant.",
       {"German police>germany-cop", "Islamist militant>germany-mus"}},
      {"an armed group named with a religious adjective keeps its own name", "", "The Islamic Army in Iraq seized Americans.",
       {"The Islamic Army in Iraq>islamic-army-in-iraq", "Americans>united-states"}},
      {"a religious group of the country its sentence names", "", "Iraqi police said Shiite militiamen attacked.",
       {"Iraqi police>iraq-cop", "Shiite militiamen>iraq-musshi"}},
      {"a religious group acted on takes the dateline's country, not the actor's", "",
       "KYIV (Reuters) - Russian forces killed Shiite militiamen.",
       {"Russian forces>russia-mil", "Shiite militiamen>ukraine-musshi"}},
      {"a religious group acted on in a later sentence is the article's country's", "",
       "Iran spoke. Russian forces killed Shiite militiamen.",
       {"Iran>iran", "Russian forces>russia-mil", "Shiite militiamen>iran-musshi"}},
      {"a religious group placed in a country is the country's", "", "Moslem forces in east Bosnia attacked.",
       {"Moslem forces in east Bosnia>bosnia-and-herzegovina-mil"}},
      {"trade unions", "", "Unison and the GMB criticised Solidarity.",
       {"Unison>unison", "GMB>gmb", "Solidarity>solidarity"}},
      // Companies: their country + BUS, with or without a legal suffix.
      {"companies", "", "Microsoft Corp sued Gazprom and BP plc on Monday.",
       {"Microsoft Corp>microsoft", "Gazprom>gazprom", "BP plc>bp"}},
      {"a company's unit is the company", "", "Toyota Motor Corp and Merrill Lynch Capital Markets agreed.",
       {"Toyota Motor Corp>toyota", "Merrill Lynch Capital Markets>merrill-lynch"}},
      {"a ministry form takes its qualifier", "", "The U.S. Agriculture Department said so.",
       {"U.S. Agriculture Department>usda"}},
  };
  for (const auto& c : cases) {
    CAPTURE(std::string(c.phenomenon));
    CHECK(join(builtin_ids(c.text)) == join(c.expected));
  }
}
