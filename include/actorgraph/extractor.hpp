// Extractors turn articles into triples.
#pragma once

#include <memory>
#include <vector>

#include "actorgraph/article.hpp"
#include "actorgraph/triple.hpp"

namespace actorgraph {

class ActorDictionary;
class RelationLexicon;

/// An extractor. Implementations are immutable after construction and
/// extract() is safe to call from several threads at once.
class Extractor {
 public:
  virtual ~Extractor() = default;
  /// Appends the triples of `article` to `out` (does not clear it). Never
  /// throws for any text.
  virtual void extract(const Article& article, std::vector<Triple>& out) const = 0;
};

/// The lexicon-and-pattern engine: actor recognition (trie over the dictionary,
/// proper-name fallback), reference resolution across sentences, relation
/// matching with negation, modality, passives, compounds, reported speech and
/// nominal events. Keeps references to both dictionaries: they must outlive it.
std::unique_ptr<Extractor> make_pattern_extractor(const ActorDictionary& actors,
                                                  const RelationLexicon& relations);

}  // namespace actorgraph
