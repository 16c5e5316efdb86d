// Roles read from the dependency tree of a parsed sentence (Analysis::syn):
// the actor a word stands for, the subject of a predicate (its own, or the
// one it inherits as a controlled infinitive, a conjunct, a participle on a
// noun or an adjunct), and the agent of a passive.
#pragma once

#include <cstdint>

#include "extract/analysis.hpp"

namespace actorgraph::extract {

enum class TreeHow : std::uint8_t {
  none,
  own,          ///< its nsubj / nsubj:pass
  controlled,   ///< xcomp: the governing verb's object, else its subject
  coordinated,  ///< conj: the first conjunct's subject
  participle,   ///< acl: the noun the participle modifies ("Canadians detained by China", "troops loyal to")
  relative,     ///< acl:relcl with a relative pronoun as subject: the noun the clause modifies
  adjunct,      ///< advcl without a subject of its own: the main clause's subject
};

struct TreeSubject {
  std::int32_t mention = -1;
  TreeHow how = TreeHow::none;
  bool passive = false;  ///< the predicate is passive (the subject is its object in the active)
};

/// The actor mention token t stands for: the mention covering it, else one
/// covering a name part, compound, apposition or possessor depending on it
/// ("the group's leader" is not its group: possessors only for heads that
/// name no actor themselves are left to the caller). -1 when none.
std::int32_t actor_at(const Analysis& a, std::uint32_t first, std::uint32_t last, std::uint32_t t);

/// The subject of the predicate at token v, from the tree. `first`/`last`
/// bound the sentence. mention -1 when the tree names no actor as subject.
TreeSubject tree_subject(const Analysis& a, std::uint32_t first, std::uint32_t last, std::uint32_t v);

/// The agent of a passive predicate at v: its obl:agent, or an obl whose case
/// marker is "by". -1 when none.
std::int32_t tree_agent(const Model& m, const Analysis& a, std::uint32_t first, std::uint32_t last, std::uint32_t v);

/// The token of mention x the parse makes its head (the one whose head lies
/// outside the mention), or x.te - 1 when unparsed.
std::uint32_t mention_head(const Analysis& a, const Mention& x);

}  // namespace actorgraph::extract
