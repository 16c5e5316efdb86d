// Relation matching, table-driven by phenomenon: each case lists the triples
// ("subject>lemma>object", "!" when negated) the text must give — exactly.
#include <doctest/doctest.h>

#include <algorithm>

#include "extract/recogniser.hpp"
#include "extract/test_fixture.hpp"
#include "extract/verb_groups.hpp"

using actorgraph::extract::testing::fixture;
using actorgraph::extract::testing::keys;

namespace {

struct Case {
  const char* phenomenon;
  const char* text;
  std::vector<std::string> expected;
};

/// Checks each case against `run(text)`, both sides sorted, naming the
/// phenomenon and what came out when they differ.
template <typename Run>
void check_each(const std::vector<Case>& cases, Run run) {
  for (const auto& c : cases) {
    auto got = run(c.text);
    auto want = c.expected;
    std::sort(got.begin(), got.end());
    std::sort(want.begin(), want.end());
    std::string shown;
    for (const auto& g : got) shown += "[" + g + "] ";
    std::string info = std::string(c.phenomenon) + ": " + c.text + " -> " + shown;
    INFO(info);
    CHECK(got == want);
  }
}

void check(const std::vector<Case>& cases) {
  check_each(cases, [](const std::string& text) { return keys(fixture().run(text)); });
}

}  // namespace

TEST_CASE("verbal patterns: SVO, prepositional objects, skipped words") {
  check({
      {"svo", "Russia attacked Ukraine on Monday.", {"russia>attack>ukraine"}},
      {"prep object", "Xi Jinping met with Vladimir Putin in Moscow.", {"xi-jinping>meet with>vladimir-putin"}},
      {"skip words", "Ukrainian President Volodymyr Zelenskyy has called for direct talks with China's Xi Jinping.",
       {"volodymyr-zelenskyy>call for talks with>xi-jinping"}},
      {"no object", "Russia attacked on Monday.", {}},
      {"double object with an unnamed thing", "China offered Iran 5 million dollars.", {"china>offer aid to>iran"}},
      {"to-dative with an unnamed thing", "China offered aerial photographs and other intelligence to Iran.",
       {"china>offer aid to>iran"}},
      {"no recipient", "China offered aerial photographs.", {}},
      {"an unnamed thing that is no money or goods is no aid: a letter", "China offered a letter to Iran.", {}},
      {"an unnamed thing that is no money or goods is no aid: time", "China offered Iran more time.", {}},
      {"an unnamed thing that is no money or goods is no aid: a case", "China offered the first case to Iran.", {}},
      {"refusing an unnamed thing that is no aid is a rejection", "China said it would not offer a letter to Iran.",
       {"china>refuse to offer aid to>iran"}},
      {"money in a to-dative", "China offered 5 million dollars to Iran.", {"china>offer aid to>iran"}},
      {"goods in a double object", "China offered Iran some food and medicine.", {"china>offer aid to>iran"}},
      {"a named kind of aid is no unnamed thing", "China sold five bags of sugar to Iran.", {}},
      {"the named kind itself", "China sold arms to Iran.", {"china>sell arms to>iran"}},
      {"the N of X as object", "Russia attacked the embassy of Ukraine.", {"russia>attack>ukraine"}},
      {"the N of X needs of", "Russia attacked the embassy in Ukraine.", {}},
      {"the N of the adjective X", "Russia attacked the mayor of the southern Ukrainian city.",
       {"russia>attack>ukraine"}},
      {"the N of X: a noun is no adjective", "Russia attacked the mayor of the city Ukraine.", {}},
      {"quantity before the object", "Russia attacked thousands of Ukrainian protesters.",
       {"russia>attack>ukraine-opp"}},
      {"number before the object", "Russia attacked 18 Ukrainian protesters.", {"russia>attack>ukraine-opp"}},
      {"approximate number: more than", "Russia attacked more than 100 Ukrainian protesters.",
       {"russia>attack>ukraine-opp"}},
      {"approximate number: up to", "Russia attacked up to 16 Ukrainian protesters.", {"russia>attack>ukraine-opp"}},
      {"approximate number: at least", "Russia attacked at least 8 Ukrainian protesters.",
       {"russia>attack>ukraine-opp"}},
      {"approximate number: about", "Russia attacked about 20 Ukrainian protesters.", {"russia>attack>ukraine-opp"}},
      {"number word before the object", "Russia attacked five Ukrainian protesters.", {"russia>attack>ukraine-opp"}},
      {"approximate number word", "Russia attacked nearly twenty Ukrainian protesters.", {"russia>attack>ukraine-opp"}},
      {"a use of force its agent qualifies as the subject", "A Russian air strike attacked five Ukrainian protesters.",
       {"russia>attack>ukraine-opp"}},
      {"an approximator needs a number", "Russia attacked more than Ukrainian protesters.", {}},
      {"possessive pronoun before the object", "Russia condemned its Chinese allies.",
       {"russia>condemn>china"}},
      {"a possessive pronoun before a noun is no object", "Xi Jinping met Vladimir Putin. Ukraine condemned his policies.",
       {"xi-jinping>meet>vladimir-putin"}},
      {"a named possessor stands for the noun", "Ukraine condemned Russia's policies.", {"ukraine>condemn>russia"}},
      {"symmetric event, coordinated subjects: one reciprocal triple per pair, the first named as subject",
       "Russia, China and Iran spoke on Monday.",
       {"russia>speak with>china", "russia>speak with>iran", "china>speak with>iran"}},
      {"asymmetric event, coordinated subjects", "Russia and China attacked on Monday.", {}},
      {"a cooperation verb with no with-partner is not reciprocal", "Russia and China supported on Monday.", {}},
      {"no reciprocity in a noun phrase either", "Russia, China and Iran in the best supporting category.", {}},
      {"symmetric event with words, three subjects", "Russia, China and Iran held talks on Monday.",
       {"russia>talk with>china", "russia>talk with>iran", "china>talk with>iran"}},
      {"symmetric words need coordinated subjects", "Russia held talks on Monday.", {}},
      {"intent frame of an unnamed event", "Russia agreed to build a school in Iran.",
       {"russia>intend to build>iran"}},
      {"intent frame, adjective", "China is ready to send engineers to Iran.", {"china>intend to send>iran"}},
      {"intent frame needs another actor", "Russia agreed to build a school.", {}},
      {"an unknown name after a locative preposition is a place, no target", "Russia agreed to build a school in Foobarville.", {}},
      {"an unknown name as object is a target", "Russia agreed to build a school for Jane Doe.",
       {"russia>intend to build>unk-jane-doe"}},
      {"refusal frame of an unnamed event", "Russia refused to build a school in Iran.",
       {"russia>refuse to build>iran"}},
      {"protest without a target: the country it happens in", "Protesters protested on Monday in Iran.",
       {"generic-opposition>protest against>iran-gov"}},
      {"protest without a target: the protesters' own government", "Iranian protesters protested on Monday.",
       {"iran-opp>protest against>iran-gov"}},
      {"protest with a target", "Iranian protesters protested against Russia.",
       {"iran-opp>protest against>russia"}},
      {"protest noun of a light verb: the protesters' own government", "Iranian protesters began a hunger strike.",
       {"iran-opp>go on hunger strike>iran-gov"}},
      {"protest noun: the country it happens in", "Iranian protesters staged mass demonstrations in Russia.",
       {"iran-opp>demonstrate>russia-gov"}},
      {"protest noun after a possessive", "Iranian protesters continued their hunger strike.",
       {"iran-opp>go on hunger strike>iran-gov"}},
      {"protest noun after a hyphenated modifier", "Iranian protesters began a 24-hour hunger strike.",
       {"iran-opp>go on hunger strike>iran-gov"}},
      {"protest with a grievance as object", "Iranian protesters protested the decision.",
       {"iran-opp>protest against>iran-gov"}},
      {"a possessive pronoun is no target of a refusal", "Xi Jinping met Vladimir Putin. Ukraine refused to build his school.",
       {"xi-jinping>meet>vladimir-putin"}},
      {"an actor after what a possessive pronoun owns", "Russia agreed to withdraw its troops from Iran.",
       {"russia>intend to withdraw>iran"}},
      {"a bare strike is no protest (air strike, strike on)", "Iranian protesters began a strike.", {}},
      {"a government does not protest against itself", "The Iranian government staged demonstrations.", {}},
      {"in protest: no object of the light verb", "Iranian protesters began on Monday in protest.", {}},
      {"threat frame of an unnamed event", "Russia threatened on Monday to build a wall near Iran.",
       {"russia>threaten to build>iran"}},
      {"over names the cause of a threat, not its target", "Russia threatened to close the embassy over Iran.", {}},
      {"the target before over", "Russia threatened to close the embassy in Iran over a dispute.",
       {"russia>threaten to close>iran"}},
      {"a refused statement rejects no one: comment", "Russia declined to comment on reports that Iran left.", {}},
      {"a refused statement rejects no one: say", "Russia refused to say why Iran left.", {}},
      {"a refused statement rejects no one: be drawn", "Russia refused to be drawn on Iran.", {}},
      {"a refused deed still rejects", "Russia refused to build a school in Iran.", {"russia>refuse to build>iran"}},
      {"a name apposed to what a possessive pronoun owns is no target",
       "Russia agreed to sell its joint venture Gazprom Neft to investors.", {}},
      {"intent frame, not a noun", "Iran rejected a Russian offer to build a school in China.", {}},
      {"a + country + noun is no clause", "Iran rejected a US request to attack Ukraine.", {}},
      {"a + country + noun: a US offer", "Iran condemned a US offer to attack Ukraine.", {"iran>condemn>united-states"}},
      {"a + actor noun phrase is a subject", "A Russian newspaper condemned Ukraine.", {"russia-med>condemn>ukraine"}},
      {"no subject", "The attack on Monday hit Ukraine.", {}},
      {"same actor", "Russia attacked Russia.", {}},
      {"trailing pattern word", "Ukraine accused Russia of war crimes.", {"ukraine>accuse of>russia"}},
      {"appeal for a light-verb event", "Zelenskyy sought a conversation with Xi Jinping.",
       {"volodymyr-zelenskyy>seek conversation with>xi-jinping"}},
  });
}

TEST_CASE("passive voice") {
  check({
      {"agent", "Ukraine was attacked by Russia.", {"russia>attack>ukraine"}},
      {"agentless", "Ukraine was attacked on Monday.", {}},
  });
}

TEST_CASE("compounds give one triple per pair") {
  check({
      {"compound subject", "Brazil and the United States condemned Russia.",
       {"brazil>condemn>russia", "united-states>condemn>russia"}},
      {"compound object", "China condemned Russia and Ukraine.", {"china>condemn>russia", "china>condemn>ukraine"}},
  });
}

TEST_CASE("negation variants") {
  check({
      {"has yet to", "China has yet to condemn Russia.", {"china>condemn>russia!"}},
      {"did not", "China did not condemn Russia.", {"china>condemn>russia!"}},
      {"n't", "China didn't condemn Russia.", {"china>condemn>russia!"}},
      {"never", "China never condemned Russia.", {"china>condemn>russia!"}},
      {"refused to: the rejection of the event", "China refused to condemn Russia.",
       {"china>refuse to condemn>russia"}},
      {"failed to", "China failed to condemn Russia.", {"china>condemn>russia!"}},
      {"no aid", "China has offered no aid to Russia.", {"china>offer aid to>russia!"}},
      {"positive", "China condemned Russia.", {"china>condemn>russia"}},
  });
}

TEST_CASE("modality") {
  struct M { const char* text; actorgraph::Modality m; };
  const M cases[] = {
      {"China could condemn Russia.", actorgraph::Modality::hypothetical},
      {"China would condemn Russia.", actorgraph::Modality::hypothetical},
      {"China plans to condemn Russia.", actorgraph::Modality::intended},
      {"China threatened to attack Ukraine.", actorgraph::Modality::intended},
      {"China will visit Russia.", actorgraph::Modality::intended},
      {"China condemned Russia.", actorgraph::Modality::asserted},
      {"China is to visit Russia.", actorgraph::Modality::intended},
      {"China will have to condemn Russia.", actorgraph::Modality::hypothetical},
      {"China has to condemn Russia.", actorgraph::Modality::hypothetical},
      {"China had to condemn Russia.", actorgraph::Modality::asserted},
  };
  for (const auto& c : cases) {
    auto ts = fixture().run(c.text);
    INFO(c.text);
    REQUIRE(ts.size() == 1);
    CHECK(ts[0].modality == c.m);
    CHECK_FALSE(ts[0].negated);
  }
}

TEST_CASE("appositions and relative clauses") {
  check({
      {"a group of X as subject", "A group of Russian protesters attacked Ukraine.", {"russia-opp>attack>ukraine"}},
      {"a qualified noun before an apposition", "Recent Russian strikes, reported every day, attacked Ukraine.",
       {"russia>attack>ukraine"}},
      {"an unqualified noun before an apposition", "Recent strikes, reported by Russia, attacked Ukraine.", {}},
      {"hundreds of X as subject", "Hundreds of Russian troops attacked Ukraine.", {"russia-mil>attack>ukraine"}},
      {"members of X, apposition, as subject", "Members of NATO, a military alliance, condemned Russia.",
       {"nato>condemn>russia"}},
      {"the N of X is no subject for other nouns", "The invasion of Ukraine condemned Russia.", {}},
      {"an actor in a prepositional modifier is no subject", "Strong sales outside western Russia attacked Ukraine.",
       {}},
      {"a prepositional modifier with adjectives before its actor", "Sales in the northern Russian city attacked Ukraine.",
       {}},
      {"a number of adjective X as subject", "A number of very angry Russian troops attacked Ukraine.",
       {"russia-mil>attack>ukraine"}},
      {"hundreds of adjective X as subject", "Hundreds of angry Russian troops attacked Ukraine.",
       {"russia-mil>attack>ukraine"}},
      {"qualified coordinated nouns as subject", "Russian helicopters and tanks attacked Ukraine.",
       {"russia>attack>ukraine"}},
      {"a coordinated actor stays an actor", "Russian troops and Ukraine attacked Iran.",
       {"russia-mil>attack>iran", "ukraine>attack>iran"}},
      {"apposition", "China, Russia's most important ally, has yet to condemn Ukraine.", {"china>condemn>ukraine!"}},
      {"relative clause", "Russia, which invaded Ukraine, attacked Kyiv.",
       {"russia>invade>ukraine", "russia>attack>ukraine-gov"}},
      {"person apposition", "Putin, Russia's president, attacked Ukraine.", {"vladimir-putin>attack>ukraine"}},
      {"who after a person's prepositional modifier", "Xi Jinping met John Smith from Ukraine, who attacked Russia.",
       {"xi-jinping>meet>john-smith", "john-smith>attack>russia"}},
      {"which after a prepositional modifier", "Xi Jinping met the envoy from Ukraine, which attacked Russia.",
       {"ukraine>attack>russia"}},
  });
}

TEST_CASE("control verbs and coordination") {
  check({
      {"control", "Zelenskyy urged Beijing to use its influence over Russia.",
       {"volodymyr-zelenskyy>urge>china-gov", "china-gov>use influence over>russia"}},
      {"control verb with no entry of its own: appeal", "Xi Jinping wants Vladimir Putin to attack Ukraine.",
       {"xi-jinping>want to attack>vladimir-putin", "vladimir-putin>attack>ukraine"}},
      {"coordination", "Xi Jinping met Vladimir Putin and condemned Ukraine.",
       {"xi-jinping>meet>vladimir-putin", "xi-jinping>condemn>ukraine"}},
      {"a finite verb after a modal's base form is coordinated with the finite verb",
       "Xi Jinping said Russia would attack Ukraine and condemned Iran.",
       {"russia>attack>ukraine", "xi-jinping>condemn>iran"}},
      {"a base form coordinated after a control infinitive shares its controlled subject",
       "Zelenskyy urged Beijing to use its influence over Russia and condemn Iran.",
       {"volodymyr-zelenskyy>urge>china-gov", "china-gov>use influence over>russia", "china-gov>condemn>iran"}},
      {"a finite verb after a control infinitive goes back to the controller",
       "Zelenskyy urged Beijing to use its influence over Russia and condemned Iran.",
       {"volodymyr-zelenskyy>urge>china-gov", "china-gov>use influence over>russia",
        "volodymyr-zelenskyy>condemn>iran"}},
      {"a participle after a perfect shares its subject", "Xi Jinping said Russia had attacked Ukraine and condemned Iran.",
       {"russia>attack>ukraine", "russia>condemn>iran", "xi-jinping>accuse>russia"}},
  });
}

TEST_CASE("reported speech sets the claimant") {
  auto ts = fixture().run("Zelenskyy said Russia condemned Ukraine.");
  REQUIRE(ts.size() == 1);
  CHECK(ts[0].subject.actor.id == "russia");
  CHECK(ts[0].claimant == "volodymyr-zelenskyy");
  CHECK(ts[0].modality == actorgraph::Modality::reported);
  auto told = keys(fixture().run("Zelenskyy told the South China Morning Post that Russia attacked Ukraine."));
  std::sort(told.begin(), told.end());
  CHECK(told == std::vector<std::string>{"russia>attack>ukraine", "volodymyr-zelenskyy>accuse>russia",
                                         "volodymyr-zelenskyy>tell>south-china-morning-post"});
}

TEST_CASE("nominal events") {
  check({
      {"possessor", "They discussed Russia's invasion of Ukraine.", {"russia>invade>ukraine"}},
      {"adjective", "China abstained on the Russian invasion of Ukraine.", {"russia>invade>ukraine"}},
      {"no subject", "The invasion of Ukraine continued.", {}},
      {"adjective aid", "He condemned American military aid to Ukraine.", {"united-states-mil>give aid to>ukraine"}},
      {"light verb", "China has yet to offer any overt military aid to Moscow.", {"china>offer aid to>russia-gov!"}},
  });
}

namespace {

/// The fixture's dictionaries with CAMEO's frames (as the built-in extractor
/// has them): "subject>cameo>object" (+ "!" when negated) per triple.
std::vector<std::string> coded(const std::string& text) {
  using namespace actorgraph;
  using namespace actorgraph::extract;
  static const auto& f = fixture();
  static Model* m = [] {
    auto* model = new Model(f.actors, f.agents, collect_forms(f.actors, f.agents), f.relations, nullptr,
                            testing::name_words());
    model->set_framer(&RelationLexicon::framed);
    return model;
  }();
  static const Engine e(*m);
  const std::vector<Triple> out = testing::run(e, text);
  std::vector<std::string> keys;
  for (const auto& t : out)
    keys.push_back(t.subject.actor.id + ">" + t.relation.cameo + ">" + t.object.actor.id + (t.negated ? "!" : ""));
  std::sort(keys.begin(), keys.end());
  return keys;
}

void check_coded(const std::vector<Case>& cases) { check_each(cases, coded); }

}  // namespace

TEST_CASE("time adverbials inside the verb phrase") {
  check_coded({
      {"threat across 'on Monday'", "Russia threatened on Monday to attack Ukraine.", {"russia>1384>ukraine"}},
      {"threat across 'today'", "Russia threatened today to attack Ukraine.", {"russia>1384>ukraine"}},
      {"object after a day name", "China condemned Friday the Russian invasion of Ukraine.",
       {"china>111>russia", "russia>192>ukraine"}},
      {"object after 'on Monday night'", "China condemned on Monday night Russia.", {"china>111>russia"}},
      {"day name between subject and verb", "Russia on Monday attacked Ukraine.", {"russia>190>ukraine"}},
  });
}

TEST_CASE("futures: the actor's own future is its intent, a denied future a refusal") {
  check_coded({
      {"will: intent frame", "China will support Ukraine.", {"china>032>ukraine"}},
      {"will, conflict event: threat frame", "Russia will attack Ukraine.", {"russia>1384>ukraine"}},
      {"would after a speech verb", "China said it would support Ukraine.", {"china>032>ukraine"}},
      {"would without a speech verb is a hypothesis", "China would support Ukraine.", {"china>051>ukraine"}},
      {"will not: refusal", "China will not support Ukraine.", {"china>120>ukraine"}},
      {"said it would not: refusal", "China said it would not offer any aid to Ukraine.", {"china>122>ukraine"}},
      {"past stays", "China supported Ukraine.", {"china>051>ukraine"}},
      {"code without an intent counterpart stays", "China will condemn Russia.", {"china>111>russia"}},
      {"a future obligation is no refusal", "China will not have to support Ukraine.", {"china>051>ukraine!"}},
      {"a conditional future is a threat", "Russia will attack Ukraine unless Iran condemns China.",
       {"russia>1384>ukraine", "iran>111>china"}},
      {"a conditional future with no threat code: 130", "China will support Ukraine unless Iran condemns Russia.",
       {"china>130>ukraine", "iran>111>russia"}},
      {"a positive condition is an offer", "China will support Ukraine if Iran condemns Russia.",
       {"china>032>ukraine", "iran>111>russia"}},
      {"a condition before the future does not count", "Unless Iran condemns Russia, China will support Ukraine.",
       {"china>032>ukraine", "iran>111>russia"}},
      {"nominal event of a light verb under will", "Russia will supply aid to Ukraine.", {"russia>033>ukraine"}},
  });
}

TEST_CASE("obligations: 'X said Y must V' is X's demand of Y") {
  check_coded({
      {"said that Y must", "Zelenskyy said that Russia must attack Iran.", {"volodymyr-zelenskyy>100>russia"}},
      {"trailing speaker", "Russia must support Iran, Zelenskyy said.", {"volodymyr-zelenskyy>102>russia"}},
      {"unnamed event", "China declared that Russia must drop its barriers.", {"china>100>russia"}},
      {"coordinated obliged actors", "China said Russia and Iran must support Ukraine.",
       {"china>102>russia", "china>102>iran"}},
      {"no speaker: the plain hypothetical event", "Russia must support Iran.", {"russia>051>iran"}},
      {"the speaker obliging itself", "Russia said it must support Iran.", {"russia>051>iran"}},
      {"the copula heads no obligation", "Zelenskyy said Russia must be in Iran.", {}},
      {"a government on its own country's duty is no demand", "Zelenskyy said Ukraine must support Iran.",
       {"ukraine>051>iran"}},
  });
}

TEST_CASE("reported use of force: the claimant accuses the agent") {
  check_coded({
      {"claimed that", "Zelenskyy claimed that Russia had attacked Iran.",
       {"volodymyr-zelenskyy>112>russia", "russia>190>iran"}},
      {"said, no that", "Zelenskyy said Russia attacked Iran.", {"volodymyr-zelenskyy>112>russia", "russia>190>iran"}},
      {"trailing attribution is a source, not a claim", "Russia attacked Iran, Zelenskyy said.", {"russia>190>iran"}},
      {"the speaker's own act", "Russia said it attacked Iran.", {"russia>190>iran"}},
      {"the speaker's own country's forces", "Russia said Russian troops attacked Iran.", {"russia-mil>190>iran"}},
      {"another country's forces", "Zelenskyy said Russian troops attacked Iran.",
       {"volodymyr-zelenskyy>112>russia-mil", "russia-mil>190>iran"}},
      {"an opposition on its own country's forces accuses", "Russian protesters said Russian troops attacked Iran.",
       {"russia-opp>112>russia-mil", "russia-mil>190>iran"}},
      {"a pronoun agent is taken for the speaker", "Russia attacked Iran. Zelenskyy said it attacked China.",
       {"russia>190>iran", "russia>190>china"}},
      {"no force: no accusation", "Zelenskyy said Russia condemned Iran.", {"russia>111>iran"}},
      {"a nominal event is no claim", "Zelenskyy said the Russian invasion of Ukraine was unlikely.",
       {"russia>192>ukraine"}},
      {"a denied act", "Zelenskyy said Russia did not attack Iran.", {"russia>190>iran!"}},
      {"a media source reports", "The South China Morning Post said Russia attacked Iran.", {"russia>190>iran"}},
  });
}

TEST_CASE("appeals and demands for nominal events") {
  check_coded({
      {"ordered: demand frame (none for sanctions: 100)", "China ordered sanctions against Russia.",
       {"china>100>russia"}},
      {"demanded talks: demand frame", "China demanded talks with Russia.", {"china>106>russia"}},
      {"called for: appeal frame (none: 020)", "China called for tough sanctions against Russia.",
       {"china>020>russia"}},
      {"sought talks: appeal frame", "China sought talks with Russia.", {"china>026>russia"}},
      {"a light verb keeps the event", "China imposed sanctions against Russia.", {"china>163>russia"}},
  });
}

TEST_CASE("disapproval of a use of force is directed at its agent") {
  check({
      {"the strikes on X by Y", "China condemned the strikes on Ukraine by Russia.", {"china>condemn>russia"}},
      {"a qualified event noun after the object", "China condemned Iran over the Russian invasion of Ukraine.",
       {"china>condemn>iran", "china>condemn>russia", "russia>invade>ukraine"}},
      {"no force: no blame", "China condemned Iran over the Russian aid to Ukraine.",
       {"china>condemn>iran", "russia>give aid to>ukraine"}},
      {"only a disapproval blames", "China met Iran over the Russian invasion of Ukraine.",
       {"china>meet>iran", "russia>invade>ukraine"}},
  });
}

TEST_CASE("modifiers before a literal noun; agreement nouns are one class") {
  check_coded({
      {"number, currency and noun modifiers", "China signed an 800 million dollar trade agreement with Russia.",
       {"china>057>russia"}},
      {"adjectives before the noun", "China signed a comprehensive bilateral agreement with Russia.",
       {"china>057>russia"}},
      {"a protocol is an agreement", "China signed a trade protocol with Russia.", {"china>057>russia"}},
      {"a memorandum is an agreement", "China signed a memorandum with Russia.", {"china>057>russia"}},
      {"a verb ends the modifiers", "China signed orders to send talks with Russia.", {}},
      {"coordinated modifiers", "China signed a trade and security agreement with Russia.", {"china>057>russia"}},
  });
}

TEST_CASE("passives: the agent across adverbials and an attribution") {
  check({
      {"time adverbial", "Ukraine was attacked on Sunday by Russia.", {"russia>attack>ukraine"}},
      {"long time adverbial", "Ukraine was attacked in the early hours of Monday by Russia.", {"russia>attack>ukraine"}},
      {"place adverbial", "Ukraine was attacked in Kyiv by Russia.", {"russia>attack>ukraine"}},
      {"attribution between commas", "Ukraine was attacked, officials said, by Russia.", {"russia>attack>ukraine"}},
      {"a comma without attribution ends the search", "Ukraine was attacked, and talks were held by Russia.", {}},
      {"agent qualifying a use of force after 'in'", "Ukraine was attacked in Russian strikes.",
       {"russia>attack>ukraine"}},
      {"unnamed victims: the place of the violence", "Four civilians were attacked in Russian strikes in Ukraine.",
       {"russia>attack>ukraine"}},
      {"unnamed victims: in the N of the place", "Two men were attacked by Russia in the east of Ukraine.",
       {"russia>attack>ukraine"}},
      {"unnamed victims in the agent's own country", "Four civilians were attacked in Russian strikes in Russia.", {}},
      {"unnamed victims, no place", "Four civilians were attacked in Russian strikes.", {}},
      {"a qualified noun that is no use of force is no agent", "Ukraine was attacked in Russian aid.", {}},
  });
}

TEST_CASE("'is about to' governs an intended event") {
  // The event keeps its code (TABARI and PETR2 code "is about to sign" as the
  // signing); its modality is intended.
  const auto about = coded("China is about to attack Russia.");
  CHECK(about == coded("China attacked Russia."));
  CHECK(!about.empty());
  auto run = actorgraph::extract::testing::fixture().run("China is about to attack Russia.");
  REQUIRE(run.size() == 1);
  CHECK(run[0].modality == actorgraph::Modality::intended);
  // "about" as a preposition governs nothing.
  CHECK(coded("China talked about Russia.").empty());
}

TEST_CASE("receipts: the giver after 'from' gives the thing's event to the subject") {
  check_coded({
      {"received aid from", "Ukraine received aid from China.", {"china>070>ukraine"}},
      {"qualified thing", "Ukraine received substantial economic aid from China.", {"china>070>ukraine"}},
      {"a thing with no event: the verb's own pattern", "Ukraine received a letter from China.", {}},
      {"no giver", "Ukraine received aid.", {}},
      {"a direct object", "Ukraine received China.", {"ukraine>043>china"}},
  });
}

TEST_CASE("a later lexicon entry wins a tie: user dictionaries override the built-in ones") {
  using namespace actorgraph;
  using namespace actorgraph::extract;
  // As --relations appends a user's "meet with +" coded otherwise.
  const testing::Extended user({testing::rel("user-meet-with", false, "meet", "with +", "meet with", "046")});
  std::vector<Triple> out = user.run("China met with Russia.");
  REQUIRE(out.size() == 1);
  CHECK(out[0].relation.cameo == "046");
  // A more specific built-in match still wins over a less specific user entry.
  const testing::Extended general({testing::rel("user-meet", false, "meet", "+", "meet", "046")});
  out = general.run("China met with Russia.");
  REQUIRE(out.size() == 1);
  CHECK(out[0].relation.cameo == "036");
}

TEST_CASE("a proposal from X stands for X as an object") {
  check({
      {"an offer from X", "China condemned a fresh offer from Russia.", {"china>condemn>russia"}},
      {"an appeal from X", "China condemned the appeal from Russia.", {"china>condemn>russia"}},
      {"other things from X are not X", "China condemned a letter from Russia.", {}},
  });
}

TEST_CASE("adjectives before an object's qualifying actor word") {
  check({
      {"participle", "China condemned proposed Russian changes.", {"china>condemn>russia"}},
      {"adjective", "China condemned recent Russian strikes.", {"china>condemn>russia"}},
      {"a number before the qualifier", "China condemned 18 Russian strikes.", {"china>condemn>russia"}},
      {"an adjective before a name is no qualifier", "China condemned brutal Russia.", {}},
  });
}

TEST_CASE("fixed adverbials inside the verb phrase") {
  auto run = actorgraph::extract::testing::fixture().run("China agreed in principle on Monday to attack Russia.");
  REQUIRE(run.size() == 1);
  CHECK(run[0].modality == actorgraph::Modality::intended);
  CHECK(keys(run) == std::vector<std::string>{"china>attack>russia"});
  check({
      {"in turn", "China in turn attacked Russia.", {"china>attack>russia"}},
      {"a place phrase is no fixed adverbial", "China in Russia attacked Ukraine.", {"china>attack>ukraine"}},
  });
}

TEST_CASE("a threat is aimed at whom its condition names") {
  check_coded({
      {"unless X", "Russia threatened to hold exercises unless Ukraine withdrew.", {"russia>130>ukraine"}},
      {"if X", "Russia threatened to hold exercises if the Ukraine goes ahead.", {"russia>130>ukraine"}},
      {"no condition, no target", "Russia threatened to hold exercises.", {}},
      {"a promise is no threat", "Russia agreed to hold exercises unless Ukraine withdrew.", {}},
  });
}

TEST_CASE("a relation with X stands for X as an object") {
  check({
      {"contact with X", "China condemned all official contact with Russia.", {"china>condemn>russia"}},
      {"its ties with X", "China condemned its ties with Russia.", {"china>condemn>russia"}},
      {"a name with its article after with", "China condemned contact with the Ukraine.", {"china>condemn>ukraine"}},
      {"other nouns with X are not X", "China condemned trips with Russia.", {}},
      {"a receiver of an offer hosts no one", "China received an offer from Russia.", {}},
  });
}

TEST_CASE("a word of the agreement class counts less than the word itself") {
  using namespace actorgraph;
  using namespace actorgraph::extract;
  const testing::Extended x({
      testing::rel("sign-protocol-with", false, "sign", "protocol with +", "sign a protocol with", "085")
  });
  auto code_of = [&x](const std::string& text) {
    const std::vector<Triple> out = x.run(text);
    return out.size() == 1 ? out[0].relation.cameo : std::string("none");
  };
  CHECK(code_of("China signed an agreement with Russia.") == "057");
  CHECK(code_of("China signed a protocol with Russia.") == "085");
  CHECK(code_of("China signed an accord with Russia.") == "085");  // a tie: the later entry
}

TEST_CASE("a document's author or place of release is the source of what it says") {
  check({
      {"released in a place named by its adjective",
       "A 500-page report released on Monday in the Ukrainian capital condemned Russia.", {"ukraine>condemn>russia"}},
      {"released in a capital", "A statement issued in Kyiv urged Russia.", {"ukraine-gov>urge>russia"}},
      {"the author after by", "A report by NATO condemned Russia.", {"nato>condemn>russia"}},
      {"the author after by, then the place", "A report compiled by NATO in Kyiv condemned Russia.",
       {"nato>condemn>russia"}},
      {"a qualifier of the noun is the author", "A Chinese report issued in Kyiv condemned Russia.",
       {"china>condemn>russia"}},
      {"a past form after a noun that is an adjective too is a verb",
       "The Ukrainian capital condemned Russia.", {"ukraine>condemn>russia"}},
      {"a base form after an adjective is a noun", "Ukraine condemned the brutal attack Russia.", {}},
      {"a text does not attack", "A report released on Monday in Kyiv attacked Russia.", {}},
      {"no source named", "The report released on Monday condemned Russia.", {}},
      {"the place of someone else", "A letter sent to protesters in Kyiv condemned Russia.", {}},
      {"a place that is no country", "A report released in the city condemned Russia.", {}},
      {"no document", "A man released on Monday in Kyiv condemned Russia.", {}},
      {"a subordinate clause opens with the document", "After a report released in Kyiv condemned Russia, Iran met China.",
       {"ukraine-gov>condemn>russia", "iran>meet>china"}},
      {"the document inside a prepositional phrase", "Iran, in a report released in Kyiv, condemned Russia.",
       {"iran>condemn>russia"}},
  });
}

TEST_CASE("a base form in a noun phrase is a noun: agreement and compounds") {
  check({
      {"after a singular common noun", "The Chinese newspaper visit Xi Jinping ended early.", {}},
      {"before an agent noun", "China attack forces entered Ukraine.", {}},
      {"after a singular name: the verb (British team agreement)", "Ukraine visit Xi Jinping on Monday.",
       {"ukraine>visit>xi-jinping"}},
      {"a subjunctive after that: the verb", "Russia demanded that the Chinese newspaper visit Xi Jinping.",
       {"china-med>visit>xi-jinping"}},
      {"after a plural: the verb", "Russian troops attack Ukraine on Monday.", {"russia-mil>attack>ukraine"}},
      {"after a modal: the verb", "The Chinese newspaper will visit Xi Jinping.", {"china-med>visit>xi-jinping"}},
  });
}

TEST_CASE("beating or defeating a named person or by a score is a contest, not an assault") {
  using namespace actorgraph;
  using namespace actorgraph::extract;
  const testing::Extended x({
      testing::rel("beat", false, "beat", "+", "beat", "182"),
      testing::rel("beat-up", false, "beat", "up +", "beat up", "182"),
      testing::rel("defeat", false, "defeat", "+", "defeat", "190")
  });
  check_each(
      {
          {"a named person", "John Smith beat Vladimir Putin in the final.", {}},
          {"a score", "Russia defeated Ukraine 2-1 on Monday.", {}},
          {"a country without a score", "Russia defeated Ukraine on Monday.", {"russia>defeat>ukraine"}},
          {"a score later in the clause", "Russia defeated Ukraine in the final of the tournament 89-81 on Monday.", {}},
          {"a score in another clause", "Russia defeated Ukraine on Monday, and the fans won 89-81 in bets.",
           {"russia>defeat>ukraine"}},
          {"a team", "Russia defeated the Ukrainian team in the final.", {}},
          {"a group", "Russian troops beat Ukrainian protesters.", {"russia-mil>beat>ukraine-opp"}},
          {"beat up a person", "Russian troops beat up John Smith.", {"russia-mil>beat up>john-smith"}},
      },
      [&x](const std::string& text) { return testing::keys(x.run(text)); });
}

TEST_CASE("an event inside a condition clause is hypothetical") {
  struct M { const char* phenomenon; const char* text; const char* key; actorgraph::Modality m; };
  const M cases[] = {
      {"unless, at the end", "China threatened to leave unless Russia attacked Ukraine.", "russia>attack>ukraine",
       actorgraph::Modality::hypothetical},
      {"if, fronted: the condition ends at the comma", "If Russia attacks Ukraine, China will condemn Iran.",
       "russia>attack>ukraine", actorgraph::Modality::hypothetical},
      {"the main clause after a fronted condition stays", "If Russia attacks Ukraine, China condemned Iran.",
       "china>condemn>iran", actorgraph::Modality::asserted},
      {"until before a present form", "China will wait until Russia attacks Ukraine.", "russia>attack>ukraine",
       actorgraph::Modality::hypothetical},
      {"until before a past form is a fact", "China waited until Russia attacked Ukraine.", "russia>attack>ukraine",
       actorgraph::Modality::asserted},
      {"whether", "It is unclear whether Russia attacked Ukraine.", "russia>attack>ukraine",
       actorgraph::Modality::hypothetical},
      {"as long as", "China will not help as long as Russia attacks Ukraine.", "russia>attack>ukraine",
       actorgraph::Modality::hypothetical},
      {"provided that", "China will help, provided that Russia condemns Ukraine.", "russia>condemn>ukraine",
       actorgraph::Modality::hypothetical},
      {"on condition that", "China agreed on condition that Russia condemns Ukraine.", "russia>condemn>ukraine",
       actorgraph::Modality::hypothetical},
      {"coordinated verbs inside the condition", "China will leave unless Russia meets Iran and condemns Ukraine.",
       "russia>condemn>ukraine", actorgraph::Modality::hypothetical},
      {"a main clause before the condition stays", "China condemned Iran if Russia attacked Ukraine.",
       "china>condemn>iran", actorgraph::Modality::asserted},
  };
  for (const auto& c : cases) {
    auto ts = fixture().run(c.text);
    std::string shown;
    for (const auto& k : keys(ts)) shown += "[" + k + "] ";
    std::string info = std::string(c.phenomenon) + ": " + c.text + " -> " + shown;
    INFO(info);
    bool found = false;
    for (const auto& t : ts)
      if (keys({t})[0] == c.key) {
        found = true;
        CHECK(t.modality == c.m);
      }
    CHECK(found);
  }
}

TEST_CASE("who attend or join an event together do not hold it with each other") {
  using namespace actorgraph;
  using namespace actorgraph::extract;
  const testing::Extended x({
      testing::rel("attend-talks-with", false, "attend", "* talk with +", "attend talks with", "040")
  });
  check_each(
      {
          {"co-attendees", "Russia and China attended talks on Monday.", {}},
          {"attending with a named partner", "Russia attended talks with China.", {"russia>attend talks with>china"}},
          {"holding stays symmetric", "Russia and China held talks on Monday.", {"russia>talk with>china"}},
      },
      [&x](const std::string& text) { return testing::keys(x.run(text)); });
}

TEST_CASE("a place named before an issue noun is its topic, not the object") {
  check({
      {"a country name before an issue noun", "Russia condemned the Ukraine dialogue.", {}},
      {"a country name before a war", "Russia condemned the Ukraine war.", {}},
      {"an adjective before an issue noun stands for its actor", "Russia condemned the Ukrainian dialogue.",
       {"russia>condemn>ukraine"}},
      {"a country name before what it owns stands for it", "Russia condemned Ukraine policy.",
       {"russia>condemn>ukraine"}},
  });
}

TEST_CASE("a named storm, quake or flood is no actor") {
  check({
      {"a hurricane as subject", "Hurricane Jeanne attacked Ukraine.", {}},
      {"a hurricane as passive agent", "Ukraine was attacked by Hurricane Jeanne.", {}},
      {"no accusation of a storm", "Ukraine said Tropical Storm Gaston attacked Russia.", {}},
      {"an unknown person stays", "Jane Doe attacked Ukraine.", {"unk-jane-doe>attack>ukraine"}},
  });
}

TEST_CASE("a protest is aimed at whom its grievance names") {
  check({
      {"a use of force as grievance names no government", "Iranian protesters protested the invasion.", {}},
      {"a protest noun against a use of force", "Iranian protesters began a hunger strike to protest the invasion.",
       {}},
      {"the actor qualifying the grievance: possessive", "Iranian protesters protested over Russia's decision.",
       {"iran-opp>protest against>russia"}},
      {"the actor qualifying the grievance: adjective", "Iranian protesters protested the Russian decision.",
       {"iran-opp>protest against>russia"}},
      {"the qualified use of force names its agent", "Iranian protesters protested the Russian invasion.",
       {"iran-opp>protest against>russia"}},
      {"a country named as such does not protest against its own government", "Russia protested on Monday.", {}},
      {"a grievance naming no actor: the government", "Iranian protesters protested the decision.",
       {"iran-opp>protest against>iran-gov"}},
      {"troops do not protest", "Russian troops protested on Monday.", {}},
  });
}

TEST_CASE("a common noun phrase opening its clause is the subject, and it names no actor") {
  check({
      {"after a speech verb", "Russia said the attack was condemned by Ukraine.", {}},
      {"at the start of the sentence", "The measure will help and condemn Ukraine.", {}},
      {"a noun phrase after a preposition is not the subject", "Russia in a statement condemned Ukraine.",
       {"russia>condemn>ukraine"}},
      {"an apposition is not the subject", "Putin, a former spy, condemned Ukraine.",
       {"vladimir-putin>condemn>ukraine"}},
      {"an actor qualifying the noun stands for it", "Ukraine said the Russian side condemned Iran.",
       {"russia>condemn>iran"}},
  });
}

TEST_CASE("an attack on what an actor says or plans is criticism") {
  check({
      {"an attack on plans an actor qualifies", "China attacked Russian plans.", {"china>criticize>russia"}},
      {"an attack on an actor's record", "China attacked Russia's record.", {"china>criticize>russia"}},
      {"an attack on an actor for what it did", "China attacked Russia for failing to act.",
       {"china>criticize>russia"}},
      {"an attack on an actor's forces stays force", "China attacked Russian troops.",
       {"china>attack>russia-mil"}},
      {"a plain attack stays force", "China attacked Russia.", {"china>attack>russia"}},
  });
}

TEST_CASE("an -ing noun after a determiner and a common noun is a compound noun") {
  using namespace actorgraph::extract;
  const Model& m = *fixture().model;
  struct V { const char* text; const char* word; bool verb; };
  const V cases[] = {
      {"China announced the decision following a cabinet meeting.", "meeting", false},
      {"China announced the decision after the summit meeting.", "meeting", false},
      {"China said on Monday, meeting Russia.", "meeting", true},
      {"China is meeting Russia.", "meeting", true},
  };
  for (const auto& c : cases) {
    Analysis a;
    a.prepare(m, c.text, "2022-08-04");
    std::vector<std::int32_t> seen;
    recognise(m, a, 0, seen);
    const std::string info = c.text;
    INFO(info);
    bool found = false;
    for (std::uint32_t t = 0; t < a.doc.tokens.size(); ++t)
      if (a.norm(t) == c.word) {
        found = true;
        CHECK(verb_use(m, a, 0, t) == c.verb);
      }
    CHECK(found);
  }
}

TEST_CASE("an economic entry with 'of' names the seller by the origin of the goods") {
  using namespace actorgraph;
  using namespace actorgraph::extract;
  const testing::Extended x({
      testing::rel("buy-goods-of", false, "buy", "* of +", "buy from", "061")
  });
  check_each(
      {
          {"goods a country qualifies", "China bought 5,000 tonnes of Russian wheat.", {"china>buy from>russia"}},
          {"a part of the actor is what is bought", "China bought most of NATO.", {}},
          {"shares of a company are what is bought", "China bought shares of NATO stock.", {}},
      },
      [&x](const std::string& text) { return testing::keys(x.run(text)); });
}

TEST_CASE("asking someone a question is no appeal to them") {
  using namespace actorgraph;
  using namespace actorgraph::extract;
  const testing::Extended x({
      testing::rel("ask", false, "ask", "+", "ask", "020")
  });
  check_each(
      {
          {"ask + whether", "China asked Russia whether Iran had left.", {}},
          {"ask + about", "China asked Russia on Monday about the talks.", {}},
          {"passive ask + about", "Russia was asked by China about the talks.", {}},
          {"ask + to: an appeal", "China asked Russia to leave.", {"china>ask>russia"}},
      },
      [&x](const std::string& text) { return testing::keys(x.run(text)); });
}

TEST_CASE("'that' before an actor and its verb opens a clause, no object") {
  check({
      {"condemn that + clause", "China condemned that Russia had attacked Ukraine.", {"russia>attack>ukraine"}},
      {"with an adverb", "China condemned that Russia now attacks Ukraine.", {"russia>attack>ukraine"}},
      {"an appeal's that-clause names whom it appeals to", "China urged that Russia leave.", {"china>urge>russia"}},
      {"a plain object stays", "China condemned Russia.", {"china>condemn>russia"}},
  });
}

TEST_CASE("a participial adjunct takes the subject of its clause's finite verb") {
  check({
      {"after a verb with no entry", "Russia dealt a blow to Brazil on Monday, attacking Ukraine.",
       {"russia>attack>ukraine"}},
      {"after a verb with an entry", "Russia condemned Brazil on Monday, attacking Ukraine.",
       {"russia>condemn>brazil", "russia>attack>ukraine"}},
      {"a second -ing form after and shares it, not a relative clause's subject",
       "Russia dealt a blow to Brazil on Monday, condemning a leader held responsible for a bombing that "
       "China supported and attacking Ukraine.",
       {"russia>attack>ukraine"}},
      {"the subject of a relative clause before the comma is not the clause's",
       "Russia, which China supported, dealt a blow to Brazil, attacking Ukraine.",
       {"russia>attack>ukraine"}},
      {"a common noun subject names no actor for the adjunct", "China spoke. The candidates withdrew, condemning Russia.",
       {}},
  });
}

TEST_CASE("a reduced relative clause: the actor after a participle is its object, not the verb's subject") {
  check({
      {"a common noun heads the subject", "All 15 candidates opposing President Zelenskyy withdrew, condemning Russia.",
       {}},
      {"a common noun heads the subject of a verb with an entry", "Students supporting Ukraine attacked China.", {}},
      {"an actor heads the subject", "Russian troops supporting Ukraine attacked China.",
       {"russia-mil>support>ukraine", "russia-mil>attack>china"}},
      {"a compound before the object", "Candidates opposing US-backed President Zelenskyy withdrew, condemning Russia.",
       {}},
      {"a compound noun in -ing is no participle", "Smith said after a cabinet meeting that Russia had attacked Ukraine.",
       {"russia>attack>ukraine"}},
      {"a participial adjective is no reduced relative", "The US-backed Ukrainian government attacked China.",
       {"ukraine-gov>attack>china"}},
  });
}

TEST_CASE("a force verb aimed at markets, buyers or voters is no use of force") {
  const actorgraph::extract::testing::Extended x(
      {actorgraph::extract::testing::rel("push-into", false, "push", "into +", "push into", "192")});
  check_each(
      {
          {"markets qualified by the actor", "China pushed into Brazilian markets.", {}},
          {"voters of the actor", "Russia attacked Ukrainian voters.", {}},
          {"a goal of the economy", "Russia attacked Ukrainian growth.", {}},
          {"over a possessive", "Russia attacked Ukrainian industry's sales.", {}},
          {"a goal of a contest", "Russia attacked the Ukrainian title.", {}},
          {"a market a place is bombed in stays force", "Russia attacked a Ukrainian market.",
           {"russia>attack>ukraine"}},
          {"territory stays force", "Russian troops pushed into Ukraine.", {"russia-mil>push into>ukraine"}},
      },
      [&x](const std::string& text) { return keys(x.run(text)); });
}

TEST_CASE("an unknown name before a use of force names what was hit, not the agent") {
  check({
      {"before a compound noun", "The Marlowe hotel strikes on Ukraine were condemned.", {}},
      {"right before the noun", "The Marlowe strikes on Ukraine were condemned.", {}},
      {"a possessive names the agent", "China condemned Marlowe Corp's strikes on Ukraine.",
       {"china>condemn>unk-marlowe-corp", "unk-marlowe-corp>strike>ukraine"}},
      {"a known actor names the agent", "The Russian strikes on Ukraine were condemned.", {"russia>strike>ukraine"}},
  });
}

TEST_CASE("an unknown singular name after the or a possessive qualifies a noun-verb after it") {
  check({
      {"the name + a base form", "Smith expects the Champions League attack with Ukraine to be tough.", {}},
      {"a possessive before the name", "Smith missed Sunday's Heineken Cup attack with Ukraine.", {}},
      {"a plural name agrees with the base form", "The Tamil Tigers attack Ukraine.", {"unk-tamil-tigers>attack>ukraine"}},
      {"no determiner: a subject", "Marlowe attack Ukraine.", {}},
      {"a past form stays a verb", "The Marlowe Group attacked Ukraine.", {"unk-marlowe-group>attack>ukraine"}},
  });
}

TEST_CASE("headlines in capitals or title case: the tagger tells their verbs from names") {
  check({
      {"capitals", "RUSSIA CONDEMNS UKRAINE", {"russia>condemn>ukraine"}},
      {"capitals with an abbreviation before a capital word", "CHINA URGES U.S. TO END SANCTIONS",
       {"china>urge>united-states"}},
  });
  // Title case is a headline's only as the article's title.
  check_each({{"title case", "Russia Condemns Ukraine Over Border Clash", {"russia>condemn>ukraine"}},
              {"a title's agent noun is no name", "Russia Condemns Ukrainian Protesters", {"russia>condemn>ukraine-opp"}}},
             [](const std::string& title) {
               actorgraph::Article a;
               a.id = "t";
               a.date = "2022-08-04";
               a.title = title;
               a.text = "The story.";
               std::vector<actorgraph::Triple> out;
               fixture().engine->extract(a, out);
               return keys(out);
             });
}

TEST_CASE("subjects the parse finds where word order does not") {
  check({
      {"an inverted speaker's statement", "\"We will not attack Ukraine,\" said Vladimir Putin.",
       {"vladimir-putin>refuse to attack>ukraine"}},
      {"a participial adjunct opening the sentence", "Launching the talks, Russia urged China to help.",
       {"russia>urge>china"}},
  });
}

TEST_CASE("reduced relatives with an agent, and agentless passives an announcement reports") {
  using actorgraph::RelationEntry;
  auto entry = [](const char* id, const char* head, const char* lemma, const char* cameo) {
    RelationEntry e;
    e.id = id;
    e.head = head;
    e.pattern = "+";
    e.relation.lemma = lemma;
    e.relation.cameo = cameo;
    return e;
  };
  const actorgraph::extract::testing::Extended ext(
      {entry("capture", "capture", "capture", "173"), entry("free", "free", "free", "0841")});
  check_each(
      {
          {"a participle after its noun with 'by' + an actor: the noun is the passive's object",
           "Ukrainian troops captured by Russia were freed.", {"russia>capture>ukraine-mil"}},
          {"no agent, no event", "Ukrainian troops captured in Kherson were freed.", {}},
          {"an announced agentless release is the announcer's (cooperation only)",
           "Russia announced that the Ukrainian troops will be freed.", {"russia>free>ukraine-mil"}},
          {"a reported use of force is not the reporter's", "Russia said the Ukrainian troops were attacked.", {}},
          {"a participle after its noun with no agent is active or nothing", "Ukrainian troops attacked by night.", {}},
      },
      [&](const std::string& text) { return keys(ext.run(text)); });
}

TEST_CASE("one event, one triple: a reciprocal event once per pair, one reading of a verb chain") {
  const auto out = fixture().run("Russia and China held talks on Monday.");
  REQUIRE(out.size() == 1);
  CHECK(out[0].reciprocal);
  CHECK(out[0].subject.actor.id == "russia");
  const auto one_way = fixture().run("Russia held talks with China.");
  REQUIRE(one_way.size() == 1);
  CHECK_FALSE(one_way[0].reciprocal);
}

TEST_CASE("a sense restriction on the object: holding persons is detention, holding shares is not") {
  using actorgraph::RelationEntry;
  RelationEntry hold;
  hold.id = "hold-in-detention";
  hold.head = "hold";
  hold.pattern = "+";
  hold.relation.lemma = "detain";
  hold.relation.cameo = "173";
  hold.object_sense = 1u << actorgraph::text::kPerson;
  const actorgraph::extract::testing::Extended ext({hold});
  check_each(
      {
          {"persons held", "Russia held three Ukrainian protesters.", {"russia>detain>ukraine-opp"}},
          {"a named person held", "Russia held Volodymyr Zelenskyy.", {"russia>detain>volodymyr-zelenskyy"}},
          {"shares of an actor held", "Russia held 19.6 pct of Ukraine's shares.", {}},
          {"an actor's shares held", "Russia held Ukraine shares.", {}},
          {"a country is no person", "Russia held Ukraine 16-16.", {}},
          {"a quantity counts its complement", "Russia held hundreds of Ukrainian protesters.",
           {"russia>detain>ukraine-opp"}},
      },
      [&](const std::string& text) { return keys(ext.run(text)); });
}

TEST_CASE("a state protests by complaining officially, its people by demonstrating") {
  check({
      {"a country by its name", "Russia protested against China.", {"russia>protest to>china"}},
      {"a government", "The Russian government protested against China.", {"russia-gov>protest to>china"}},
      {"a people", "Ukrainian protesters protested against China.", {"ukraine-opp>protest against>china"}},
  });
}

TEST_CASE("a use of force the subject undergoes: came under Iranian attack") {
  check({
      {"come under", "Ukrainian protesters came under repeated Russian strikes.", {"russia>strike>ukraine-opp"}},
      {"face", "Ukrainian protesters faced Russian strikes.", {"russia>strike>ukraine-opp"}},
      {"come without under is no undergoing", "Ukrainian protesters came to the Russian strikes.", {}},
      {"pressure is no force", "Ukraine came under Russian pressure.", {}},
  });
}
