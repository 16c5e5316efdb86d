#include "extract/analysis.hpp"

#include <cstring>

namespace actorgraph::extract {

bool Ref::operator==(const Ref& o) const noexcept {
  if (kind != o.kind) return false;
  switch (kind) {
    case kNone: return true;
    case kEntry: return entry == o.entry;
    case kDerived: return entry == o.entry && agent == o.agent;
    case kUnknown: return name_hash == o.name_hash;
  }
  return false;
}

void Analysis::prepare(const Model& m, std::string_view text_in, std::string_view date_in) {
  text = text_in;
  date = date_in;
  text::analyse(text, doc);
  const auto n = doc.tokens.size();
  tok.resize(n);
  mention_at.assign(n, -1);
  syn.assign(n, TokenSyntax{});
  parsed.assign(doc.sentences.size(), 0);
  mentions.clear();
  names.clear();
  sent_mb.assign(doc.sentences.size(), 0);
  sent_me.assign(doc.sentences.size(), 0);
  const Vocab& v = m.vocab();
  // A direct-mapped cache of word facts: news text repeats its words, and a
  // hit costs one short hash and compare instead of four table look-ups.
  struct Slot {
    std::uint8_t len = 0xFF;
    char s[31] = {};
    TokenData d;
  };
  constexpr std::size_t kSlots = 1u << 14;
  thread_local std::vector<Slot> cache;
  thread_local const Model* cache_model = nullptr;
  if (cache_model != &m || cache.size() != kSlots) {
    cache.assign(kSlots, Slot{});
    cache_model = &m;
  }
  for (std::size_t i = 0; i < n; ++i) {
    TokenData& d = tok[i];
    auto w = doc.norm(i);
    const auto flags = doc.tokens[i].flags;
    Slot* slot = nullptr;
    if (w.size() < sizeof(Slot::s)) {
      std::uint32_t h = 2166136261u;
      for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
      slot = &cache[h & (kSlots - 1)];
      if (slot->len == w.size() && std::memcmp(slot->s, w.data(), w.size()) == 0) {
        d = slot->d;
        d.flags = flags;
        continue;
      }
    }
    d.word = v.find(w);
    d.cls = m.classes(d.word);
    d.wi = text::lookup(w);
    d.noun_lemma = d.wi.noun_lemma.empty() || d.wi.noun_lemma == w ? d.word : v.find(d.wi.noun_lemma);
    d.verb_lemma = d.wi.verb_lemma.empty() ? kNoWord : d.wi.verb_lemma == w ? d.word : v.find(d.wi.verb_lemma);
    if (slot) {
      slot->len = static_cast<std::uint8_t>(w.size());
      std::memcpy(slot->s, w.data(), w.size());
      slot->d = d;
    }
    d.flags = flags;
  }
}

}  // namespace actorgraph::extract
