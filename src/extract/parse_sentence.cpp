#include "extract/parse_sentence.hpp"

#include "actorgraph/syntax.hpp"

namespace actorgraph::extract {
namespace {

// A token whose tag the recogniser knows better than the tagger: a
// capitalised word of a recognised name ("Xi Jinping", "TASS").
bool name_word(const Analysis& a, std::uint32_t t) {
  const Mention* x = a.at(t);
  if (x == nullptr || x->modifier) return false;
  if (!(a.tok[t].flags & (text::kCapitalised | text::kAllCaps)) || (a.tok[t].flags & text::kPunct)) return false;
  switch (x->how) {
    case How::name: case How::alias: case How::surname: case How::unknown: return true;
    default: return false;
  }
}

// Where the sentence proper starts: after a dateline or source credit closed
// by a dash ("BAGHDAD (Reuters) -", "WASHINGTON, March 3 -", "AFP -"), whose
// words are capitalised words, numbers, commas, periods and brackets only.
// The parser never saw such prefixes and would hang the sentence on them.
std::uint32_t body_start(const Analysis& a, const text::Sentence& s) {
  std::uint32_t start = s.first;
  for (int segment = 0; segment < 3; ++segment) {
    std::uint32_t dash = start;
    while (dash < s.last && dash < start + 10 && a.norm(dash) != "-" && a.norm(dash) != "--") ++dash;
    if (dash == start || dash + 1 >= s.last || dash >= start + 10) break;
    bool plain = true;
    for (std::uint32_t t = start; t < dash && plain; ++t) {
      const std::string_view w = a.norm(t);
      if (a.tok[t].flags & text::kPunct) plain = w == "(" || w == ")" || w == "," || w == ".";
      else plain = (a.tok[t].flags & (text::kCapitalised | text::kAllCaps | text::kNumber)) != 0;
    }
    const auto& after = a.tok[dash + 1];
    if (!plain || !(after.flags & (text::kCapitalised | text::kAllCaps)) || (after.flags & text::kPunct)) break;
    start = dash + 1;
  }
  return start;
}

}  // namespace

void tag_sentence(Analysis& a, std::uint32_t si) {
  if (si >= a.parsed.size() || a.parsed[si]) return;
  a.parsed[si] = 2;
  const syntax::Parser& parser = syntax::Parser::builtin();
  thread_local syntax::Workspace ws;
  thread_local syntax::Words words;
  thread_local syntax::Tree tree;
  syntax::words_of(parser, a.text, a.doc, a.doc.sentences[si], words);
  parser.tag(words.form, tree, ws);
  // A token takes the tag of its last word (the head of a hyphenated compound).
  for (std::size_t i = 0; i < words.size(); ++i) a.syn[words.token[i]].upos = static_cast<std::uint8_t>(tree.upos[i]);
}

void parse_sentence(Analysis& a, std::uint32_t si) {
  if (si >= a.parsed.size() || a.parsed[si] == 1) return;
  a.parsed[si] = 1;

  const syntax::Parser& parser = syntax::Parser::builtin();
  thread_local syntax::Workspace ws;
  thread_local syntax::Words words;
  thread_local syntax::Tree tree;
  thread_local std::vector<std::uint8_t> forced;
  text::Sentence s = a.doc.sentences[si];
  s.first = body_start(a, s);
  syntax::words_of(parser, a.text, a.doc, s, words);
  const std::size_t n = words.size();
  forced.assign(n, 0xFF);
  for (std::size_t i = 0; i < n; ++i)
    if (name_word(a, words.token[i])) forced[i] = static_cast<std::uint8_t>(syntax::Upos::PROPN);
  parser.parse(words.form, tree, ws, forced);
  // Project onto tokens: each token takes its first word whose head lies
  // outside the token (a hyphenated compound's head), else its last word.
  for (std::size_t i = 0; i < n;) {
    const std::uint32_t t = words.token[i];
    std::size_t e = i;
    while (e < n && words.token[e] == t) ++e;
    std::size_t rep = e - 1;
    for (std::size_t j = i; j < e; ++j) {
      const std::uint32_t h = tree.head[j];
      if (h == 0 || words.token[h - 1] != t) { rep = j; break; }
    }
    TokenSyntax& ts = a.syn[t];
    ts.upos = static_cast<std::uint8_t>(tree.upos[rep]);
    ts.deprel = static_cast<std::uint8_t>(tree.deprel[rep]);
    const std::uint32_t h = tree.head[rep];
    ts.head = h == 0 ? -1 : static_cast<std::int32_t>(words.token[h - 1]);
    i = e;
  }
}

}  // namespace actorgraph::extract
