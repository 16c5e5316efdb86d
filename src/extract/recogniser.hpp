// Actor recognition in one sentence: longest trie matches over norm tokens,
// then composition of titles, possessives, adjective + agent, metonyms,
// appositions and compounds, plus unknown proper names and pronouns.
#pragma once

#include <cstdint>
#include <vector>

#include "extract/analysis.hpp"

namespace actorgraph::extract {

/// Appends the mentions of sentence `si` to a.mentions, sets a.sent_mb/sent_me
/// and a.mention_at for its tokens. `seen` lists person entries already named in full in the article:
/// a surname alone refers to them (or to a leader in office on a.date).
/// Pronoun and description mentions are left unresolved (Ref::kNone) for coref.
void recognise(const Model& m, Analysis& a, std::uint32_t si,
               const std::vector<std::int32_t>& seen);

}  // namespace actorgraph::extract
