#include "syntax/decode.hpp"

#include <algorithm>
#include <limits>

#include "syntax/tagger_features.hpp"

namespace actorgraph::syntax {

void decode_tags(const TableView& tagger, const SentenceFeats& sf, std::vector<std::uint8_t>& tags,
                 std::uint64_t* keys, const std::uint8_t* forced) {
  const std::size_t n = sf.w.size();
  tags.resize(n);
  int t1 = kTagStart, t2 = kTagStart;
  for (std::size_t i = 0; i < n; ++i) {
    if (forced && forced[i] < kUposCount) {
      tags[i] = forced[i];
      t2 = t1;
      t1 = forced[i];
      continue;
    }
    const std::size_t k = tagger_features(sf, i, t1, t2, keys);
    for (std::size_t j = 0; j < k; ++j) tagger.prefetch(keys[j]);
    std::int32_t scores[kUposCount] = {};
    tagger.score(keys, k, scores);
    int best = 0;
    for (int c = 1; c < kUposCount; ++c)
      if (scores[c] > scores[best]) best = c;
    tags[i] = static_cast<std::uint8_t>(best);
    t2 = t1;
    t1 = best;
  }
}

int best_label(const std::int32_t* scores, std::size_t labels, int root_label, bool to_root) noexcept {
  if (to_root) return root_label;
  int best = -1;
  for (std::size_t c = 0; c < labels; ++c) {
    if (static_cast<int>(c) == root_label) continue;
    if (best < 0 || scores[c] > scores[best]) best = static_cast<int>(c);
  }
  return best;
}

void decode_tree(const Model& m, ParserInput& pin, State& st, std::uint64_t* keys) {
  const std::size_t n = pin.tags.size() - 1;
  st.reset(static_cast<std::uint32_t>(n));
  const std::size_t labels = m.labels.size();
  std::int32_t lscores[64];
  while (!st.terminal()) {
    int best = st.only_legal();
    std::size_t k = 0;
    if (best < 0 || (best != kShift && st.arc_head(best) != 0)) {
      k = parser_features(pin, st, keys);
      for (std::size_t j = 0; j < k; ++j) m.action.prefetch(keys[j]);
    }
    if (best < 0) {
      std::int32_t scores[kActions] = {};
      m.action.score(keys, k, scores);
      for (int a = 0; a < kActions; ++a)
        if (st.legal(a) && (best < 0 || scores[a] > scores[best])) best = a;
    }
    int label = kNoLabel;
    if (best != kShift) {
      const bool to_root = st.arc_head(best) == 0;
      if (!to_root) {
        if (k == 0) k = parser_features(pin, st, keys);
        std::fill(lscores, lscores + labels, 0);
        (best == kLeft ? m.left : m.right).score(keys, std::min(k, kLabelFeatures), lscores);
      }
      label = best_label(lscores, labels, m.root_label, to_root);
    }
    st.apply(best, label);
  }
}

}  // namespace actorgraph::syntax
