// Extractors turn articles into triples.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "actorgraph/article.hpp"
#include "actorgraph/triple.hpp"

namespace actorgraph {

class ActorDictionary;
class RelationLexicon;

/// One recognised actor mention, after reference resolution.
struct RecognisedMention {
  std::uint32_t sentence = 0;  ///< 0-based sentence index, numbered as in triples
  ActorMention mention;        ///< resolved actor, surface text and byte span in Article::text
  std::string how;             ///< name, alias, surname, adjective, metonym, agent, pronoun, description, unknown
};

/// An extractor. Implementations are immutable after construction and
/// extract() and recognise() are safe to call from several threads at once.
class Extractor {
 public:
  virtual ~Extractor() = default;
  /// Appends the triples of `article` to `out` (does not clear it). Never
  /// throws for any text.
  virtual void extract(const Article& article, std::vector<Triple>& out) const = 0;
  /// Appends every actor mention the extractor recognises in `article`
  /// (dictionary names, agents, unknown proper names, resolved pronouns and
  /// descriptions), in text order. Never throws.
  virtual void recognise(const Article& article, std::vector<RecognisedMention>& out) const = 0;
};

/// The lexicon-and-pattern engine: actor recognition (trie over the dictionary,
/// proper-name fallback), reference resolution across sentences, relation
/// matching with negation, modality, passives, compounds, reported speech and
/// nominal events. Keeps references to both dictionaries: they must outlive it.
std::unique_ptr<Extractor> make_pattern_extractor(const ActorDictionary& actors,
                                                  const RelationLexicon& relations);

/// An extractor that reads articles with no date as if dated `date` (YYYY,
/// YYYY-MM or YYYY-MM-DD, as valid_date accepts; a year or month is read at
/// its middle, 1 July or the 15th): roles and titles ("President Bush",
/// "the prime minister") resolve on it. Their triples keep an empty `date`
/// and carry the date as Triple::assumed_date, so that no store or scorer
/// takes it for the article's. Dated articles pass through unchanged. Keeps a
/// reference to `inner`: it must outlive the result. Thread-safe as `inner`.
std::unique_ptr<Extractor> with_assumed_date(const Extractor& inner, std::string date);

}  // namespace actorgraph
