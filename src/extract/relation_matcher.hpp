// Matching relation-lexicon patterns after a head word: literal words
// (compared by form and lemma), "*" (skip up to three words) and "+" (the
// object: an actor mention, determiners and brackets skipped).
#pragma once

#include <cstdint>
#include <string_view>

#include "extract/analysis.hpp"

namespace actorgraph::extract {

struct PatternMatch {
  std::int32_t entry = -1;    ///< relation entry index, -1 when nothing matched
  std::int32_t object = -1;   ///< mention index of the object
  std::uint32_t end = 0;      ///< one past the last token of the match
  std::uint32_t literals = 0; ///< literal words matched (specificity)
  std::uint32_t slot = 0;     ///< first token of the object slot (before skipped determiners)
  std::uint32_t slot_end = 0; ///< one past the object slot (the noun phrase a qualifier stands for)
  bool negated = false;       ///< a "no"/"never" inside the pattern ("gave no aid to")
};

/// Best entry of `entries` whose pattern matches from token `from` (the token
/// after the head) within the sentence ending at `last`.
PatternMatch match_patterns(const Model& m, const Analysis& a, const std::vector<std::uint32_t>& entries,
                            std::uint32_t from, std::uint32_t last);

/// A symmetric event among coordinated subjects with no object ("Russia,
/// China and Iran signed an agreement"): the best entry of a cooperative root
/// (03-08) whose pattern is words then "with +", matched without the "with +"
/// part. `end` of the result is one past the matched words; object -1.
PatternMatch match_symmetric(const Model& m, const Analysis& a, const std::vector<std::uint32_t>& entries,
                             std::uint32_t from, std::uint32_t last);

/// Passive: the best entry whose pattern starts with the object slot; the rest
/// of the pattern is matched from `from`, then "by" + the agent (returned as
/// `object`: the caller swaps roles). entry -1 when agentless.
PatternMatch match_passive(const Model& m, const Analysis& a, const std::vector<std::uint32_t>& entries,
                           std::uint32_t from, std::uint32_t last);

/// The "by" of a passive's agent from token t (after the verb and its
/// pattern words), across time and place adverbials and a parenthetical
/// attribution (", officials said,"); `last` when there is none.
std::uint32_t passive_agent_by(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last);

/// A CAMEO code of a use of force: roots 18-20 (assault, fight, mass violence).
inline bool use_of_force(std::string_view code) {
  return code.size() >= 2 && ((code[0] == '1' && code[1] >= '8') || (code[0] == '2' && code[1] == '0'));
}

/// "Israeli tank shelling", "a Russian air strike" from token t: the actor
/// qualifying a noun that names a use of force (a nominal event of CAMEO
/// 18-20), or -1; `end` receives the end of the noun phrase.
std::int32_t force_agent(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last,
                         std::uint32_t& end);

/// End of the noun phrase a qualifying mention ends before ("Filipino
/// peacekeepers", "Iraq's national security advisor"), or `t` when none.
std::uint32_t noun_phrase_end(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last);

/// The mention that can fill an object slot at token t (skipping determiners
/// and brackets), or -1; `end` receives the token after the mention.
std::int32_t object_at(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last,
                       std::uint32_t& end, bool& negated);

}  // namespace actorgraph::extract
