#include "extract/analysis.hpp"

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
  mentions.clear();
  sent_mb.assign(doc.sentences.size(), 0);
  sent_me.assign(doc.sentences.size(), 0);
  const Vocab& v = m.vocab();
  for (std::size_t i = 0; i < n; ++i) {
    TokenData& d = tok[i];
    auto w = doc.norm(i);
    d.flags = doc.tokens[i].flags;
    d.word = v.find(w);
    d.cls = m.classes(d.word);
    d.wi = text::lookup(w);
    d.noun_lemma = d.wi.noun_lemma.empty() ? d.word : v.find(d.wi.noun_lemma);
    d.verb_lemma = d.wi.verb_lemma.empty() ? kNoWord : v.find(d.wi.verb_lemma);
  }
}

}  // namespace actorgraph::extract
