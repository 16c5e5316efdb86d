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

WordInfo from_entry(const detail::LexEntry& e) noexcept {
  WordInfo info;
  info.pos = e.pos;
  info.verb_form = static_cast<VerbForm>(e.verb_form);
  if (e.verb_lemma != 0) info.verb_lemma = pool_string(e.verb_lemma);
  if (e.noun_lemma != 0) info.noun_lemma = pool_string(e.noun_lemma);
  info.noun_senses = e.noun_senses;
  return info;
}

// Prefixes after which a hyphenated word keeps the verb reading of its last
// part ("re-open", "co-operate"); any other first part makes a compound
// modifier or noun ("state-owned", "US-led", "Israeli-occupied").
bool verb_prefix(std::string_view p) noexcept {
  constexpr std::string_view kPrefixes[] = {"re", "co", "pre", "counter", "cross", "mis", "out",
                                            "over", "under", "de", "un", "dis", "inter"};
  for (std::string_view k : kPrefixes)
    if (p == k) return true;
  return false;
}

// Analysis of a hyphenated word the table lacks, from its last part. The lemmas
// always point into the table's pool, never into `w` (callers cache them).
WordInfo guess(std::string_view w) noexcept {
  WordInfo info;
  const auto dash = w.rfind('-');
  if (dash != std::string_view::npos && dash > 0 && dash + 2 < w.size()) {
    const std::string_view last = w.substr(dash + 1);
    const detail::LexEntry* e = find_entry(last);
    if (e == nullptr) return guess(last);
    info = from_entry(*e);
    if (verb_prefix(w.substr(0, dash))) {
      // "re-opened" is "reopened" when the table knows that, else "opened".
      char buf[64];
      if (w.size() < sizeof buf) {
        std::size_t n = 0;
        for (char c : w)
          if (c != '-') buf[n++] = c;
        if (const detail::LexEntry* whole = find_entry(std::string_view(buf, n))) return from_entry(*whole);
      }
      return info;
    }
    // A compound: "state-owned" and "US-led" modify, "peace-keepers" names.
    const bool participle = info.verb_form == VerbForm::past_or_participle ||
                            info.verb_form == VerbForm::past_participle ||
                            info.verb_form == VerbForm::gerund;
    info.verb_lemma = {};
    info.verb_form = VerbForm::none;
    info.pos = static_cast<std::uint16_t>(info.pos & (kNoun | kAdj | kAdv));
    if (participle) info.pos = static_cast<std::uint16_t>((info.pos & ~kNoun) | kAdj), info.noun_lemma = {};
    return info;
  }
  return info;
}

}  // namespace

WordInfo lookup(std::string_view lower_word) noexcept {
  const detail::LexEntry* e = find_entry(lower_word);
  return e != nullptr ? from_entry(*e) : guess(lower_word);
}

std::string_view verb_lemma(std::string_view lower_word) noexcept {
  const WordInfo info = lookup(lower_word);
  return info.verb_lemma.empty() ? lower_word : info.verb_lemma;
}

std::string_view noun_lemma(std::string_view lower_word) noexcept {
  const WordInfo info = lookup(lower_word);
  return info.noun_lemma.empty() ? lower_word : info.noun_lemma;
}

const char* noun_sense_name(NounSense s) noexcept {
  static const char* const kNames[kNounSenseCount] = {
      "Tops",     "act",       "animal", "artifact",   "attribute", "body",     "cognition", "communication", "event",
      "feeling",  "food",      "group",  "location",   "motive",    "object",   "person",    "phenomenon",    "plant",
      "possession", "process", "quantity", "relation", "shape",     "state",    "substance", "time"};
  return s < kNounSenseCount ? kNames[s] : "";
}

}  // namespace actorgraph::text
