// Parsing a sentence of an Analysis with the built-in tagger and parser, on
// demand: the tree is projected onto document tokens (Analysis::syn), and the
// words of recognised names are given to the tagger as proper nouns.
#pragma once

#include <cstdint>

#include "extract/analysis.hpp"

namespace actorgraph::extract {

/// Parses sentence `si` of `a` unless it already is. Thread-safe (per-thread
/// buffers); never throws except std::bad_alloc.
void parse_sentence(Analysis& a, std::uint32_t si);

/// Tags sentence `si` only (Analysis::syn gets UPOS, no heads), unless it is
/// tagged or parsed already: for the recogniser, before any name is known
/// (headlines in capitals or title case, where capitals mark no names).
void tag_sentence(Analysis& a, std::uint32_t si);

/// The tag of token t, or -1 when its sentence is neither tagged nor parsed.
inline int upos_of(const Analysis& a, std::uint32_t t) noexcept {
  return a.syn[t].upos == TokenSyntax::kNone ? -1 : a.syn[t].upos;
}

/// The document token governing token t (-1 for the root or when unparsed).
inline std::int32_t head_of(const Analysis& a, std::uint32_t t) noexcept { return a.syn[t].head; }

}  // namespace actorgraph::extract
