// Word-form lookup over the compiled-in WordNet-derived table (see gen_lexicon.py).
#include <cstring>

#include "actorgraph/text.hpp"
#include "text/lexicon_data.hpp"

namespace actorgraph::text {
namespace {

std::string_view pool_string(std::uint32_t ref) noexcept {
  return std::string_view(detail::kLexPool + (ref >> 8), ref & 0xffu);
}

// Inline byte comparison: words are short, a libc memcmp call costs more.
inline bool same(const char* a, std::string_view w) noexcept {
  for (std::size_t i = 0; i < w.size(); ++i)
    if (a[i] != w[i]) return false;
  return true;
}

const detail::LexEntry* find_entry(std::string_view w) noexcept {
  if (w.empty() || w.size() > 255) return nullptr;
  const std::uint32_t mask = detail::kLexSlotMask;
  const std::uint32_t h = detail::word_hash(w);
  const auto tag = static_cast<std::uint8_t>(h >> 24);
  for (std::uint32_t i = h & mask;; i = (i + 1) & mask) {
    const detail::LexEntry& e = detail::kLexTable[i];
    if (e.form == 0) return nullptr;
    if (e.tag == tag && (e.form & 0xffu) == w.size() && same(detail::kLexPool + (e.form >> 8), w))
      return &e;
  }
}

}  // namespace

WordInfo lookup(std::string_view lower_word) noexcept {
  WordInfo info;
  const detail::LexEntry* e = find_entry(lower_word);
  if (e == nullptr) return info;
  info.pos = e->pos;
  info.verb_form = static_cast<VerbForm>(e->verb_form);
  if (e->verb_lemma != 0) info.verb_lemma = pool_string(e->verb_lemma);
  if (e->noun_lemma != 0) info.noun_lemma = pool_string(e->noun_lemma);
  return info;
}

std::string_view verb_lemma(std::string_view lower_word) noexcept {
  const detail::LexEntry* e = find_entry(lower_word);
  return e != nullptr && e->verb_lemma != 0 ? pool_string(e->verb_lemma) : lower_word;
}

std::string_view noun_lemma(std::string_view lower_word) noexcept {
  const detail::LexEntry* e = find_entry(lower_word);
  return e != nullptr && e->noun_lemma != 0 ? pool_string(e->noun_lemma) : lower_word;
}

}  // namespace actorgraph::text
