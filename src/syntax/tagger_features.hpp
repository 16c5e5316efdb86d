// Internal: the tagger's features. A greedy left-to-right tagger: word i is
// tagged from its own form, affixes, shape, lexicon classes and clusters, the
// words around it, and the two tags before it.
#pragma once

#include <cstdint>

#include "syntax/words.hpp"

namespace actorgraph::syntax {

/// Tag values outside the tag set used in features.
inline constexpr int kTagStart = 62;  ///< before the sentence
inline constexpr int kTagEnd = 63;    ///< after the sentence (second pass)

/// Most features one position can have.
inline constexpr std::size_t kMaxTaggerFeatures = 48;

/// Writes the feature keys of word i into keys (at most kMaxTaggerFeatures);
/// t1 and t2 are the tags of words i-1 and i-2 (kTagStart before the first).
std::size_t tagger_features(const SentenceFeats& s, std::size_t i, int t1, int t2, std::uint64_t* keys) noexcept;

}  // namespace actorgraph::syntax
