#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "actorgraph/text.hpp"

using namespace actorgraph::text;

namespace {

// Norm forms of all tokens, joined by '|'.
std::string norms(std::string_view text) {
  Document d;
  analyse(text, d);
  std::string out;
  for (std::size_t i = 0; i < d.tokens.size(); ++i) {
    if (i) out += '|';
    out += d.norm(i);
  }
  return out;
}

// Original bytes of all tokens, joined by '|'.
std::string surfaces(std::string_view text) {
  Document d;
  analyse(text, d);
  std::string out;
  for (std::size_t i = 0; i < d.tokens.size(); ++i) {
    if (i) out += '|';
    out += text.substr(d.tokens[i].begin, d.tokens[i].end - d.tokens[i].begin);
  }
  return out;
}

std::uint16_t flags_of(std::string_view text, std::size_t i) {
  Document d;
  analyse(text, d);
  REQUIRE(i < d.tokens.size());
  return d.tokens[i].flags;
}

}  // namespace

TEST_CASE("tokens: norm forms, table-driven") {
  struct Case { const char* text; const char* norms; };
  const Case cases[] = {
      {"Russia’s invasion", "russia|'s|invasion"},
      {"Russia's invasion", "russia|'s|invasion"},
      {"haven't", "have|n't"},
      {"can't", "can|n't"},
      {"DON'T", "do|n't"},
      {"won't", "will|n't"},
      {"cannot", "can|not"},
      {"they're we've I'll she'd I'm", "they|'re|we|'ve|i|'ll|she|'d|i|'m"},
      {"Western nations’ restrictions", "western|nations|'s|restrictions"},
      {"the Hong Kong-based newspaper", "the|hong|kong-based|newspaper"},
      {"The six-month-long conflict", "the|six-month-long|conflict"},
      {"at least 5,327 civilians", "at|least|5,327|civilians"},
      {"1.5 million and 1,000,000", "1.5|million|and|1,000,000"},
      {"on Feb. 24.", "on|feb.|24|."},
      {"the U.S. and the U.N.", "the|u.s.|and|the|u.n."},
      {"Mr. Smith, Dr. Jones, Gen. Lee, Lt. Col. Smith", "mr.|smith|,|dr.|jones|,|gen.|lee|,|lt.|col.|smith"},
      {"Apple Inc. and Acme Corp. and X Ltd. and Y Co.", "apple|inc.|and|acme|corp.|and|x|ltd.|and|y|co."},
      {"e.g. this, i.e. that, at 5 p.m. or 9 a.m.", "e.g.|this|,|i.e.|that|,|at|5|p.m.|or|9|a.m."},
      {"No. 10 said no.", "no.|10|said|no|."},
      {"J. Smith", "j.|smith"},
      {"Smith et al. found", "smith|et|al.|found"},
      {"the U.S.S.R. and Ph.D. students", "the|u.s.s.r.|and|ph.d.|students"},
      {"[President]Xi Jinping", "[|president|]|xi|jinping"},
      {"“We will,” he said", "\"|we|will|,|\"|he|said"},
      {"‘No’", "'|no|'"},
      {"Kyiv—Moscow – Beijing ‒ Delhi", "kyiv|-|moscow|-|beijing|-|delhi"},
      {"wait… what...", "wait|…|what|…"},
      {"A\u00a0B\u2009C", "a|b|c"},
      {"Côte d’Ivoire ÉLYSÉE Łódź Ștefan", "côte|d'ivoire|élysée|łódź|ștefan"},
      {"İstanbul ΑΘΗΝΑ МОСКВА Київ", "istanbul|αθηνα|москва|київ"},
      {"O'Brien", "o'brien"},
      {"COVID-19 in 2022-08-04", "covid-19|in|2022-08-04"},
      {"AT&T and S&P", "at&t|and|s&p"},
      {"$1.13bn (£600m)", "$|1.13bn|(|£|600m|)"},
      {"it's he’s", "it|'s|he|'s"},
      {"\xff" "bad", "\xEF\xBF\xBD|bad"},
      {"Jan.–Dec.", "jan.|-|dec."},
      {"pro- and anti-war", "pro|-|and|anti-war"},
      {"see news.bbc.co.uk or Amazon.com.", "see|news.bbc.co.uk|or|amazon.com|."},
      {"mail info@un.org now", "mail|info@un.org|now"},
      {"the U.S.'s allies, the U.N.’s envoy", "the|u.s.|'s|allies|,|the|u.n.|'s|envoy"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(norms(c.text) == c.norms);
  }
}

TEST_CASE("tokens: offsets map back to the original bytes") {
  struct Case { const char* text; const char* surfaces; };
  const Case cases[] = {
      {"Russia’s invasion", "Russia|’s|invasion"},
      {"haven't", "have|n't"},
      {"can't", "can|'t"},
      {"“Yes”", "“|Yes|”"},
      {"  leading and trailing  ", "leading|and|trailing"},
      {"U.S.-led", "U.S.|-|led"},
      {"nations’ ", "nations|’"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(surfaces(c.text) == c.surfaces);
  }
}

TEST_CASE("tokens: every token span is inside the text and ordered") {
  const std::string text =
      "Ukrainian President Volodymyr Zelenskyy has called for direct talks with China’s Xi "
      "Jinping. “I would like to speak directly,” he said. Côte d’Ivoire — 5,327 (1.5%)\xC3\x28.";
  Document d;
  analyse(text, d);
  REQUIRE(!d.tokens.empty());
  std::uint32_t prev_end = 0;
  for (std::size_t i = 0; i < d.tokens.size(); ++i) {
    const Token& t = d.tokens[i];
    CHECK(t.begin >= prev_end);
    CHECK(t.begin < t.end);
    CHECK(t.end <= text.size());
    CHECK(t.norm_len > 0);
    prev_end = t.end;
  }
}

TEST_CASE("tokens: flags") {
  CHECK((flags_of("Beijing", 0) & kCapitalised) != 0);
  CHECK((flags_of("Beijing", 0) & kAllCaps) == 0);
  CHECK((flags_of("NATO", 0) & kAllCaps) != 0);
  CHECK((flags_of("A", 0) & kAllCaps) == 0);
  CHECK((flags_of("5,327", 0) & kNumber) != 0);
  CHECK((flags_of("kong-based", 0) & kHyphenated) != 0);
  CHECK((flags_of("U.S.", 0) & kAbbrev) != 0);
  CHECK((flags_of("U.S.", 0) & kAllCaps) != 0);
  CHECK((flags_of("Russia's", 1) & kPossessive) != 0);
  CHECK((flags_of("it's", 1) & kPossessive) == 0);
  CHECK((flags_of("nations' ", 1) & kPossessive) != 0);
  CHECK((flags_of("\"x\"", 0) & (kQuote | kPunct)) == (kQuote | kPunct));
  CHECK((flags_of(", x", 0) & kPunct) != 0);
  CHECK((flags_of("word", 0) & kSentenceStart) != 0);
  CHECK((flags_of("Éric", 0) & kCapitalised) != 0);
  CHECK((flags_of("éric", 0) & kCapitalised) == 0);
}

TEST_CASE("tokens: a reused Document is reset") {
  Document d;
  analyse("one two three. Four five.", d);
  CHECK(d.tokens.size() == 7);
  analyse("six", d);
  CHECK(d.tokens.size() == 1);
  CHECK(d.norm(0) == "six");
  CHECK(d.sentences.size() == 1);
  analyse("", d);
  CHECK(d.tokens.empty());
  CHECK(d.sentences.empty());
}

namespace {

// Checks the structural contract of a Document for `text`.
void check_invariants(std::string_view text, const Document& d) {
  std::uint32_t prev_end = 0;
  for (std::size_t i = 0; i < d.tokens.size(); ++i) {
    const Token& t = d.tokens[i];
    REQUIRE(t.begin >= prev_end);
    REQUIRE(t.begin < t.end);
    REQUIRE(t.end <= text.size());
    REQUIRE(t.norm_off + t.norm_len <= d.norm_buf.size());
    REQUIRE(t.norm_len > 0);
    prev_end = t.end;
  }
  CHECK(is_valid_utf8(d.norm_buf));
  std::uint32_t next = 0;
  for (const Sentence& s : d.sentences) {
    REQUIRE(s.first == next);
    REQUIRE(s.first < s.last);
    REQUIRE(s.last <= d.tokens.size());
    CHECK(s.begin == d.tokens[s.first].begin);
    CHECK(s.end == d.tokens[s.last - 1].end);
    for (std::uint32_t i = s.first; i < s.last; ++i)
      CHECK(d.tokens[i].has(kSentenceStart) == (i == s.first));
    next = s.last;
  }
  CHECK(next == d.tokens.size());
}

}  // namespace

TEST_CASE("tokens: arbitrary bytes never break the contract") {
  // Deterministic pseudo-random inputs drawn from bytes that stress the scanner.
  const std::string alphabet = std::string("aZ9 .,'\"-\n\t()[]&$%?!") + "\xE2\x80\x99\xE2\x80\x9C\xC3\xA9\xFF\x80\xED\xA0";
  std::uint32_t state = 12345;
  Document d;
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int len = round % 97;
    for (int k = 0; k < len; ++k) {
      state = state * 1664525u + 1013904223u;
      text.push_back(alphabet[(state >> 16) % alphabet.size()]);
    }
    analyse(text, d);
    CAPTURE(text);
    check_invariants(text, d);
  }
  const char* tricky[] = {"'", "’", "n't", "'s", "...", "U.S", "U.S.'", "a-", "-a", "5,", "5.", ",5",
                          "\xE2\x80", "\xE2\x80\x99s", "Mr.", "No.", "can't", "A.", "\"\"", "--", "\xC2\xAD", " \xC2\xAD ", "\xCC\x81"};
  for (const char* t : tricky) {
    analyse(t, d);
    CAPTURE(t);
    check_invariants(t, d);
  }
}
