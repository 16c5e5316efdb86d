// Verb groups: the head verb with its auxiliaries, modals, negation, adverbs
// and governing control/intent verbs ("has yet to condemn", "did not meet",
// "was attacked", "plans to visit", "refused to meet").
#pragma once

#include <cstdint>

#include "actorgraph/triple.hpp"
#include "extract/analysis.hpp"

namespace actorgraph::extract {

struct VerbGroup {
  std::uint32_t start = 0;   ///< first token of the group (document index)
  std::uint32_t head = 0;    ///< the lexical verb
  bool negated = false;
  bool passive = false;
  bool infinitive = false;   ///< "to" + head with nothing governing it in the group
  bool gerund = false;       ///< head is an -ing form with no auxiliary
  Modality modality = Modality::asserted;
  bool threat = false;       ///< governed by "threaten to"
  bool commitment = false;   ///< governed by "agreed/offered/promised to", "is willing to"
  bool refusal = false;      ///< governed by "refused/declined to" (also negated)
  bool future = false;       ///< "will", "shall", "'ll" in the group
  bool would = false;        ///< "would" in the group (a future in reported speech)
  bool must = false;         ///< "must" in the group (an obligation)
  bool obliged = false;      ///< "have to", "is to" in the group (an obligation or plan)
};

/// One past a time adverbial starting at token t ("on Monday", "today",
/// "Monday night", "last week"), or t when none starts there.
std::uint32_t skip_time(const Model& m, const Analysis& a, std::uint32_t t, std::uint32_t last);

/// First token of a time adverbial ending at token t ("on Monday", "Friday",
/// "last week"), or t + 1 when none ends there. Never before `first`.
std::uint32_t time_start(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t t);

/// True when token `t` is used as a verb here (not "the talks", "its attack").
bool verb_use(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t t);

/// The verb group ending at head `t`; `first` is the sentence's first token.
VerbGroup verb_group(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t t);

}  // namespace actorgraph::extract
