#include "syntax/tagger_features.hpp"

#include "syntax/clusters.hpp"
#include "syntax/hash.hpp"

namespace actorgraph::syntax {
namespace {

constexpr std::uint64_t kStartWord = 0x5354415254ULL;  // placeholder hashes outside the sentence
constexpr std::uint64_t kEndWord = 0x454e44ULL;

}  // namespace

std::size_t tagger_features(const SentenceFeats& s, std::size_t i, int t1, int t2, std::uint64_t* keys) noexcept {
  const std::size_t n = s.w.size();
  const WordFeats& w = s.w[i];
  const WordFeats* p1 = i >= 1 ? &s.w[i - 1] : nullptr;
  const WordFeats* p2 = i >= 2 ? &s.w[i - 2] : nullptr;
  const WordFeats* n1 = i + 1 < n ? &s.w[i + 1] : nullptr;
  const WordFeats* n2 = i + 2 < n ? &s.w[i + 2] : nullptr;
  const std::uint64_t mode = static_cast<std::uint64_t>(s.mode);
  auto word = [](const WordFeats* x, std::uint64_t edge) { return x ? x->word : edge; };
  std::size_t k = 0;
  auto add = [&](std::uint32_t t, std::uint64_t a, std::uint64_t b = 0, std::uint64_t c = 0) {
    keys[k++] = feature_key(t, a, b, c);
  };
  add(0, 0);
  add(1, w.word);
  for (int j = 0; j < 3; ++j)
    if (w.pre[j]) add(2 + j, w.pre[j]);
  for (int j = 0; j < 4; ++j)
    if (w.suf[j]) add(5 + j, w.suf[j]);
  add(9, w.shape, mode);
  add(10, w.flags, mode);
  add(11, word(p1, kStartWord));
  add(12, word(p2, kStartWord));
  add(13, word(n1, kEndWord));
  add(14, word(n2, kEndWord));
  add(15, p1 ? p1->suf[2] : kStartWord);
  add(16, n1 ? n1->suf[2] : kEndWord);
  add(17, static_cast<std::uint64_t>(t1));
  add(18, static_cast<std::uint64_t>(t2));
  add(19, static_cast<std::uint64_t>(t1), static_cast<std::uint64_t>(t2));
  add(20, static_cast<std::uint64_t>(t1), w.word);
  add(21, w.lex);
  add(22, p1 ? p1->lex : kStartWord);
  add(23, n1 ? n1->lex : kEndWord);
  add(24, w.lex, static_cast<std::uint64_t>(t1));
  add(25, w.lex, n1 ? n1->lex : kEndWord);
  add(26, w.word, word(n1, kEndWord));
  add(27, word(p1, kStartWord), w.word);
  add(28, p1 ? p1->shape : kStartWord, mode);
  add(29, n1 ? n1->shape : kEndWord, mode);
  add(30, (w.flags & (kCapFirst | kAllCaps | kFirstWord)), mode, static_cast<std::uint64_t>(t1));
  if (w.cluster) {
    add(31, path_prefix(w.cluster, 4));
    add(32, path_prefix(w.cluster, 8));
    add(33, path_prefix(w.cluster, 12));
    add(34, w.cluster);
  }
  add(35, n1 ? path_prefix(n1->cluster, 8) : kEndWord);
  add(36, p1 ? path_prefix(p1->cluster, 8) : kStartWord);
  add(37, static_cast<std::uint64_t>(t1), w.suf[2]);
  return k;
}

}  // namespace actorgraph::syntax
