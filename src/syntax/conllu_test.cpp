// CoNLL-U reading and writing: valid blocks round-trip; every malformed line
// is an error naming the file, line and column.
#include <doctest/doctest.h>

#include <sstream>

#include "actorgraph/errors.hpp"
#include "syntax/conllu.hpp"

using namespace actorgraph;
using namespace actorgraph::syntax;

namespace {

std::vector<ConlluSentence> read(const std::string& text) {
  std::istringstream in(text);
  std::vector<ConlluSentence> out;
  read_conllu(in, "t.conllu", [&](ConlluSentence&& s) { out.push_back(std::move(s)); });
  return out;
}

const char* kBlock =
    "# sent_id = 1\n"
    "# text = Don't go.\n"
    "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "1\tDo\tdo\tAUX\tVBP\t_\t3\taux\t_\t_\n"
    "2\tn't\tnot\tPART\tRB\t_\t3\tadvmod\t_\t_\n"
    "3\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\tSpaceAfter=No\n"
    "3.1\tgone\t_\t_\t_\t_\t_\t_\t3:dep\t_\n"
    "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n";

}  // namespace

TEST_CASE("conllu: a block keeps its comments, ranges and empty nodes; words are numbered") {
  auto s = read(kBlock);
  REQUIRE(s.size() == 1);
  REQUIRE(s[0].words.size() == 4);
  CHECK(s[0].form(0) == "Do");
  CHECK(s[0].form(3) == ".");
  Tree t;
  gold_tree(s[0], "t.conllu", t);
  CHECK(t.head == std::vector<std::uint32_t>{3, 3, 0, 3});
  CHECK(t.deprel[1] == Deprel::advmod);
  CHECK(t.upos[2] == Upos::VERB);
  std::ostringstream out;
  write_conllu(out, s[0], t);
  CHECK(out.str() ==
        "# sent_id = 1\n"
        "# text = Don't go.\n"
        "1-2\tDon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "1\tDo\t_\tAUX\t_\t_\t3\taux\t_\t_\n"
        "2\tn't\t_\tPART\t_\t_\t3\tadvmod\t_\t_\n"
        "3\tgo\t_\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
        "3.1\tgone\t_\t_\t_\t_\t_\t_\t3:dep\t_\n"
        "4\t.\t_\tPUNCT\t_\t_\t3\tpunct\t_\t_\n"
        "\n");
}

TEST_CASE("conllu: CRLF lines, several blocks, no final blank line") {
  auto s = read("1\tA\t_\t_\t_\t_\t0\troot\t_\t_\r\n\r\n1\tB\t_\t_\t_\t_\t_\t_\t_\t_\r\n2\tC\t_\t_\t_\t_\t_\t_\t_\t_");
  REQUIRE(s.size() == 2);
  CHECK(s[1].words.size() == 2);
  CHECK(s[1].form(1) == "C");
}

TEST_CASE("conllu: malformed input names the file, line and column") {
  struct Bad {
    const char* what;
    const char* text;
    const char* message;
  };
  const Bad cases[] = {
      {"nine columns", "1\tA\t_\t_\t_\t_\t0\troot\t_\n", "t.conllu:1: expected 10 tab-separated columns, found 9"},
      {"ids out of order", "1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n3\tB\t_\t_\t_\t_\t1\tdep\t_\t_\n",
       "t.conllu:2: field 'ID': '3' is not the next word number (2)"},
      {"id not a number", "x\tA\t_\t_\t_\t_\t0\troot\t_\t_\n", "t.conllu:1: field 'ID': 'x' is not the next word number (1)"},
      {"head outside", "1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n2\tB\t_\t_\t_\t_\t7\tdep\t_\t_\n",
       "t.conllu:2: field 'HEAD': '7' is not a word of this sentence (0..2)"},
      {"head not a number", "1\tA\t_\t_\t_\t_\tx\troot\t_\t_\n", "t.conllu:1: field 'HEAD': 'x' is not a word of this sentence (0..1)"},
      {"empty form", "1\t\t_\t_\t_\t_\t0\troot\t_\t_\n", "t.conllu:1: field 'FORM': empty"},
      {"comment inside", "1\tA\t_\t_\t_\t_\t0\troot\t_\t_\n# late\n",
       "t.conllu:2: a comment inside a sentence (a blank line must end each sentence)"},
  };
  for (const Bad& b : cases) {
    CAPTURE(b.what);
    try {
      read(b.text);
      FAIL("no error");
    } catch (const ParseError& e) {
      CHECK(std::string(e.what()) == b.message);
    }
  }
}

TEST_CASE("conllu: gold trees need known tags and relations") {
  auto s = read("1\tA\t_\tNOUNX\t_\t_\t0\troot\t_\t_\n");
  Tree t;
  CHECK_THROWS_WITH_AS(gold_tree(s[0], "t.conllu", t), "t.conllu:1: field 'UPOS': unknown tag 'NOUNX'", ParseError);
  s = read("1\tA\t_\tNOUN\t_\t_\t0\tsubject\t_\t_\n");
  CHECK_THROWS_WITH_AS(gold_tree(s[0], "t.conllu", t), "t.conllu:1: field 'DEPREL': unknown relation 'subject'",
                       ParseError);
}

TEST_CASE("names: every tag and relation round-trips; subtypes have their base") {
  for (int i = 0; i < kUposCount; ++i) {
    Upos u;
    REQUIRE(upos_from_name(upos_name(static_cast<Upos>(i)), u));
    CHECK(static_cast<int>(u) == i);
  }
  for (int i = 0; i < kDeprelCount; ++i) {
    Deprel d;
    REQUIRE(deprel_from_name(deprel_name(static_cast<Deprel>(i)), d));
    CHECK(static_cast<int>(d) == i);
  }
  CHECK(deprel_base(Deprel::nsubj_pass) == Deprel::nsubj);
  CHECK(deprel_base(Deprel::obl_agent) == Deprel::obl);
  CHECK(deprel_base(Deprel::obj) == Deprel::obj);
  Deprel d;
  CHECK_FALSE(deprel_from_name("nsubj:foo", d));
}
