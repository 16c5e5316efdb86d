// Word-form lookup over the compiled-in WordNet-derived table (see gen_lexicon.py).
#include <cstring>

#include "actorgraph/text.hpp"
#include "text/lexicon_data.hpp"

namespace actorgraph::text {
namespace {

std::string_view pool_string(std::uint32_t ref) noexcept {
  return std::string_view(detail::kLexPool + (ref >> 8), ref & 0xffu);
}

const detail::LexEntry* find_entry(std::string_view w) noexcept {
  if (w.empty() || w.size() > 255) return nullptr;
  const std::uint32_t mask = detail::kLexSlotMask;
  for (std::uint32_t i = detail::fnv1a(w) & mask;; i = (i + 1) & mask) {
    const std::uint32_t slot = detail::kLexSlots[i];
    if (slot == 0) return nullptr;
    const detail::LexEntry& e = detail::kLexEntries[slot - 1];
    if ((e.form & 0xffu) == w.size() &&
        std::memcmp(detail::kLexPool + (e.form >> 8), w.data(), w.size()) == 0)
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
