// Internal: the parser's features, after Zhang and Nivre (2011) adapted to
// arc-hybrid: words, tags, clusters and labels of the top three stack items,
// the first three buffer words and their outermost children, with distances,
// valencies, label sets and the commas between s0 and b0.
#pragma once

#include <cstdint>
#include <vector>

#include "syntax/arc_hybrid.hpp"
#include "syntax/words.hpp"

namespace actorgraph::syntax {

inline constexpr std::size_t kMaxParserFeatures = 128;
/// The first kLabelFeatures keys are the ones the label classifiers read.
inline constexpr std::size_t kLabelFeatures = 37;

/// What the parser's features read of one sentence besides the state.
struct ParserInput {
  const SentenceFeats* words = nullptr;  ///< per word (0-based)
  std::vector<std::uint8_t> tags;        ///< UPOS per word, 1-based (tags[0] unused)
  std::vector<std::uint16_t> commas;     ///< commas among words 1..i (prefix count), 1-based
  bool clusters = false;                 ///< the model has cluster features
  void prepare(const SentenceFeats& w, const std::uint8_t* upos, std::size_t n, bool use_clusters);
};

/// Writes the feature keys of a configuration into keys; returns how many.
std::size_t parser_features(const ParserInput& in, const State& st, std::uint64_t* keys) noexcept;

}  // namespace actorgraph::syntax
