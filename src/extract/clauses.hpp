// Clause structure, shallow: the subject of a verb group is the nearest actor
// mention before it in the same clause, skipping appositions ("China, Russia's
// most important ally, has …"), relative clauses, possessors and the objects
// of prepositions; relative pronouns take the mention they follow ("Russia,
// which invaded …"); coordinated verbs share the previous subject.
#pragma once

#include <cstdint>

#include "extract/verb_groups.hpp"

namespace actorgraph::extract {

enum class SubjectHow : std::uint8_t { none, direct, relative, coordinated, control };

struct SubjectFound {
  std::int32_t mention = -1;
  SubjectHow how = SubjectHow::none;
};

/// Finds the subject of `g` in the sentence starting at `first`.
/// `previous_subject` is the subject of the previous verb group of the sentence
/// (-1 when none), used for coordinated verbs ("met X and discussed …").
SubjectFound find_subject(const Model& m, const Analysis& a, std::uint32_t first, const VerbGroup& g,
                          std::int32_t previous_subject);

/// A document as the subject of `g` ("A report released Tuesday in the Rwandan
/// capital alleged …", "a statement by the ministry said …", "a UN report
/// issued in Geneva criticised …"): the document's author stands for it, the
/// actor qualifying the document noun or after its "by"/"from", else the
/// country it was released in (its "in" + a country or its capital). -1 when
/// the clause's subject is no document noun or no source is named.
std::int32_t document_source(const Model& m, const Analysis& a, std::uint32_t first, const VerbGroup& g);

/// "says Zelenskyy": a mention right after a speech verb at the end of a clause.
std::int32_t inverted_subject(const Model& m, const Analysis& a, std::uint32_t head, std::uint32_t last);

}  // namespace actorgraph::extract
