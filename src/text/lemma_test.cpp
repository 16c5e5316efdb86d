#include <doctest/doctest.h>

#include "actorgraph/text.hpp"

using namespace actorgraph::text;

TEST_CASE("lemmas: verbs, table-driven") {
  struct Case { const char* form; const char* lemma; VerbForm form_kind; };
  const Case cases[] = {
      {"called", "call", VerbForm::past_or_participle},
      {"urged", "urge", VerbForm::past_or_participle},
      {"went", "go", VerbForm::past},
      {"gone", "go", VerbForm::past_participle},
      {"said", "say", VerbForm::past_or_participle},
      {"has", "have", VerbForm::third_singular},
      {"imposed", "impose", VerbForm::past_or_participle},
      {"stopped", "stop", VerbForm::past_or_participle},
      {"fled", "flee", VerbForm::past_or_participle},
      {"accused", "accuse", VerbForm::past_or_participle},
      {"condemned", "condemn", VerbForm::past_or_participle},
      {"ties", "tie", VerbForm::third_singular},
      {"talks", "talk", VerbForm::third_singular},
      {"calling", "call", VerbForm::gerund},
      {"making", "make", VerbForm::gerund},
      {"dying", "die", VerbForm::gerund},
      {"planned", "plan", VerbForm::past_or_participle},
      {"tried", "try", VerbForm::past_or_participle},
      {"is", "be", VerbForm::third_singular},
      {"were", "be", VerbForm::past},
      {"been", "be", VerbForm::past_participle},
      {"did", "do", VerbForm::past},
      {"condemn", "condemn", VerbForm::base},
      {"took", "take", VerbForm::past},
      {"taken", "take", VerbForm::past_participle},
      {"hit", "hit", VerbForm::past_or_participle},
      {"saw", "see", VerbForm::past},
      {"left", "leave", VerbForm::past_or_participle},
      {"visited", "visit", VerbForm::past_or_participle},
      {"admitted", "admit", VerbForm::past_or_participle},
      {"worked", "work", VerbForm::past_or_participle},   // verb.exc also has "wrought"
      {"pleaded", "plead", VerbForm::past_or_participle},
      {"pled", "plead", VerbForm::past_or_participle},
      {"panicked", "panic", VerbForm::past_or_participle},
      {"agreed", "agree", VerbForm::past_or_participle},
      {"found", "find", VerbForm::past_or_participle},
      {"wound", "wound", VerbForm::base},   // not "wind": news means injuries
      {"ground", "ground", VerbForm::base},
      {"met", "meet", VerbForm::past_or_participle},
      {"led", "lead", VerbForm::past_or_participle},
  };
  for (const Case& c : cases) {
    CAPTURE(c.form);
    const WordInfo w = lookup(c.form);
    CHECK((w.pos & kVerb) != 0);
    CHECK(w.verb_lemma == c.lemma);
    CHECK(w.verb_form == c.form_kind);
    CHECK(verb_lemma(c.form) == c.lemma);
  }
}

TEST_CASE("lemmas: nouns, table-driven") {
  struct Case { const char* form; const char* lemma; };
  const Case cases[] = {
      {"talks", "talk"}, {"sanctions", "sanction"}, {"invasion", "invasion"},
      {"ties", "tie"}, {"countries", "country"}, {"men", "man"}, {"crises", "crisis"},
      {"children", "child"}, {"forces", "force"}, {"news", "news"}, {"data", "data"},
      {"women", "woman"}, {"spokesmen", "spokesman"}, {"media", "media"}, {"dlrs", "dlr"},
      {"authorities", "authority"}, {"troops", "troop"}, {"analyses", "analysis"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.form);
    CHECK((lookup(c.form).pos & kNoun) != 0);
    CHECK(noun_lemma(c.form) == c.lemma);
  }
}

TEST_CASE("lexicon: closed classes and unknown words") {
  CHECK((lookup("the").pos & kDeterminer) != 0);
  CHECK((lookup("with").pos & kPreposition) != 0);
  CHECK((lookup("he").pos & kPronoun) != 0);
  CHECK((lookup("and").pos & kConjunction) != 0);
  CHECK((lookup("would").pos & kAuxiliary) != 0);
  CHECK((lookup("could").pos & kAuxiliary) != 0);
  CHECK((lookup("n't").pos & kAdv) != 0);
  CHECK(lookup("does").noun_lemma.empty());  // not the plural of "doe" here
  CHECK(lookup("its").noun_lemma.empty());
  CHECK((lookup("big").pos & kAdj) != 0);
  CHECK((lookup("quickly").pos & kAdv) != 0);
  CHECK((lookup("largest").pos & kAdj) != 0);
  CHECK((lookup("bigger").pos & kAdj) != 0);
  CHECK((lookup("happier").pos & kAdj) != 0);
  CHECK((lookup("butcher").pos & kAdj) == 0);  // not "butch" + "-er"
  CHECK((lookup("how").pos & kAdv) != 0);
  CHECK((lookup("whilst").pos & kConjunction) != 0);
  const WordInfo unknown = lookup("zelenskyy");
  CHECK(unknown.pos == 0);
  CHECK(unknown.verb_form == VerbForm::none);
  CHECK(unknown.verb_lemma.empty());
  CHECK(verb_lemma("zelenskyy") == "zelenskyy");
  CHECK(noun_lemma("zelenskyy") == "zelenskyy");
  CHECK(lookup("").pos == 0);
  CHECK(lookup("Called").pos == 0);  // input must be lower case
  CHECK((lookup("invasion").pos & kVerb) == 0);
}

TEST_CASE("lemmas: WordNet nouns that only look like plurals keep their own lemma") {
  struct Case { const char* form; const char* lemma; };
  const Case cases[] = {
      {"gas", "gas"}, {"gases", "gas"}, {"bus", "bus"}, {"isis", "isis"}, {"genus", "genus"},
      {"talks", "talk"}, {"troops", "troop"}, {"areas", "area"}, {"arms", "arms"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.form);
    CHECK(noun_lemma(c.form) == c.lemma);
  }
}

TEST_CASE("lemmas: news words WordNet lacks") {
  struct Case { const char* form; const char* noun; const char* verb; };
  const Case cases[] = {
      {"airstrikes", "airstrike", "airstrike"}, {"ceasefires", "ceasefire", ""},
      {"ceasefire", "ceasefire", ""}, {"protestors", "protestor", ""},
      {"bulldozed", "", "bulldoze"}, {"reopened", "", "reopen"},
      // Hyphenated WordNet spellings take the solid lemma.
      {"cease-fire", "ceasefire", ""}, {"cease-fires", "ceasefire", ""},
      {"re-examined", "", "reexamine"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.form);
    const WordInfo w = lookup(c.form);
    CHECK(w.noun_lemma == c.noun);
    CHECK(w.verb_lemma == c.verb);
  }
}

TEST_CASE("lemmas: unknown hyphenated words are read from their last part") {
  // Compounds modify or name; only verb prefixes keep the verb reading.
  const WordInfo owned = lookup("state-owned");
  CHECK((owned.pos & kAdj) != 0);
  CHECK((owned.pos & kVerb) == 0);
  CHECK(owned.verb_lemma.empty());
  const WordInfo led = lookup("us-led");
  CHECK((led.pos & kVerb) == 0);
  CHECK(led.verb_lemma.empty());
  const WordInfo reopen = lookup("re-opened");
  CHECK((reopen.pos & kVerb) != 0);
  CHECK(reopen.verb_lemma == "reopen");
  CHECK(reopen.verb_form == VerbForm::past_or_participle);
  const WordInfo cooperate = lookup("co-operate");
  CHECK(cooperate.verb_lemma == "cooperate");
  const WordInfo keepers = lookup("peace-keepers");
  CHECK((keepers.pos & kNoun) != 0);
  CHECK(keepers.noun_lemma == "keeper");
  CHECK((keepers.pos & kVerb) == 0);
  CHECK(lookup("xyzzy-xyzzy").pos == 0);
  CHECK(lookup("hardliners").noun_lemma == "hardliner");
  CHECK(lookup("-").pos == 0);
  CHECK(lookup("a-").pos == 0);
}
