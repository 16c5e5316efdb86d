// Reference resolution across the sentences of one article: third-person
// pronouns, definite descriptions ("the president", "the newspaper") and the
// persons named so far (for surnames). First-person pronouns are resolved to
// quote speakers by the extractor (see speakers in pattern_extractor.cpp).
#pragma once

#include <cstdint>
#include <vector>

#include "extract/analysis.hpp"

namespace actorgraph::extract {

/// One actor mentioned earlier in the article.
struct Entity {
  Ref ref;
  std::uint32_t sentence = 0;
  bool subject = false;
  bool person = false;
  bool plural = false;
  char gender = 0;
  ActorType type = ActorType::unknown;
  std::int32_t country = -1;  ///< its country entry (media and organisations aside), -1 when none
};

/// The article-level memory. Not thread-safe; one per extract() call.
class Coref {
 public:
  void clear();
  /// Persons named so far (entry indices) — surnames alone may refer to them.
  const std::vector<std::int32_t>& seen_persons() const noexcept { return seen_; }
  /// Resolves pronoun and description mentions of sentence `sent` in a.mentions
  /// (third person only). Mentions with no safe referent keep Ref::kNone.
  /// A generic agent the sentence gave no country ("the government", "police")
  /// takes its owner's ("its forces") or else the article's country.
  void resolve(const Model& m, Analysis& a, std::uint32_t sent) const;
  /// Resolves mention i of sentence `sent` without storing it; false when
  /// it needs no resolution or has no safe referent.
  bool resolve_one(const Model& m, const Analysis& a, std::uint32_t sent, std::size_t i, Ref& r) const;
  /// Records the resolved mentions of sentence `sent`; `subject[i]` tells
  /// whether mention i (article index) was a clause subject.
  void record(const Model& m, const Analysis& a, std::uint32_t sent, const std::vector<char>& subject);
  /// Resolves the set description whose first member is mention i ("the two
  /// countries", "both"): each member to a different earlier actor; none when
  /// the article has not named enough of the kind.
  void resolve_set(const Model& m, Analysis& a, std::uint32_t sent, std::size_t i) const;
  /// The actor type of a reference.
  static ActorType type_of(const Model& m, const Ref& r);

 private:
  bool pick(const Model& m, const Analysis& a, std::uint32_t sent, std::size_t upto,
            int want, const Mention& pron, Ref& out) const;
  /// The country entry the article is about so far: the one its earlier
  /// sentences name most often (media and organisations aside), the most
  /// recent on a tie; -1 when none.
  int article_country() const;
  std::vector<Entity> history_;
  std::vector<std::int32_t> seen_;
};

}  // namespace actorgraph::extract
