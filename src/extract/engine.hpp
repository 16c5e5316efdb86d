// The pattern engine over a compiled Model: per article, sentence by
// sentence, recognise actors, resolve references (pronouns, descriptions,
// quote speakers), match verbal and nominal relation patterns, and emit
// triples. Thread-safe: all per-call state lives in thread-local buffers.
#pragma once

#include <vector>

#include "actorgraph/article.hpp"
#include "actorgraph/extractor.hpp"
#include "actorgraph/triple.hpp"
#include "extract/model.hpp"

namespace actorgraph::extract {

class Engine {
 public:
  /// Keeps a reference to `m`: it must outlive the engine.
  explicit Engine(const Model& m) : m_(m) {}
  /// Appends the triples of `article` to `out`. The title, when present, is
  /// read as the first sentence(s): sentence indices count title sentences
  /// first, and title triples have span [0, 0] (offsets are into Article::text).
  /// Never throws for any text (allocation failure aside).
  void extract(const Article& article, std::vector<Triple>& out) const;
  /// Appends every resolved actor mention of `article` in text order, with
  /// the sentence numbering and offsets of extract(). Never throws for any text.
  void recognise(const Article& article, std::vector<RecognisedMention>& out) const;

 private:
  const Model& m_;
};

}  // namespace actorgraph::extract
