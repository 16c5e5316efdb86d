// The merge rule's key and counting predicates, shared by ActorGraph::merge
// and the SQLite store so both build the very same edges.
#pragma once

#include <string>
#include <string_view>

#include "actorgraph/actor.hpp"
#include "actorgraph/triple.hpp"

namespace actorgraph::merge {

/// The identity of a merged edge (ARCHITECTURE.md "Graph and store"):
/// (subject id, object id, relation_key(relation), negated).
struct EdgeKey {
  std::string subject, object, key;
  bool negated = false;
  bool operator==(const EdgeKey&) const = default;
};

/// The key of the edge a triple is merged into.
inline EdgeKey edge_key(const Triple& t) {
  return EdgeKey{t.subject.actor.id, t.object.actor.id, relation_key(t.relation), t.negated};
}

/// A mention counts as factual when asserted or reported.
constexpr bool is_factual(Modality m) noexcept {
  return m == Modality::asserted || m == Modality::reported;
}

/// Hypothetical and intended mentions are left out by default filters.
constexpr bool is_hypothetical(Modality m) noexcept {
  return m == Modality::hypothetical || m == Modality::intended;
}

/// An actor whose id the dictionary did not give ("unk-<slug>") or whose
/// type is unknown.
inline bool is_unknown_actor(const Actor& a) noexcept {
  return a.type == ActorType::unknown || std::string_view(a.id).starts_with("unk-");
}

/// First writer keeps the actor, except that a known (dictionary) actor
/// replaces a stored unknown one with the same id.
inline bool should_replace(const Actor& stored, const Actor& incoming) noexcept {
  return stored.type == ActorType::unknown && !is_unknown_actor(incoming);
}

/// Mention surfaces that name nobody by themselves ("he", "the president")
/// are not recorded as aliases. True for pronouns and determiner phrases.
bool is_pronoun_like(std::string_view mention) noexcept;

}  // namespace actorgraph::merge
