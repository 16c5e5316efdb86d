// Internal: greedy decoding with a model: tags, then transitions. Shared by
// Parser and the trainer (which evaluates with it).
#pragma once

#include <cstdint>
#include <vector>

#include "syntax/arc_hybrid.hpp"
#include "syntax/model.hpp"
#include "syntax/parser_features.hpp"
#include "syntax/tagger_features.hpp"
#include "syntax/words.hpp"

namespace actorgraph::syntax {

/// Per-thread buffers.
struct Workspace::Impl {
  SentenceFeats sf;
  ParserInput pin;
  State st;
  std::vector<std::uint8_t> tags;
  std::uint64_t keys[kMaxParserFeatures > kMaxTaggerFeatures ? kMaxParserFeatures : kMaxTaggerFeatures];
};

/// Tags the prepared words of `sf` into `tags` (UPOS indices); `forced`
/// (null, or one entry per word) fixes the tags below kUposCount.
void decode_tags(const TableView& tagger, const SentenceFeats& sf, std::vector<std::uint8_t>& tags,
                 std::uint64_t* keys, const std::uint8_t* forced = nullptr);

/// Parses with the given tags; the result is in `st` (heads, label indices).
void decode_tree(const Model& m, ParserInput& pin, State& st, std::uint64_t* keys);

/// The best label index for an arc of action `a` (LEFT/RIGHT) from label scores.
int best_label(const std::int32_t* scores, std::size_t labels, int root_label, bool to_root) noexcept;

}  // namespace actorgraph::syntax
