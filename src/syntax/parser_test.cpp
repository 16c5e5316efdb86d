// The built-in tagger and parser: well-formed trees on any input, in linear
// time; the syntax events are read from on ordinary news sentences; words
// as UD tokenises them.
#include <doctest/doctest.h>

#include <chrono>
#include <string>

#include "actorgraph/syntax.hpp"
#include "actorgraph/text.hpp"
#include "syntax/words.hpp"

using namespace actorgraph;
using namespace actorgraph::syntax;

namespace {

struct Parsed {
  std::vector<std::string> words;
  Tree tree;
  // "word<-rel-head" of word i (1-based head word, or "ROOT").
  std::string arc(std::size_t i) const {
    const auto h = tree.head[i];
    return words[i] + "<-" + std::string(deprel_name(tree.deprel[i])) + "-" + (h == 0 ? "ROOT" : words[h - 1]);
  }
  bool has(const std::string& a) const {
    for (std::size_t i = 0; i < words.size(); ++i)
      if (arc(i) == a) return true;
    return false;
  }
};

Parsed parse_text(const std::string& text) {
  const Parser& p = Parser::builtin();
  text::Document doc;
  text::analyse(text, doc);
  Parsed out;
  Words w;
  words_of(p, text, doc, doc.sentences.at(0), w);
  for (auto f : w.form) out.words.emplace_back(f);
  Workspace ws;
  p.parse(w.form, out.tree, ws);
  return out;
}

// A tree: every head in range, exactly one root, no cycle.
void check_well_formed(const Tree& t) {
  const std::size_t n = t.size();
  REQUIRE(t.head.size() == n);
  REQUIRE(t.deprel.size() == n);
  if (n == 0) return;
  std::size_t roots = 0;
  for (std::size_t i = 0; i < n; ++i) {
    REQUIRE(t.head[i] <= n);
    REQUIRE(t.head[i] != i + 1);
    roots += t.head[i] == 0;
    CHECK((t.head[i] == 0) == (t.deprel[i] == Deprel::root));
    std::size_t x = i + 1, steps = 0;
    while (x != 0 && steps <= n) { x = t.head[x - 1]; ++steps; }
    REQUIRE(x == 0);
  }
  CHECK(roots == 1);
}

}  // namespace

TEST_CASE("parser: subjects, objects, passives and clauses of news sentences") {
  // Arcs as "dependent<-relation-head"; "a|b" accepts either relation. UD
  // heads a name by its first word ("Vladimir" of "Vladimir Putin").
  struct Case {
    const char* text;
    std::vector<const char*> arcs;
  };
  const Case cases[] = {
      {"Russian President Vladimir Putin met German Chancellor Olaf Scholz in Moscow on Thursday.",
       {"Vladimir<-nsubj-met", "met<-root-ROOT", "Thursday<-obl|obl:tmod|obl:unmarked-met"}},
      {"The rebels were attacked by government troops.",
       {"rebels<-nsubj:pass-attacked", "were<-aux:pass-attacked", "troops<-obl|obl:agent-attacked"}},
      {"Canada announced that the dissident will be freed.", {"freed<-ccomp-announced", "Canada<-nsubj-announced"}},
      {"Israel has condemned the attack.", {"Israel<-nsubj-condemned", "attack<-obj-condemned", "has<-aux-condemned"}},
      {"The minister urged Iran to release the sailors.",
       {"Iran<-obj|iobj-urged", "release<-xcomp-urged", "sailors<-obj-release"}},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    const Parsed p = parse_text(c.text);
    check_well_formed(p.tree);
    for (const char* a : c.arcs) {
      CAPTURE(std::string(a));
      // Expand "x<-a|b-h" into its alternatives.
      const std::string arc = a;
      const std::size_t l = arc.find("<-") + 2, r = arc.rfind('-');
      bool found = false;
      std::string rels = arc.substr(l, r - l);
      for (std::size_t b = 0; b <= rels.size();) {
        const std::size_t e = std::min(rels.find('|', b), rels.size());
        found = found || p.has(arc.substr(0, l) + rels.substr(b, e - b) + arc.substr(r));
        b = e + 1;
      }
      CHECK(found);
    }
  }
}

TEST_CASE("parser: any input gives a tree in linear time") {
  const Parser& p = Parser::builtin();
  Workspace ws;
  Tree t;
  std::vector<std::string_view> none;
  p.parse(none, t, ws);
  CHECK(t.size() == 0);

  // Control characters, invalid UTF-8, other scripts, one word.
  const std::string odd[] = {"\x01\x02", "\xff\xfe", "Путин", "東京", "", "a"};
  std::vector<std::string_view> words(std::begin(odd), std::end(odd));
  p.parse(words, t, ws);
  check_well_formed(t);
  std::vector<std::string_view> one = {"Hello"};
  p.parse(one, t, ws);
  check_well_formed(t);
  CHECK(t.head[0] == 0);

  // 1,000 and 10,000 words: the larger takes about ten times as long, not a hundred.
  std::vector<std::string> big;
  const char* cycle[] = {"the", "army", "said", "it", "attacked", "rebels", "in", "the", "north", ","};
  for (int i = 0; i < 10000; ++i) big.emplace_back(cycle[i % 10]);
  auto time_of = [&](std::size_t n) {
    std::vector<std::string_view> w(big.begin(), big.begin() + static_cast<std::ptrdiff_t>(n));
    const auto t0 = std::chrono::steady_clock::now();
    p.parse(w, t, ws);
    const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    check_well_formed(t);
    return s;
  };
  time_of(1000);
  const double small = time_of(1000), large = time_of(10000);
  CHECK(large < 40 * small + 0.05);
}

TEST_CASE("words: UD's tokens from the tokeniser's") {
  struct Case {
    const char* text;
    std::vector<std::string> words;
  };
  const Case cases[] = {
      {"A search-engine firm.", {"A", "search", "-", "engine", "firm", "."}},
      {"Hong Kong-based co-workers e-mailed.", {"Hong", "Kong", "-", "based", "co-workers", "e-mailed", "."}},
      {"They can't go!!!", {"They", "ca", "n't", "go", "!!!"}},
      {"Don't stop?!", {"Do", "n't", "stop", "?!"}},
  };
  for (const Case& c : cases) {
    CAPTURE(std::string(c.text));
    CHECK(parse_text(c.text).words == c.words);
  }
}

TEST_CASE("words: case modes") {
  auto mode = [](std::vector<std::string_view> w) { return case_mode(w); };
  CHECK(mode({"RUSSIA", "WARNS", "U.S.", "OVER", "SANCTIONS"}) == CaseMode::upper);
  CHECK(mode({"Russia", "Warns", "Washington", "Over", "New", "Sanctions"}) == CaseMode::title);
  CHECK(mode({"Russia", "warned", "NATO", "on", "Monday", "."}) == CaseMode::normal);
  std::string n;
  normalise("Élysée’s 1987 “Deal”—", n);
  CHECK(n == "élysée's 0000 \"deal\"-");
}
